"""Demo evaluation data for Hải Phòng, made through the actions (`load_demo_evaluation`):

- an illustrative criteria set for 2024 (made up, shaped like QĐ 25/QĐ-UBND and other provinces' sets: 100
  points in six groups, bonus and penalty points, two exclusion conditions, four classes), copied into the 2025
  version ("copy last year's");
- the 2024 round, published: every sheet appraised, two departments tied, one agency excluded; communes ranked
  within their administrative unit class (the classes given to the three demo communes are illustrative);
- the 2025 round, open: sheets at every stage (being scored, approved, sent, returned for correction, appraised),
  with the observer `giamsat` (Ban Dân vận) named to appraise beside the coordinator;
- a 2026 draft copied from the 2025 set, not used by any round: its criteria and classes can still be changed in
  place (number, kind, place in the tree, points; a class's label and points).

Figures of the system (`tasks_on_time`, `reports_on_time`) suggest the points of two criteria; the officers
take the suggestion, or depart from it with a reason. Idempotent: a second run finds the rounds and stops.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from danvan.accounts.models import User
from danvan.evaluation import queries
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.actions import sets as set_actions
from danvan.evaluation.models import Assessment, CriteriaSet, Criterion, Group, Round
from danvan.organizations import actions as org_actions
from danvan.organizations.models import Organization

APPRAISER = "dieuphoi"
# The observer of the city (Ban Dân vận) the coordinator names to appraise the 2025 round.
OBSERVER_APPRAISER = "giamsat"
# Administrative unit classes of the demo communes: illustrative (the real classification is set by the
# administrators from the Standing Committee's decision; the bundled reference data has none).
SIZE_CLASSES = {"Phường Hải Dương": "1", "Phường Lê Chân": "1", "Xã Cẩm Giang": "2"}
DRAFT_NAME = "Bộ tiêu chí chấm điểm, xếp loại công tác dân vận năm 2026 (dự thảo, minh họa)"
SET_NAME = "Bộ tiêu chí chấm điểm, xếp loại công tác dân vận (minh họa)"
DECISION = "Bộ tiêu chí minh họa, dựng theo cấu trúc Quyết định số 25/QĐ-UBND ngày 05/01/2023"
ROUND_NAMES = {
    2024: "Chấm điểm, xếp loại công tác dân vận năm 2024",
    2025: "Chấm điểm, xếp loại công tác dân vận năm 2025",
}
DEPARTMENTS = ["Sở Công Thương", "Sở Nội vụ", "Sở Ngoại vụ", "Sở Tài chính", "Sở Y tế"]
COMMUNES = ["Xã Cẩm Giang", "Phường Hải Dương", "Phường Lê Chân"]

M = Criterion.Scoring.MEASURE
# (number, title, max points, scoring, measure key, multiplier, evidence required); groups have no scoring.
CRITERIA: list[tuple[str, str, int, str | None, str, int | None, str]] = [
    ("I", "Lãnh đạo, chỉ đạo, triển khai công tác dân vận", 20, None, "", None, ""),
    ("1", "Ban hành kế hoạch thực hiện công tác dân vận chính quyền năm", 10, "yes_no", "", None, "Kế hoạch"),
    (
        "2",
        "Quán triệt, tuyên truyền các văn bản chỉ đạo đến cán bộ, công chức",
        10,
        "range",
        "",
        None,
        "Biên bản hội nghị",
    ),
    ("II", "Thực hiện nhiệm vụ được giao", 30, None, "", None, ""),
    (
        "3",
        "Hoàn thành nhiệm vụ trong danh mục đúng hạn (tỷ lệ đúng hạn × 20)",
        20,
        M,
        "tasks_on_time",
        20,
        "",
    ),
    (
        "4",
        "Thực hiện quy chế dân chủ ở cơ sở, tiếp công dân, đối thoại",
        10,
        "range",
        "",
        None,
        "Sổ tiếp công dân",
    ),
    ("III", "Dân vận khéo và phối hợp với Mặt trận, đoàn thể", 25, None, "", None, ""),
    (
        "5",
        "Có mô hình Dân vận khéo được công nhận",
        15,
        M,
        "models_registered",
        15,
        "Quyết định công nhận",
    ),
    ("6", "Phối hợp với Mặt trận Tổ quốc và các đoàn thể", 10, "range", "", None, "Chương trình phối hợp"),
    ("IV", "Chế độ thông tin, báo cáo", 25, None, "", None, ""),
    ("7", "Gửi báo cáo định kỳ đúng hạn (tỷ lệ đúng hạn × 15)", 15, M, "reports_on_time", 15, ""),
    ("8", "Chất lượng báo cáo, số liệu", 10, "range", "", None, ""),
    (
        "V",
        "Điểm thưởng: sáng kiến, cách làm hay được khen thưởng",
        5,
        "bonus",
        "",
        None,
        "Quyết định khen thưởng",
    ),
    ("VI", "Điểm trừ: để xảy ra khiếu kiện đông người, vượt cấp", 5, "penalty", "", None, ""),
]
THRESHOLDS = [
    ("Hoàn thành xuất sắc", 90),
    ("Hoàn thành tốt", 75),
    ("Hoàn thành", 50),
    ("Không hoàn thành", 0),
]
EXCLUSIONS = [
    "Có cán bộ, công chức bị kỷ luật từ hình thức khiển trách trở lên do vi phạm trong công tác dân vận",
    "Không gửi bảng tự chấm điểm đúng thời hạn mà không có lý do chính đáng",
]
# Share of the maximum each agency earns on the criteria scored by hand, 2024 then 2025.
SHARES = {
    2024: {
        "Sở Công Thương": 0.9,
        "Sở Nội vụ": 0.9,  # tied with Sở Công Thương
        "Sở Ngoại vụ": 0.75,
        "Sở Tài chính": 0.6,
        "Sở Y tế": 0.85,  # excluded
        "Xã Cẩm Giang": 0.8,
        "Phường Hải Dương": 0.95,
        "Phường Lê Chân": 0.5,
    },
    2025: {
        "Sở Công Thương": 0.8,
        "Sở Nội vụ": 0.9,
        "Sở Ngoại vụ": 0.7,
        "Sở Tài chính": 0.85,
        "Sở Y tế": 0.9,
        "Xã Cẩm Giang": 0.85,
        "Phường Hải Dương": 0.95,
        "Phường Lê Chân": 0.6,
    },
}
# Where each sheet of the 2025 round stands.
STAGES_2025 = {
    "Sở Công Thương": "draft",
    "Sở Nội vụ": "submitted",
    "Sở Ngoại vụ": "returned",
    "Sở Tài chính": "finalised",
    "Sở Y tế": "approved",
    "Xã Cẩm Giang": "submitted",
    "Phường Hải Dương": "finalised",
    "Phường Lê Chân": "not_started",
}
DEPARTURE = "Số liệu trên hệ thống chưa cập nhật các nhiệm vụ, báo cáo đã hoàn thành trong năm (có minh chứng kèm theo)."


def _build_set(province: Organization) -> CriteriaSet:
    criteria_set = set_actions.create_set(
        actor=None, province=province, name=SET_NAME, from_year=2024, decision=DECISION, is_illustrative=True
    )
    group: Criterion | None = None
    for number, title, max_points, scoring, key, multiplier, evidence in CRITERIA:
        if scoring is None:
            group = set_actions.add_criterion(
                actor=None,
                criteria_set=criteria_set,
                number=number,
                title=title,
                max_points=Decimal(max_points),
            )
            continue
        kind = scoring if scoring in ("bonus", "penalty") else Criterion.Kind.NORMAL
        how = scoring if scoring in (Criterion.Scoring.YES_NO, M) else Criterion.Scoring.RANGE
        set_actions.add_criterion(
            actor=None,
            criteria_set=criteria_set,
            parent=group if kind == Criterion.Kind.NORMAL else None,
            number=number,
            title=title,
            max_points=Decimal(max_points),
            kind=kind,
            scoring=how,
            measure_key=key,
            multiplier=Decimal(multiplier) if multiplier else None,
            evidence_required=evidence,
        )
    for label, points in THRESHOLDS:
        set_actions.add_threshold(
            actor=None, criteria_set=criteria_set, label=label, min_points=Decimal(points)
        )
    for text in EXCLUSIONS:
        set_actions.add_exclusion(actor=None, criteria_set=criteria_set, text=text)
    return criteria_set


def _self_score(sheet: Assessment, share: float) -> Assessment:
    """Score every criterion: the suggestion where the system has one (departing from a zero suggestion with a
    reason), else `share` of the maximum (yes/no: all or nothing); bonus points for the best, no penalty."""
    rows = [r for r in queries.sheet(sheet) if r.is_leaf]
    entries = {}
    for row in rows:
        c = row.criterion
        reason = ""
        if c.kind == Criterion.Kind.PENALTY:
            value = Decimal(0)
        elif c.kind == Criterion.Kind.BONUS:
            value = Decimal(3) if share >= 0.9 else Decimal(0)
        elif row.suggestion is not None and row.suggestion.points > 0:
            value = row.suggestion.points
        elif c.scoring == Criterion.Scoring.YES_NO:
            value = c.max_points if share >= 0.6 else Decimal(0)
        else:
            value = (c.max_points * Decimal(str(share))).quantize(Decimal("0.5"))
        if row.suggestion is not None and value != row.suggestion.points:
            reason = DEPARTURE
        entries[c.pk] = actions.SelfScore(
            value, "Đã thực hiện theo kế hoạch; chi tiết tại báo cáo năm.", reason
        )
    return actions.save_self_scores(actor=None, assessment=sheet, version=sheet.version, entries=entries)


def _advance(sheet: Assessment, stage: str, *, appraiser: User | None, excluded: bool = False) -> None:
    if stage == "not_started":
        return
    sheet = _self_score(sheet, SHARES[sheet.round.year][sheet.organization.name])
    if stage == "draft":
        return
    sheet = actions.approve_assessment(actor=None, assessment=sheet)
    if stage == "approved":
        return
    sheet = actions.submit_assessment(actor=None, assessment=sheet, today=sheet.round.self_due)
    if stage == "returned":
        actions.return_assessment(
            actor=None,
            assessment=sheet,
            version=sheet.version,
            comment="Đề nghị bổ sung minh chứng cho tiêu chí 2 và 6 (biên bản hội nghị, chương trình phối hợp).",
        )
        return
    if stage == "submitted":
        return
    leaf = sheet.scores.select_related("criterion").filter(criterion__number="8").first()
    if leaf is not None and leaf.self_points:
        sheet = actions.adjust_scores(
            actor=appraiser,
            assessment=sheet,
            version=sheet.version,
            changes={
                leaf.criterion_id: (leaf.self_points - 1, "Báo cáo quý III gửi thiếu số liệu biểu mẫu.")
            },
        )
    if excluded:
        sheet = actions.set_exclusion(
            actor=None,
            assessment=sheet,
            version=sheet.version,
            exclusion=sheet.round.criteria_set.exclusions.order_by("position").first(),
            note="01 công chức bị kỷ luật khiển trách trong năm.",
        )
    actions.finalise_assessment(actor=None, assessment=sheet, version=sheet.version)


def load_demo_evaluation(province: Organization) -> list[Round]:
    """The demo's two rounds of Hải Phòng (see the module's docstring); returns them, oldest first."""
    existing = list(Round.objects.filter(province=province, name__in=ROUND_NAMES.values()).order_by("year"))
    if existing:
        return existing
    agencies = list(
        Organization.objects.filter(parent=province, name__in=DEPARTMENTS + COMMUNES).exclude(
            kind__in=Organization.INTERNAL_KINDS
        )
    )
    today = timezone.localdate()
    # The demo coordinator appraises (its name shows in the history of each change); none in a bare database.
    appraiser = User.objects.filter(username=APPRAISER).first()
    with transaction.atomic():
        for organization in agencies:
            if organization.name in SIZE_CLASSES and not organization.size_class:
                org_actions.update_organization(
                    actor=None, organization=organization, size_class=SIZE_CLASSES[organization.name]
                )
        set_2024 = _build_set(province)
        last_year = actions.open_round(
            actor=None,
            criteria_set=set_2024,
            year=2024,
            name=ROUND_NAMES[2024],
            groups=[Group.DEPARTMENTS, Group.COMMUNES],
            working_days=15,
            opened_on=datetime.date(2024, 11, 11),
            only=agencies,
            by_size=True,
        )
        for sheet in last_year.assessments.select_related("organization", "round"):
            _advance(sheet, "finalised", appraiser=appraiser, excluded=sheet.organization.name == "Sở Y tế")
        actions.publish_round(actor=None, evaluation_round=last_year)
        set_2025 = set_actions.copy_set(actor=None, source=set_2024, from_year=2025)
        this_year = actions.open_round(
            actor=None,
            criteria_set=set_2025,
            year=2025,
            name=ROUND_NAMES[2025],
            groups=[Group.DEPARTMENTS, Group.COMMUNES],
            working_days=15,
            opened_on=today - datetime.timedelta(days=7),
            only=agencies,
            by_size=True,
        )
        observer = User.objects.filter(username=OBSERVER_APPRAISER).first()
        if observer is not None:
            actions.name_appraisers(actor=None, evaluation_round=this_year, observers=[observer])
        for sheet in this_year.assessments.select_related("organization", "round"):
            _advance(sheet, STAGES_2025.get(sheet.organization.name, "not_started"), appraiser=appraiser)
        set_actions.copy_set(actor=None, source=set_2025, from_year=2026, name=DRAFT_NAME)
    return [last_year, this_year]
