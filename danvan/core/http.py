"""Request types shared by views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest
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
