"""Every URL and every API operation, walked with five users around one agency's objects.

The five users (the three-user pattern plus two): an officer of the object's own organisation (Sở Công Thương),
an officer of its parent (the city), an officer of an unrelated organisation (a commune), a leader of another
agency (Sở Nội vụ) and an observer of the city (Ban Dân vận: province-wide, read-only).

Each route is listed in `PAGES` or `API` with the outcome expected for each user, in that order:

    O  allowed: any answer but 401/403/404/405 and no server error (a form may still refuse the input)
    3  refused: 403, the object is in the person's scope but the right is missing
    4  not found: 404, the object is outside the person's scope (no existence leak)

The routes come from the URL resolver and the ninja API themselves: a new route fails
`test_every_route_is_classified` until it is added here with its expected outcomes. Writes run inside a
transaction that is rolled back, so every user meets the same objects.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse

from danvan.core import actions as core_actions
from danvan.core.tests.test_login_required import ROUTES, concrete
from danvan.organizations.models import Membership, Organization
from danvan.plans import actions as plan_actions
from danvan.plans.models import Plan
from danvan.plans.tests.conftest import parsed_catalog
from danvan.reporting.actions import calendar as calendar_actions
from danvan.reporting.actions import periods as period_actions
from danvan.reporting.actions import progress as progress_actions
from danvan.reporting.actions import reports as report_actions
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

USERS = ("own", "parent", "unrelated", "other_leader", "observer")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# Shorthands for the usual rows (own, parent, unrelated, other leader, observer).
ALL = "OOOOO"  # pages everyone has (lists, own profile, forms whose choices are already scoped)
READ = "OO44O"  # read an object of the agency: its scope and the province-wide observer
WRITE = "OO443"  # change it: officers of the agency or above; the observer is refused
MINE = "O4444"  # something of the own officer's account (token, notification, export job, feed)
LEADER = "33443"  # the leader's signature (ký duyệt) over the agency: none of the five holds it
ADMIN = "33443"  # administrators of the province: none of the five
COORDINATOR = "33333"  # the coordinator of the province, on objects every one of the five sees
REVIEW = "33443"
COORDINATOR_OVER_AGENCY = "33443"  # the coordinator commends the agency's model: none of the five  # the coordinator accepts or returns the agency's report: none of the five


@dataclass
class World:
    """One agency's objects, made through the real actions."""

    users: dict[str, Any]
    department: Organization
    catalog: Plan
    plan: Plan
    ids: dict[str, Any]


