"""Forms of reporting periods and agency reports."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from danvan.organizations.models import Organization
from danvan.plans.models import Plan
from danvan.reporting.models import Report


class DateInput(forms.DateInput):
    input_type = "date"


class PeriodForm(forms.Form):
    """A period made by hand (e.g. an ad-hoc report)."""

    catalog = forms.ModelChoiceField(label=_("Task catalog"), queryset=Plan.objects.none())
    name = forms.CharField(label=_("Name"), max_length=200)
    start = forms.DateField(label=_("From"), widget=DateInput)
    cutoff = forms.DateField(label=_("Data cut-off"), widget=DateInput)
    due = forms.DateField(label=_("Due date"), widget=DateInput)

    def __init__(self, *args: Any, catalogs: list[Plan], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["catalog"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Plan.objects.filter(pk__in=[c.pk for c in catalogs])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, cutoff, due = data.get("start"), data.get("cutoff"), data.get("due")
        if start and cutoff and due and not start <= cutoff <= due:
            raise forms.ValidationError(
                _("The dates must follow each other: start, then data cut-off, then due date.")
            )
        return data


class ScheduleForm(forms.Form):
    """Create the periods of a catalog from its reporting schedule."""

    catalog = forms.ModelChoiceField(label=_("Task catalog"), queryset=Plan.objects.none())

    def __init__(self, *args: Any, catalogs: list[Plan], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["catalog"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Plan.objects.filter(pk__in=[c.pk for c in catalogs])


class NewReportForm(forms.Form):
    """Which of the person's agencies the report is for."""

    organization = forms.ModelChoiceField(label=_("Organisation"), queryset=Organization.objects.none())

    def __init__(self, *args: Any, organizations: list[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Organization.objects.filter(pk__in=[o.pk for o in organizations])


class NarrativeForm(forms.ModelForm[Report]):
    """The narrative sections of a report, with the version the editor loaded."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Report
        fields = ["results", "limitations", "lessons", "directions", "proposals"]
        widgets = {name: forms.Textarea(attrs={"rows": 5}) for name in fields}


class ReturnForm(forms.Form):
    comment = forms.CharField(label=_("What must be changed"), widget=forms.Textarea(attrs={"rows": 3}))
