"""Public pages of citizen feedback (no login): the form, the acknowledgement, follow-up by code, statistics per
organisation, published answers and the dialogue calendar ("dân biết, dân kiểm tra, dân giám sát").

Nothing personal is ever rendered here: the pages read `queries.public_*`, which return only public fields, and
a test walks every page as an anonymous visitor looking for the personal fields of the demo items. The
read-only pages may be cached by browsers and proxies for a few minutes.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from danvan.core.errors import ActionRefused
from danvan.feedback import actions, queries
from danvan.feedback.forms import LookupForm, PublicFeedbackForm
from danvan.feedback.models import Channel

# Public read-only pages: fresh enough for citizens, cheap for the server.
PUBLIC_CACHE_SECONDS = 300


def _form(data: Any = None, files: Any = None) -> PublicFeedbackForm:
    return PublicFeedbackForm(
        data, files, provinces=queries.public_provinces(), organizations=queries.public_organizations()
    )


@login_not_required
@require_http_methods(["GET", "POST"])
def public_form(request: HttpRequest) -> HttpResponse:
    """The public form. A refusal (rate limit, captcha, bad file) keeps what was typed and says why."""
    form = _form()
    if request.method == "POST":
        form = _form(request.POST, request.FILES)
        try:
            actions.check_rate(request)
        except actions.RateLimited as error:
            messages.error(request, str(error))
            return render(request, "feedback/public_form.html", {"form": form}, status=429)
        if form.is_valid():
            data = dict(form.cleaned_data)
            data.pop("captcha")
            files = data.pop("attachments")
            try:
                item = actions.receive_feedback(
                    actor=None, channel=Channel.WEB, files=files, request=request, **data
                )
            except ActionRefused as error:
                messages.error(request, str(error))
            else:
                request.session["feedback_sent"] = item.code
                return redirect("feedback:public-sent", code=item.code)
        else:
            messages.error(request, _("Please correct the fields marked below; nothing you typed was lost."))
    return render(request, "feedback/public_form.html", {"form": form})


@login_not_required
@require_GET
def public_sent(request: HttpRequest, code: str) -> HttpResponse:
    """The acknowledgement with the tracking code (shown to the browser that sent the item)."""
    status = queries.public_status(code, today=timezone.localdate())
    return render(
        request,
        "feedback/public_sent.html",
        {"status": status, "just_sent": request.session.get("feedback_sent") == status.code},
    )


@login_not_required
@require_GET
def public_lookup(request: HttpRequest) -> HttpResponse:
    form = LookupForm(request.GET or None)
    if form.is_valid():
        return redirect("feedback:public-status", code=form.cleaned_data["code"].strip().upper())
    return render(request, "feedback/public_lookup.html", {"form": form})


@login_not_required
@require_GET
def public_status(request: HttpRequest, code: str) -> HttpResponse:
    """Follow an item by its code: state, deadline, the organisation holding it and the answer; no personal
    data (a denunciation shows its kind and state only)."""
    return render(
        request,
        "feedback/public_status.html",
        {"status": queries.public_status(code, today=timezone.localdate())},
    )


@login_not_required
@require_GET
@cache_control(public=True, max_age=PUBLIC_CACHE_SECONDS)
def public_statistics(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    year_text = request.GET.get("year", "")
    year = int(year_text) if year_text.isdigit() and 2000 <= int(year_text) <= today.year + 1 else today.year
    return render(
        request,
        "feedback/public_statistics.html",
        {"rows": queries.public_statistics(year=year, today=today), "year": year},
    )


@login_not_required
@require_GET
@cache_control(public=True, max_age=PUBLIC_CACHE_SECONDS)
def public_published(request: HttpRequest) -> HttpResponse:
    return render(request, "feedback/public_published.html", {"items": queries.published_items()})


@login_not_required
@require_GET
@cache_control(public=True, max_age=PUBLIC_CACHE_SECONDS)
def public_dialogues(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    since = today.replace(day=1, month=1)
    return render(
        request,
        "feedback/public_dialogues.html",
        {"dialogues": queries.public_dialogues(since=since), "today": today},
    )