@pytest.fixture
def world(tree: Any, make_user: Any) -> World:
    users = {
        "own": make_user(tree.department, "agency_officer", username="own"),
        "parent": make_user(tree.province, "agency_officer", username="parent"),
        "unrelated": make_user(tree.commune, "agency_officer", username="unrelated"),
        "other_leader": make_user(tree.other_department, "leader", username="other_leader"),
        "observer": make_user(tree.other_department, "observer", username="observer"),
    }
    own = users["own"]
    catalog = plan_actions.import_parsed(
        actor=None,
        owner=tree.province,
        kind=Plan.Kind.CATALOG,
        parsed=parsed_catalog(),
        file_name="danh-muc.txt",
        data=b"QUYET DINH",
    )
    for row in catalog.tasks.get(number="1.3").assignments.all():
        if not row.is_resolved:
            plan_actions.mark_external(actor=None, assignment=row)
    catalog = plan_actions.publish_catalog(actor=None, plan=Plan.objects.get(pk=catalog.pk))
    plan = plan_actions.import_parsed(
        actor=None,
        owner=tree.department,
        kind=Plan.Kind.AGENCY_PLAN,
        parsed=parsed_catalog(number="12/KH-SCT", type="Kế hoạch"),
        file_name="ke-hoach.txt",
        data=b"KE HOACH",
        parent=catalog,
    )
    task = plan.tasks.get(number="1.3")
    group = plan.tasks.get(number="1.1").assignments.exclude(group_key="").first()
    target = plan_actions.add_target(actor=None, plan=plan, text="Tổ chức 4 hội nghị", value=None)
    plan.refresh_from_db()
    obligation = plan.reporting_obligations.first()
    import_job = plan_actions.queue_import(
        actor=own, owner=tree.department, kind=Plan.Kind.AGENCY_PLAN, file_name="b.txt", data=b"x"
    )
    export_job = plan_actions.queue_pdf_export(actor=own, plan=plan)
    catalog_task = catalog.tasks.get(number="1.3")  # Sở Công Thương leads it
    period = period_actions.create_period(
        actor=None,
        catalog=catalog,
        name="Báo cáo quý IV",
        start=datetime.date(2025, 10, 1),
        cutoff=datetime.date(2025, 12, 10),
        due=datetime.date(2025, 12, 15),
    )
    second_period = period_actions.create_period(
        actor=None,
        catalog=catalog,
        name="Báo cáo đột xuất",
        start=datetime.date(2025, 10, 1),
        cutoff=datetime.date(2025, 12, 20),
        due=datetime.date(2025, 12, 25),
    )
    progress_actions.update_progress(
        actor=own,
        task=catalog_task,
        organization=tree.department,
        state="in_progress",
        percent=40,
        evidence=[SimpleUploadedFile("bien-ban.pdf", PDF)],
        today=datetime.date(2025, 11, 1),
    )
    report = report_actions.assemble_report(actor=None, period=period, organization=tree.department)
    _token_row, _token = _api_token(own)
    feed = calendar_actions.create_feed(actor=own)
    core_actions.notify(recipients=[own], text="Có nhiệm vụ mới", url="/plans/inbox/")
    from danvan.evaluation.actions import rounds as round_actions
    from danvan.evaluation.tests.conftest import build_set
    from danvan.reporting.models import Evidence

    initiative_ids = _initiatives(tree, own)
    criteria_set = build_set(tree.province)
    evaluation_round = round_actions.open_round(
        actor=None,
        criteria_set=criteria_set,
        year=2025,
        name="Chấm điểm năm 2025",
        groups=["departments", "communes"],
        working_days=10,
        opened_on=datetime.date(2025, 11, 3),
    )
    # The coordinator names the observer an appraiser of the round (observers not named only read).
    round_actions.name_appraisers(
        actor=None, evaluation_round=evaluation_round, observers=[users["observer"]]
    )
    sheet = evaluation_round.assessments.get(organization=tree.department)
    submitted = evaluation_round.assessments.get(organization=tree.other_department)
    submitted = round_actions.save_self_scores(
        actor=None,
        assessment=submitted,
        version=None,
        entries={s.criterion_id: round_actions.SelfScore(0) for s in submitted.scores.all()},
    )
    round_actions.approve_assessment(actor=None, assessment=submitted)
    round_actions.submit_assessment(actor=None, assessment=submitted)
    feedback_ids = _feedback_world(tree)
    ids = {
        **feedback_ids,
        **initiative_ids,
        "plan": plan.pk,
        "catalog": catalog.pk,
        "task": task.pk,
        "assignment": task.assignments.first().pk,  # type: ignore[union-attr]
        "group": group.pk if group else 0,
        "target": target.pk,
        "obligation": obligation.pk if obligation else 0,
        "import_job": import_job.pk,
        "export_job": export_job.pk,
        "catalog_task": catalog_task.pk,
        "period": period.pk,
        "second_period": second_period.pk,
        "report": report.pk,
        "evidence": Evidence.objects.get().pk,
        "token": own.api_tokens.get().pk,
        "feed": feed.pk,
        "feed_token": feed.token,
        "notification": own.notifications.order_by("pk").first().pk,
        "department": tree.department.pk,
        "membership": Membership.objects.get(user=own).pk,
        "criteria_set": criteria_set.pk,
        "criterion": criteria_set.criteria.first().pk,  # type: ignore[union-attr]
        "leaf": criteria_set.criteria.get(number="1.1").pk,
        "threshold": criteria_set.thresholds.first().pk,  # type: ignore[union-attr]
        "exclusion": criteria_set.exclusions.first().pk,  # type: ignore[union-attr]
        "round": evaluation_round.pk,
        "sheet": sheet.pk,
        "submitted_sheet": submitted.pk,
    }
    return World(users=users, department=tree.department, catalog=catalog, plan=plan, ids=ids)


