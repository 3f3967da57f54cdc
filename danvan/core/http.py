"""What views share: request types, the acting user, running an action or a form, and file downloads."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django_htmx.middleware import HtmxDetails

from danvan.accounts.models import User
from danvan.core.errors import ActionRefused, NotReady


class HtmxHttpRequest(HttpRequest):
    """A request that went through django-htmx's middleware (`request.htmx` is truthy for htmx calls)."""

    htmx: HtmxDetails


def acting_user(request: HttpRequest) -> User:
    """The signed-in person (every non-public view runs behind LoginRequiredMiddleware)."""
    assert isinstance(request.user, User)
    return request.user


def run_action(request: HttpRequest, work: Callable[[], Any], success: str) -> bool:
    """Run an action; its refusal or invalid values become an error message, success a success message."""
    try:
        work()
    except NotReady as error:
        items = format_html_join(
            "", '<li><a href="{}">{}</a></li>', ((url, text) for text, url in error.items)
        )
        messages.error(request, format_html('{}<ul class="fix-list">{}</ul>', str(error), items))
        return False
    except ActionRefused as error:
        messages.error(request, str(error))
        return False
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return False
    messages.success(request, success)
    return True


def form_errors(form: Any) -> str:
    """A form's errors in one line, each prefixed by its field's label."""
    return "; ".join(
        f"{form.fields[name].label}: {' '.join(errors)}" if name in form.fields else " ".join(errors)
        for name, errors in form.errors.items()
    )


def run_form(request: HttpRequest, form: Any, work: Callable[[dict[str, Any]], Any], success: str) -> bool:
    """Validate a bound form, then run its action on the cleaned data (see `run_action`)."""
    if not form.is_valid():
        messages.error(request, _("Some values are not valid: %(errors)s") % {"errors": form_errors(form)})
        return False
    return run_action(request, lambda: work(form.cleaned_data), success)


# --- downloads ---------------------------------------------------------------------------------------------

# Content types of the files the app generates, by format.
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def content_disposition(file_name: str) -> str:
    """`attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987).

    "Kế hoạch 05-KH-SCT.docx" → attachment; filename="Ke-hoach-05-KH-SCT.docx";
    filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2005-KH-SCT.docx
    """
    decomposed = unicodedata.normalize("NFD", file_name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"-+", "-", re.sub(r"[^A-Za-z0-9._-]+", "-", plain)).strip("-.") or "export"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(file_name, safe='')}"


def file_response(data: bytes, *, fmt: str, file_name: str) -> HttpResponse:
    """A generated file (DOCX, XLSX, PDF) as a download: attachment, its content type, `nosniff`."""
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = content_disposition(file_name)
    response["X-Content-Type-Options"] = "nosniff"
    return response
