"""`python manage.py seed_scale`: a nationwide-size dataset for benchmarks (34 provinces × 100 agencies …).

FOR BENCHMARKS ONLY. It writes rows directly with bulk inserts for speed: no actions, no audit events, no history
rows, no notifications. It refuses to run when DEBUG is false unless given `--force`, and refuses to run twice
on the same database. The data: per province a province organisation, its agencies (departments then communes),
an issued catalog of `--tasks` tasks (every eighth recurring) led by every agency, with coordinating
contributions on half of the (agency, task) pairs; lead progress on every pair; `--periods` reporting periods (the
last one open), reports in every state for each period, and the dashboard summaries refreshed. Users: per province
a coordinator `pNN-coordinator` and per agency an officer `pNN-aNNN`, all with the password `--password`.
"""

from __future__ import annotations

import datetime
import time
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.utils import timezone

from danvan.accounts.models import User
from danvan.organizations.models import PATH_SEGMENT, Membership, Organization
from danvan.plans.models import Assignment, Plan, Task
from danvan.reporting import summaries
from danvan.reporting.models import Report, ReportingPeriod, TaskProgress, classify

CODE_PREFIX = "BENCH-"
BATCH = 5000
DEPARTMENT_SHARE = 0.15


class Command(BaseCommand):
    help = "Build a nationwide-size dataset for benchmarks with bulk inserts (refuses when DEBUG is off)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--provinces", type=int, default=34)
        parser.add_argument("--orgs-per-province", type=int, default=100)
        parser.add_argument("--tasks", type=int, default=40)
        parser.add_argument("--periods", type=int, default=3)
        parser.add_argument("--password", default="Bench-mat-khau-2025")
        parser.add_argument("--force", action="store_true", help="run even when DEBUG is false")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "seed_scale writes benchmark data directly into the database and refuses to run when DEBUG is "
                "false. Use a separate database and pass --force if you mean it."
            )
        if Organization.objects.filter(code__startswith=CODE_PREFIX).exists():
            raise CommandError("This database already holds seed_scale data; use a fresh database.")
        for name in ("provinces", "orgs_per_province", "tasks", "periods"):
            if options[name] < 1:
                raise CommandError(f"--{name.replace('_', '-')} must be at least 1")
        started = time.monotonic()
        seeder = Seeder(
            provinces=options["provinces"],
            agencies=options["orgs_per_province"],
            tasks=options["tasks"],
            periods=options["periods"],
            password=options["password"],
            today=timezone.localdate(),
        )
        with transaction.atomic():
            counts = seeder.run()
        refreshed = 0
        for period in ReportingPeriod.objects.filter(catalog__in=seeder.catalogs).order_by("pk"):
            refreshed += summaries.refresh_period(period, today=seeder.today)
        counts["summaries"] = refreshed
        if connection.vendor == "postgresql":
            # Fresh planner statistics: without them PostgreSQL plans the bulk-loaded tables as if empty.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        elapsed = time.monotonic() - started
        self.stdout.write(
            ", ".join(f"{value} {name}" for name, value in counts.items()) + f" in {elapsed:.1f} s"
        )


def _bulk(model: Any, rows: list[Any]) -> list[Any]:
    return list(model.objects.bulk_create(rows, batch_size=BATCH))