def _feedback_world(tree: Any) -> dict[str, Any]:
    """An open item held by the agency (with a photo), an answered one (with its signed reply), a reception
    schedule and a dialogue with minutes, made through the feedback app's actions."""
    from captcha.models import CaptchaStore

    from danvan.feedback import actions as feedback_actions
    from danvan.testing import png_bytes

    def receive(**fields: Any) -> Any:
        return feedback_actions.receive_feedback(
            actor=None,
            kind="report",
            channel="hotline",
            title="Đèn đường hỏng",
            text="Đèn đường hỏng nhiều ngày.",
            citizen_name="Nguyễn Văn Dân",
            organization=tree.department,
            received_on=datetime.date(2026, 3, 2),
            **fields,
        )

    item = receive(files=[SimpleUploadedFile("anh.png", png_bytes())])
    answered = receive()
    feedback_actions.answer_feedback(
        actor=None, item=answered, text="Đã xử lý.", signed_file=SimpleUploadedFile("tra-loi.pdf", PDF)
    )
    schedule = feedback_actions.add_schedule(
        actor=None,
        organization=tree.department,
        head_name="Nguyễn Văn Giám",
        position="Giám đốc",
        frequency="monthly",
        when="Thứ Năm tuần thứ hai",
        place="Trụ sở Sở",
    )
    dialogue = feedback_actions.record_dialogue(
        actor=None,
        organization=tree.department,
        title="Đối thoại với doanh nghiệp",
        held_on=datetime.date(2026, 3, 10),
        place="Hội trường Sở",
        chair="Giám đốc Sở",
        topics="Thủ tục hành chính",
        minutes_file=SimpleUploadedFile("bien-ban.pdf", PDF),
    )
    return {
        "feedback": item.pk,
        "feedback_code": item.code,
        "feedback_answered": answered.pk,
        "feedback_attachment": item.attachments.get().pk,
        "reception_schedule": schedule.pk,
        "dialogue": dialogue.pk,
        "captcha_key": CaptchaStore.generate_key(),
    }


def _initiatives(tree: Any, own: Any) -> dict[str, int]:
    """A model of the agency with an evidence file, a call of the city, the agency's commitments with a form."""
    from danvan.initiatives import actions as initiative_actions

    initiative = initiative_actions.register_initiative(
        actor=None,
        organization=tree.department,
        data={
            "name": "Tiếp công dân",
            "holder": "collective",
            "performer": "Văn phòng",
            "field": "economy",
            "year": 2025,
        },
    )
    update = initiative_actions.add_update(
        actor=own,
        initiative=initiative,
        day=datetime.date(2025, 3, 1),
        text="Đã triển khai",
        files=[SimpleUploadedFile("bien-ban.pdf", PDF)],
    )
    campaign = initiative_actions.open_campaign(
        actor=None,
        organization=tree.province,
        title="Đăng ký mô hình 2025",
        year=2025,
        deadline=datetime.date(2025, 2, 21),
    )
    commitment = initiative_actions.save_commitment_counts(
        actor=None, organization=tree.department, year=2025, required=10, signed=8
    )
    form = initiative_actions.add_commitment_files(
        actor=None, commitment=commitment, files=[SimpleUploadedFile("cam-ket.pdf", PDF)]
    )[0]
    return {
        "initiative": initiative.pk,
        "initiative_file": update.files.get().pk,
        "campaign": campaign.pk,
        "commitment_file": form.pk,
    }


def _api_token(user: Any) -> tuple[Any, str]:
    from danvan.accounts import actions as account_actions

    return account_actions.create_api_token(actor=user, name="walk")


# --- the pages: name -> (path arguments, GET outcomes or None, POST outcomes or None, POST data) -----------

Args = Callable[[dict[str, Any]], dict[str, Any]]
NONE: Args = lambda i: {}  # noqa: E731
PLAN: Args = lambda i: {"pk": i["plan"]}  # noqa: E731
TASK: Args = lambda i: {"pk": i["task"]}  # noqa: E731
ASSIGNMENT: Args = lambda i: {"pk": i["assignment"]}  # noqa: E731
DEPARTMENT: Args = lambda i: {"pk": i["department"]}  # noqa: E731
PERIOD: Args = lambda i: {"pk": i["period"]}  # noqa: E731
REPORT: Args = lambda i: {"pk": i["report"]}  # noqa: E731
INITIATIVE: Args = lambda i: {"pk": i["initiative"]}  # noqa: E731
SHEET: Args = lambda i: {"pk": i["sheet"]}  # noqa: E731
SUBMITTED_SHEET: Args = lambda i: {"pk": i["submitted_sheet"]}  # noqa: E731
APPRAISE = "4343O"  # the observer named appraiser of the round appraises; Sở Nội vụ's leader sees but may not
FEEDBACK: Args = lambda i: {"pk": i["feedback"]}  # noqa: E731
DIALOGUE: Args = lambda i: {"pk": i["dialogue"]}  # noqa: E731
DEPARTMENT_FORM: Callable[[dict[str, Any]], dict[str, Any]] = lambda i: {"organization": i["department"]}  # noqa: E731


@dataclass(frozen=True)
class Page:
    args: Args
    get: str | None
    post: str | None = None
    data: Callable[[dict[str, Any]], dict[str, Any]] = NONE


