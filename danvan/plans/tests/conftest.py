"""Fixtures of the plans tests: a small catalog and an agency plan built through the real actions."""

from __future__ import annotations

from typing import Any

import pytest

from danvan.plans import actions
from danvan.plans.models import Plan


def parsed_catalog(**document: Any) -> dict[str, Any]:
    """docparse output of a small catalog (the shape of DESIGN.md §6)."""
    return {
        "document": {
            "type": "Quyết định",
            "number": "3177/QĐ-UBND",
            "date": "2025-08-06",
            "issuer": "Ủy ban nhân dân thành phố Hải Phòng",
            "place": "Hải Phòng",
            "title": "Ban hành danh mục nhiệm vụ công tác dân vận 6 tháng cuối năm 2025",
            "signer": "Nguyễn Minh Hùng",
            "authority": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
            **document,
        },
        "citations": [
            {
                "type": "Chỉ thị",
                "number": "33/CT-TTg",
                "date": "2021-11-26",
                "issuer": "Thủ tướng Chính phủ",
                "raw": "Chỉ thị số 33/CT-TTg",
            }
        ],
        "tasks": [
            {
                "no": "1",
                "parent_no": None,
                "text": "CÁC NHIỆM VỤ CHUNG",
                "lead": [],
                "coord": [],
                "timeframe": None,
            },
            {
                "no": "1.1",
                "parent_no": "1",
                "text": "Quán triệt Chỉ thị số 33/CT-TTg về công tác dân vận",
                "lead": ["Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"],
                "coord": [],
                "timeframe": {
                    "raw": "Thường xuyên",
                    "kind": "continuous",
                    "start": None,
                    "end": None,
                    "due": None,
                },
            },
            {
                "no": "1.2",
                "parent_no": "1",
                "text": "Tổng hợp báo cáo kết quả công tác dân vận chính quyền",
                "lead": ["Sở Nội vụ"],
                "coord": ["Sở Công Thương"],
                "timeframe": {
                    "raw": "Trước ngày 15/11/2025",
                    "kind": "by_date",
                    "start": None,
                    "end": "2025-11-15",
                    "due": "2025-11-15",
                },
            },
            {
                "no": "1.3",
                "parent_no": "1",
                "text": "Phối hợp với các cơ quan ngoại giao trong và ngoài nước",
                "lead": ["Sở Công Thương"],
                "coord": ["các cơ quan ngoại giao trong và ngoài nước"],
                "timeframe": {
                    "raw": "Quý IV/2025",
                    "kind": "quarter",
                    "start": "2025-10-01",
                    "end": "2025-12-31",
                    "due": "2025-12-31",
                },
            },
        ],
        "reporting": [{"what": "Báo cáo kết quả", "due": "2025-12-05", "raw": "trước ngày 05/12/2025"}],
        "warnings": [],
    }


@pytest.fixture
def catalog(tree: Any) -> Plan:
    """A draft catalog of the province with one name outside the system left unresolved."""
    return actions.import_parsed(
        actor=None,
        owner=tree.province,
        kind=Plan.Kind.CATALOG,
        parsed=parsed_catalog(),
        file_name="danh-muc.txt",
        data=b"QUYET DINH",
        source_text="QUYẾT ĐỊNH …",
    )


@pytest.fixture
def published_catalog(catalog: Plan) -> Plan:
    unresolved = [a for a in catalog.tasks.get(number="1.3").assignments.all() if not a.is_resolved]
    for row in unresolved:
        actions.mark_external(actor=None, assignment=row)
    return actions.publish_catalog(actor=None, plan=Plan.objects.get(pk=catalog.pk))


@pytest.fixture
def agency_plan(published_catalog: Plan, tree: Any) -> Plan:
    return actions.start_plan_from_catalog(
        actor=None, catalog=published_catalog, organization=tree.department
    )
