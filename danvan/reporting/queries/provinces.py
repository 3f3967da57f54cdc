"""Provinces side by side, for a national observer (Bộ Nội vụ): organisations, catalogs, plans and reports
of every province in the person's scope. A fixed number of queries (one per figure, grouped by province)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import CharField, Count, Q
from django.db.models.functions import Substr

from danvan.organizations.models import PATH_SEGMENT, Organization
from danvan.organizations.queries import AnyUser, organizations_visible_to
from danvan.plans.models import Assignment, Plan, Task
from danvan.plans.queries import plans_visible_to
from danvan.reporting.models import Report

# The root segment of an organisation path ("0000000001/"): the province every row belongs to.
ROOT_LENGTH = PATH_SEGMENT + 1


def _root(field_path: str) -> Substr:
    return Substr(field_path, 1, ROOT_LENGTH, output_field=CharField())


@dataclass
class ProvinceFigures:
    """One province's column."""

    province: Organization
    departments: int = 0
    communes: int = 0
    catalogs: int = 0
    catalog_tasks: int = 0
    assigned_agencies: int = 0
    plans: dict[str, int] = field(default_factory=dict)
    reports: int = 0
    reports_sent: int = 0
    reports_late: int = 0

    @property
    def plans_total(self) -> int:
        return sum(self.plans.values())

    @property
    def plan_share(self) -> float | None:
        """Agency plans per agency the issued catalogs assign tasks to, in percent."""
        if not self.assigned_agencies:
            return None
        return round(100 * self.plans_total / self.assigned_agencies, 1)


def province_comparison(user: AnyUser) -> list[ProvinceFigures]:
    """Every province in the person's scope with its figures, by name."""
    provinces = list(
        organizations_visible_to(user).filter(parent=None, kind=Organization.Kind.PROVINCE).order_by("name")
    )
    figures = {province.path: ProvinceFigures(province) for province in provinces}
    if not figures:
        return []
    roots = list(figures)

    organizations = (
        organizations_visible_to(user)
        .annotate(root=_root("path"))
        .filter(root__in=roots, depth=1, valid_until__isnull=True)
        .values("root", "kind")
        .annotate(n=Count("pk"))
    )
    for row in organizations:
        if row["kind"] in Organization.COMMUNE_KINDS:
            figures[row["root"]].communes += row["n"]
        else:
            figures[row["root"]].departments += row["n"]

    plans = (
        plans_visible_to(user)
        .annotate(root=_root("owner__path"))
        .filter(root__in=roots)
        .values("root", "kind", "status")
        .annotate(n=Count("pk"))
    )
    for row in plans:
        column = figures[row["root"]]
        if row["kind"] == Plan.Kind.CATALOG:
            column.catalogs += row["n"] if row["status"] == Plan.Status.ISSUED else 0
        else:
            column.plans[row["status"]] = column.plans.get(row["status"], 0) + row["n"]

    issued = Q(plan__kind=Plan.Kind.CATALOG, plan__status=Plan.Status.ISSUED)
    tasks = (
        Task.objects.filter(issued, is_heading=False, plan__in=plans_visible_to(user))
        .annotate(root=_root("plan__owner__path"))
        .filter(root__in=roots)
        .values("root")
        .annotate(n=Count("pk"))
    )
    for row in tasks:
        figures[row["root"]].catalog_tasks = row["n"]

    assigned = (
        Assignment.objects.filter(
            task__plan__kind=Plan.Kind.CATALOG,
            task__plan__status=Plan.Status.ISSUED,
            task__plan__in=plans_visible_to(user),
            organization__isnull=False,
        )
        .exclude(organization__depth=0)
        .annotate(root=_root("organization__path"))
        .filter(root__in=roots)
        .values("root")
        .annotate(n=Count("organization", distinct=True))
    )
    for row in assigned:
        figures[row["root"]].assigned_agencies = row["n"]

    reports = (
        Report.objects.filter(period__catalog__in=plans_visible_to(user))
        .annotate(root=_root("organization__path"))
        .filter(root__in=roots)
        .values("root")
        .annotate(
            n=Count("pk"),
            sent=Count("pk", filter=Q(submitted_at__isnull=False)),
            late=Count("pk", filter=Q(is_late=True)),
        )
    )
    for row in reports:
        column = figures[row["root"]]
        column.reports, column.reports_sent, column.reports_late = row["n"], row["sent"], row["late"]
    return list(figures.values())
