"""Figures of the feedback app for the others (`danvan.core.measures`): `feedback_on_time`."""

from __future__ import annotations

from collections.abc import Collection

from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from danvan.core import measures
from danvan.core.measures import Figure, Span
from danvan.feedback.models import Feedback, State


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
        rows = (
            Feedback.objects.filter(
                organization_id__in=list(organization_ids),
                merged_into__isnull=True,
                resolve_due__gte=span.start,
                resolve_due__lte=span.end,
            )
            .values("organization_id")
            .annotate(
                due=Count("pk"),
                on_time=Count(
                    "pk",
                    filter=Q(state__in=[State.ANSWERED, State.CLOSED], answered_on__lte=F("resolve_due")),
                ),
            )
        )
        link = reverse("feedback:list")
        return {
            row["organization_id"]: Figure(
                row["on_time"], row["due"], f"{link}?organization={row['organization_id']}"
            )
            for row in rows
        }


def register() -> None:
    measures.register(FeedbackOnTime())
