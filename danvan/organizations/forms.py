"""Forms of the organisations app."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from danvan.organizations.models import Organization


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
            "note",
        ]
        widgets = {
            "aliases": forms.Textarea(attrs={"rows": 3}),
            "note": forms.Textarea(attrs={"rows": 3}),
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
