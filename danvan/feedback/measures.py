"""Figures of the feedback app for the others (`danvan.core.measures`): `feedback_on_time`."""

from __future__ import annotations

from collections.abc import Collection

from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from danvan.core import measures
from danvan.core.measures import Figure, Span
from danvan.feedback.queries import organization_figures


class FeedbackOnTime:
    """Items answered within the legal limit ÷ items whose answer deadline falls in the span.

    Merged duplicates are not counted (the item they were merged into is); an item closed without an answer
    counts as not answered on time. One query for any number of organisations.
    """

    key = "feedback_on_time"

    @property
    def label(self) -> Promise:
        return _("Share of citizen feedback answered within the legal time limit")

    def figures(self, organization_ids: Collection[int], span: Span) -> dict[int, Figure]:
        # The one count the public statistics show too (`queries.organization_figures`).
        rows = organization_figures(span, today=timezone.localdate(), organization_ids=organization_ids)
        link = reverse("feedback:list")
        return {
            row.organization_id: Figure(
                row.answered_on_time, row.due, f"{link}?organization={row.organization_id}"
            )
            for row in rows
            if row.due
        }


def register() -> None:
    measures.register(FeedbackOnTime())