PAGES: dict[str, Page] = {
    # accounts: a person's own account only
    "accounts:login": Page(NONE, ALL),
    "accounts:logout": Page(NONE, None, ALL),
    "accounts:password-change": Page(NONE, ALL, ALL),
    "accounts:password-reset": Page(NONE, ALL, ALL),
    "accounts:password-reset-done": Page(NONE, ALL),
    "accounts:password-reset-confirm": Page(lambda i: {"uidb64": "MQ", "token": "x-y"}, ALL),
    "accounts:password-reset-complete": Page(NONE, ALL),
    "accounts:profile": Page(NONE, ALL, ALL),
    "accounts:profile-history": Page(NONE, ALL),
    "accounts:tokens": Page(NONE, ALL, ALL),
    "accounts:token-revoke": Page(lambda i: {"pk": i["token"]}, None, MINE),
    # core
    "core:home": Page(NONE, ALL),
    "core:notifications": Page(NONE, ALL),
    "core:notification-read": Page(lambda i: {"pk": i["notification"]}, None, MINE),
    "core:notifications-read-all": Page(NONE, None, ALL),
    # organizations: read in scope; administrators change
    "organizations:list": Page(NONE, ALL),
    # Anyone may ask; a province where the person holds no role is refused with a message.
    "organizations:switch-province": Page(NONE, None, ALL),
    "search:search": Page(NONE, ALL),
    "organizations:detail": Page(DEPARTMENT, READ),
    "organizations:children": Page(DEPARTMENT, READ),
    "organizations:history": Page(DEPARTMENT, READ),
    "organizations:edit": Page(DEPARTMENT, ADMIN, ADMIN),
    "organizations:add-child": Page(DEPARTMENT, ADMIN, ADMIN),
    "organizations:close": Page(DEPARTMENT, ADMIN, ADMIN),
    "organizations:member-add": Page(DEPARTMENT, ADMIN, ADMIN),
    "organizations:member-revoke": Page(
        lambda i: {"pk": i["department"], "membership_pk": i["membership"]}, None, ADMIN
    ),
    # plans: the agency's draft plan, its tasks and assignments
    "plans:list": Page(NONE, ALL),
    "plans:inbox": Page(NONE, ALL),
    # The form offers only organisations the person may import for (test_views checks the refusals).
    # The import is offered only to those who can import for an agency: the observer is refused (403).
    "plans:import": Page(NONE, "OOOO3", "OOOO3"),
    "plans:import-job": Page(lambda i: {"pk": i["import_job"]}, READ),
    "plans:plan-detail": Page(PLAN, READ),
    "plans:plan-history": Page(PLAN, READ),
    "plans:plan-review": Page(PLAN, WRITE),
    "plans:plan-reimport": Page(PLAN, WRITE, WRITE),
    "plans:document-update": Page(PLAN, None, WRITE),
    "plans:task-add": Page(PLAN, None, WRITE),
    "plans:plan-rollup": Page(PLAN, None, WRITE),
    "plans:target-add": Page(PLAN, None, WRITE),
    "plans:target-remove": Page(lambda i: {"pk": i["plan"], "target_pk": i["target"]}, None, WRITE),
    "plans:target-measure": Page(lambda i: {"pk": i["plan"], "target_pk": i["target"]}, None, WRITE),
    "plans:obligation-add": Page(PLAN, None, WRITE),
    "plans:obligation-remove": Page(
        lambda i: {"pk": i["plan"], "obligation_pk": i["obligation"]}, None, WRITE
    ),
    "plans:start-from-catalog": Page(lambda i: {"pk": i["catalog"]}, None, WRITE, DEPARTMENT_FORM),
    "plans:plan-submit": Page(PLAN, None, WRITE),
    "plans:plan-approve": Page(PLAN, None, LEADER),
    "plans:plan-return": Page(PLAN, None, LEADER),
    "plans:plan-issue": Page(PLAN, None, WRITE),
    "plans:plan-publish": Page(lambda i: {"pk": i["catalog"]}, None, COORDINATOR),
    "plans:task-detail": Page(TASK, READ),
    "plans:task-update": Page(TASK, None, WRITE),
    "plans:task-inline": Page(TASK, WRITE, WRITE),
    "plans:task-delete": Page(TASK, None, WRITE),
    "plans:task-assign": Page(TASK, None, WRITE),
    "plans:task-link": Page(TASK, None, WRITE),
    "plans:assignment-resolve": Page(ASSIGNMENT, None, WRITE),
    "plans:assignment-external": Page(ASSIGNMENT, None, WRITE),
    "plans:assignment-remove": Page(ASSIGNMENT, None, WRITE),
    "plans:assignment-select": Page(lambda i: {"pk": i["group"]}, WRITE, WRITE),
    "plans:assignment-members": Page(ASSIGNMENT, READ),
    "plans:plan-export": Page(lambda i: {"pk": i["plan"], "fmt": "pdf"}, READ, READ),
    "plans:export-job": Page(lambda i: {"pk": i["export_job"]}, MINE),
    "plans:export-download": Page(lambda i: {"pk": i["export_job"]}, MINE),
    # reporting
    "reporting:my-tasks": Page(NONE, ALL),
    "reporting:task-progress": Page(lambda i: {"pk": i["catalog_task"]}, ALL, "OO333", DEPARTMENT_FORM),
    "reporting:plan-progress": Page(PLAN, READ),
    "reporting:evidence-download": Page(lambda i: {"pk": i["evidence"]}, READ),
    "reporting:evidence-remove": Page(lambda i: {"pk": i["evidence"]}, None, WRITE),
    "reporting:period-list": Page(NONE, ALL),
    "reporting:period-create": Page(NONE, None, COORDINATOR),
    "reporting:period-from-schedule": Page(NONE, None, COORDINATOR),
    "reporting:period-detail": Page(PERIOD, ALL),
    "reporting:period-close": Page(PERIOD, None, COORDINATOR),
    "reporting:period-reopen": Page(PERIOD, None, COORDINATOR),
    "reporting:consolidated-export": Page(lambda i: {"pk": i["period"], "fmt": "docx"}, COORDINATOR),
    # The page assembles the report of the person's own agency only (the API lets the parent do it).
    "reporting:report-create": Page(lambda i: {"pk": i["second_period"]}, None, "O3333", DEPARTMENT_FORM),
    "reporting:report-detail": Page(REPORT, READ),
    "reporting:report-history": Page(REPORT, READ),
    "reporting:report-export": Page(lambda i: {"pk": i["report"], "fmt": "docx"}, READ),
    "reporting:report-edit": Page(REPORT, None, WRITE),
    "reporting:report-assemble": Page(REPORT, None, WRITE),
    "reporting:report-submit": Page(REPORT, None, WRITE),
    "reporting:report-approve": Page(REPORT, None, LEADER),
    "reporting:report-accept": Page(REPORT, None, REVIEW),
    "reporting:report-return": Page(REPORT, None, REVIEW),
    "reporting:dashboard": Page(NONE, ALL),
    # Lists only the provinces in the person's scope (none for an agency officer).
    "reporting:province-comparison": Page(NONE, ALL),
    "reporting:dashboard-mine": Page(NONE, ALL),
    "reporting:dashboard-agency": Page(
        lambda i: {"period_pk": i["period"], "organization_pk": i["department"]}, READ
    ),
    "reporting:dashboard-task": Page(lambda i: {"period_pk": i["period"], "task_pk": i["catalog_task"]}, ALL),
    "reporting:calendar-feeds": Page(NONE, ALL, ALL),
    "reporting:calendar-revoke": Page(lambda i: {"pk": i["feed"]}, None, MINE),
    # Public by its secret token (test_login_required); with the right token it answers anyone.
    "reporting:calendar-ics": Page(lambda i: {"token": i["feed_token"]}, ALL),
    # initiatives: the agency's model, the city's registration call, the agency's commitments
    "initiatives:list": Page(NONE, ALL),
    # The form offers only organisations the person may register for; the observer has none (403).
    "initiatives:register": Page(NONE, "OOOO3", "OOOO3"),
    "initiatives:import": Page(NONE, "OOOO3", "OOOO3"),
    "initiatives:detail": Page(INITIATIVE, READ),
    "initiatives:edit": Page(INITIATIVE, WRITE, WRITE),
    "initiatives:advance": Page(INITIATIVE, None, WRITE, lambda i: {"to": "reviewed"}),
    "initiatives:recognise": Page(INITIATIVE, None, COORDINATOR_OVER_AGENCY),
    "initiatives:update-add": Page(INITIATIVE, None, WRITE),
    "initiatives:history": Page(INITIATIVE, READ),
    "initiatives:file-download": Page(lambda i: {"pk": i["initiative_file"]}, READ),
    "initiatives:file-remove": Page(lambda i: {"pk": i["initiative_file"]}, None, WRITE),
    "initiatives:campaign-list": Page(NONE, ALL),
    # Agencies open calls for their own units; the observer opens none.
    "initiatives:campaign-create": Page(NONE, "OOOO3", "OOOO3"),
    # A call of the city reaches every unit under it; officers of the city close it.
    "initiatives:campaign-detail": Page(lambda i: {"pk": i["campaign"]}, ALL),
    "initiatives:campaign-close": Page(lambda i: {"pk": i["campaign"]}, None, "3O333"),
    "initiatives:commitment-list": Page(NONE, ALL),
    # The coordinator proposes commendations: none of the five is one.
    "initiatives:proposal": Page(NONE, COORDINATOR),
    "initiatives:proposal-export": Page(lambda i: {"fmt": "docx"}, COORDINATOR),
    # Public (test_login_required): recognised models only.
    "initiatives:public": Page(NONE, ALL),
    "initiatives:commitment-edit": Page(lambda i: {"pk": i["department"], "year": 2025}, WRITE, WRITE),
    "initiatives:commitment-file-download": Page(lambda i: {"pk": i["commitment_file"]}, READ),
    # evaluation: sets and rounds are read by everyone of the province; the coordinator keeps them (none of the
    # five); a sheet is read in scope, scored by the agency's officers, approved by its leader, appraised by the
    # province's coordinators and the observers the coordinator named for the round (the observer here is named).
    "evaluation:home": Page(NONE, ALL),
    "evaluation:set-create": Page(NONE, None, COORDINATOR),
    "evaluation:set-import": Page(NONE, None, COORDINATOR),
    "evaluation:set-import-review": Page(NONE, COORDINATOR, COORDINATOR),
    "evaluation:set-import-row": Page(lambda i: {"index": 0}, COORDINATOR, COORDINATOR),
    "evaluation:set-detail": Page(lambda i: {"pk": i["criteria_set"]}, ALL),
    "evaluation:set-criterion-add": Page(lambda i: {"pk": i["criteria_set"]}, None, COORDINATOR),
    "evaluation:set-criterion-remove": Page(
        lambda i: {"pk": i["criteria_set"], "criterion_pk": i["criterion"]}, None, COORDINATOR
    ),
    "evaluation:set-criterion-edit": Page(
        lambda i: {"pk": i["criteria_set"], "criterion_pk": i["criterion"]}, COORDINATOR, COORDINATOR
    ),
    "evaluation:set-threshold-add": Page(lambda i: {"pk": i["criteria_set"]}, None, COORDINATOR),
    "evaluation:set-threshold-edit": Page(
        lambda i: {"pk": i["criteria_set"], "threshold_pk": i["threshold"]}, COORDINATOR, COORDINATOR
    ),
    "evaluation:set-threshold-remove": Page(
        lambda i: {"pk": i["criteria_set"], "threshold_pk": i["threshold"]}, None, COORDINATOR
    ),
    "evaluation:set-exclusion-add": Page(lambda i: {"pk": i["criteria_set"]}, None, COORDINATOR),
    "evaluation:set-exclusion-remove": Page(
        lambda i: {"pk": i["criteria_set"], "exclusion_pk": i["exclusion"]}, None, COORDINATOR
    ),
    "evaluation:set-copy": Page(lambda i: {"pk": i["criteria_set"]}, None, COORDINATOR),
    "evaluation:round-open": Page(NONE, None, COORDINATOR),
    "evaluation:round-detail": Page(lambda i: {"pk": i["round"]}, ALL),
    "evaluation:round-publish": Page(lambda i: {"pk": i["round"]}, None, COORDINATOR),
    "evaluation:round-appraisers": Page(lambda i: {"pk": i["round"]}, None, COORDINATOR),
    # The dashboard and its chart count only the sheets in the person's scope.
    "evaluation:round-dashboard": Page(lambda i: {"pk": i["round"]}, ALL),
    "evaluation:round-chart": Page(lambda i: {"pk": i["round"]}, ALL),
    "evaluation:round-decision": Page(lambda i: {"pk": i["round"], "fmt": "docx"}, COORDINATOR),
    "evaluation:assessment-export": Page(lambda i: {"pk": i["sheet"], "fmt": "xlsx"}, READ),
    "evaluation:assessment-detail": Page(SHEET, READ),
    "evaluation:assessment-save": Page(SHEET, None, WRITE),
    "evaluation:assessment-approve": Page(SHEET, None, LEADER),
    "evaluation:assessment-submit": Page(SHEET, None, WRITE),
    # The submitted sheet is Sở Nội vụ's: the other leader leads it (not an appraiser), the commune is outside.
    "evaluation:assessment-adjust": Page(SUBMITTED_SHEET, None, APPRAISE),
    "evaluation:assessment-exclude": Page(SUBMITTED_SHEET, None, APPRAISE),
    "evaluation:assessment-return": Page(SUBMITTED_SHEET, None, APPRAISE),
    "evaluation:assessment-finalise": Page(SUBMITTED_SHEET, None, APPRAISE),
    # feedback: the item held by the agency; entry and schedules for anyone who writes for an organisation
    "feedback:list": Page(NONE, ALL),
    "feedback:create": Page(NONE, "OOOO3", "OOOO3"),
    "feedback:detail": Page(FEEDBACK, READ),
    "feedback:accept": Page(FEEDBACK, None, WRITE),
    "feedback:start": Page(FEEDBACK, None, WRITE),
    "feedback:transfer": Page(FEEDBACK, None, WRITE),
    "feedback:extend": Page(FEEDBACK, None, WRITE),
    "feedback:merge": Page(FEEDBACK, None, WRITE),
    "feedback:answer": Page(FEEDBACK, None, WRITE),
    "feedback:close": Page(FEEDBACK, None, WRITE),
    "feedback:publish": Page(FEEDBACK, None, WRITE),
    "feedback:letter": Page(FEEDBACK, WRITE),
    "feedback:answer-file": Page(lambda i: {"pk": i["feedback_answered"]}, READ),
    "feedback:attachment": Page(lambda i: {"pk": i["feedback_attachment"]}, READ),
    "feedback:reception": Page(NONE, ALL, "OOOO3"),
    "feedback:session-add": Page(lambda i: {"pk": i["reception_schedule"]}, None, WRITE),
    "feedback:dialogue-list": Page(NONE, ALL, "OOOO3"),
    "feedback:dialogue-detail": Page(DIALOGUE, READ),
    "feedback:commitment-add": Page(DIALOGUE, None, WRITE),
    "feedback:dialogue-minutes": Page(DIALOGUE, READ),
    # The citizens' pages are public (test_login_required); signed-in people see them too.
    "feedback:public-form": Page(NONE, ALL, ALL),
    "feedback:public-sent": Page(lambda i: {"code": i["feedback_code"]}, ALL),
    "feedback:public-lookup": Page(NONE, ALL),
    "feedback:public-status": Page(lambda i: {"code": i["feedback_code"]}, ALL),
    "feedback:public-statistics": Page(NONE, ALL),
    "feedback:public-published": Page(NONE, ALL),
    "feedback:public-dialogues": Page(NONE, ALL),
    "reporting:public-progress": Page(NONE, ALL),
    "core:healthz": Page(NONE, ALL),  # public (test_login_required): the monitoring's probe
    "captcha-image": Page(lambda i: {"key": i["captcha_key"]}, ALL),
    # The API's own documentation pages.
    "api:api-root": Page(NONE, "44444"),  # nothing is served at the bare prefix
    "api:openapi-json": Page(NONE, ALL),
    "api:openapi-view": Page(NONE, ALL),
}


