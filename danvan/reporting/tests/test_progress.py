"""Task progress: updates and their rules, evidence files (refusals, scoped download), the nightly status refresh,
and the pages ("my tasks", task progress, plan roll-up) for the three users, an observer and flat query counts.

The `world` fixture (also used by test_progress_api and test_rollup) is a small province: an issued catalog,
the department's and the commune's issued plans implementing it, with a unit, sub-tasks and a recurring task.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from danvan.core.models import AuditEvent
from danvan.organizations.models import Organization
from danvan.plans.models import Assignment, Plan, Target, Task
from danvan.reporting.actions import progress as actions
from danvan.reporting.models import Evidence, Status, TaskProgress
from danvan.testing import client_for, docx_bomb, png_bytes

pytestmark = pytest.mark.django_db

LEAD, COORD = Assignment.Role.LEAD, Assignment.Role.COORDINATE
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def docx_bytes() -> bytes:
    """The smallest DOCX-shaped zip, byte-for-byte the same on every call (fixed entry times)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in (("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<document/>")):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


@dataclass
class World:
    today: datetime.date
    catalog: Plan
    plan: Plan  # the department's plan
    commune_plan: Plan
    heading: Task  # catalog "1"
    c1: Task  # catalog 1.1, due in 10 days: lead department and commune, coordinating Sở Nội vụ
    c2: Task  # catalog 1.2, recurring: lead department and commune
    c3: Task  # catalog 1.3, overdue: lead department
    p1: Task  # department task implementing 1.1, lead: the unit, coordinating: Sở Nội vụ; sub-tasks p1a, p1b
    p1a: Task
    p1b: Task
    p2: Task  # department task implementing 1.2 (recurring), lead: the department
    p3: Task  # department task implementing 1.3, due 5 days ago, lead: the department
    q1: Task  # commune task implementing 1.1, lead: the commune
    target: Target  # of the department's plan


def make_task(plan: Plan, number: str, position: int, **fields: Any) -> Task:
    fields.setdefault("content", f"Nhiệm vụ {number}")
    if "due" in fields and "timeframe_kind" not in fields:
        fields["timeframe_kind"] = Task.TimeframeKind.BY_DATE
    return Task.objects.create(plan=plan, number=number, position=position, **fields)


def assign(task: Task, role: str, organization: Organization | None = None, person: Any = None) -> None:
    Assignment.objects.create(
        task=task,
        role=role,
        organization=organization,
        person=person,
        text=str(organization or person),
        position=task.assignments.count(),
    )


def build_world(tree: Any, today: datetime.date) -> World:
    soon, late = today + datetime.timedelta(days=10), today - datetime.timedelta(days=5)
    issued = Plan.Status.ISSUED
    catalog = Plan.objects.create(
        kind=Plan.Kind.CATALOG, owner=tree.province, title="Danh mục nhiệm vụ dân vận", status=issued
    )
    heading = make_task(catalog, "1", 0, content="CÁC NHIỆM VỤ CHUNG", is_heading=True)
    c1 = make_task(catalog, "1.1", 1, parent=heading, content="Quán triệt Chỉ thị 33", due=soon)
    c2 = make_task(
        catalog,
        "1.2",
        2,
        parent=heading,
        content="Tiếp công dân định kỳ",
        timeframe_raw="Thường xuyên",
        timeframe_kind=Task.TimeframeKind.CONTINUOUS,
    )
    c3 = make_task(catalog, "1.3", 3, parent=heading, content="Tổng kết mô hình Dân vận khéo", due=late)
    for task in (c1, c2):
        assign(task, LEAD, tree.department)
        assign(task, LEAD, tree.commune)
    assign(c1, COORD, tree.other_department)
    assign(c3, LEAD, tree.department)

    plan = Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN,
        owner=tree.department,
        title="Kế hoạch của Sở",
        status=issued,
        parent=catalog,
    )
    p1 = make_task(plan, "1", 0, content="Quán triệt tại Sở", due=soon, source_task=c1)
    p1a = make_task(plan, "1.a", 1, parent=p1, content="Hội nghị quán triệt", due=soon, weight=1)
    p1b = make_task(plan, "1.b", 2, parent=p1, content="Tuyên truyền trên cổng", due=soon, weight=3)
    p2 = make_task(
        plan,
        "2",
        3,
        content="Tiếp công dân",
        timeframe_kind=Task.TimeframeKind.CONTINUOUS,
        timeframe_raw="Thường xuyên",
        source_task=c2,
    )
    p3 = make_task(plan, "3", 4, content="Tổng kết mô hình", due=late, source_task=c3)
    for task in (p1, p1a, p1b):
        assign(task, LEAD, tree.unit)
    assign(p1, COORD, tree.other_department)
    assign(p2, LEAD, tree.department)
    assign(p3, LEAD, tree.department)
    target = Target.objects.create(plan=plan, text="100% CBCCVC ký cam kết", value=100, unit="%")

    commune_plan = Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN, owner=tree.commune, title="Kế hoạch của xã", status=issued, parent=catalog
    )
    q1 = make_task(commune_plan, "1", 0, content="Quán triệt tại xã", due=soon, source_task=c1)
    assign(q1, LEAD, tree.commune)
    return World(today, catalog, plan, commune_plan, heading, c1, c2, c3, p1, p1a, p1b, p2, p3, q1, target)


