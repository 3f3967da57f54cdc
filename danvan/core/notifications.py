"""The notification centre: the person's in-app notices, newest first; mark one or all as read.

The reads and writes are small and only ever about the person's own rows, so they live here beside the views:
`notifications_of`, `get_notification_for_user` (404 for anyone else's) and `mark_read`/`mark_all_read`.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from danvan.accounts.models import User
from danvan.core.models import Notification
from danvan.organizations.queries import AnyUser

PAGE_SIZE = 50


def notifications_of(user: AnyUser) -> QuerySet[Notification]:
    """The person's notifications, newest first."""
    if not user.is_authenticated:
        return Notification.objects.none()
    return Notification.objects.filter(recipient_id=user.pk).order_by("-created_at", "-id")


def unread_count(user: AnyUser) -> int:
    """How many of the person's notifications are unread (one query)."""
    return notifications_of(user).filter(read_at__isnull=True).count()


def get_notification_for_user(user: AnyUser, pk: int) -> Notification:
    """One of the person's notifications; 404 for anyone else's."""
    try:
        return notifications_of(user).get(pk=pk)
    except Notification.DoesNotExist:
        raise Http404 from None


def mark_read(*, actor: User, notification: Notification) -> Notification:
    """Mark one of the actor's notifications read (a plain row edit of their own inbox: no audit event)."""
    if notification.recipient_id != actor.pk:
        raise Http404
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def mark_all_read(*, actor: User) -> int:
    """Mark every unread notification of the actor read; returns how many changed."""
    with transaction.atomic():
        return Notification.objects.filter(recipient_id=actor.pk, read_at__isnull=True).update(
            read_at=timezone.now()
        )


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # LoginRequiredMiddleware guarantees it
    return request.user


@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    page: Page[Notification] = Paginator(notifications_of(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "core/notifications.html", {"page": page})


@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one notification read, then follow its link (when local) or go back to the list."""
    notification = mark_read(actor=_user(request), notification=get_notification_for_user(request.user, pk))
    target = notification.url
    local = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    if request.POST.get("open") and target and local:
        return redirect(target)
    return redirect("core:notifications")


@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    count = mark_all_read(actor=_user(request))
    if count:
        messages.success(request, _("All notifications marked as read."))
    return redirect("core:notifications")


urlpatterns = [
    path("notifications/", notification_list, name="notifications"),
    path("notifications/<int:pk>/read/", notification_read, name="notification-read"),
    path("notifications/read-all/", notification_read_all, name="notifications-read-all"),
]