# --- the API: "METHOD /path" -> (path arguments, outcomes, JSON body) --------------------------------------


@dataclass(frozen=True)
class Operation:
    args: Callable[[dict[str, Any]], dict[str, Any]]
    expected: str
    body: Callable[[dict[str, Any]], dict[str, Any]] | None = None


API_PLAN: Args = lambda i: {"plan_id": i["plan"]}  # noqa: E731
API: dict[str, Operation] = {
    "GET /plans": Operation(NONE, ALL),
    "GET /plans/{plan_id}": Operation(API_PLAN, READ),
    "GET /plans/{plan_id}/coverage": Operation(API_PLAN, READ),
    "GET /plans/{plan_id}/export": Operation(API_PLAN, READ),
    "GET /tasks": Operation(NONE, ALL),
    "GET /search": Operation(NONE, ALL),  # scoped results; answers 422 here without `q`
    "POST /parse": Operation(NONE, ALL),  # parses the upload, stores nothing
    "POST /tasks/{task_id}/progress": Operation(
        lambda i: {"task_id": i["catalog_task"]},
        "OO333",
        lambda i: {"organization": i["department"], "state": "in_progress", "percent": 50},
    ),
    "GET /dashboard": Operation(NONE, ALL),
    "GET /initiatives": Operation(NONE, ALL),
    "GET /initiatives/{initiative_id}": Operation(lambda i: {"initiative_id": i["initiative"]}, READ),
    "POST /initiatives": Operation(
        NONE,
        WRITE,
        lambda i: {
            "organization": i["department"],
            "name": "Mô hình mới",
            "holder": "individual",
            "performer": "Chuyên viên",
            "field": "security",
            "year": 2025,
        },
    ),
    "GET /commitments": Operation(NONE, ALL),
    "GET /evaluations": Operation(NONE, ALL),
    "GET /evaluations/{evaluation_id}/scores": Operation(lambda i: {"evaluation_id": i["sheet"]}, READ),
    "POST /evaluations/{evaluation_id}/scores": Operation(
        lambda i: {"evaluation_id": i["sheet"]},
        WRITE,
        lambda i: {"version": 1, "scores": [{"criterion": i["leaf"], "points": 10, "explanation": "Đã làm"}]},
    ),
    "GET /periods": Operation(NONE, ALL),
    "GET /reports": Operation(NONE, ALL),
    "POST /reports": Operation(
        NONE, WRITE, lambda i: {"period": i["second_period"], "organization": i["department"]}
    ),
    # feedback: entered for the agency by its officers; the status by code is public
    "POST /feedback": Operation(
        NONE,
        WRITE,
        lambda i: {
            "organization": i["department"],
            "kind": "report",
            "title": "Ngập nước",
            "text": "Ngập sau mưa.",
            "citizen_name": "Vũ Văn An",
        },
    ),
    "GET /feedback/items": Operation(NONE, ALL),
    "GET /feedback/items/{item_id}": Operation(lambda i: {"item_id": i["feedback"]}, READ),
    "POST /feedback/items/{item_id}/answer": Operation(
        lambda i: {"item_id": i["feedback"]}, WRITE, lambda i: {"text": "Đã xử lý."}
    ),
    "GET /feedback/{code}": Operation(lambda i: {"code": i["feedback_code"]}, ALL),
}


