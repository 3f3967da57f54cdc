"""The legal time limits of a feedback item: which limit applies to which kind, from which day (the one rule).

Each kind has two limits, looked up by code in the versioned `core.TimeLimit` table for the day of the event
that starts the period (an item received before a law changes keeps the old limit) and counted by
`core.workdays` the Civil Code's way (days: from the next day, rolled forward to a working day; working days:
only working days):

| kind | accept (from the day received) | answer / resolve | extension |
|---|---|---|---|
| khiếu nại | `complaint.first.accept` (10 ngày, Luật Khiếu nại Đ.27) | `complaint.first.resolve` 30 ngày from acceptance; complex case `complaint.first.resolve_complex` 45 (Đ.28) | the complex limit |
| tố cáo | `denunciation.intake` (07 ngày làm việc, Luật Tố cáo Đ.24) | `denunciation.resolve` 30 ngày from acceptance (Đ.30) | at most 2 × `denunciation.extension` (30 ngày) |
| kiến nghị, phản ánh | `petition.reply` (10 ngày, Luật Tiếp công dân Đ.28) | `feedback.petition.resolve` from the day received | once, at most the limit itself |
| góp ý | `petition.reply` | `feedback.suggestion.resolve` from the day received | once, at most the limit itself |

Until a complaint or denunciation is accepted, its answer deadline is counted from the last day to accept it
(the latest the period can start), so every open item shows a deadline.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from danvan.core import workdays
from danvan.core.errors import ActionRefused
from danvan.feedback.models import Kind

ACCEPT_LIMIT = {
    Kind.COMPLAINT: "complaint.first.accept",
    Kind.DENUNCIATION: "denunciation.intake",
    Kind.PETITION: "petition.reply",
    Kind.REPORT: "petition.reply",
    Kind.SUGGESTION: "petition.reply",
}
RESOLVE_LIMIT = {
    Kind.COMPLAINT: "complaint.first.resolve",
    Kind.DENUNCIATION: "denunciation.resolve",
    Kind.PETITION: "feedback.petition.resolve",
    Kind.REPORT: "feedback.petition.resolve",
    Kind.SUGGESTION: "feedback.suggestion.resolve",
}
COMPLEX_LIMIT = {Kind.COMPLAINT: "complaint.first.resolve_complex"}
EXTENSION_LIMIT = {Kind.DENUNCIATION: "denunciation.extension"}
# How many extensions the law allows: a denunciation twice (đặc biệt phức tạp, Luật Tố cáo Đ.30), others once.
MAX_EXTENSIONS = {Kind.DENUNCIATION: 2, Kind.COMPLAINT: 1}
DEFAULT_MAX_EXTENSIONS = 1
# The resolve period of these kinds runs from acceptance (thụ lý); of the others from the day received.
FROM_ACCEPTANCE = frozenset({Kind.COMPLAINT, Kind.DENUNCIATION})


@dataclass(frozen=True)
class ItemDeadlines:
    accept: workdays.LegalDeadline
    resolve: workdays.LegalDeadline


def compute(
    *,
    kind: str,
    received_on: datetime.date,
    accepted_on: datetime.date | None = None,
    complex_case: bool = False,
    extension_days: int = 0,
) -> ItemDeadlines:
    """The deadlines to accept and to answer an item (NoTimeLimit when no limit is in force that day)."""
    accept = workdays.legal_deadline(ACCEPT_LIMIT[Kind(kind)], event=received_on)
    code = RESOLVE_LIMIT[Kind(kind)]
    if complex_case and kind in COMPLEX_LIMIT:
        code = COMPLEX_LIMIT[Kind(kind)]
    start = (accepted_on or accept.due) if kind in FROM_ACCEPTANCE else received_on
    resolve = workdays.legal_deadline(code, event=start, extra=extension_days)
    return ItemDeadlines(accept=accept, resolve=resolve)


def check_extension(*, kind: str, received_on: datetime.date, days: int, earlier: int) -> None:
    """Refuse an extension the law does not allow: too many, or longer than one extension may be."""
    if days <= 0:
        raise ActionRefused(_("An extension must be at least one day."))
    allowed = MAX_EXTENSIONS.get(Kind(kind), DEFAULT_MAX_EXTENSIONS)
    if earlier >= allowed:
        raise ActionRefused(_("The law allows at most %(n)s extension(s) for this kind.") % {"n": allowed})
    code = EXTENSION_LIMIT.get(Kind(kind), RESOLVE_LIMIT[Kind(kind)])
    longest = workdays.time_limit(code, on=received_on).amount
    if days > longest:
        raise ActionRefused(_("One extension may not exceed %(n)s days.") % {"n": longest})
