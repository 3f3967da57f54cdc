"""Import of the registration tables agencies keep in Word: docparse returns their rows as `registrations`
(never tasks); here they are read into model fields for the review screen, then registered together.

Nothing is registered until the officer confirms the review; a table missing columns, a file without a
registration table, or a row that would duplicate a registration is refused in Vietnamese and nothing is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core.errors import ActionRefused
from danvan.documents.parsing import ParseFailed, parse_file
from danvan.initiatives import actions
from danvan.initiatives.models import Initiative
from danvan.organizations.models import Organization
from docparse import fold

F = Initiative.Field
# Folded words of the printed "Lĩnh vực" -> the field, first match wins.
FIELD_WORDS = (
    ("nong thon moi", F.NEW_RURAL),
    ("quoc phong", F.DEFENCE),
    ("an ninh", F.SECURITY),
    ("kinh te", F.ECONOMY),
    ("van hoa", F.CULTURE_SOCIETY),
    ("xa hoi", F.CULTURE_SOCIETY),
    ("he thong chinh tri", F.POLITICAL_SYSTEM),
    ("xay dung dang", F.POLITICAL_SYSTEM),
    ("hanh chinh", F.ADMINISTRATION),
)
MISSING_COLUMNS = "Bảng đăng ký mô hình thiếu cột"


def field_of(text: str) -> str:
    key = fold(text)
    return next((value for words, value in FIELD_WORDS if words in key), F.OTHER)


@dataclass(frozen=True)
class Row:
    """One registration read from the table, as the review screen shows and posts it back."""

    name: str
    kind: str
    holder: str
    performer: str
    field: str
    year: int
    printed_field: str = ""
    timeframe: str = ""

    def data(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "holder": self.holder,
            "performer": self.performer,
            "field": self.field,
            "year": self.year,
            "milestones": self.timeframe,
        }


def read_rows(data: bytes, file_name: str, *, year: int) -> list[Row]:
    """The registrations of an uploaded file (parsed in a child process, like every upload); ValidationError
    in Vietnamese when the file cannot be read, has no registration table, or its table misses columns."""
    try:
        parsed = parse_file(data, file_name, seconds=settings.PARSE_REQUEST_SECONDS)
    except ParseFailed as failure:
        raise ValidationError(failure.message) from None
    document = parsed.document
    missing = [w.split(" / ")[0] for w in document.get("warnings", []) if w.startswith(MISSING_COLUMNS)]
    if missing:
        raise ValidationError(
            _("The registration table cannot be imported: %(problem)s.") % {"problem": "; ".join(missing)}
        )
    rows = []
    for item in document.get("registrations", []):
        printed_year = re.search(r"\b(20\d\d)\b", item.get("timeframe") or "")
        rows.append(
            Row(
                name=item["name"],
                kind=item.get("kind") or Initiative.Kind.SKILFUL_MOBILISATION,
                holder=item.get("holder") or Initiative.Holder.COLLECTIVE,
                performer=item.get("performer") or "",
                field=field_of(item.get("field") or ""),
                year=int(printed_year.group(1)) if printed_year else year,
                printed_field=item.get("field") or "",
                timeframe=item.get("timeframe") or "",
            )
        )
    if not rows:
        raise ValidationError(
            _(
                "No registration table was found in the file: it needs the columns Tên mô hình, Loại, "
                "Đơn vị/cá nhân thực hiện, Lĩnh vực and Thời gian."
            )
        )
    return rows


def register_rows(*, actor: User | None, organization: Organization, rows: list[Row]) -> list[Initiative]:
    """Register every reviewed row for `organization`, all or none: the first refused row (a duplicate, an
    empty name) refuses the whole import with its row number."""
    made = []
    with transaction.atomic():
        for number, row in enumerate(rows, start=1):
            try:
                made.append(
                    actions.register_initiative(actor=actor, organization=organization, data=row.data())
                )
            except (ActionRefused, ValidationError) as error:
                text = str(error) if isinstance(error, ActionRefused) else " ".join(error.messages)
                raise ValidationError(
                    _("Row %(row)s: %(problem)s") % {"row": number, "problem": text}
                ) from None
    return made
