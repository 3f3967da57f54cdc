"""Forms of evaluation: a criteria set, a criterion, a class threshold, an exclusion condition, a round."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from danvan.accounts.models import User
from danvan.evaluation.models import POINTS_BELOW, CriteriaSet, Criterion, Group


class SetForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=255)
    from_year = forms.IntegerField(label=_("Applies from year"), min_value=2000, max_value=2100)
    decision = forms.CharField(label=_("Issuing decision"), max_length=255, required=False)
    is_illustrative = forms.BooleanField(label=_("Illustrative (made up for training)"), required=False)


class ImportForm(SetForm):
    file = forms.FileField(label=_("The decision's table of criteria (DOCX or XLSX)"))


class CopyForm(forms.Form):
    from_year = forms.IntegerField(label=_("For year"), min_value=2000, max_value=2100)


class CriterionFields(forms.Form):
    """A criterion's content, points, how it is scored and the evidence required."""

    title = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 2}))
    max_points = forms.DecimalField(label=_("Maximum points"), min_value=0, max_digits=6, decimal_places=2)
    scoring = forms.ChoiceField(label=_("Scored as"), choices=Criterion.Scoring.choices)
    measure_key = forms.CharField(label=_("Figure (measure key)"), max_length=60, required=False)
    multiplier = forms.DecimalField(label=_("Multiplier"), max_digits=6, decimal_places=2, required=False)
    evidence_required = forms.CharField(
        label=_("Evidence required"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class CriterionForm(CriterionFields):
    """A criterion added to a set, or changed in place (number, kind and place in the tree included)."""

    parent = forms.ModelChoiceField(label=_("Under"), queryset=Criterion.objects.none(), required=False)
    number = forms.CharField(label=_("Number"), max_length=20)
    kind = forms.ChoiceField(label=_("Kind"), choices=Criterion.Kind.choices)

    field_order = [
        "parent",
        "number",
        "title",
        "kind",
        "max_points",
        "scoring",
        "measure_key",
        "multiplier",
        "evidence_required",
    ]

    def __init__(self, *args: Any, criteria_set: CriteriaSet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = criteria_set.criteria.all()  # type: ignore[attr-defined]


class ThresholdForm(forms.Form):
    label = forms.CharField(label=_("Class"), max_length=120)
    min_points = forms.DecimalField(label=_("From points"), min_value=0, max_digits=6, decimal_places=2)


class ExclusionForm(forms.Form):
    text = forms.CharField(label=_("Condition"), widget=forms.Textarea(attrs={"rows": 2}))


class RoundForm(forms.Form):
    criteria_set = forms.ModelChoiceField(label=_("Criteria set"), queryset=CriteriaSet.objects.none())
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    name = forms.CharField(label=_("Name"), max_length=255)
    groups = forms.MultipleChoiceField(
        label=_("Organisations evaluated"), choices=Group.choices, widget=forms.CheckboxSelectMultiple
    )
    working_days = forms.IntegerField(label=_("Working days to self-score"), min_value=1, max_value=120)
    by_size = forms.BooleanField(
        label=_("Rank communes, wards and special zones within their administrative unit class (I, II, III)"),
        required=False,
        help_text=_("The class is the one set on each organisation's page when the results are published."),
    )

    def __init__(self, *args: Any, sets: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["criteria_set"].queryset = sets  # type: ignore[attr-defined]


class AppraisersForm(forms.Form):
    """The observers of the province the coordinator names to appraise a round."""

    appraisers: forms.ModelMultipleChoiceField[User] = forms.ModelMultipleChoiceField(
        label=_("Observers who appraise"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, candidates: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["appraisers"].queryset = candidates  # type: ignore[attr-defined]


class ImportRowForm(forms.Form):
    """A row read from the decision's table, corrected on the review screen before the set is created. What was
    typed is kept when a value is refused."""

    number = forms.CharField(label=_("Number"), max_length=20)
    parent_number = forms.ChoiceField(label=_("Under"), required=False)
    title = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 2}))
    max_points = forms.CharField(label=_("Maximum points"), max_length=12)
    kind = forms.ChoiceField(label=_("Kind"), choices=Criterion.Kind.choices)
    scoring = forms.ChoiceField(label=_("Scored as"), choices=Criterion.Scoring.choices)
    measure_key = forms.CharField(label=_("Figure (measure key)"), max_length=60, required=False)
    multiplier = forms.CharField(label=_("Multiplier"), max_length=12, required=False)
    evidence_required = forms.CharField(
        label=_("Evidence required"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    def __init__(self, *args: Any, numbers: list[str], own: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent_number"].choices = [  # type: ignore[attr-defined]
            ("", _("— top level —")),
            *((n, n) for n in numbers if n and n != own),
        ]

    @staticmethod
    def _points(value: str, message: str) -> str:
        try:
            number = Decimal(value.replace(",", ".").strip())
        except InvalidOperation:
            raise forms.ValidationError(message) from None
        if not number.is_finite() or number <= 0 or number >= POINTS_BELOW:
            raise forms.ValidationError(message)
        return value.replace(",", ".").strip()

    def clean_max_points(self) -> str:
        return self._points(
            self.cleaned_data["max_points"], str(_("Enter the maximum points as a number above 0."))
        )

    def clean_multiplier(self) -> str:
        value = self.cleaned_data["multiplier"].strip()
        return self._points(value, str(_("Enter the multiplier as a number above 0."))) if value else ""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("scoring") == Criterion.Scoring.MEASURE and not (data.get("measure_key") or "").strip():
            self.add_error("measure_key", _("A criterion scored from a figure names the figure."))
        return data