@pytest.fixture
def world(tree: Any) -> World:
    return build_world(tree, timezone.localdate())


@pytest.fixture
def media(settings: Any, tmp_path: Any) -> Any:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(root: Any) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file()] if root.exists() else []


def vi(message: str, **params: Any) -> str:
    with translation.override("vi"):
        text = gettext(message)
    return text % params if params else text


# --- the action -------------------------------------------------------------------------------------------


def test_lead_update_sets_status_and_records_an_event(world: World, three_users: Any) -> None:
    row = actions.update_progress(
        actor=three_users.own,
        task=world.p3,
        organization=world.p3.assignments.get().organization,  # type: ignore[arg-type]
        state="in_progress",
        percent=40,
        result="Đã tổ chức 2 hội nghị",
        figures={str(world.target.pk): "85"},
        today=world.today,
    )
    assert (row.is_lead, row.percent, row.status) == (True, 40, Status.OVERDUE)
    assert row.figures == {str(world.target.pk): 85}
    assert row.updated_by == three_users.own
    event = AuditEvent.objects.get(action="progress.updated")
    assert event.actor == three_users.own and event.details["changed"] == ["created"]

    done = actions.update_progress(
        actor=three_users.own,
        task=world.p3,
        organization=row.organization,
        state="done",
        percent=60,
        completed_on=world.today,
        today=world.today,
    )
    assert (done.percent, done.status) == (100, Status.DONE_LATE)
    assert TaskProgress.objects.count() == 1


def test_coordinating_unit_adds_a_contribution_beside_the_lead(
    world: World, tree: Any, make_user: Any
) -> None:
    officer = make_user(tree.other_department, "agency_officer")
    row = actions.update_progress(
        actor=officer,
        task=world.p1,
        organization=tree.other_department,
        state="in_progress",
        percent=30,
        today=world.today,
    )
    assert row.is_lead is False
    with pytest.raises(PermissionDenied):
        actions.update_progress(
            actor=officer, task=world.p1, organization=tree.unit, state="in_progress", percent=5
        )


def test_refused_values_give_reasons_by_field(world: World, three_users: Any, tree: Any) -> None:
    def refuse(**values: Any) -> dict[str, list[str]]:
        with pytest.raises(ValidationError) as caught:
            actions.update_progress(
                actor=three_users.own,
                task=world.p3,
                organization=tree.department,
                today=world.today,
                **values,
            )
        return caught.value.message_dict

    assert "completed_on" in refuse(state="done", percent=100)
    tomorrow = world.today + datetime.timedelta(days=1)
    assert "completed_on" in refuse(state="done", percent=100, completed_on=tomorrow)
    assert "percent" in refuse(state="in_progress", percent=140)
    assert "percent" in refuse(state="not_started", percent=20)
    assert "figures" in refuse(state="in_progress", percent=20, figures={"999999": 3})
    assert "figures" in refuse(state="in_progress", percent=20, figures={str(world.target.pk): "-4"})
    assert not TaskProgress.objects.exists()


