"""Forms of the organisations app."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from danvan.accounts.models import User
from danvan.organizations.models import Membership, Organization


class OrganizationSearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)


class OrganizationForm(forms.ModelForm[Organization]):
    """Descriptive fields an administrator may change; renames keep the old name in history."""

    class Meta:
        model = Organization
        fields = [
            "name",
            "short_name",
            "abbreviation",
            "aliases",
            "kind",
            "code",
            "locality",
            "valid_from",
            "size_class",
            "note",
        ]
        widgets = {
            "aliases": forms.Textarea(attrs={"rows": 3}),
            "note": forms.Textarea(attrs={"rows": 3}),
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


class ChildOrganizationForm(forms.ModelForm[Organization]):
    """A new unit under an existing organisation (usually an internal unit: phòng, văn phòng …)."""

    class Meta:
        model = Organization
        fields = ["name", "kind", "short_name", "abbreviation", "code", "valid_from"]
        widgets = {"valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


class CloseOrganizationForm(forms.Form):
    """End a unit's existence: dissolved, or merged into a successor that takes over its units."""

    on = forms.DateField(label=_("No longer exists from"), widget=forms.DateInput(attrs={"type": "date"}))
    successor = forms.ModelChoiceField(
        label=_("Merged into"),
        queryset=Organization.objects.none(),
        required=False,
        help_text=_("Leave empty when the unit is dissolved without a successor."),
    )

    def __init__(
        self, *args: Any, organization: Organization, candidates: QuerySet[Organization], **kwargs: Any
    ):
        super().__init__(*args, **kwargs)
        self.organization = organization
        field = self.fields["successor"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = candidates.filter(valid_until__isnull=True).exclude(
            path__startswith=organization.path
        )

    def clean_on(self) -> datetime.date:
        day: datetime.date = self.cleaned_data["on"]
        if self.organization.valid_from and day < self.organization.valid_from:
            raise forms.ValidationError(_("The end date cannot be before the unit's start date."))
        return day


class MemberForm(forms.Form):
    """Give a person a role here; an unknown username creates the account and e-mails a set-password link."""

    username = forms.CharField(label=_("Username"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)
    full_name = forms.CharField(label=_("Full name"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    job_title = forms.CharField(label=_("Position"), max_length=150, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        username = data.get("username", "")
        if username and not User.objects.filter(username=username).exists():
            if not data.get("full_name"):
                self.add_error("full_name", _("A new account needs the person's full name."))
            if not data.get("email"):
                self.add_error(
                    "email", _("A new account needs an e-mail address to receive its password link.")
                )
        return data
