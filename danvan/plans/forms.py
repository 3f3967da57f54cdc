"""Forms of the plans app."""

from __future__ import annotations

import os
from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from danvan.accounts.models import User
from danvan.core import files, measures
from danvan.core.collation import by_name
from danvan.organizations.models import Organization
from danvan.plans.actions.editing import DOCUMENT_FIELDS
from danvan.plans.models import Assignment, Document, Plan, Target, Task

ALLOWED_EXTENSIONS = (".docx", ".pdf", ".txt", ".md", ".xlsx")
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class UploadForm(forms.Form):
    """A document to import as a catalog or as an agency plan."""

    file = forms.FileField(label=_("Document (DOCX, PDF, XLSX or TXT)"))
    kind = forms.ChoiceField(label=_("It is"), choices=Plan.Kind.choices, initial=Plan.Kind.AGENCY_PLAN)
    owner = forms.ModelChoiceField(label=_("Organisation"), queryset=Organization.objects.none())
    parent = forms.ModelChoiceField(
        label=_("Implements the catalog"),
        queryset=Plan.objects.none(),
        required=False,
        help_text=_("Leave empty: the catalog the document cites is found automatically."),
    )

    def __init__(
        self, *args: Any, owners: QuerySet[Organization], catalogs: QuerySet[Plan], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        owner_field = self.fields["owner"]
        parent_field = self.fields["parent"]
        assert isinstance(owner_field, forms.ModelChoiceField) and isinstance(
            parent_field, forms.ModelChoiceField
        )
        owner_field.queryset = owners
        parent_field.queryset = catalogs

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        extension = os.path.splitext(upload.name.lower())[1]
        if extension not in ALLOWED_EXTENSIONS:
            raise forms.ValidationError(
                _("Files of type “%(ext)s” cannot be imported; use DOCX, PDF, XLSX or TXT.")
                % {"ext": extension or "?"}
            )
        limit = getattr(settings, "MAX_UPLOAD_BYTES", MAX_UPLOAD_BYTES)
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is %(size)s MB; the limit is %(limit)s MB.")
                % {"size": upload.size // (1024 * 1024), "limit": limit // (1024 * 1024)}
            )
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        kind = files.kind_of(upload.name)
        assert kind is not None  # every ALLOWED_EXTENSIONS entry has a kind
        upload.seek(0)
        files.check_file(os.path.basename(upload.name), upload.read(), kind)
        upload.seek(0)
        return upload


class ReimportForm(forms.Form):
    file = forms.FileField(label=_("Corrected document"))
    clean_file = UploadForm.clean_file


class VersionedForm(forms.Form):
    """Carries the plan version the editor saw, so a concurrent change is refused instead of overwritten."""

    version = forms.IntegerField(widget=forms.HiddenInput)


class DocumentForm(forms.ModelForm[Document]):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Document
        fields = list(DOCUMENT_FIELDS)  # what the review may correct: one list, in plans.actions.editing
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "title": forms.Textarea(attrs={"rows": 2}),
            "preamble": forms.Textarea(attrs={"rows": 4}),
        }


class TaskForm(forms.ModelForm[Task]):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Task
        fields = ["number", "content", "timeframe_raw", "timeframe_kind", "due", "is_heading", "weight"]
        widgets = {
            "content": forms.Textarea(attrs={"rows": 3}),
            "due": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


class NewTaskForm(VersionedForm):
    number = forms.CharField(label=_("Number"), max_length=20, required=False)
    content = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 3}))
    timeframe_raw = forms.CharField(label=_("Timeframe as written"), max_length=255, required=False)
    due = forms.DateField(label=_("Due date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))


class AssignForm(VersionedForm):
    """Assign an organisation (an internal unit, usually) or a named person as lead or coordinator."""

    role = forms.ChoiceField(label=_("Role"), choices=Assignment.Role.choices)
    organization = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organization.objects.none(), required=False
    )
    person = forms.ModelChoiceField(label=_("Person"), queryset=User.objects.none(), required=False)

    def __init__(
        self,
        *args: Any,
        organizations: QuerySet[Organization],
        people: QuerySet[User] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        organization_field, person_field = self.fields["organization"], self.fields["person"]
        assert isinstance(organization_field, forms.ModelChoiceField)
        assert isinstance(person_field, forms.ModelChoiceField)
        organization_field.queryset = organizations
        person_field.queryset = people if people is not None else User.objects.none()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if bool(data.get("organization")) == bool(data.get("person")):
            raise forms.ValidationError(_("Choose either an organisation or a person."))
        return data


class TargetForm(VersionedForm):
    text = forms.CharField(label=_("Target"), widget=forms.Textarea(attrs={"rows": 2}))
    value = forms.DecimalField(label=_("Target value"), required=False, max_digits=12, decimal_places=2)
    unit = forms.CharField(label=_("Unit"), max_length=40, required=False)
    measure = forms.ChoiceField(label=_("Measured by"), required=False)
    measure_over = forms.ChoiceField(label=_("Measured over"), choices=Target.Over.choices, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["measure"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", _("Typed by hand")), *((m.key, str(m.label)) for m in measures.measures())]


class TargetMeasureForm(VersionedForm):
    """Link a target to another figure, or unlink it (an empty measure: the value is typed by hand)."""

    measure = forms.ChoiceField(label=_("Measured by"), required=False)
    measure_over = forms.ChoiceField(label=_("Measured over"), choices=Target.Over.choices, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["measure"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", _("Typed by hand")), *((m.key, str(m.label)) for m in measures.measures())]


class ObligationForm(VersionedForm):
    what = forms.CharField(label=_("Report"), max_length=255)
    due = forms.DateField(label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}))


class ResolveForm(VersionedForm):
    organization = forms.ModelChoiceField(label=_("It means"), queryset=Organization.objects.none())

    def __init__(self, *args: Any, organizations: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organizations


class SelectMembersForm(VersionedForm):
    members = forms.ModelMultipleChoiceField(
        label=_("Organisations concerned"),
        queryset=Organization.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, organizations: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["members"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = organizations


class SourceLinkForm(VersionedForm):
    source = forms.ModelChoiceField(
        label=_("Implements catalog task"), queryset=Task.objects.none(), required=False
    )

    def __init__(self, *args: Any, catalog_tasks: QuerySet[Task], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["source"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = catalog_tasks


class ReturnForm(forms.Form):
    comment = forms.CharField(label=_("What must be changed"), widget=forms.Textarea(attrs={"rows": 3}))


class TaskFilterForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organization.objects.none(), required=False
    )
    role = forms.ChoiceField(label=_("Role"), choices=[("", "—"), *Assignment.Role.choices], required=False)
    timeframe_kind = forms.ChoiceField(
        label=_("Timeframe"), choices=[("", "—"), *Task.TimeframeKind.choices], required=False
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args: Any, organizations: list[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Organization.objects.filter(pk__in=[o.pk for o in organizations]).order_by(
            by_name("name")
        )


class IssueForm(forms.Form):
    """The number and date an approved plan is issued with (số, ngày ban hành)."""

    number = forms.CharField(label=_("Document number"), max_length=80, required=False)
    date = forms.DateField(
        label=_("Date issued"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
