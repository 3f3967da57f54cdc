"""Forms of the accounts app."""

from __future__ import annotations

from django import forms

from danvan.accounts.models import User


class ProfileForm(forms.ModelForm[User]):
    class Meta:
        model = User
        fields = ["full_name", "email", "phone", "job_title"]
