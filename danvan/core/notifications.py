"""The notification centre: the person's in-app notices, newest first; mark one or all as read."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from danvan.core import actions
from danvan.core.http import acting_user
from danvan.core.models import Notification
from danvan.core.queries import get_notification_for_user, notifications_of

PAGE_SIZE = 50


@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    page: Page[Notification] = Paginator(notifications_of(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "core/notifications.html", {"page": page})


@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one notification read, then follow its link (when local) or go back to the list."""
    notification = actions.mark_notification_read(
        actor=acting_user(request), notification=get_notification_for_user(request.user, pk)
    )
    target = notification.url
    local = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    if request.POST.get("open") and target and local:
        return redirect(target)
    return redirect("core:notifications")


@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    count = actions.mark_all_notifications_read(actor=acting_user(request))
    if count:
        messages.success(request, _("All notifications marked as read."))
    return redirect("core:notifications")


urlpatterns = [
    path("notifications/", notification_list, name="notifications"),
    path("notifications/<int:pk>/read/", notification_read, name="notification-read"),
    path("notifications/read-all/", notification_read_all, name="notifications-read-all"),
]