def api_operations() -> dict[str, str]:
    """Every operation of the ninja API: "METHOD /path" -> its URL under /api/v1."""
    from danvan.api import api

    found: dict[str, str] = {}
    for prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for operation in path_view.operations:
                for method in operation.methods:
                    full = "/" + (prefix.strip("/") + "/" + path.lstrip("/")).strip("/")
                    found[f"{method} {full}"] = "/api/v1" + full
    return found


def _outcome(response: Any) -> str:
    code = response.status_code
    assert code < 500 or code == 503, f"server error {code}"
    if code == 403:
        return "3"
    if code == 404:
        return "4"
    if code in (401, 405):
        return str(code)[0] + "?"  # never expected: shows up in the list of mismatches
    return "O"


def _run(world: World, method: str, url: str, **options: Any) -> str:
    """Each user's outcome; every request is rolled back so all five meet the same objects."""
    outcomes = ""
    for name in USERS:
        client: Client = client_for(world.users[name])
        with transaction.atomic():
            outcomes += _outcome(getattr(client, method)(url, **options))
            transaction.set_rollback(True)
    return outcomes


def test_every_route_is_classified() -> None:
    names = {name for name, _ in ROUTES if not name.startswith("admin:")}
    api_names = {name for name in names if name.startswith("api:")} - {
        "api:api-root",
        "api:openapi-json",
        "api:openapi-view",
    }
    assert names - api_names - set(PAGES) == set(), "add these pages to PAGES"
    assert set(PAGES) - names == set(), "PAGES lists routes that no longer exist"
    assert set(api_operations()) == set(API), "API must list every operation of the ninja API"


