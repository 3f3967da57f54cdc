"""The catalog's public progress ("dân biết, dân kiểm tra, dân giám sát"): for anyone, without login.

Per province, its issued catalogs; per task of a catalog, the roll-up's status and percent (`rollup.catalog_rollup`,
the one rule) and the same for each lead agency. Only public facts are returned: task numbers and contents of
the issued catalog, agency names, statuses and percentages — never a person's name nor a progress result text
(which could hold one). A fixed number of queries whatever the number of agencies and tasks.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from danvan.core.collation import by_name
from danvan.organizations.models import Organization
from danvan.plans.models import Plan, Task
from danvan.reporting import rollup
from danvan.reporting.models import status_label


@dataclass(frozen=True)
class PublicAgency:
    name: str
    percent: float
    status: str

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass(frozen=True)
class PublicTask:
    number: str
    content: str
    due: datetime.date | None
    percent: float
    status: str
    agencies: list[PublicAgency]

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass(frozen=True)
class PublicCatalog:
    id: int
    title: str


@dataclass(frozen=True)
class PublicProgress:
    province: str
    catalogs: list[PublicCatalog]  # the province's issued catalogs, newest first
    catalog: PublicCatalog | None  # the one shown
    tasks: list[PublicTask]


def public_provinces() -> list[tuple[int, str]]:
    """Every province (id, name), in Vietnamese order."""
    return list(
        Organization.objects.filter(parent__isnull=True, kind=Organization.Kind.PROVINCE)
        .order_by(by_name("name"))
        .values_list("pk", "name")
    )


def public_catalog_progress(
    province_id: int, *, catalog_id: int | None = None, on: datetime.date
) -> PublicProgress | None:
    """The public progress of one issued catalog of the province (`catalog_id`, else the newest), None when
    the province does not exist. Drafts and plans under approval are never shown."""
    province = (
        Organization.objects.filter(pk=province_id, parent__isnull=True, kind=Organization.Kind.PROVINCE)
        .values_list("name", flat=True)
        .first()
    )
    if province is None:
        return None
    catalogs = [
        PublicCatalog(pk, title)
        for pk, title in Plan.objects.filter(
            owner_id=province_id, kind=Plan.Kind.CATALOG, status=Plan.Status.ISSUED
        )
        .order_by("-period_start", "-created_at", "-pk")
        .values_list("pk", "title")
    ]
    chosen = next((c for c in catalogs if c.id == catalog_id), catalogs[0] if catalogs else None)
    if chosen is None:
        return PublicProgress(province, catalogs, None, [])
    plan = Plan.objects.get(pk=chosen.id)
    rolled = rollup.catalog_rollup(plan, on=on)
    lead_ids = {a.organization_id for r in rolled.values() for a in r.agencies if a.is_lead}
    names = dict(Organization.objects.filter(pk__in=lead_ids).values_list("pk", "name"))
    tasks = []
    for pk, number, content, due in (
        Task.objects.filter(plan=plan, is_heading=False)
        .order_by("position", "pk")
        .values_list("pk", "number", "content", "due")
    ):
        figures = rolled.get(pk)
        if figures is None:
            continue
        agencies = [
            PublicAgency(names.get(a.organization_id, ""), a.percent, a.status)
            for a in figures.agencies
            if a.is_lead
        ]
        tasks.append(PublicTask(number, content, due, figures.percent, figures.status, agencies))
    return PublicProgress(province, catalogs, chosen, tasks)