def test_a_stale_edit_is_refused(world: World, three_users: Any, tree: Any) -> None:
    first = actions.update_progress(
        actor=three_users.own,
        task=world.p3,
        organization=tree.department,
        state="in_progress",
        percent=10,
        seen="",
    )
    seen = actions.progress_token(first)
    actions.update_progress(
        actor=three_users.parent,
        task=world.p3,
        organization=tree.department,
        state="in_progress",
        percent=20,
        seen=seen,
    )
    with pytest.raises(actions.StaleProgress):
        actions.update_progress(
            actor=three_users.own,
            task=world.p3,
            organization=tree.department,
            state="in_progress",
            percent=15,
            seen=seen,
        )
    assert TaskProgress.objects.get().percent == 20


def test_refresh_statuses_moves_work_past_its_deadline_to_overdue_but_never_recurring_work(
    world: World, three_users: Any, tree: Any
) -> None:
    p1a = actions.update_progress(
        actor=three_users.own,
        task=world.p1a,
        organization=tree.unit,
        state="in_progress",
        percent=50,
        today=world.today,
    )
    p2 = actions.update_progress(
        actor=three_users.own,
        task=world.p2,
        organization=tree.department,
        state="not_started",
        percent=0,
        today=world.today,
    )
    assert (p1a.status, p2.status) == (Status.IN_PROGRESS, Status.RECURRING)
    assert actions.refresh_statuses(on=world.today) == 0
    later = world.today + datetime.timedelta(days=400)
    assert actions.refresh_statuses(on=later) == 1
    p1a.refresh_from_db()
    p2.refresh_from_db()
    assert (p1a.status, p2.status) == (Status.OVERDUE, Status.RECURRING)
    assert AuditEvent.objects.filter(action="progress.statuses_refreshed").count() == 1
    assert actions.refresh_statuses(on=later) == 0


def test_tasks_of_plans_not_issued_take_no_progress(world: World, three_users: Any, tree: Any) -> None:
    Plan.objects.filter(pk=world.plan.pk).update(status=Plan.Status.DRAFT)
    task = Task.objects.select_related("plan").get(pk=world.p3.pk)
    with pytest.raises(PermissionDenied):
        actions.update_progress(
            actor=three_users.own, task=task, organization=tree.department, state="in_progress", percent=10
        )


def test_a_person_named_on_a_task_reports_for_their_organisation(
    world: World, tree: Any, make_user: Any
) -> None:
    person = make_user(tree.unit, "unit_officer")
    assign(world.p2, COORD, person=person)
    page = client_for(person).get(reverse("reporting:my-tasks")).content.decode()
    assert "Tiếp công dân" in page
    row = actions.update_progress(
        actor=person, task=world.p2, organization=tree.unit, state="in_progress", percent=10
    )
    assert (row.organization, row.is_lead) == (tree.unit, False)


# --- evidence ---------------------------------------------------------------------------------------------


def post_progress(client: Client, task: Task, organization: Organization, **extra: Any) -> Any:
    data: dict[str, Any] = {
        "organization": organization.pk,
        "state": "in_progress",
        "percent": "50",
        "result": "Đã triển khai",
        "seen": "",
    }
    data.update(extra)
    return client.post(reverse("reporting:task-progress", args=[task.pk]), data)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("virus.exe", b"MZ\x90\x00", "type"),
        ("bien-ban.pdf", PNG, "content"),
        ("anh.png", PDF, "content"),
        ("bao-cao.docx", b"PK\x03\x04not really a zip", "content"),
        ("anh.png", PNG + b"<html><script>alert(document.cookie)</script></html>", "content"),
        ("anh.png", png_bytes() + b"<html><script>alert(1)</script></html>", "content"),
        ("trong.pdf", b"", "empty"),
    ],
)
def test_evidence_of_a_wrong_type_or_content_is_refused_and_nothing_is_stored(
    world: World, three_users: Any, tree: Any, media: Any, name: str, content: bytes, reason: str
) -> None:
    upload = SimpleUploadedFile(name, content)
    response = post_progress(client_for(three_users.own), world.p3, tree.department, evidence=upload)
    assert response.status_code == 400
    page = response.content.decode()
    if reason == "type":
        expected = vi(
            "Files of type “%(ext)s” cannot be attached as evidence; use PDF, DOCX, XLSX, JPG or PNG.",
            ext=".exe",
        )
    elif reason == "content":
        expected = vi(
            "The file “%(name)s” is not a real %(kind)s file.",
            name=name,
            kind=name.rsplit(".", 1)[1].upper(),
        )
    else:
        expected = vi("The submitted file is empty.")  # Django's own check comes first
    assert expected in page
    assert not TaskProgress.objects.exists()
    assert not Evidence.objects.exists()
    assert stored_files(media) == []