APPS = sorted({name.split(":")[0] for name in PAGES})


@pytest.mark.parametrize("app", APPS)
def test_pages_answer_each_user_as_the_rules_say(world: World, app: str) -> None:
    """One world per app (building it is the slow part); every mismatch of the app is listed at once."""
    wrong: list[str] = []
    for name, page in sorted(PAGES.items()):
        if not name.startswith(app + ":"):
            continue
        url = reverse(name, kwargs=page.args(world.ids))
        if page.get is not None:
            got = _run(world, "get", url)
            if got != page.get:
                wrong.append(f"GET {name}: expected {page.get}, got {got}")
        if page.post is not None:
            data = page.data(world.ids)
            got = _run(world, "post", url, data=data)
            if got != page.post:
                wrong.append(f"POST {name}: expected {page.post}, got {got}")
    assert not wrong, "\n".join(wrong)


def test_api_operations_answer_each_user_as_the_rules_say(world: World) -> None:
    wrong: list[str] = []
    for key, operation in sorted(API.items()):
        method, path = key.split(" ", 1)
        url = "/api/v1" + path.format(**operation.args(world.ids))
        if method == "GET":
            got = _run(world, "get", url)
        else:
            body = json.dumps(operation.body(world.ids) if operation.body else {})
            got = _run(world, "post", url, data=body, content_type="application/json")
        if got != operation.expected:
            wrong.append(f"{key}: expected {operation.expected}, got {got}")
    assert not wrong, "\n".join(wrong)


def test_admin_pages_send_the_five_users_to_the_admin_login(world: World) -> None:
    admin_routes = [(name, route) for name, route in ROUTES if name.startswith("admin:")]
    assert len(admin_routes) > 20
    for name in USERS:
        client = client_for(world.users[name])
        for route_name, route in admin_routes:
            if route_name in ("admin:login", "admin:logout"):
                continue  # the login form itself; logging out of the admin goes back to the admin
            response = client.get(concrete(route))
            assert response.status_code == 302, (name, route_name, response.status_code)
            assert "/admin/login/" in response.headers["Location"], (name, route_name)
