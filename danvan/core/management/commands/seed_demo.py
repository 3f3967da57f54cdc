"""python manage.py seed_demo: the Hải Phòng tree, internal units of four agencies and one user per role.

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
from danvan.organizations import actions as org_actions
from danvan.organizations.loading import load_province
from danvan.organizations.models import Membership, Organization
from danvan.plans.demo import load_demo_plans
from danvan.reporting.demo import load_demo_reporting
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


R = Membership.Role
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
]


class Command(BaseCommand):
    help = "Load the demo: Hải Phòng organisations, internal units and one user per role (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quiet-logins", action="store_true", help="do not print the demo logins")

    def handle(self, *args: Any, **options: Any) -> None:
        self.load()
        # The nightly pass, as cron would run it tonight: task statuses, then deadline and report reminders
        # (in-app notices and e-mail). Safe to repeat: nothing is sent twice.
        run = nightly_pass(timezone.localdate())
        self.stdout.write(
            f"Reminders: {run.due} due, {run.claimed} new, {run.sent} sent, {run.failed} failed"
        )
        if not options["quiet_logins"]:
            self.stdout.write(self.demo_logins())

    @transaction.atomic
    def load(self) -> None:
        province, result = load_province()
        self.stdout.write(f"{province.name}: {result.created} created, {result.unchanged} unchanged")
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
            organization = units.get(spec.organization) or agencies.get(spec.organization)
            if organization is None:
                organization = Organization.objects.get(parent=province, name=spec.organization)
            if not Membership.objects.filter(user=user, organization=organization, role=spec.role).exists():
                org_actions.grant_role(actor=None, user=user, organization=organization, role=spec.role)
        plans = load_demo_plans(province)
        for plan in plans:
            self.stdout.write(
                f"{plan.get_kind_display()}: {plan.title[:70]} ({plan.owner.name}, {plan.get_status_display()})"
            )
        period = load_demo_reporting(plans[0])
        self.stdout.write(f"{period.name}: {period.reports.count()} reports")

    @staticmethod
    def demo_logins() -> str:
        lines = ["", "Demo logins (password for all: " + DEMO_PASSWORD + "):"]
        for spec in DEMO_USERS:
            lines.append(f"  {spec.username:<18} {Membership.Role(spec.role).label:<18} {spec.organization}")
        return "\n".join(lines)
