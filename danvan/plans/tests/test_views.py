"""Plan pages: scope for the three users, import with review, fixes, workflow buttons, query counts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from danvan.plans import actions
from danvan.plans.models import Assignment, ImportJob, Plan, Task
from danvan.testing import client_for, docx_bomb, zip_bytes

pytestmark = pytest.mark.django_db

SEED_000 = "danvan/plans/demo/000_84244dea68afce53.txt"


def test_own_and_parent_officers_see_the_agency_plan_and_the_unrelated_one_gets_404(
    agency_plan: Plan, three_users: Any
) -> None:
    task = agency_plan.tasks.first()
    assert task is not None
    for url in (
        agency_plan.get_absolute_url(),
        reverse("plans:plan-history", args=[agency_plan.pk]),
        task.get_absolute_url(),
    ):
        assert client_for(three_users.own).get(url).status_code == 200
        assert client_for(three_users.parent).get(url).status_code == 200
        assert client_for(three_users.unrelated).get(url).status_code == 404, url


def test_review_and_edit_pages_are_refused_outside_the_scope(agency_plan: Plan, three_users: Any) -> None:
    task = agency_plan.tasks.first()
    assert task is not None
    urls = [
        ("get", reverse("plans:plan-review", args=[agency_plan.pk])),
        ("post", reverse("plans:task-update", args=[task.pk])),
        ("post", reverse("plans:task-add", args=[agency_plan.pk])),
        ("post", reverse("plans:plan-submit", args=[agency_plan.pk])),
    ]
    for method, url in urls:
        assert getattr(client_for(three_users.unrelated), method)(url).status_code == 404, url


def test_observer_reads_the_plan_but_cannot_edit_it(agency_plan: Plan, tree: Any, make_user: Any) -> None:
    observer = make_user(tree.other_department, "observer")
    client = client_for(observer)
    assert client.get(agency_plan.get_absolute_url()).status_code == 200
    assert client.get(reverse("plans:plan-review", args=[agency_plan.pk])).status_code == 403
    assert client.post(reverse("plans:plan-submit", args=[agency_plan.pk])).status_code == 403


def test_the_issued_catalog_is_visible_to_every_organisation_of_the_province(
    published_catalog: Plan, three_users: Any, tree: Any, make_user: Any
) -> None:
    assert client_for(three_users.unrelated).get(published_catalog.get_absolute_url()).status_code == 200
    outsider = make_user(tree.other_province, "agency_officer")
    assert client_for(outsider).get(published_catalog.get_absolute_url()).status_code == 404


def test_a_draft_catalog_is_not_visible_below_the_province(catalog: Plan, three_users: Any) -> None:
    assert client_for(three_users.own).get(catalog.get_absolute_url()).status_code == 404
    assert client_for(three_users.parent).get(catalog.get_absolute_url()).status_code == 200


def test_my_tasks_lists_the_tasks_of_the_own_organisation_only(
    published_catalog: Plan, three_users: Any
) -> None:
    html = client_for(three_users.own).get(reverse("reporting:my-tasks")).content.decode()
    assert "Phối hợp với các cơ quan ngoại giao" in html  # lead: Sở Công Thương
    assert "Tổng hợp báo cáo kết quả" in html  # coordinating
    other = client_for(three_users.unrelated).get(reverse("reporting:my-tasks")).content.decode()
    assert "Phối hợp với các cơ quan ngoại giao" not in other
    assert "Quán triệt Chỉ thị" in other  # the commune is a member of "Ủy ban nhân dân cấp xã"


def test_my_tasks_shows_the_deadline_in_words_and_as_a_date(
    published_catalog: Plan, three_users: Any
) -> None:
    html = client_for(three_users.own).get(reverse("reporting:my-tasks")).content.decode()
    assert "ngày 15 tháng 11 năm 2025" in html and "15/11/2025" in html


def test_the_old_task_pages_lead_to_the_one_my_tasks_page(three_users: Any) -> None:
    client = client_for(three_users.own)
    for old in (reverse("plans:inbox"), reverse("reporting:dashboard-mine")):
        response = client.get(old)
        assert response.status_code == 301 and response["Location"] == reverse("reporting:my-tasks")
    home = client.get(reverse("core:home"))
    keys = [item.key for item in home.context["nav_items"]]
    assert keys.count("my-tasks") == 1 and "inbox" not in keys
    assert all(reverse("plans:inbox") != item.url for item in home.context["nav_items"])


def test_upload_runs_the_import_and_lands_on_the_review(
    tree: Any, three_users: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(three_users.own)
    with open(SEED_000, "rb") as handle:
        upload = SimpleUploadedFile("ke-hoach.txt", handle.read())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("plans:import"), {"file": upload, "kind": "plan", "owner": tree.department.pk}
        )
    job = ImportJob.objects.get()
    assert response.headers["Location"] == reverse("plans:import-job", args=[job.pk])
    assert job.status == ImportJob.Status.DONE and job.plan is not None
    follow = client.get(reverse("plans:import-job", args=[job.pk]), follow=True)
    html = follow.content.decode()
    assert "Rà soát kết quả trích xuất" in html and "Văn phòng Sở" in html
    assert job.plan.tasks.count() == 8
    assert (
        client_for(three_users.unrelated).get(reverse("plans:import-job", args=[job.pk])).status_code == 404
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "Không nhập được tệp “.exe”"),
        ("rong.txt", b"", "Tập tin được gửi là rỗng."),
        ("hong.docx", b"PK\x03\x04 not really a zip", "Tệp “hong.docx” không phải tệp DOCX hợp lệ."),
        ("ke-hoach.pdf", b"\x89PNG\r\n\x1a\n<html><script>alert(1)</script>", "không phải tệp PDF hợp lệ"),
        ("bom.docx", docx_bomb(), "nghi là “zip bomb”"),
    ],
)
def test_bad_uploads_are_refused_in_vietnamese_and_create_nothing(
    name: str, content: bytes, message: str, tree: Any, three_users: Any, settings: Any, tmp_path: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    response = client_for(three_users.own).post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile(name, content), "kind": "plan", "owner": tree.department.pk},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImportJob.objects.exists() and not Plan.objects.exists()
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]  # nothing stored


def test_oversize_upload_is_refused(tree: Any, three_users: Any, settings: Any) -> None:
    settings.MAX_UPLOAD_BYTES = 1024
    response = client_for(three_users.own).post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile("lon.txt", b"x" * 4096), "kind": "plan", "owner": tree.department.pk},
    )
    assert "vượt giới hạn" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_a_docx_docparse_cannot_read_fails_the_job_with_a_vietnamese_message_and_creates_no_plan(
    tree: Any, three_users: Any, django_capture_on_commit_callbacks: Any
) -> None:
    broken = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document><unclosed"})
    with django_capture_on_commit_callbacks(execute=True):
        client_for(three_users.own).post(
            reverse("plans:import"),
            {"file": SimpleUploadedFile("hong.docx", broken), "kind": "plan", "owner": tree.department.pk},
        )
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED and job.plan is None
    assert "DOCX" in job.error or "hỏng" in job.error or "Không đọc được" in job.error
    assert not Plan.objects.exists()
    page = client_for(three_users.own).get(reverse("plans:import-job", args=[job.pk])).content.decode()
    assert job.error in page


def test_an_officer_cannot_import_for_an_organisation_outside_the_scope(tree: Any, three_users: Any) -> None:
    response = client_for(three_users.own).post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile("a.txt", b"KE HOACH"), "kind": "plan", "owner": tree.commune.pk},
    )
    assert response.status_code == 200 and not ImportJob.objects.exists()


def test_the_coordinator_fixes_an_unresolved_name_and_publishes(
    catalog: Plan, tree: Any, make_user: Any
) -> None:
    coordinator = make_user(tree.other_department, "coordinator")
    client = client_for(coordinator)
    row = Assignment.objects.get(task__plan=catalog, text="các cơ quan ngoại giao trong và ngoài nước")
    response = client.post(
        reverse("plans:assignment-resolve", args=[row.pk]),
        {"organization": tree.other_department.pk, "version": catalog.version},
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert (
        row.organization == tree.other_department and row.text == "các cơ quan ngoại giao trong và ngoài nước"
    )
    client.post(reverse("plans:plan-publish", args=[catalog.pk]))
    assert Plan.objects.get(pk=catalog.pk).status == Plan.Status.ISSUED


def test_an_agency_officer_cannot_publish_a_catalog(catalog: Plan, three_users: Any) -> None:
    for row in Assignment.objects.filter(task__plan=catalog):
        if not row.is_resolved:
            actions.mark_external(actor=None, assignment=row)
    assert (
        client_for(three_users.parent).post(reverse("plans:plan-publish", args=[catalog.pk])).status_code
        == 403
    )


def test_stale_form_shows_a_message_and_keeps_the_other_change(agency_plan: Plan, three_users: Any) -> None:
    task = agency_plan.tasks.first()
    assert task is not None
    client = client_for(three_users.own)
    old_version = agency_plan.version
    actions.update_task(actor=None, task=task, changes={"content": "Đã sửa bởi người khác"})
    response = client.post(
        reverse("plans:task-update", args=[task.pk]),
        {
            "number": "1",
            "content": "Ghi đè",
            "timeframe_kind": "unknown",
            "weight": 1,
            "version": old_version,
        },
        follow=True,
    )
    assert "vừa được người khác thay đổi" in response.content.decode()
    assert Task.objects.get(pk=task.pk).content == "Đã sửa bởi người khác"


def test_leader_approves_and_officer_issues(
    agency_plan: Plan, tree: Any, three_users: Any, make_user: Any
) -> None:
    for task in agency_plan.tasks.all():
        actions.assign(actor=None, task=task, role=Assignment.Role.LEAD, organization=tree.unit)
    officer, leader = client_for(three_users.own), client_for(make_user(tree.department, "leader"))
    officer.post(reverse("plans:plan-submit", args=[agency_plan.pk]))
    assert officer.post(reverse("plans:plan-approve", args=[agency_plan.pk])).status_code == 403
    leader.post(reverse("plans:plan-approve", args=[agency_plan.pk]))
    officer.post(reverse("plans:plan-issue", args=[agency_plan.pk]), {"number": "05", "date": "2025-08-20"})
    assert Plan.objects.get(pk=agency_plan.pk).status == Plan.Status.ISSUED
    unit_inbox = (
        client_for(make_user(tree.unit, "unit_officer")).get(reverse("reporting:my-tasks")).content.decode()
    )
    assert "Tổng hợp báo cáo kết quả" in unit_inbox


def _grow(plan: Plan, tree: Any, count: int) -> None:
    start = plan.tasks.count()
    tasks = Task.objects.bulk_create(
        Task(plan=plan, number=str(start + i), position=start + i, content=f"Nhiệm vụ {start + i}", due=None)
        for i in range(count)
    )
    Assignment.objects.bulk_create(
        Assignment(task=t, role=Assignment.Role.LEAD, organization=tree.department, text="Sở Công Thương")
        for t in tasks
    )


def test_plan_page_and_my_tasks_query_counts_stay_flat_from_10_to_500_tasks(
    published_catalog: Plan, tree: Any, three_users: Any
) -> None:
    client = client_for(three_users.own)
    urls = [published_catalog.get_absolute_url(), reverse("reporting:my-tasks"), reverse("plans:list")]
    counts = []
    for target in (10, 500):
        _grow(published_catalog, tree, target - published_catalog.tasks.count())
        row = []
        for url in urls:
            with CaptureQueriesContext(connection) as context:
                assert client.get(url).status_code == 200
            row.append(len(context))
        counts.append(row)
    assert counts[0] == counts[1], counts


def test_officer_adds_targets_and_reports_and_names_a_person(
    agency_plan: Plan, tree: Any, three_users: Any, make_user: Any
) -> None:
    client = client_for(three_users.own)
    person = make_user(tree.unit, "unit_officer", full_name="Đỗ Văn Tùng")
    client.post(
        reverse("plans:target-add", args=[agency_plan.pk]),
        {"text": "100% CBCCVC ký cam kết", "value": "100", "unit": "%", "version": agency_plan.version},
    )
    agency_plan.refresh_from_db()
    client.post(
        reverse("plans:obligation-add", args=[agency_plan.pk]),
        {"what": "Báo cáo kết quả lần 1", "due": "2025-09-05", "version": agency_plan.version},
    )
    agency_plan.refresh_from_db()
    task = agency_plan.tasks.first()
    assert task is not None
    client.post(
        reverse("plans:task-assign", args=[task.pk]),
        {"role": "lead", "person": person.pk, "version": agency_plan.version},
    )
    assert agency_plan.targets.get().value == 100
    assert str(agency_plan.reporting_obligations.get().due) == "2025-09-05"
    assert task.assignments.get(person=person).role == "lead"
    html = client.get(agency_plan.get_absolute_url()).content.decode()
    assert "100% CBCCVC ký cam kết" in html and "Báo cáo kết quả lần 1" in html


def test_a_person_outside_the_organisation_cannot_be_named(
    agency_plan: Plan, tree: Any, three_users: Any, make_user: Any
) -> None:
    stranger = make_user(tree.commune, "agency_officer")
    task = agency_plan.tasks.first()
    assert task is not None
    client_for(three_users.own).post(
        reverse("plans:task-assign", args=[task.pk]),
        {"role": "lead", "person": stranger.pk, "version": agency_plan.version},
    )
    assert not task.assignments.filter(person=stranger).exists()


def test_review_edits_a_task_in_place_with_htmx(catalog: Plan, three_users: Any) -> None:
    client = client_for(three_users.parent)
    task = catalog.tasks.get(number="1.2")
    url = reverse("plans:task-inline", args=[task.pk])
    form = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in form and 'name="content"' in form
    response = client.post(
        url,
        {
            "number": "1.2",
            "content": "Tổng hợp báo cáo (sửa tại chỗ)",
            "timeframe_kind": "by_date",
            "weight": 1,
            "version": catalog.version,
        },
        headers={"HX-Request": "true"},
    )
    assert "Tổng hợp báo cáo (sửa tại chỗ)" in response.content.decode()
    assert json.loads(response.headers["HX-Trigger"]) == {"planVersion": {"value": catalog.version + 1}}
    stale = client.post(
        url,
        {
            "number": "1.2",
            "content": "Ghi đè",
            "timeframe_kind": "by_date",
            "weight": 1,
            "version": catalog.version,
        },
        headers={"HX-Request": "true"},
    )
    assert "vừa được người khác thay đổi" in stale.content.decode()
    assert Task.objects.get(pk=task.pk).content == "Tổng hợp báo cáo (sửa tại chỗ)"
    assert client_for(three_users.unrelated).get(url).status_code == 404
    assert client_for(three_users.own).get(url).status_code == 404  # a draft catalog is not theirs to see


def test_reimport_through_the_page_says_which_edits_were_kept(
    tree: Any, three_users: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(three_users.own)
    with open(SEED_000, "rb") as handle:
        content = handle.read()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("plans:import"),
            {
                "file": SimpleUploadedFile("ke-hoach.txt", content),
                "kind": "plan",
                "owner": tree.department.pk,
            },
        )
    plan = Plan.objects.get()
    task = plan.tasks.get(number="2")
    actions.update_task(actor=None, task=task, changes={"content": "Nội dung đã sửa trên hệ thống"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("plans:plan-reimport", args=[plan.pk]),
            {"file": SimpleUploadedFile("ke-hoach-v2.txt", content)},
        )
    page = client.get(response.headers["Location"], follow=True).content.decode()
    assert "Đã nhập lại từ ke-hoach-v2.txt" in page
    assert "nhiệm vụ 2" in page
    assert Task.objects.get(pk=task.pk).content == "Nội dung đã sửa trên hệ thống"


def test_officer_chooses_weighted_roll_up_and_outsiders_cannot(agency_plan: Plan, three_users: Any) -> None:
    url = reverse("plans:plan-rollup", args=[agency_plan.pk])
    assert client_for(three_users.unrelated).post(url, {"rollup": "weighted"}).status_code == 404
    client_for(three_users.own).post(url, {"rollup": "weighted", "version": agency_plan.version})
    assert Plan.objects.get(pk=agency_plan.pk).rollup == Plan.Rollup.WEIGHTED
    response = client_for(three_users.own).post(url, {"rollup": "median"}, follow=True)
    assert "Chọn bình quân đơn giản hoặc bình quân có trọng số." in response.content.decode()


def _import(client: Any, tree: Any, name: str, data: bytes, capture: Any) -> ImportJob:
    with capture(execute=True):
        client.post(
            reverse("plans:import"),
            {"file": SimpleUploadedFile(name, data), "kind": "plan", "owner": tree.department.pk},
        )
    return ImportJob.objects.get()


@pytest.mark.skipif(
    not __import__("docparse.readers.pdf", fromlist=["x"]).tesseract_has_vietnamese(),
    reason="Tesseract with Vietnamese data is not installed",
)
def test_review_of_a_scan_says_the_text_came_from_ocr_and_names_doubtful_pages(
    tree: Any, three_users: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(three_users.own)
    scan = "docparse/tests/data/corpus/tune/scan-pdf-camau-xa-kh.scan.pdf"
    with open(scan, "rb") as handle:
        job = _import(
            client, tree, "ke-hoach-ban-quet.pdf", handle.read(), django_capture_on_commit_callbacks
        )
    assert job.status == ImportJob.Status.DONE and job.plan is not None
    assert job.plan.tasks.count() == 3
    review = reverse("plans:plan-review", args=[job.plan.pk])
    html = client.get(review).content.decode()
    assert "nhận dạng ký tự (OCR) từ 1 trang" in html
    assert "Trang có độ tin cậy nhận dạng thấp" not in html  # a clean scan: no doubtful page
    document = job.plan.document
    assert document is not None and document.parsed["ocr"]["pages"] == 1
    document.parsed["ocr"]["doubtful_pages"] = [1]  # what docparse stores for a page read below the bar
    document.save(update_fields=["parsed"])
    assert "Trang có độ tin cậy nhận dạng thấp:</strong> 1." in client.get(review).content.decode()


def test_review_says_when_a_plan_yields_no_tasks(
    tree: Any, three_users: Any, django_capture_on_commit_callbacks: Any
) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN AN\nSố: 12/KH-UBND\nTân An, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Công tác dân vận năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng phục vụ Nhân dân.\n"
    )
    client = client_for(three_users.own)
    job = _import(client, tree, "ke-hoach.txt", text.encode(), django_capture_on_commit_callbacks)
    assert job.plan is not None and job.plan.tasks.count() == 0
    html = client.get(reverse("plans:plan-review", args=[job.plan.pk])).content.decode()
    assert "Không tìm thấy nhiệm vụ nào trong văn bản" in html


def test_review_groups_the_warnings_that_name_a_page_by_page(
    tree: Any, three_users: Any, django_capture_on_commit_callbacks: Any
) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 31/KH-UBND\nPhú Lộc, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Công tác dân vận năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng phục vụ Nhân dân.\n\f"
        "II. NỘI DUNG THỰC HIỆN\n1. Niêm yết thủ tục hành chính; chủ trì: Văn phòng HĐND và UBND xã.\n"
        "3. Đối thoại với Nhân dân; chủ trì: Chủ tịch UBND xã.\n"
    )
    client = client_for(three_users.own)
    job = _import(client, tree, "ke-hoach.txt", text.encode(), django_capture_on_commit_callbacks)
    assert job.plan is not None and job.plan.tasks.count() == 2
    review = reverse("plans:plan-review", args=[job.plan.pk])
    html = client.get(review).content.decode()
    by_place = html[html.index('id="findings-by-place"') :]
    assert '<strong class="place">Trang 2</strong>' in by_place
    assert "Mục đánh số thiếu 2 (trước mục 3); có thể đã bỏ sót nhiệm vụ" in by_place
    assert "Trang 2: mục đánh số" not in html  # the page is shown once, as the group's title

    # warnings of several pages come sorted by page, those about the whole document stay in the general list
    document = job.plan.document
    assert document is not None
    document.parsed["warnings"] = [
        "Trang 3: nhận dạng chữ kém tin cậy (độ tin cậy 61%), có thể sai hoặc thiếu nhiệm vụ / page 3: low OCR",
        "Nội dung lặp lại: “Tổ chức đối thoại …” / duplicated paragraph",
        "Trang 1: không đọc được dòng số 4 của bảng nhiệm vụ; có thể đã bỏ sót nhiệm vụ / page 1: row(s) 4",
        "Trang 3: trang không có chữ đọc được giữa các trang có chữ / page 3: no readable text",
    ]
    document.save(update_fields=["parsed"])
    html = client.get(review).content.decode()
    general = html[html.index('id="findings"') : html.index('id="findings-by-place"')]
    by_place = html[html.index('id="findings-by-place"') :]
    assert "Nội dung lặp lại" in general and "Trang" not in general
    assert by_place.index(">Trang 1<") < by_place.index(">Trang 3<")
    assert by_place.count('class="place"') == 2  # page 3's two warnings share one group
    assert by_place.index("Nhận dạng chữ kém tin cậy") < by_place.index("Trang không có chữ")
