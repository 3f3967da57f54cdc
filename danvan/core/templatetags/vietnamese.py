"""Template filters for Vietnamese administrative dates."""

from __future__ import annotations

import datetime

from django import template

from danvan.core.dateformat import short_date, vietnamese_date

register = template.Library()


@register.filter
def vn_date(value: datetime.date | None) -> str:
    """15/08/2025."""
    return short_date(value)


@register.filter
def vn_date_words(value: datetime.date | None) -> str:
    """ "ngày 05 tháng 8 năm 2025": day zero-padded below 10, months 1 and 2 too (Nghị định 30/2020)."""
    return vietnamese_date(value) if value else ""
