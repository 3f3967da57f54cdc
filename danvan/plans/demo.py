"""Demo plans: the Hải Phòng catalog (seed 004) published, and the seed plans imported under it.

- 004: the draft of QĐ 3177/QĐ-UBND; number and date are blank in the file and filled in at review.
- 000 (Sở Công Thương) and 001 (Xã Cẩm Giang): plans citing 3177/QĐ-UBND, linked to the catalog by themselves.
- 003 (Sở Ngoại vụ): a full-year plan under QĐ 129/QĐ-UBND, which is not in the system.
- 002 (Sở Công Thương tỉnh Quảng Ngãi): a second province, whose data stays apart.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from danvan.organizations import actions as org_actions
from danvan.organizations.models import Organization
from danvan.plans import actions
from danvan.plans.models import Assignment, Plan

DEMO_DIR = Path(__file__).resolve().parent / "demo"
CATALOG_FILE = "004_aa386a0087546330.txt"
PLAN_FILES = {
    "000_84244dea68afce53.txt": "Sở Công Thương",
    "001_597b321aebf17267.txt": "Xã Cẩm Giang",
    "003_f6c5449781db0a59.txt": "Sở Ngoại vụ",
}
QUANG_NGAI_FILE = "002_0980ed83eaa2ff5b.txt"
# Communes concerned by the catalog's "Ủy ban nhân dân cấp xã có liên quan" rows in the demo.
CONCERNED_COMMUNES = ["Xã Cẩm Giang", "Phường Hải Dương", "Đặc khu Cát Hải"]


def _import(owner: Organization, kind: str, file_name: str) -> Plan:
    existing = Plan.objects.filter(owner=owner, document__source_name=file_name).first()
    if existing is not None:
        return existing
    data = (DEMO_DIR / file_name).read_bytes()
    return actions.import_file(actor=None, owner=owner, kind=kind, file_name=file_name, data=data).plan


def _review_catalog(catalog: Plan, province: Organization) -> None:
    """What the coordinator does at review: number and date, groups concerned, bodies outside the system."""
    actions.update_document(
        actor=None, plan=catalog, changes={"number": "3177/QĐ-UBND", "date": datetime.date(2025, 8, 6)}
    )
    concerned = list(Organization.objects.filter(parent=province, name__in=CONCERNED_COMMUNES))
    rows = Assignment.objects.filter(task__plan=catalog, expanded_from__isnull=True).order_by("pk")
    for row in rows:
        if row.needs_selection:
            actions.select_group_members(actor=None, assignment=row, members=concerned)
        elif not row.is_resolved:
            actions.mark_external(actor=None, assignment=row)


def _quang_ngai() -> Organization:
    province = Organization.objects.filter(name="Ủy ban nhân dân tỉnh Quảng Ngãi", parent=None).first()
    if province is None:
        province = org_actions.create_organization(
            actor=None,
            name="Ủy ban nhân dân tỉnh Quảng Ngãi",
            kind=Organization.Kind.PROVINCE,
            locality="Quảng Ngãi",
        )
    department = Organization.objects.filter(name="Sở Công Thương", parent=province).first()
    if department is None:
        department = org_actions.create_organization(
            actor=None,
            name="Sở Công Thương",
            kind=Organization.Kind.DEPARTMENT,
            parent=province,
            abbreviation="SCT",
        )
        for name, kind in (
            ("Văn phòng Sở", Organization.Kind.OFFICE),
            ("Phòng Quản lý Công nghiệp", Organization.Kind.DIVISION),
            ("Phòng Quản lý Thương mại", Organization.Kind.DIVISION),
            ("Chi cục Quản lý thị trường", Organization.Kind.SUB_DEPARTMENT),
        ):
            org_actions.create_organization(actor=None, name=name, kind=kind, parent=department)
    return department


def load_demo_plans(province: Organization) -> list[Plan]:
    """Import (once) the demo catalog and plans; returns them, catalog first."""
    catalog = _import(province, Plan.Kind.CATALOG, CATALOG_FILE)
    if catalog.status != Plan.Status.ISSUED:
        _review_catalog(catalog, province)
        actions.publish_catalog(actor=None, plan=catalog)
    plans = [catalog]
    owners = {o.name: o for o in Organization.objects.filter(parent=province, name__in=PLAN_FILES.values())}
    for file_name, owner_name in PLAN_FILES.items():
        plans.append(_import(owners[owner_name], Plan.Kind.AGENCY_PLAN, file_name))
    plans.append(_import(_quang_ngai(), Plan.Kind.AGENCY_PLAN, QUANG_NGAI_FILE))
    return plans
