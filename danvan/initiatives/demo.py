"""Demo models, registration calls and commitments of Hải Phòng (`load_demo_initiatives`), through the actions.

The models of seed 000 (Sở Công Thương: two collective models and an individual one) and others in every state
of the lifecycle; the city's registration call "trước 21/02/2025" (seed 003) with units registered on time, late
or not at all; Sở Ngoại vụ's call to its own units; integrity commitments of the demo agencies for 2025.
Idempotent: once the city's call exists, nothing is loaded again.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from danvan.initiatives import actions
from danvan.initiatives.models import Campaign, Initiative
from danvan.organizations.models import Organization

CITY_CALL = "Đăng ký mô hình dân vận khéo, mô hình thực hiện dân chủ ở cơ sở năm 2025"
DEADLINE = datetime.date(2025, 2, 21)
YEAR = 2025
S = Initiative.Status

# (agency, unit or "", name, kind, holder, performer, field, registered on, final state)
MODELS: list[tuple[str, str, str, str, str, str, str, datetime.date, str]] = [
    (
        "Sở Công Thương",
        "Văn phòng Sở",
        "Nâng cao chất lượng công tác tiếp công dân",
        "dan_van_kheo",
        "collective",
        "Chi bộ Văn phòng",
        "political_system",
        datetime.date(2025, 2, 14),
        S.REPLICATED,
    ),
    (
        "Sở Công Thương",
        "Phòng Quản lý Thương mại",
        "Các giải pháp thực hiện dự trữ hàng hoá trong công tác phục vụ phòng chống lụt bão, tìm kiếm cứu nạn",
        "dan_van_kheo",
        "collective",
        "Chi bộ Quản lý Thương mại",
        "defence",
        datetime.date(2025, 2, 14),
        S.IN_PROGRESS,
    ),
    (
        "Sở Công Thương",
        "Phòng Quản lý Thương mại",
        "Đẩy mạnh công tác bảo vệ quyền lợi người tiêu dùng trên địa bàn thành phố, hướng đến môi trường tiêu dùng "
        "an toàn, trách nhiệm",
        "dan_van_kheo",
        "individual",
        "Phạm Thị Thanh Hà - Chuyên viên phòng Quản lý Thương mại",
        "economy",
        datetime.date(2025, 2, 18),
        S.REVIEWED,
    ),
    (
        "Sở Ngoại vụ",
        "Văn phòng Sở",
        "Văn phòng Sở thân thiện, tận tình phục vụ người dân và doanh nghiệp",
        "dan_van_kheo",
        "collective",
        "Chi bộ Văn phòng Sở",
        "administration",
        datetime.date(2025, 2, 19),
        S.RECOGNISED,
    ),
    (
        "Sở Ngoại vụ",
        "Phòng Lãnh sự và Người Việt Nam ở nước ngoài",
        "Thực hiện dân chủ ở cơ sở trong giải quyết thủ tục lãnh sự",
        "grassroots_democracy",
        "collective",
        "Phòng Lãnh sự và Người Việt Nam ở nước ngoài",
        "administration",
        datetime.date(2025, 3, 3),
        S.REGISTERED,
    ),
    (
        "Sở Nội vụ",
        "",
        "Tiếp công dân thân thiện, trách nhiệm tại Sở Nội vụ",
        "dan_van_kheo",
        "collective",
        "Văn phòng Sở",
        "political_system",
        datetime.date(2025, 2, 20),
        S.IN_PROGRESS,
    ),
    (
        "Xã Cẩm Giang",
        "Phòng Văn hóa - Xã hội",
        "Dân vận khéo trong vận động nhân dân xây dựng nông thôn mới",
        "dan_van_kheo",
        "collective",
        "Phòng Văn hóa - Xã hội",
        "new_rural",
        datetime.date(2025, 3, 10),
        S.REGISTERED,
    ),
]

# (agency, unit or "", staff who must sign, staff who signed)
COMMITMENTS = [
    ("Sở Công Thương", "", 14, 14),
    ("Sở Công Thương", "Văn phòng Sở", 9, 9),
    ("Sở Nội vụ", "", 46, 46),
    ("Sở Ngoại vụ", "", 31, 28),
    ("Xã Cẩm Giang", "", 62, 55),
]
SIGNERS = [
    ("Nguyễn Hoàng Long", "Giám đốc Sở", datetime.date(2025, 1, 10)),
    ("Lê Thu Hà", "Chuyên viên Văn phòng Sở", datetime.date(2025, 1, 10)),
    ("Đỗ Văn Tùng", "Chuyên viên", datetime.date(2025, 1, 13)),
    ("Phạm Thị Thanh Hà", "Chuyên viên phòng Quản lý Thương mại", None),
]


def _rank(state: str) -> int:
    return list(S.values).index(state)


def _organization(province: Organization, agency: str, unit: str) -> Organization | None:
    parent = Organization.objects.filter(parent=province, name=agency).first()
    if parent is None or not unit:
        return parent
    return Organization.objects.filter(parent=parent, name=unit).first()


def _details(name: str) -> dict[str, Any]:
    return {
        "situation": "Còn tình trạng người dân, doanh nghiệp phải đi lại nhiều lần; cần đổi mới cách làm.",
        "goals": "100% ý kiến, kiến nghị được tiếp nhận và trả lời đúng hạn; không có khiếu nại vượt cấp.",
        "content": f"Triển khai mô hình “{name}” gắn với nhiệm vụ chính trị của đơn vị.",
        "place": "Trụ sở cơ quan; người dân, doanh nghiệp có liên quan.",
        "forces": "Chủ trì: chi bộ; phối hợp: công đoàn, đoàn thanh niên; tham gia: toàn thể cán bộ.",
        "resources": "Kinh phí chi thường xuyên của đơn vị; nhân lực hiện có.",
        "start": datetime.date(2025, 7, 1),
        "milestones": "Sơ kết 6 tháng; tổng kết cuối năm 2025.",
        "evaluation_date": datetime.date(2025, 12, 15),
        "outputs": "Sổ theo dõi, báo cáo kết quả, số liệu kiểm chứng được.",
    }


def load_demo_initiatives(province: Organization) -> Campaign:
    """Load the demo's calls, models in every state and commitments (idempotent; the city's call)."""
    existing = Campaign.objects.filter(organization=province, title=CITY_CALL).first()
    if existing is not None:
        return existing
    city_call = actions.open_campaign(
        actor=None,
        organization=province,
        title=CITY_CALL,
        year=YEAR,
        deadline=DEADLINE,
        note="Theo Kế hoạch công tác dân vận năm 2025: 100% cơ quan, đơn vị có mô hình dân vận khéo.",
    )
    foreign_affairs = _organization(province, "Sở Ngoại vụ", "")
    if foreign_affairs is not None:
        actions.open_campaign(
            actor=None,
            organization=foreign_affairs,
            title="Các phòng, đơn vị đăng ký mô hình dân vận khéo, mô hình dân chủ cơ sở năm 2025",
            year=YEAR,
            deadline=DEADLINE,
            note="Gửi về Văn phòng Sở tổng hợp trước ngày 21/02/2025.",
        )
    made: dict[str, Initiative] = {}
    for agency, unit, name, kind, holder, performer, field, registered_on, final in MODELS:
        organization = _organization(province, agency, unit)
        if organization is None:
            continue
        data = {
            "name": name,
            "kind": kind,
            "holder": holder,
            "performer": performer,
            "field": field,
            "year": YEAR,
            **_details(name),
        }
        initiative = actions.register_initiative(
            actor=None, organization=organization, data=data, campaign=city_call, today=registered_on
        )
        made[name] = initiative
        order = [S.IN_PROGRESS, S.REVIEWED, S.RECOGNISED]
        steps = (
            [] if final == S.REGISTERED else order[: order.index(min(S(final), S.RECOGNISED, key=_rank)) + 1]
        )
        for state in steps:
            if state == S.IN_PROGRESS:
                actions.add_update(
                    actor=None,
                    initiative=initiative,
                    day=datetime.date(2025, 7, 15),
                    text="Đã ban hành kế hoạch thực hiện, phân công cán bộ phụ trách.",
                )
            elif state == S.RECOGNISED:
                actions.recognise_initiative(
                    actor=None,
                    initiative=initiative,
                    level=Initiative.Level.PROVINCE,
                    form="Giấy khen của Ban Tuyên giáo và Dân vận Thành ủy",
                    decision_number=f"{120 + len(made)}-QĐ/BTGDVTU",
                    decision_date=datetime.date(2025, 10, 10),
                )
            else:
                actions.advance_initiative(actor=None, initiative=initiative, to=state)
    # Sở Nội vụ copies Sở Công Thương's recognised model: the source becomes replicated.
    source = made.get("Nâng cao chất lượng công tác tiếp công dân")
    copy = made.get("Tiếp công dân thân thiện, trách nhiệm tại Sở Nội vụ")
    if source is not None and copy is not None:
        actions.update_initiative(actor=None, initiative=copy, data={"copy_of": source})
        actions.advance_initiative(actor=None, initiative=source, to=S.REPLICATED)
    for agency, unit, required, signed in COMMITMENTS:
        organization = _organization(province, agency, unit)
        if organization is not None:
            actions.save_commitment_counts(
                actor=None, organization=organization, year=YEAR, required=required, signed=signed
            )
    office = _organization(province, "Sở Công Thương", "Phòng Quản lý Thương mại")
    if office is not None:
        actions.replace_signers(actor=None, organization=office, year=YEAR, rows=SIGNERS)
    _demo_targets(province)
    return city_call


# (agency owning the plan, target text, measure, over)
TARGETS = [
    (
        "Sở Ngoại vụ",
        "100% các phòng, đơn vị đăng ký mô hình dân vận khéo, mô hình thực hiện dân chủ cơ sở",
        "models_registered",
        "units",
    ),
    (
        "Sở Ngoại vụ",
        "100% cán bộ, công chức, viên chức ký cam kết không gây phiền hà, sách nhiễu, tiêu cực",
        "commitments_signed",
        "own",
    ),
    (
        "Sở Công Thương",
        "100% cán bộ, công chức, viên chức ký cam kết không gây phiền hà, sách nhiễu, tiêu cực",
        "commitments_signed",
        "own",
    ),
]


def _demo_targets(province: Organization) -> None:
    """Targets of the agencies' draft plans that measure themselves from the registry and the commitments."""
    from danvan.plans import actions as plan_actions
    from danvan.plans.models import Plan

    for agency, text, measure, over in TARGETS:
        plan = (
            Plan.objects.filter(
                owner__parent=province,
                owner__name=agency,
                kind=Plan.Kind.AGENCY_PLAN,
                status=Plan.Status.DRAFT,
            )
            .order_by("pk")
            .first()
        )
        if plan is not None:
            plan_actions.add_target(
                actor=None,
                plan=plan,
                text=text,
                value=Decimal(100),
                unit="%",
                measure=measure,
                measure_over=over,
            )
