"""Titles (trích yếu) the system writes for plans it creates."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from danvan.core.templatetags.vietnamese import vn_date
from danvan.plans.models import Plan


def implementing_title(catalog: Plan) -> str:
    """The trích yếu of a plan that implements `catalog`: "Thực hiện Quyết định số 3177/QĐ-UBND ngày
    06/08/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc ban hành danh mục …" (the word "Kế hoạch" and
    the agency's name are printed by the document's header, not repeated in its title)."""
    title = " ".join(catalog.title.split()).rstrip(".")
    document = catalog.document
    if document is None or not document.number:
        return _("Implementing “%(catalog)s”") % {"catalog": title}
    about = title if re.match(r"(?i)về\b", title) else "về việc " + title[:1].lower() + title[1:]
    source = f"{document.doc_type or _('document')} số {document.number}"
    if document.date:
        source += f" ngày {vn_date(document.date)}"
    if document.issuer_name:
        source += f" của {document.issuer_name}"
    return _("Implementing %(source)s %(about)s") % {"source": source, "about": about}
