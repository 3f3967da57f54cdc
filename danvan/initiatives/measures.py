"""The initiatives' figures, registered with `danvan.core.measures`:

- `models_registered`: the organisation (or one of its units) has at least one model registered in the span's
  years: 1 of 1, else 0 of 1 — summed over agencies this is "100% cơ quan có mô hình dân vận khéo";
- `commitments_signed`: staff who signed the integrity commitment ÷ staff who must sign, over the organisation
  and its units, for the span's years; organisations with nobody to sign are left out.
"""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from danvan.core import measures
from danvan.core.measures import Figure, Span
from danvan.initiatives import queries

MODELS_REGISTERED = "models_registered"
COMMITMENTS_SIGNED = "commitments_signed"


class ModelsRegistered:
    key = MODELS_REGISTERED
    label = _("Has a registered Dân vận khéo model")

    def figures(self, organization_ids: Collection[int], span: Span) -> dict[int, Figure]:
        """1 of 1 for an organisation with a model in the span's years, else 0 of 1 (one query)."""
        years = queries.span_years(span.start, span.end)
        counts = queries.models_by_organization(organization_ids, years)
        base = reverse("initiatives:list")
        return {
            org_id: Figure(
                1 if counts.get(org_id) else 0,
                1,
                f"{base}?{urlencode({'organization': org_id, 'year': span.start.year})}",
            )
            for org_id in organization_ids
        }


class CommitmentsSigned:
    key = COMMITMENTS_SIGNED
    label = _("Staff who signed the integrity commitment")

    def figures(self, organization_ids: Collection[int], span: Span) -> dict[int, Figure]:
        """Signed of required, rolled up over each organisation's units (one query)."""
        totals = queries.commitment_totals(organization_ids, queries.span_years(span.start, span.end))
        base = reverse("initiatives:commitment-list")
        return {
            org_id: Figure(total.signed, total.required, f"{base}?{urlencode({'year': span.start.year})}")
            for org_id, total in totals.items()
            if total.required
        }


def register() -> None:
    """Register both measures (from `InitiativesConfig.ready`)."""
    measures.register(ModelsRegistered())
    measures.register(CommitmentsSigned())
