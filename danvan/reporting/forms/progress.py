"""Forms of task progress: the update form (with a field per target of the plan) and the "my tasks" filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from danvan.organizations.models import Organization
from danvan.plans.models import Assignment, Target
from danvan.reporting.actions.progress import check_evidence
from danvan.reporting.models import Status, TaskProgress

FIGURE_PREFIX = "target_"


class ProgressForm(forms.Form):
    """An organisation's progress on a task. Figures have one field per target of the task's plan."""

    organization = forms.TypedChoiceField(label=_("Reporting for"), coerce=int)
    state = forms.ChoiceField(label=_("State"), choices=TaskProgress.State.choices)
    percent = forms.IntegerField(label=_("Percent done"), min_value=0, max_value=100, initial=0)
    completed_on = forms.DateField(
        label=_("Completed on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Required when the task is done."),
    )
    result = forms.CharField(label=_("Result"), required=False, widget=forms.Textarea(attrs={"rows": 5}))
    evidence = forms.FileField(
        label=_("Evidence file"),
        required=False,
        help_text=_("PDF, DOCX, XLSX, JPG or PNG."),
    )
    seen = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        *args: Any,
        organizations: Sequence[Organization],
        targets: Sequence[Target],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [(o.pk, o.name) for o in organizations]
        if len(organizations) == 1:
            field.widget = forms.HiddenInput()
        self.targets = list(targets)
        for target in self.targets:
            label = target.text if not target.value else f"{target.text} ({target.value:g} {target.unit})"
            self.fields[f"{FIGURE_PREFIX}{target.pk}"] = forms.DecimalField(
                label=label.strip(), required=False, min_value=0, max_digits=14, decimal_places=2
            )

    def clean_evidence(self) -> Any:
        upload = self.cleaned_data.get("evidence")
        if upload:
            check_evidence(upload)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("state") == TaskProgress.State.DONE and not data.get("completed_on"):
            self.add_error("completed_on", ValidationError(_("Enter the date the task was completed.")))
        return data

    def figures(self) -> dict[str, Any]:
        """The figures entered, keyed by target id (empty fields left out)."""
        return {
            str(t.pk): self.cleaned_data[f"{FIGURE_PREFIX}{t.pk}"]
            for t in self.targets
            if self.cleaned_data.get(f"{FIGURE_PREFIX}{t.pk}") is not None
        }

    def figure_fields(self) -> list[forms.BoundField]:
        return [self[f"{FIGURE_PREFIX}{t.pk}"] for t in self.targets]


def initial_for(row: TaskProgress | None, organization: Organization, seen: str) -> dict[str, Any]:
    """The form's starting values from the organisation's current row."""
    initial: dict[str, Any] = {"organization": organization.pk, "seen": seen}
    if row is not None:
        initial.update(state=row.state, percent=row.percent, completed_on=row.completed_on, result=row.result)
        for key, value in (row.figures or {}).items():
            initial[f"{FIGURE_PREFIX}{key}"] = value
    return initial


class MyTaskFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *Status.choices]
    )
    due = forms.ChoiceField(
        label=_("Deadline"),
        required=False,
        choices=[("", _("Any deadline")), ("overdue", _("Overdue")), ("soon", _("Due soon"))],
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("Lead or coordinating")), *Assignment.Role.choices]
    )
    organization = forms.TypedChoiceField(
        label=_("Organisation"), required=False, coerce=int, empty_value=None
    )
    include_units = forms.BooleanField(label=_("Include tasks of my units"), required=False)

    def __init__(self, *args: Any, organizations: Sequence[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", _("All my organisations")), *((o.pk, o.name) for o in organizations)]
