"""Login, password and profile pages."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from danvan.accounts import actions
from danvan.accounts.forms import ProfileForm
from danvan.core.http import acting_user
from danvan.core.queries import history_of
from danvan.organizations import queries as org_queries


@method_decorator(login_not_required, name="dispatch")
class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change_form.html"
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        actions.record_password_changed(actor=acting_user(self.request), request=self.request)
        messages.success(self.request, _("Your password has been changed."))
        return response


@method_decorator(login_not_required, name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password-reset-done")

    def form_valid(self, form: Any) -> HttpResponse:
        actions.record_password_reset_requested(email=form.cleaned_data["email"], request=self.request)
        return super().form_valid(form)


@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """The person's own details and memberships; they may edit their contact details."""
    user = acting_user(request)
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        actions.update_profile(actor=user, user=user, request=request, **form.cleaned_data)
        messages.success(request, _("Your details have been saved."))
        return redirect("accounts:profile")
    memberships = org_queries.memberships_with_organizations(user)
    return render(request, "accounts/profile.html", {"form": form, "memberships": memberships})


def profile_history(request: HttpRequest) -> HttpResponse:
    """The history of the person's own account."""
    user = acting_user(request)
    return render(
        request,
        "core/history.html",
        {"object": user, "entries": history_of(user), "back_url": "/accounts/profile/"},
    )


# --- personal API tokens ---------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    """The person's API tokens; creating one shows the token once, on this response only."""
    user = acting_user(request)
    new_token = ""
    error = ""
    status = 200
    if request.method == "POST":
        try:
            _api_token, new_token = actions.create_api_token(
                actor=user, name=request.POST.get("name", ""), request=request
            )
        except ValidationError as invalid:
            error, status = " ".join(invalid.messages), 400
    context = {"tokens": user.api_tokens.all(), "new_token": new_token, "error": error}
    response = render(request, "accounts/tokens.html", context, status=status)
    if new_token:
        response["Cache-Control"] = "no-store"
    return response


@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke one of the person's tokens (another person's token answers 404)."""
    user = acting_user(request)
    api_token = get_object_or_404(user.api_tokens, pk=pk)
    actions.revoke_api_token(actor=user, api_token=api_token, request=request)
    messages.success(request, _("The token has been revoked."))
    return redirect("accounts:tokens")
