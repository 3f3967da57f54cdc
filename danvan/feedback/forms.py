"""Forms of the feedback app: the public form (with its captcha), staff entry and the handling steps."""

from __future__ import annotations

from typing import Any

from captcha.fields import CaptchaField, CaptchaTextInput
from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from danvan.feedback.models import Channel, Feedback, Kind, ReceptionSchedule, ReceptionSession
from danvan.organizations.models import Organization
from danvan.plans.models import Plan

STAFF_CHANNELS = [(c.value, c.label) for c in Channel if c not in (Channel.WEB, Channel.API)]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked by the action before anything is stored."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.docx,.jpg,.jpeg,.png"}))
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class CaptchaWidget(CaptchaTextInput):  # type: ignore[misc]  # the library has no type hints
    """The captcha picture with a Vietnamese text alternative, then its hidden key and the answer box."""

    template_name = "feedback/_captcha.html"


class OrganizationChoiceField(forms.ModelChoiceField[Organization]):
    def label_from_instance(self, obj: Organization) -> str:
        return obj.name


class CitizenFields(forms.Form):
    """What the citizen tells: kind, who they are (or anonymous), what about, attachments."""

    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices, initial=Kind.REPORT)
    anonymous = forms.BooleanField(
        label=_("Send anonymously (not for a complaint or a denunciation)"), required=False
    )
    citizen_name = forms.CharField(label=_("Full name"), max_length=200, required=False)
    citizen_phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    citizen_email = forms.EmailField(
        label=_("E-mail"), required=False, help_text=_("We send the tracking code and the answer here.")
    )
    citizen_address = forms.CharField(label=_("Address"), max_length=300, required=False)
    subject_organization = OrganizationChoiceField(
        label=_("Organisation concerned"),
        queryset=Organization.objects.none(),
        required=False,
        empty_label=_("Not known"),
    )
    title = forms.CharField(label=_("Subject"), max_length=250)
    text = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 8}))
    attachments = MultipleFileField(
        label=_("Attachments (PDF, DOCX, JPG or PNG; up to 5 files of 10 MB)"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("kind")
        if kind in (Kind.COMPLAINT, Kind.DENUNCIATION):
            if data.get("anonymous"):
                self.add_error("anonymous", _("A complaint or a denunciation cannot be sent anonymously."))
            for field in ("citizen_name", "citizen_address"):
                if not (data.get(field) or "").strip():
                    self.add_error(field, _("Required for a complaint or a denunciation."))
        elif not data.get("anonymous") and not (data.get("citizen_name") or "").strip():
            self.add_error("citizen_name", _("Give your full name, or choose to send anonymously."))
        return data


class PublicFeedbackForm(CitizenFields):
    """The public form (no login): the province the item goes to, and an offline image captcha."""

    province = OrganizationChoiceField(label=_("Province or city"), queryset=Organization.objects.none())
    captcha = CaptchaField(
        label=_("Type the characters in the picture"),
        widget=CaptchaWidget(),
        error_messages={"invalid": _("The characters do not match the picture; type the new ones.")},
    )
    field_order = [
        "kind",
        "province",
        "subject_organization",
        "title",
        "text",
        "attachments",
        "anonymous",
        "citizen_name",
        "citizen_phone",
        "citizen_email",
        "citizen_address",
        "captcha",
    ]

    def __init__(
        self,
        *args: Any,
        provinces: QuerySet[Organization],
        organizations: QuerySet[Organization],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        province = self.fields["province"]
        subject = self.fields["subject_organization"]
        assert isinstance(province, forms.ModelChoiceField) and isinstance(subject, forms.ModelChoiceField)
        province.queryset = provinces
        subject.queryset = organizations
        if provinces.count() == 1:
            province.initial = provinces.first()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        province, subject = data.get("province"), data.get("subject_organization")
        if province is not None and subject is not None and subject.province_pk != province.pk:
            self.add_error("subject_organization", _("This organisation is not in the province chosen."))
        return data


class StaffEntryForm(CitizenFields):
    """An item received by hotline, phone, SMS, e-mail, letter or in person, entered by an officer."""

    organization = OrganizationChoiceField(label=_("Received by"), queryset=Organization.objects.none())
    channel = forms.ChoiceField(label=_("Channel"), choices=STAFF_CHANNELS)
    received_on = forms.DateField(label=_("Received on"), widget=forms.DateInput(attrs={"type": "date"}))
    reception_session = forms.ModelChoiceField(
        label=_("Reception session"), queryset=ReceptionSession.objects.none(), required=False
    )
    field_order = ["organization", "channel", "received_on", "kind", "reception_session"]

    def __init__(
        self,
        *args: Any,
        organizations: QuerySet[Organization],
        subjects: QuerySet[Organization],
        sessions: QuerySet[ReceptionSession],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        for name, queryset in (
            ("organization", organizations),
            ("subject_organization", subjects),
            ("reception_session", sessions),
        ):
            field = self.fields[name]
            assert isinstance(field, forms.ModelChoiceField)
            field.queryset = queryset


class TransferForm(forms.Form):
    to = OrganizationChoiceField(label=_("Route to"), queryset=Organization.objects.none())
    reason = forms.CharField(label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, targets: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["to"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = targets


class ExtendForm(forms.Form):
    days = forms.IntegerField(
        label=_("Days added"),
        min_value=1,
        max_value=60,
        required=False,
        help_text=_("For a complaint the law's longer limit for complex cases applies."),
    )
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(label=_("Merge into"), queryset=Feedback.objects.none())
    reason = forms.CharField(label=_("Reason"), required=False)

    def __init__(self, *args: Any, candidates: QuerySet[Feedback] | list[Feedback], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["into"]
        assert isinstance(field, forms.ModelChoiceField)
        ids = [c.pk for c in candidates]
        field.queryset = Feedback.objects.filter(pk__in=ids).order_by("-received_on")


class AnswerForm(forms.Form):
    text = forms.CharField(label=_("Answer"), required=False, widget=forms.Textarea(attrs={"rows": 8}))
    signed_file = forms.FileField(
        label=_("Signed reply (PDF or DOCX)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx"}),
    )
    out_of_competence = forms.BooleanField(
        label=_("Outside our competence: the answer guides the citizen to the competent body"), required=False
    )
    publish = forms.BooleanField(label=_("Publish the answer (without personal data)"), required=False)
    answered_on = forms.DateField(
        label=_("Answered on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class LookupForm(forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=20)


class ScheduleForm(forms.Form):
    organization = OrganizationChoiceField(label=_("Organisation"), queryset=Organization.objects.none())
    head_name = forms.CharField(label=_("Head"), max_length=200)
    position = forms.CharField(label=_("Position"), max_length=200)
    frequency = forms.ChoiceField(label=_("Frequency"), choices=ReceptionSchedule.Frequency.choices)
    when = forms.CharField(label=_("Regular day"), max_length=200)
    place = forms.CharField(label=_("Place"), max_length=300)

    def __init__(self, *args: Any, organizations: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organizations


class SessionForm(forms.Form):
    held_on = forms.DateField(label=_("Held on"), widget=forms.DateInput(attrs={"type": "date"}))
    people_received = forms.IntegerField(label=_("People received"), min_value=0)
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class DialogueForm(forms.Form):
    organization = OrganizationChoiceField(label=_("Organisation"), queryset=Organization.objects.none())
    title = forms.CharField(label=_("Title"), max_length=250)
    held_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    place = forms.CharField(label=_("Place"), max_length=300)
    chair = forms.CharField(label=_("Chair"), max_length=200)
    participants = forms.CharField(
        label=_("Participants"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    topics = forms.CharField(label=_("Topics"), widget=forms.Textarea(attrs={"rows": 3}))
    minutes_text = forms.CharField(
        label=_("Minutes"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    minutes_file = forms.FileField(label=_("Minutes file (DOCX or PDF)"), required=False)

    def __init__(self, *args: Any, organizations: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organizations


class CommitmentForm(forms.Form):
    text = forms.CharField(label=_("Commitment"), widget=forms.Textarea(attrs={"rows": 2}))
    lead_organization = OrganizationChoiceField(label=_("Lead unit"), queryset=Organization.objects.none())
    due = forms.DateField(label=_("Deadline"), widget=forms.DateInput(attrs={"type": "date"}))
    plan = forms.ModelChoiceField(label=_("Plan"), queryset=Plan.objects.none())

    def __init__(
        self, *args: Any, organizations: QuerySet[Organization], plans: QuerySet[Plan], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        lead = self.fields["lead_organization"]
        plan = self.fields["plan"]
        assert isinstance(lead, forms.ModelChoiceField) and isinstance(plan, forms.ModelChoiceField)
        lead.queryset = organizations
        plan.queryset = plans
