"""Forms of the initiatives pages; the actions check the rules (duplicates, lifecycle, counts)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from danvan.initiatives.actions import FIELDS
from danvan.initiatives.models import Initiative
from danvan.organizations.models import Organization


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


def _this_year() -> int:
    return timezone.localdate().year


class InitiativeForm(forms.ModelForm[Initiative]):
    """The registration fields (domain-rules §4); `organization` only when registering."""

    organization = forms.ModelChoiceField(
        label=_("Registering organisation"), queryset=Organization.objects.none()
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Initiative
        fields = list(FIELDS)
        widgets = {
            "start": DateInput(),
            "evaluation_date": DateInput(),
            **{
                name: forms.Textarea(attrs={"rows": 3})
                for name in (
                    "situation",
                    "goals",
                    "content",
                    "place",
                    "forces",
                    "resources",
                    "milestones",
                    "outputs",
                    "results",
                )
            },
        }
        help_texts = {
            "performer": _("The unit (chi bộ, phòng) or the person, with their position."),
            "forces": _("Who leads, who coordinates, who takes part and their roles."),
            "resources": _("Funds, facilities, people, working days, contributions."),
        }

    def __init__(
        self,
        *args: Any,
        organizations: QuerySet[Organization] | None,
        copies: QuerySet[Initiative],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if organizations is None:
            del self.fields["organization"]
        else:
            field = self.fields["organization"]
            assert isinstance(field, forms.ModelChoiceField)
            field.queryset = organizations
            del self.fields["version"]
        copy_field = self.fields["copy_of"]
        assert isinstance(copy_field, forms.ModelChoiceField)
        copy_field.queryset = copies
        copy_field.help_text = _("For a model that replicates a recognised one (nhân rộng).")
        if not self.instance.pk:
            self.fields["year"].initial = _this_year()
            del self.fields["results"]
        self.order_fields(["organization", *FIELDS])

    def validate_unique(self) -> None:
        """Duplicates are refused by the action, with a message that names the registration."""


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Name contains"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Initiative.Kind.choices]
    )
    field = forms.ChoiceField(
        label=_("Field"), required=False, choices=[("", _("All fields")), *Initiative.Field.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *Initiative.Status.choices]
    )
    holder = forms.ChoiceField(
        label=_("Collective or individual"),
        required=False,
        choices=[("", _("Collective and individual")), *Initiative.Holder.choices],
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    organization = forms.ModelChoiceField(
        label=_("Organisation"), required=False, queryset=Organization.objects.none(), empty_label=_("All")
    )

    def __init__(self, *args: Any, organizations: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organizations


class UpdateForm(forms.Form):
    day = forms.DateField(label=_("Date"), widget=DateInput(), initial=timezone.localdate)
    text = forms.CharField(label=_("What was done"), widget=forms.Textarea(attrs={"rows": 3}))
    file = forms.FileField(
        label=_("Evidence file"), required=False, help_text=_("PDF, DOCX, XLSX, JPG or PNG.")
    )


class RecogniseForm(forms.Form):
    level = forms.ChoiceField(label=_("Recognition level"), choices=Initiative.Level.choices)
    form = forms.CharField(
        label=_("Form of commendation"), max_length=255, help_text=_("E.g. Bằng khen, Giấy khen.")
    )
    decision_number = forms.CharField(label=_("Decision number"), max_length=80)
    decision_date = forms.DateField(label=_("Decision date"), required=False, widget=DateInput())


class CampaignForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=_("Organisation calling"), queryset=Organization.objects.none()
    )
    title = forms.CharField(label=_("Title"), max_length=255)
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, initial=_this_year)
    deadline = forms.DateField(label=_("Deadline"), widget=DateInput())
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, organizations: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organizations


class CommitmentCountsForm(forms.Form):
    required = forms.IntegerField(label=_("Staff who must sign"), min_value=0)
    signed = forms.IntegerField(label=_("Staff who signed"), min_value=0)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class SignersForm(forms.Form):
    """The list of staff, one a line: "Nguyễn Văn A | Chuyên viên | 15/01/2025" (the date when signed)."""

    lines = forms.CharField(
        label=_("Staff who must sign"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "One person a line: full name | position | date signed (dd/mm/yyyy, empty when not signed)."
        ),
    )
    xlsx = forms.FileField(
        label=_("Or an XLSX file"),
        required=False,
        help_text=_("Columns: Họ và tên | Chức vụ | Ngày ký; the first row holds the headings."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("lines", "").strip() and not data.get("xlsx"):
            raise forms.ValidationError(_("Type the list or choose an XLSX file."))
        return data


class CommitmentFilesForm(forms.Form):
    file = forms.FileField(label=_("Signed form"), help_text=_("PDF, DOCX, XLSX, JPG or PNG."))


class ImportForm(forms.Form):
    """A Word file with a registration table, for one registering organisation."""

    organization = forms.ModelChoiceField(
        label=_("Registering organisation"), queryset=Organization.objects.none()
    )
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, initial=_this_year)
    file = forms.FileField(label=_("Registration table (DOCX)"))

    def __init__(self, *args: Any, organizations: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organizations

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if not (upload.name or "").lower().endswith(".docx"):
            raise forms.ValidationError(_("Choose the Word file (DOCX) that holds the registration table."))
        return upload