def test_a_docx_zip_bomb_is_refused_as_evidence_and_nothing_is_stored(
    world: World, three_users: Any, tree: Any, media: Any
) -> None:
    upload = SimpleUploadedFile("bao-cao.docx", docx_bomb())  # 1 MB packed, 1.1 GB unpacked
    response = post_progress(client_for(three_users.own), world.p3, tree.department, evidence=upload)
    assert response.status_code == 400
    expected = vi(
        "The %(kind)s file “%(name)s” expands to an abnormal size (suspected zip bomb); it was refused.",
        kind="DOCX",
        name="bao-cao.docx",
    )
    assert expected in response.content.decode()
    assert not TaskProgress.objects.exists() and not Evidence.objects.exists() and stored_files(media) == []


def test_a_real_png_is_accepted_as_evidence(world: World, three_users: Any, tree: Any, media: Any) -> None:
    upload = SimpleUploadedFile("Ảnh hội nghị.png", png_bytes())
    response = post_progress(client_for(three_users.own), world.p3, tree.department, evidence=upload)
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.content_type == "image/png" and len(stored_files(media)) == 1


def test_evidence_over_the_size_limit_is_refused(
    world: World, three_users: Any, tree: Any, media: Any, settings: Any
) -> None:
    settings.MAX_EVIDENCE_MB = 1
    upload = SimpleUploadedFile("bien-ban.pdf", PDF + b"0" * (1024 * 1024 + 10))
    response = post_progress(client_for(three_users.own), world.p3, tree.department, evidence=upload)
    assert response.status_code == 400
    expected = vi(
        "The file “%(name)s” is %(size)s MB; an evidence file may be at most %(limit)s MB.",
        name="bien-ban.pdf",
        size="1,0",
        limit=1,
    )
    assert expected in response.content.decode()
    assert not Evidence.objects.exists() and stored_files(media) == []


def test_action_refuses_bad_evidence_before_writing_anything(
    world: World, three_users: Any, tree: Any, media: Any
) -> None:
    good, bad = SimpleUploadedFile("a.pdf", PDF), SimpleUploadedFile("b.jpg", PDF)
    with pytest.raises(ValidationError):
        actions.update_progress(
            actor=three_users.own,
            task=world.p3,
            organization=tree.department,
            state="in_progress",
            percent=5,
            evidence=[good, bad],
        )
    assert not TaskProgress.objects.exists() and stored_files(media) == []


def test_evidence_is_stored_with_a_random_name_and_served_only_within_scope(
    world: World, three_users: Any, tree: Any, media: Any
) -> None:
    upload = SimpleUploadedFile("Biên bản hội nghị.docx", docx_bytes())
    response = post_progress(client_for(three_users.own), world.p3, tree.department, evidence=upload)
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.name == "Biên bản hội nghị.docx"
    assert "Bi" not in evidence.file.name and evidence.file.name.startswith("evidence/")
    assert evidence.size == len(docx_bytes())
    assert AuditEvent.objects.filter(action="progress.evidence_added").count() == 1
    url = reverse("reporting:evidence-download", args=[evidence.pk])
    for user in (three_users.own, three_users.parent):
        download = client_for(user).get(url)
        assert download.status_code == 200
        assert b"".join(download.streaming_content) == docx_bytes()  # type: ignore[attr-defined]
        assert download["Content-Disposition"].startswith("attachment;")
        assert download["X-Content-Type-Options"] == "nosniff"
    assert client_for(three_users.unrelated).get(url).status_code == 404
    # Never from MEDIA_URL: no address serves the storage directly.
    assert client_for(three_users.own).get(f"/media/{evidence.file.name}").status_code == 404
    page = client_for(three_users.own).get(reverse("reporting:task-progress", args=[world.p3.pk]))
    assert url in page.content.decode() and "/media/" not in page.content.decode()