class Seeder:
    """Builds the rows in dependency order, each kind in one bulk insert."""

    def __init__(
        self, *, provinces: int, agencies: int, tasks: int, periods: int, password: str, today: datetime.date
    ) -> None:
        self.provinces = provinces
        self.agencies = agencies
        self.tasks = tasks
        self.periods = periods
        self.password = password
        self.today = today
        self.catalogs: list[Plan] = []

    def run(self) -> dict[str, int]:
        provinces = self._organizations(
            [
                Organization(
                    name=f"Ủy ban nhân dân tỉnh Thử nghiệm {p:02d}",
                    kind=Organization.Kind.PROVINCE,
                    locality=f"Thử nghiệm {p:02d}",
                    code=f"{CODE_PREFIX}{p:02d}",
                )
                for p in range(1, self.provinces + 1)
            ],
            parents=None,
        )
        departments = max(1, round(self.agencies * DEPARTMENT_SHARE))
        agency_rows: list[Organization] = []
        parents: list[Organization] = []
        for p, province in enumerate(provinces, start=1):
            for a in range(1, self.agencies + 1):
                is_department = a <= departments
                name = "Sở Nội vụ" if a == 1 else (f"Sở số {a:03d}" if is_department else f"Xã số {a:03d}")
                agency_rows.append(
                    Organization(
                        name=f"{name} tỉnh Thử nghiệm {p:02d}",
                        kind=Organization.Kind.DEPARTMENT if is_department else Organization.Kind.COMMUNE,
                        code=f"{CODE_PREFIX}{p:02d}-{a:03d}",
                    )
                )
                parents.append(province)
        agencies = self._organizations(agency_rows, parents=parents)
        by_province = [agencies[i * self.agencies : (i + 1) * self.agencies] for i in range(len(provinces))]

        year_start = datetime.date(self.today.year, 1, 1)
        self.catalogs = _bulk(
            Plan,
            [
                Plan(
                    kind=Plan.Kind.CATALOG,
                    owner=province,
                    title=f"Danh mục nhiệm vụ công tác dân vận chính quyền năm {self.today.year}",
                    status=Plan.Status.ISSUED,
                    period_start=year_start,
                    period_end=datetime.date(self.today.year, 12, 31),
                )
                for province in provinces
            ],
        )
        step = max(1, 365 // self.tasks)
        task_rows = []
        for catalog in self.catalogs:
            for t in range(self.tasks):
                recurring = t % 8 == 7
                task_rows.append(
                    Task(
                        plan=catalog,
                        number=f"{t // 10 + 1}.{t % 10 + 1}",
                        position=t,
                        content=f"Nhiệm vụ thử nghiệm số {t + 1}: triển khai công tác dân vận chính quyền",
                        timeframe_kind=Task.TimeframeKind.CONTINUOUS
                        if recurring
                        else Task.TimeframeKind.BY_DATE,
                        timeframe_raw="Thường xuyên" if recurring else "",
                        due=None if recurring else year_start + datetime.timedelta(days=step * (t + 1)),
                    )
                )
        tasks = _bulk(Task, task_rows)
        by_catalog = [tasks[i * self.tasks : (i + 1) * self.tasks] for i in range(len(self.catalogs))]

        assignments: list[Assignment] = []
        progress: list[TaskProgress] = []
        for catalog_tasks, province_agencies in zip(by_catalog, by_province, strict=True):
            for t, task in enumerate(catalog_tasks):
                for i, agency in enumerate(province_agencies):
                    assignments.append(Assignment(task=task, organization=agency, role=Assignment.Role.LEAD))
                    if (i + t) % 2 == 0:
                        assignments.append(
                            Assignment(
                                task=task, organization=agency, role=Assignment.Role.COORDINATE, position=1
                            )
                        )
                    progress.append(self._progress(task, agency, i, t))
        _bulk(Assignment, assignments)
        _bulk(TaskProgress, progress)

        periods = self._periods()
        _bulk(Report, self._reports(periods, by_province))
        users = self._users(by_province)
        return {
            "organisations": len(provinces) + len(agencies),
            "tasks": len(tasks),
            "assignments": len(assignments),
            "progress rows": len(progress),
            "periods": len(periods),
            "users": users,
        }

    def _organizations(
        self, rows: list[Organization], *, parents: list[Organization] | None
    ) -> list[Organization]:
        for n, row in enumerate(rows):
            row.parent = parents[n] if parents else None
            row.refresh_search_key()
        created = _bulk(Organization, rows)
        for row in created:
            prefix = row.parent.path if row.parent else ""
            row.path = f"{prefix}{row.pk:0{PATH_SEGMENT}d}/"
            row.depth = row.parent.depth + 1 if row.parent else 0
        Organization.objects.bulk_update(created, ["path", "depth"], batch_size=BATCH)
        return created

    def _progress(self, task: Task, agency: Organization, i: int, t: int) -> TaskProgress:
        """A deterministic spread: half done (some late), some in progress, some not started."""
        roll = (i * 7 + t * 13) % 10
        state, percent, completed = TaskProgress.State.NOT_STARTED, 0, None
        if task.is_recurring or 5 <= roll <= 7:
            state, percent = TaskProgress.State.IN_PROGRESS, 30 + (10 * roll) % 60
        elif roll < 5 and task.due is not None:
            day = task.due + datetime.timedelta(days=(roll - 3) * 10)
            if day <= self.today:
                state, percent, completed = TaskProgress.State.DONE, 100, day
            else:
                state, percent = TaskProgress.State.IN_PROGRESS, 60
        status = classify(
            due=task.due, recurring=task.is_recurring, state=state, completed_on=completed, on=self.today
        )
        return TaskProgress(
            task=task,
            organization=agency,
            is_lead=True,
            state=state,
            percent=percent,
            completed_on=completed,
            status=status,
        )

    def _periods(self) -> list[ReportingPeriod]:
        rows = []
        for catalog in self.catalogs:
            for k in range(self.periods):
                # The last period is open and due in five days; the earlier ones are a quarter apart, closed.
                due = self.today + datetime.timedelta(days=5 - 91 * (self.periods - 1 - k))
                last = k == self.periods - 1
                rows.append(
                    ReportingPeriod(
                        catalog=catalog,
                        name=f"Báo cáo lần {k + 1}",
                        start=due - datetime.timedelta(days=91),
                        cutoff=due - datetime.timedelta(days=5),
                        due=due,
                        state=ReportingPeriod.State.OPEN if last else ReportingPeriod.State.CLOSED,
                        closed_at=None if last else timezone.now(),
                    )
                )
        return _bulk(ReportingPeriod, rows)

    def _reports(self, periods: list[ReportingPeriod], by_province: list[list[Organization]]) -> list[Report]:
        states = {c.pk: agencies for c, agencies in zip(self.catalogs, by_province, strict=True)}
        rows = []
        now = timezone.now()
        for period in periods:
            for i, agency in enumerate(states[period.catalog_id]):
                roll = (i * 3 + period.pk) % 20
                if roll < 3:
                    continue  # not started
                state = (
                    Report.State.SUBMITTED
                    if roll < 13
                    else Report.State.ACCEPTED
                    if roll < 15
                    else Report.State.RETURNED
                    if roll < 17
                    else Report.State.DRAFT
                )
                received = state in (Report.State.SUBMITTED, Report.State.ACCEPTED)
                rows.append(
                    Report(
                        period=period,
                        organization=agency,
                        state=state,
                        submitted_at=now if received else None,
                        is_late=received and roll in (10, 11, 12),
                        results="Kết quả thực hiện trong kỳ.",
                    )
                )
        return rows

    def _users(self, by_province: list[list[Organization]]) -> int:
        password = make_password(self.password)
        users: list[User] = []
        roles: list[tuple[Organization, str]] = []
        for p, agencies in enumerate(by_province, start=1):
            users.append(
                User(username=f"p{p:02d}-coordinator", full_name=f"Điều phối tỉnh {p:02d}", password=password)
            )
            roles.append((agencies[0], Membership.Role.COORDINATOR))
            for a, agency in enumerate(agencies, start=1):
                users.append(
                    User(username=f"p{p:02d}-a{a:03d}", full_name=f"Cán bộ {agency.name}", password=password)
                )
                roles.append((agency, Membership.Role.AGENCY_OFFICER))
        created = _bulk(User, users)
        _bulk(
            Membership,
            [Membership(user=u, organization=o, role=r) for u, (o, r) in zip(created, roles, strict=True)],
        )
        return len(created)
