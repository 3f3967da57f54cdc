"""python manage.py seed_demo: two provinces (Hải Phòng and Quảng Ngãi, each with its coordinator, catalog and
plans), Bộ Nội vụ with a national observer, internal units, and one user per role.

Idempotent: running it again changes nothing. Everything goes through the apps' actions, so the demo
has the same audit trail as real data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils import timezone

from danvan.accounts import actions as account_actions
from danvan.accounts.models import User
from danvan.evaluation.demo import load_demo_evaluation
from danvan.feedback.demo import load_demo_feedback
from danvan.initiatives.demo import load_demo_initiatives
from danvan.organizations import actions as org_actions
from danvan.organizations.loading import PROVINCES, load_province
from danvan.organizations.models import Membership, Organization
from danvan.plans.demo import load_demo_plans, load_quang_ngai_plans
from danvan.reporting import summaries
from danvan.reporting.demo import load_demo_reporting, replay_demo_reminders
from danvan.reporting.jobs import nightly_pass

DEMO_PASSWORD = "DanVan@2026"

K = Organization.Kind
# Internal units named in the seed plans (000: Sở Công Thương, 001: Xã Cẩm Giang, 003: Sở Ngoại vụ).
INTERNAL_UNITS: dict[str, list[tuple[str, str]]] = {
    "Sở Nội vụ": [
        ("Văn phòng Sở", K.OFFICE),
        ("Phòng Xây dựng chính quyền và Công tác thanh niên", K.DIVISION),
        ("Phòng Cải cách hành chính", K.DIVISION),
        ("Ban Tôn giáo", K.SUB_DEPARTMENT),
    ],
    "Sở Công Thương": [
        ("Văn phòng Sở", K.OFFICE),
        ("Phòng Quản lý Công nghiệp", K.DIVISION),
        ("Phòng Quản lý Thương mại", K.DIVISION),
        ("Phòng Quản lý Năng lượng", K.DIVISION),
        ("Phòng Quản lý Đầu tư và Hợp tác quốc tế", K.DIVISION),
        ("Phòng Kỹ thuật An toàn - Môi trường", K.DIVISION),
    ],
    "Sở Ngoại vụ": [
        ("Văn phòng Sở", K.OFFICE),
        ("Phòng Lãnh sự và Người Việt Nam ở nước ngoài", K.DIVISION),
        ("Phòng Hợp tác quốc tế", K.DIVISION),
    ],
    "Xã Cẩm Giang": [
        ("Văn phòng HĐND và UBND", K.OFFICE),
        ("Phòng Văn hóa - Xã hội", K.DIVISION),
        ("Phòng Kinh tế", K.DIVISION),
        ("Trung tâm Văn hóa, Thể thao và Truyền thông", K.CENTER),
    ],
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    job_title: str
    organization: str  # "Parent / Child" for internal units
    role: str
    province: str = "haiphong"  # a bundled province (organizations.loading.PROVINCES) or NATIONAL


R = Membership.Role
NATIONAL = "national"
MINISTRY_NAME = "Bộ Nội vụ"
DEMO_USERS = [
    DemoUser("dieuphoi", "Trần Thị Hồng Nhung", "Chuyên viên Phòng XDCQ&CTTN", "Sở Nội vụ", R.COORDINATOR),
    DemoUser("quantri", "Phạm Minh Quân", "Chuyên viên công nghệ thông tin", "Sở Nội vụ", R.ADMINISTRATOR),
    DemoUser("canbo.sct", "Lê Thu Hà", "Chuyên viên Văn phòng Sở", "Sở Công Thương", R.AGENCY_OFFICER),
    DemoUser(
        "donvi.sct", "Đỗ Văn Tùng", "Chuyên viên", "Sở Công Thương / Phòng Quản lý Thương mại", R.UNIT_OFFICER
    ),
    DemoUser("lanhdao.sct", "Nguyễn Hoàng Long", "Giám đốc Sở", "Sở Công Thương", R.LEADER),
    DemoUser(
        "canbo.camgiang", "Vũ Thị Lan", "Công chức Phòng Văn hóa - Xã hội", "Xã Cẩm Giang", R.AGENCY_OFFICER
    ),
    DemoUser("lanhdao.camgiang", "Vương Đức Dũng", "Chủ tịch UBND xã", "Xã Cẩm Giang", R.LEADER),
    DemoUser("giamsat", "Hoàng Văn Sơn", "Chuyên viên", "Ban Tuyên giáo và Dân vận Thành ủy", R.OBSERVER),
    # The agencies that still owe the demo period's report (one returned, one a draft): their officers are
    # reminded before and on the due date, their leaders once it has passed (reporting.demo).
    DemoUser(
        "canbo.sngv", "Bùi Thị Thanh Hương", "Chuyên viên Văn phòng Sở", "Sở Ngoại vụ", R.AGENCY_OFFICER
    ),
    DemoUser("lanhdao.sngv", "Trịnh Quang Vinh", "Giám đốc Sở", "Sở Ngoại vụ", R.LEADER),
    DemoUser(
        "canbo.haiduong",
        "Đinh Thị Mỹ Linh",
        "Công chức Văn phòng HĐND và UBND",
        "Phường Hải Dương",
        R.AGENCY_OFFICER,
    ),
    DemoUser("lanhdao.haiduong", "Cao Văn Thịnh", "Chủ tịch UBND phường", "Phường Hải Dương", R.LEADER),
    # Quảng Ngãi: its own coordinator and Sở Công Thương (seed 002).
    DemoUser(
        "dieuphoi.qng",
        "Nguyễn Thị Thu Trang",
        "Chuyên viên Sở Nội vụ",
        "Sở Nội vụ",
        R.COORDINATOR,
        "quangngai",
    ),
    DemoUser(
        "canbo.sct.qng",
        "Phạm Văn Hưng",
        "Chuyên viên Văn phòng Sở",
        "Sở Công Thương",
        R.AGENCY_OFFICER,
        "quangngai",
    ),
    DemoUser("lanhdao.sct.qng", "Nguyễn Thanh Mân", "Giám đốc Sở", "Sở Công Thương", R.LEADER, "quangngai"),
    # Bộ Nội vụ compares the provinces; it reads everything and writes nothing.
    DemoUser(
        "giamsat.bnv",
        "Đặng Quốc Khánh",
        "Chuyên viên Vụ Chính quyền địa phương",
        "Bộ Nội vụ",
        R.OBSERVER,
        NATIONAL,
    ),
    # One person with roles in both provinces switches between them.
    DemoUser("hotro.lienvung", "Lý Thị Mai", "Chuyên viên hỗ trợ", "Sở Công Thương", R.AGENCY_OFFICER),
    DemoUser(
        "hotro.lienvung", "Lý Thị Mai", "Chuyên viên hỗ trợ", "Sở Công Thương", R.AGENCY_OFFICER, "quangngai"
    ),
]


class Command(BaseCommand):
    help = "Load the demo: Hải Phòng organisations, internal units and one user per role (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quiet-logins", action="store_true", help="do not print the demo logins")

    def handle(self, *args: Any, **options: Any) -> None:
        with summaries.deferred_refresh():  # the dashboard figures once per period, not once per row
            self.load()
        today = timezone.localdate()
        # The reminder passes cron would have run over the last days of the demo period (before, on and after
        # its due date), then tonight's nightly pass: task statuses, then deadline and report reminders (in-app
        # notices and e-mail). Safe to repeat: nothing is sent twice.
        for past in replay_demo_reminders(until=today):
            self.stdout.write(f"Reminders of {past.on}: {past.claimed} new, {past.sent} sent")
        run = nightly_pass(today)
        self.stdout.write(
            f"Reminders: {run.due} due, {run.claimed} new, {run.sent} sent, {run.failed} failed"
        )
        if not options["quiet_logins"]:
            self.stdout.write(self.demo_logins())

    @transaction.atomic
    def load(self) -> None:
        roots: dict[str, Organization] = {}
        for key in ("haiphong", "quangngai"):
            list_path, extra_path = PROVINCES[key]
            roots[key], result = load_province(list_path=list_path, extra_path=extra_path)
            self.stdout.write(f"{roots[key].name}: {result.created} created, {result.unchanged} unchanged")
        roots[NATIONAL] = Organization.objects.filter(
            name=MINISTRY_NAME, parent=None
        ).first() or org_actions.create_organization(
            actor=None, name=MINISTRY_NAME, kind=Organization.Kind.MINISTRY, abbreviation="BNV"
        )
        province = roots["haiphong"]
        agencies = {o.name: o for o in Organization.objects.filter(parent=province, name__in=INTERNAL_UNITS)}
        units: dict[str, Organization] = {}
        for agency_name, unit_specs in INTERNAL_UNITS.items():
            agency = agencies[agency_name]
            existing = {o.name: o for o in Organization.objects.filter(parent=agency)}
            for unit_name, kind in unit_specs:
                unit = existing.get(unit_name) or org_actions.create_organization(
                    actor=None, name=unit_name, kind=kind, parent=agency
                )
                units[f"{agency_name} / {unit_name}"] = unit
        for spec in DEMO_USERS:
            user = User.objects.filter(username=spec.username).first() or account_actions.create_user(
                actor=None,
                username=spec.username,
                password=DEMO_PASSWORD,
                full_name=spec.full_name,
                job_title=spec.job_title,
                email=f"{spec.username}@danvan.local",
            )
            root = roots[spec.province]
            organization = units.get(spec.organization) if spec.province == "haiphong" else None
            if organization is None:
                organization = (
                    root
                    if spec.organization == root.name
                    else Organization.objects.get(parent=root, name=spec.organization)
                )
            if not Membership.objects.filter(user=user, organization=organization, role=spec.role).exists():
                org_actions.grant_role(actor=None, user=user, organization=organization, role=spec.role)
        plans = load_demo_plans(province)
        plans += load_quang_ngai_plans(roots["quangngai"])
        for plan in plans:
            self.stdout.write(
                f"{plan.get_kind_display()}: {plan.title[:70]} ({plan.owner.name}, {plan.get_status_display()})"
            )
        period = load_demo_reporting(plans[0])
        self.stdout.write(f"{period.name}: {period.reports.count()} reports")
        call = load_demo_initiatives(province)
        self.stdout.write(f"{call.title}: {call.initiatives.count()} models")
        for evaluation_round in load_demo_evaluation(province):
            self.stdout.write(f"{evaluation_round.name}: {evaluation_round.get_state_display()}")
        self.stdout.write(f"Citizen feedback: {len(load_demo_feedback(province))} items")

    @staticmethod
    def demo_logins() -> str:
        lines = ["", "Demo logins (password for all: " + DEMO_PASSWORD + "):"]
        for spec in DEMO_USERS:
            lines.append(
                f"  {spec.username:<18} {Membership.Role(spec.role).label:<18} {spec.organization} ({spec.province})"
            )
        return "\n".join(lines)