def test_evidence_is_removed_by_someone_who_may_report_and_its_file_goes(
    world: World,
    three_users: Any,
    tree: Any,
    media: Any,
    make_user: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    post_progress(
        client_for(three_users.own), world.p3, tree.department, evidence=SimpleUploadedFile("a.pdf", PDF)
    )
    evidence = Evidence.objects.get()
    url = reverse("reporting:evidence-remove", args=[evidence.pk])
    observer = make_user(tree.province, "observer")
    assert client_for(observer).post(url).status_code == 403
    assert client_for(three_users.unrelated).post(url).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        assert client_for(three_users.own).post(url).status_code == 302
    assert not Evidence.objects.exists() and stored_files(media) == []


# --- pages: three users, observers ------------------------------------------------------------------------


def test_task_progress_page_for_the_three_users(world: World, three_users: Any, tree: Any) -> None:
    url = reverse("reporting:task-progress", args=[world.p3.pk])
    own = client_for(three_users.own).get(url)
    assert own.status_code == 200 and 'name="state"' in own.content.decode()
    parent = client_for(three_users.parent).get(url)
    assert parent.status_code == 200 and 'name="state"' in parent.content.decode()
    assert client_for(three_users.unrelated).get(url).status_code == 404
    assert post_progress(client_for(three_users.unrelated), world.p3, tree.department).status_code == 404

    assert (
        post_progress(client_for(three_users.own), world.p3, tree.department, percent="30").status_code == 302
    )
    seen = actions.progress_token(TaskProgress.objects.get())
    response = post_progress(
        client_for(three_users.parent), world.p3, tree.department, percent="45", seen=seen
    )
    assert response.status_code == 302
    assert TaskProgress.objects.get().percent == 45
    page = client_for(three_users.own).get(url).content.decode()
    assert "45%" in page and "Đã triển khai" in page


def test_observer_reads_progress_but_cannot_update(
    world: World, three_users: Any, tree: Any, make_user: Any
) -> None:
    post_progress(client_for(three_users.own), world.p3, tree.department)
    observer = make_user(tree.province, "observer")
    response = client_for(observer).get(reverse("reporting:task-progress", args=[world.p3.pk]))
    assert response.status_code == 200
    assert "Đã triển khai" in response.content.decode() and 'name="state"' not in response.content.decode()
    assert post_progress(client_for(observer), world.p3, tree.department, percent="90").status_code == 403
    assert TaskProgress.objects.get().percent == 50


def test_commune_officer_sees_the_catalog_task_but_not_the_departments_progress(
    world: World, three_users: Any, tree: Any
) -> None:
    # 1.2 (recurring): the department's plan implements it, the commune's does not (it reports on the catalog task).
    TaskProgress.objects.create(task=world.c2, organization=tree.department, result="Kết quả của Sở")
    url = reverse("reporting:task-progress", args=[world.c2.pk])
    charlie = client_for(three_users.unrelated).get(url).content.decode()
    assert "Kết quả của Sở" not in charlie
    assert f'value="{tree.commune.pk}"' in charlie  # reports for the commune only
    assert post_progress(client_for(three_users.unrelated), world.c2, tree.department).status_code == 403
    assert post_progress(client_for(three_users.unrelated), world.c2, tree.commune).status_code == 302
    assert "Kết quả của Sở" in client_for(three_users.parent).get(url).content.decode()


def test_done_requires_a_completion_date_on_the_form(world: World, three_users: Any, tree: Any) -> None:
    response = post_progress(client_for(three_users.own), world.p3, tree.department, state="done")
    assert response.status_code == 400
    assert vi("Enter the date the task was completed.") in response.content.decode()
    assert not TaskProgress.objects.exists()


def test_my_tasks_for_the_three_users(world: World, three_users: Any) -> None:
    url = reverse("reporting:my-tasks")
    own = client_for(three_users.own).get(url).content.decode()
    assert "Tổng kết mô hình" in own and "Tiếp công dân" in own and "Quán triệt tại xã" not in own
    assert "Hội nghị quán triệt" not in own  # the unit's task …
    assert (
        "Hội nghị quán triệt" in client_for(three_users.own).get(url + "?include_units=on").content.decode()
    )
    unrelated = client_for(three_users.unrelated).get(url).content.decode()
    assert "Quán triệt tại xã" in unrelated and "Tổng kết mô hình" not in unrelated
    parent = client_for(three_users.parent).get(url).content.decode()
    assert "Tổng kết mô hình" not in parent
    assert (
        "Quán triệt tại xã" in client_for(three_users.parent).get(url + "?include_units=on").content.decode()
    )


def test_my_tasks_lists_overdue_first_then_due_soon(world: World, three_users: Any) -> None:
    from danvan.reporting.queries.progress import MyTaskFilters, my_tasks

    lines = my_tasks(three_users.own, MyTaskFilters(include_units=True), today=world.today)
    statuses = [line.status for line in lines]
    assert statuses[0] == Status.OVERDUE and lines[0].task.content.startswith("Tổng kết")
    assert lines[2].due_soon and Status.RECURRING in statuses[-2:]
    overdue = my_tasks(three_users.own, MyTaskFilters(due="overdue"), today=world.today)
    # Catalog 1.3 is implemented by the department's issued plan (task 3): one line, where its progress lives.
    assert {line.task.pk for line in overdue} == {world.p3.pk}


def test_plan_progress_page_for_the_three_users(world: World, three_users: Any) -> None:
    url = reverse("reporting:plan-progress", args=[world.plan.pk])
    assert client_for(three_users.own).get(url).status_code == 200
    assert client_for(three_users.parent).get(url).status_code == 200
    assert client_for(three_users.unrelated).get(url).status_code == 404
    catalog = client_for(three_users.unrelated).get(
        reverse("reporting:plan-progress", args=[world.catalog.pk])
    )
    assert catalog.status_code == 200 and "Sở Công Thương" in catalog.content.decode()  # behind on 1.3


def test_task_detail_links_to_the_progress_page(world: World, three_users: Any) -> None:
    page = client_for(three_users.own).get(world.p3.get_absolute_url()).content.decode()
    assert reverse("reporting:task-progress", args=[world.p3.pk]) in page


# --- query counts -----------------------------------------------------------------------------------------


def grow(world: World, tree: Any, count: int) -> None:
    start = world.plan.tasks.count()
    tasks = Task.objects.bulk_create(
        Task(
            plan=world.plan,
            number=str(start + i),
            position=start + i,
            content=f"Nhiệm vụ thêm {start + i}",
            due=world.today + datetime.timedelta(days=i % 30 - 10),
            timeframe_kind=Task.TimeframeKind.BY_DATE,
        )
        for i in range(count)
    )
    Assignment.objects.bulk_create(
        Assignment(task=t, role=LEAD, organization=tree.department if i % 2 else tree.unit, text="x")
        for i, t in enumerate(tasks)
    )
    TaskProgress.objects.bulk_create(
        TaskProgress(
            task=t, organization=tree.department if i % 2 else tree.unit, state="in_progress", percent=i % 100
        )
        for i, t in enumerate(tasks)
        if i % 3 == 0
    )


def test_my_tasks_and_progress_pages_query_counts_stay_flat_from_10_to_300_tasks(
    world: World, tree: Any, three_users: Any
) -> None:
    client = client_for(three_users.own)
    urls = [
        reverse("reporting:my-tasks"),
        reverse("reporting:my-tasks") + "?include_units=on&due=soon",
        reverse("reporting:plan-progress", args=[world.plan.pk]),
        reverse("reporting:plan-progress", args=[world.catalog.pk]),
        reverse("reporting:task-progress", args=[world.c1.pk]),
    ]
    counts = []
    for target in (10, 300):
        grow(world, tree, target - world.plan.tasks.count())
        row = []
        for url in urls:
            with CaptureQueriesContext(connection) as context:
                assert client.get(url).status_code == 200
            row.append(len(context))
        counts.append(row)
    assert counts[0] == counts[1], counts
