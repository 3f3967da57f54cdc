"""`actions.import_file`, the one "parse then import" the import job, the import_document command and the demo
share."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from danvan.core.models import AuditEvent
from danvan.plans import actions
from danvan.plans.models import Document, Plan

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).resolve().parents[1] / "demo"
SEED_001 = DEMO / "001_597b321aebf17267.txt"


def test_a_file_becomes_a_draft_plan_with_its_audit_event(tree: Any) -> None:
    outcome = actions.import_file(
        actor=None,
        owner=tree.commune,
        kind=Plan.Kind.AGENCY_PLAN,
        file_name=SEED_001.name,
        data=SEED_001.read_bytes(),
    )
    plan = outcome.plan
    assert plan.status == Plan.Status.DRAFT and plan.owner == tree.commune
    assert plan.tasks.count() == 11 and outcome.report is None and outcome.summary() == {}
    assert plan.document is not None and plan.document.source_file.read() == SEED_001.read_bytes()
    assert AuditEvent.objects.filter(target_id=str(plan.pk), action=AuditEvent.Action.IMPORTED).count() == 1


def test_a_corrected_file_updates_the_target_plan_and_reports_what_changed(tree: Any) -> None:
    data = SEED_001.read_bytes()
    plan = actions.import_file(
        actor=None, owner=tree.commune, kind=Plan.Kind.AGENCY_PLAN, file_name="a.txt", data=data
    ).plan
    first = plan.tasks.order_by("position").first()
    assert first is not None
    actions.update_task(actor=None, task=first, changes={"content": "Sửa trong ứng dụng"})
    outcome = actions.import_file(
        actor=None,
        owner=tree.commune,
        kind=Plan.Kind.AGENCY_PLAN,
        file_name="b.txt",
        data=data,
        target_plan=Plan.objects.get(pk=plan.pk),
    )
    assert outcome.plan.pk == plan.pk and Plan.objects.count() == 1
    summary = outcome.summary()
    assert summary["kept"] and summary["updated"] == 10 and summary["created"] == 0
    first.refresh_from_db()
    assert first.content == "Sửa trong ứng dụng"


def test_an_unreadable_file_is_refused_in_vietnamese_and_writes_nothing(tree: Any) -> None:
    with pytest.raises(actions.UnreadableFile) as refused:
        actions.import_file(
            actor=None,
            owner=tree.department,
            kind=Plan.Kind.AGENCY_PLAN,
            file_name="hong.docx",
            data=b"PK\x03\x04 not really a zip",
        )
    assert "DOCX" in str(refused.value) or "hỏng" in str(refused.value)
    assert not Plan.objects.exists() and not Document.objects.exists()


def test_the_import_document_command_imports_through_import_file(tree: Any) -> None:
    out = StringIO()
    call_command("import_document", str(SEED_001), "--org", str(tree.commune.pk), stdout=out)
    plan = Plan.objects.get()
    assert out.getvalue().startswith(f"Plan {plan.pk}: 11 tasks, status draft")


def test_the_import_document_command_says_why_a_file_is_unreadable(tree: Any, tmp_path: Path) -> None:
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CommandError):
        call_command("import_document", str(broken), "--org", str(tree.department.pk))
    assert not Plan.objects.exists()
