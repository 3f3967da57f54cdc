"""Demo plans: the Hải Phòng catalog (seed 004) published, and the seed plans imported under it.

- 004: the draft of QĐ 3177/QĐ-UBND; number and date are blank in the file and filled in at review.
- 000 (Sở Công Thương) and 001 (Xã Cẩm Giang): plans citing 3177/QĐ-UBND, linked to the catalog by themselves.
- 003 (Sở Ngoại vụ): a full-year plan under QĐ 129/QĐ-UBND, which is not in the system.
- Quảng Ngãi, a second province whose data stays apart: its own catalog, Kế hoạch 67/KH-UBND ngày 26/10/2025
  of the provincial People's Committee (cited by seed 002; its text is not among the seeds, so the demo
  rebuilds its rows from the tasks seed 002 cascades, assigned to the province's sở and communes), and
  002, the Sở Công Thương tỉnh Quảng Ngãi plan that implements it.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import docparse
from danvan.organizations import actions as org_actions
from danvan.organizations.models import Organization
from danvan.plans import actions
from danvan.plans.models import Assignment, Plan, Target

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
    _review(catalog, list(Organization.objects.filter(parent=province, name__in=CONCERNED_COMMUNES)))


QUANG_NGAI_CATALOG_NAME = "ke-hoach-67-KH-UBND-quang-ngai.json"
QUANG_NGAI_UNITS = (
    ("Văn phòng Sở", Organization.Kind.OFFICE),
    ("Phòng Quản lý Công nghiệp", Organization.Kind.DIVISION),
    ("Phòng Quản lý Thương mại", Organization.Kind.DIVISION),
    ("Chi cục Quản lý thị trường", Organization.Kind.SUB_DEPARTMENT),
)


def _quang_ngai_department(province: Organization) -> Organization:
    """Sở Công Thương tỉnh Quảng Ngãi with the internal units seed 002 names."""
    department = Organization.objects.filter(name="Sở Công Thương", parent=province).first()
    if department is None:
        department = org_actions.create_organization(
            actor=None,
            name="Sở Công Thương",
            kind=Organization.Kind.DEPARTMENT,
            parent=province,
            abbreviation="SCT",
        )
    existing = set(Organization.objects.filter(parent=department).values_list("name", flat=True))
    for name, kind in QUANG_NGAI_UNITS:
        if name not in existing:
            org_actions.create_organization(actor=None, name=name, kind=kind, parent=department)
    return department


def quang_ngai_catalog_parsed() -> dict[str, Any]:
    """Kế hoạch 67/KH-UBND of Quảng Ngãi as docparse output: one row per task seed 002 cascades, led by the
    province's sở and communes, with the Front's committee coordinating, and the seed's timeframes."""
    seed = docparse.parse((DEMO_DIR / QUANG_NGAI_FILE).read_bytes(), QUANG_NGAI_FILE).to_dict()
    tasks = [
        {
            "no": task["no"],
            "parent_no": None,
            "text": task["text"],
            "lead": ["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"],
            "coord": ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
            "timeframe": task["timeframe"],
        }
        for task in seed["tasks"]
    ]
    return {
        "document": {
            "type": "Kế hoạch",
            "number": "67/KH-UBND",
            "date": "2025-10-26",
            "issuer": "Ủy ban nhân dân tỉnh Quảng Ngãi",
            "place": "Quảng Ngãi",
            "title": "Thực hiện dân chủ ở cơ sở và công tác dân vận chính quyền từ nay đến cuối năm 2025",
            "signer": "",
            "authority": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
        },
        "citations": [],
        "tasks": tasks,
        "reporting": [],
        "warnings": [],
        "headings": [],
    }


def _review(catalog: Plan, concerned: list[Organization]) -> None:
    """What the coordinator does at review: the groups concerned, bodies outside the system."""
    rows = Assignment.objects.filter(task__plan=catalog, expanded_from__isnull=True).order_by("pk")
    for row in rows:
        if row.needs_selection:
            actions.select_group_members(actor=None, assignment=row, members=concerned)
        elif not row.is_resolved:
            actions.mark_external(actor=None, assignment=row)


def load_quang_ngai_plans(province: Organization) -> list[Plan]:
    """Quảng Ngãi's catalog (published) and Sở Công Thương's plan under it (seed 002); returns both."""
    catalog = Plan.objects.filter(owner=province, document__source_name=QUANG_NGAI_CATALOG_NAME).first()
    if catalog is None:
        parsed = quang_ngai_catalog_parsed()
        text = (
            "Dữ liệu minh họa: danh mục nhiệm vụ của Kế hoạch số 67/KH-UBND ngày 26/10/2025 của Ủy ban nhân dân "
            "tỉnh Quảng Ngãi, dựng lại từ các nhiệm vụ mà Sở Công Thương triển khai (văn bản gốc không có trong "
            "bộ dữ liệu mẫu)."
        )
        catalog = actions.import_parsed(
            actor=None,
            owner=province,
            kind=Plan.Kind.CATALOG,
            parsed=parsed,
            file_name=QUANG_NGAI_CATALOG_NAME,
            data=json.dumps(parsed, ensure_ascii=False).encode(),
            source_text=text,
        )
    if catalog.status != Plan.Status.ISSUED:
        _review(catalog, [])
        actions.publish_catalog(actor=None, plan=catalog)
    plan = _import(_quang_ngai_department(province), Plan.Kind.AGENCY_PLAN, QUANG_NGAI_FILE)
    return [catalog, plan]


# The catalog's targets (tasks 3.2 and 5.3 of seed 004) that measure themselves: the coordinator's dashboard
# shows their current value from the models registry and the commitments (`initiatives`).
CATALOG_TARGETS = [
    ("100% cơ quan, đơn vị có mô hình dân vận khéo", "models_registered", Target.Over.UNITS),
    (
        "100% cán bộ, công chức, viên chức ký cam kết không gây phiền hà, sách nhiễu, tiêu cực",
        "commitments_signed",
        Target.Over.OWN,
    ),
]


def _catalog_targets(catalog: Plan) -> None:
    if catalog.targets.exists():
        return
    catalog.refresh_from_db()  # the review edits moved its version on
    for text, measure, over in CATALOG_TARGETS:
        actions.add_target(
            actor=None,
            plan=catalog,
            text=text,
            value=Decimal(100),
            unit="%",
            measure=measure,
            measure_over=over,
        )


def load_demo_plans(province: Organization) -> list[Plan]:
    """Import (once) the Hải Phòng demo catalog and plans; returns them, catalog first."""
    catalog = _import(province, Plan.Kind.CATALOG, CATALOG_FILE)
    if catalog.status != Plan.Status.ISSUED:
        _review_catalog(catalog, province)
        _catalog_targets(catalog)
        actions.publish_catalog(actor=None, plan=catalog)
    plans = [catalog]
    owners = {o.name: o for o in Organization.objects.filter(parent=province, name__in=PLAN_FILES.values())}
    for file_name, owner_name in PLAN_FILES.items():
        plans.append(_import(owners[owner_name], Plan.Kind.AGENCY_PLAN, file_name))
    return plans
