"""Calendar pages: the person's feeds (create, revoke) and the public ICS address of each feed."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from danvan.accounts.models import User
from danvan.core.http import acting_user
from danvan.organizations.models import Organization
from danvan.reporting import calendar
from danvan.reporting.actions import calendar as actions


class FeedForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=gettext_lazy("Deadlines of"),
        queryset=Organization.objects.none(),
        required=False,
        empty_label=gettext_lazy("Me (tasks assigned to me and to my organisations)"),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = calendar.feed_organizations(user)


@require_http_methods(["GET", "POST"])
def feed_list(request: HttpRequest) -> HttpResponse:
    """The person's calendar feeds with their secret addresses, and the form to add one."""
    user = acting_user(request)
    form = FeedForm(request.POST or None, user=user)
    if request.method == "POST":
        if form.is_valid():
            feed = actions.create_feed(
                actor=user, organization=form.cleaned_data["organization"], request=request
            )
            messages.success(
                request, _("Calendar feed created. Copy its address into your calendar program.")
            )
            return redirect(f"{reverse('reporting:calendar-feeds')}#feed-{feed.pk}")
        messages.error(request, _("Choose an organisation in your scope."))
    feeds = [
        (feed, request.build_absolute_uri(reverse("reporting:calendar-ics", args=[feed.token])))
        for feed in calendar.feeds_of(user)
    ]
    return render(request, "reporting/calendar_feeds.html", {"form": form, "feeds": feeds})


@require_POST
def feed_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    user = acting_user(request)
    feed = calendar.get_feed_for_user(user, pk)
    actions.revoke_feed(actor=user, feed=feed, request=request)
    messages.success(request, _("Calendar feed revoked; its address no longer works."))
    return redirect("reporting:calendar-feeds")


@login_not_required  # public by its secret token: calendar programs cannot log in
@require_GET
def feed_ics(request: HttpRequest, token: str) -> HttpResponse:
    feed = calendar.feed_for_token(token)
    body = calendar.build_ics(
        name=calendar.feed_name(feed),
        deadlines=calendar.feed_deadlines(feed),
        base_url=request.build_absolute_uri("/"),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="danvan.ics"'
    response["Cache-Control"] = "private, max-age=900"
    response["X-Robots-Tag"] = "noindex"
    return response


urlpatterns = [
    path("calendar/", feed_list, name="calendar-feeds"),
    path("calendar/<int:pk>/revoke/", feed_revoke, name="calendar-revoke"),
    path("calendar/<slug:token>.ics", feed_ics, name="calendar-ics"),
]
