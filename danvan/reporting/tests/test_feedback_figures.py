"""Citizen feedback answered on time (`core.measures` "feedback_on_time", registered by the feedback app) per
agency on the coordinator's period dashboard and in the consolidated report's Phụ lục III / sheet; nothing of
it when the measure is not registered. Figures checked against a hand count on a small fixture."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from itertools import count
from typing import Any

import docx
import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from danvan.core import measures
from danvan.feedback.models import Channel, Feedback, Kind, State
from danvan.reporting import exports, summaries
from danvan.reporting.demo import generate_period
from danvan.reporting.queries.reports import consolidated_data
from danvan.reporting.tests.test_consolidated import table_with_header
from danvan.testing import client_for

pytestmark = pytest.mark.django_db

_codes = count(1)


def item(organization: Any, *, due: datetime.date, answered: datetime.date | None, **fields: Any) -> Feedback:
    """A feedback row as the feedback app leaves it (fixture data: only the fields the measure reads)."""
    fields.setdefault("state", State.ANSWERED if answered else State.ACCEPTED)
    fields.setdefault("received_on", due - datetime.timedelta(days=20))
    return Feedback.objects.create(
        code=f"PA-T{next(_codes):05d}",
        kind=Kind.REPORT,
        channel=Channel.HOTLINE,
        title="Đèn đường hỏng",
        text="Đèn đường hỏng",
        organization=organization,
        resolve_due=due,
        answered_on=answered,
        **fields,
    )


@pytest.fixture
def setup(tree: Any) -> Any:
    """Three agencies. A: 3 due in the period, 2 answered on time, 1 late (and a merged duplicate, not counted)
    → 2/3 = 66,7 %. B: 1 due, still open → 0/1. C: its only item is due after the cut-off → no figure."""
    generated = generate_period(tree.province, agencies=3, tasks=2, not_submitted=0)
    period = generated.period
    a, b, c = generated.agencies
    inside = period.start + datetime.timedelta(days=10)
    item(a, due=inside, answered=inside - datetime.timedelta(days=1))
    item(a, due=inside, answered=inside)
    item(a, due=inside, answered=inside + datetime.timedelta(days=3))
    kept = Feedback.objects.filter(organization=a).first()
    item(a, due=inside, answered=inside, state=State.CLOSED, merged_into=kept)
    item(b, due=period.cutoff, answered=None)
    item(c, due=period.cutoff + datetime.timedelta(days=1), answered=period.cutoff)
    summaries.refresh_period(period)
    return period, a, b, c


@pytest.fixture
def unregistered() -> Iterator[None]:
    measure = measures.get("feedback_on_time")
    measures.unregister("feedback_on_time")
    yield
    measures.register(measure)


def test_the_consolidated_report_has_the_feedback_annex(setup: Any) -> None:
    period, a, b, c = setup
    data = consolidated_data(period, today=timezone.localdate())
    assert data.feedback is not None
    assert (data.feedback[a.pk].numerator, data.feedback[a.pk].denominator) == (2, 3)
    assert (data.feedback[b.pk].numerator, data.feedback[b.pk].denominator) == (0, 1)
    assert c.pk not in data.feedback

    document = docx.Document(io.BytesIO(exports.consolidated_docx(data)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "PHỤ LỤC III" in text
    assert table_with_header(document, "TT", "Cơ quan, đơn vị")[0][2] == "Báo cáo"  # Phụ lục I comes first
    headers = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    annex = [
        t for t, h in zip(document.tables, headers, strict=True) if list(exports.FEEDBACK_ANNEX_HEADERS) == h
    ]
    assert len(annex) == 1
    body = [[cell.text for cell in row.cells] for row in annex[0].rows][1:]
    assert [row[1:4] for row in body] == [[a.name, "3", "2"], [b.name, "1", "0"]]
    assert body[0][4].replace(",", ".") == "66.7" and body[1][4] in ("0", "0,0", "0.0")

    book = openpyxl.load_workbook(io.BytesIO(exports.consolidated_xlsx(data)))
    sheet = book[exports.FEEDBACK_SHEET]
    values = [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert [row[1:4] for row in values] == [[a.name, 3, 2], [b.name, 1, 0]]
    assert [row[4] for row in values] == [66.7, 0.0]


def test_the_dashboard_shows_feedback_per_agency(setup: Any, tree: Any, make_user: Any) -> None:
    period, a, b, c = setup
    coordinator = make_user(tree.other_department, "coordinator")
    client = client_for(coordinator)
    response = client.get(reverse("reporting:dashboard"), {"period": period.pk})
    figures = response.context["figures"]
    by_id = {agency["id"]: agency["feedback"] for agency in figures["agencies"]}
    assert by_id[a.pk] == {"on_time": 2, "due": 3, "percent": 66.7}
    assert by_id[b.pk] == {"on_time": 0, "due": 1, "percent": 0.0}
    assert by_id[c.pk] is None
    page = response.content.decode()
    assert "2/3 (66" in page and "0/1 (0" in page
    api = client.get("/api/v1/dashboard", {"period": period.pk}).json()
    assert {x["id"]: x["feedback"] for x in api["agencies"]}[a.pk] == {
        "on_time": 2,
        "due": 3,
        "percent": 66.7,
    }
    assert api["feedback_label"]


def test_nothing_is_shown_when_the_measure_is_not_registered(
    setup: Any, tree: Any, make_user: Any, unregistered: None
) -> None:
    period, _a, _b, _c = setup
    data = consolidated_data(period, today=timezone.localdate())
    assert data.feedback is None
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(exports.consolidated_docx(data))).paragraphs)
    assert "PHỤ LỤC III" not in text
    book = openpyxl.load_workbook(io.BytesIO(exports.consolidated_xlsx(data)))
    assert book.sheetnames == list(exports.CONSOLIDATED_SHEETS)
    coordinator = make_user(tree.other_department, "coordinator")
    response = client_for(coordinator).get(reverse("reporting:dashboard"), {"period": period.pk})
    assert response.context["figures"]["feedback_label"] is None
    assert all(agency["feedback"] is None for agency in response.context["figures"]["agencies"])
    assert "2/3" not in response.content.decode()


def test_the_public_statistics_and_the_dashboard_count_a_year_alike(
    tree: Any, make_user: Any, client: Any
) -> None:
    """Both read `feedback.queries.organization_figures`. Before, the public page counted "answered on time"
    among the items received in the year and took any row with an answer date as answered, while the dashboard
    counted among the items whose answer deadline fell in the span and only answered or closed items: here the
    public page said 2 answered on time, the dashboard 1 of 3."""
    generated = generate_period(tree.province, agencies=1, tasks=2, not_submitted=0)
    period = generated.period
    period.start, period.cutoff = datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)
    period.save(update_fields=["start", "cutoff"])
    (agency,) = generated.agencies
    D = datetime.date
    # Received in December, due and answered on time in January: the year's on-time answer.
    item(agency, due=D(2025, 1, 15), answered=D(2025, 1, 10), received_on=D(2024, 12, 20))
    # Received in the year, answered early, but due next year: next year's figure.
    item(agency, due=D(2026, 1, 15), answered=D(2025, 12, 28), received_on=D(2025, 12, 20))
    item(agency, due=D(2025, 3, 25), answered=D(2025, 4, 10), received_on=D(2025, 3, 1))  # late
    # An answer date on a row still in progress (imported data; the actions never leave one): not answered.
    item(
        agency,
        due=D(2025, 5, 25),
        answered=D(2025, 5, 20),
        received_on=D(2025, 5, 1),
        state=State.IN_PROGRESS,
    )
    kept = Feedback.objects.filter(organization=agency).first()
    item(agency, due=D(2025, 3, 25), answered=D(2025, 3, 20), state=State.CLOSED, merged_into=kept)
    summaries.refresh_period(period)

    public = client.get(reverse("feedback:public-statistics"), {"year": 2025})
    (row,) = [r for r in public.context["rows"] if r.organization_id == agency.pk]
    assert (row.received, row.answered, row.due, row.answered_on_time, row.overdue) == (3, 2, 3, 1, 1)
    assert (
        f"<td>{agency.name}</td><td>3</td><td>2</td><td>3</td><td>1</td><td>1</td>" in public.content.decode()
    )

    coordinator = make_user(tree.other_department, "coordinator")
    dashboard = client_for(coordinator).get(reverse("reporting:dashboard"), {"period": period.pk})
    by_id = {a["id"]: a["feedback"] for a in dashboard.context["figures"]["agencies"]}
    assert (by_id[agency.pk]["on_time"], by_id[agency.pk]["due"]) == (row.answered_on_time, row.due)
    assert "1/3 (33" in dashboard.content.decode()
