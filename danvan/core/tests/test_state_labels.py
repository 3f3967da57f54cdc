"""Every state shows its own label, and the same label everywhere: it comes from the model's TextChoices."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from django.db import models

from danvan.accounts.models import User
from danvan.core.models import AuditEvent
from danvan.core.tests.walk import visible_text
from danvan.plans.models import Plan
from danvan.reporting.demo import DEMO_PERIOD_NAME
from danvan.reporting.models import Report, ReportingPeriod, ReportStanding
from danvan.testing import client_for


def our_choice_fields() -> list[tuple[str, models.Field[Any, Any]]]:
    fields = []
    for model in apps.get_models():
        if not model.__module__.startswith("danvan.") or model.__name__.startswith("Historical"):
            continue
        for field in model._meta.concrete_fields:
            if field.choices:
                fields.append((f"{model.__name__}.{field.name}", field))
    return fields


@pytest.mark.parametrize(
    ("name", "field"), our_choice_fields(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_no_two_values_of_a_field_share_a_vietnamese_label(name: str, field: models.Field[Any, Any]) -> None:
    labels = [str(label) for _value, label in field.flatchoices]
    assert len(set(labels)) == len(labels), f"{name}: {labels}"


def test_a_sent_report_does_not_read_like_a_plan_waiting_for_approval() -> None:
    plan_words = {str(Plan.Status.SUBMITTED.label), str(AuditEvent.Action.SUBMITTED.label)}
    assert str(Report.State.SUBMITTED.label) == "Đã gửi"
    assert str(Report.State.SUBMITTED.label) not in plan_words
    assert str(Plan.Status.APPROVED.label) == "Đã phê duyệt"
    # The period's standings reuse the report's own labels, once.
    assert ReportStanding.SUBMITTED.label == Report.State.SUBMITTED.label
    assert ReportStanding.RETURNED.label == Report.State.RETURNED.label


def test_the_period_page_counts_and_rows_use_the_report_states_labels(demo_site: None) -> None:
    period = ReportingPeriod.objects.get(name=DEMO_PERIOD_NAME)
    client = client_for(User.objects.get(username="dieuphoi"))
    text = visible_text(client.get(period.get_absolute_url()).content.decode())
    assert "Trình duyệt" not in text
    for standing in ReportStanding:
        assert f"{standing.label}:" in text  # the count line
    submitted = Report.objects.filter(period=period, state=Report.State.SUBMITTED).first()
    assert submitted is not None
    report_text = visible_text(client.get(submitted.get_absolute_url()).content.decode())
    assert "Đã gửi" in report_text and "Trình duyệt" not in report_text
