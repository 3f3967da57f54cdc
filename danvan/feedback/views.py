"""Staff pages of citizen feedback: the list, entry, the item page with its handling steps, the answer letter,
reception days and dialogues. Every page reads through `queries` (404 outside the scope) and checks the
`permissions` function before a write (403)."""

from __future__ import annotations

import datetime
import os
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from danvan.core.http import acting_user, file_response, run_action, run_form
from danvan.core.queries import history_of
from danvan.feedback import actions, letters, permissions, queries
from danvan.feedback.forms import (
    AnswerForm,
    CommitmentForm,
    DialogueForm,
    ExtendForm,
    MergeForm,
    ScheduleForm,
    SessionForm,
    StaffEntryForm,
    TransferForm,
)
from danvan.feedback.models import Attachment, Kind, ReceptionSession, State
from danvan.organizations.models import Organization
from danvan.organizations.queries import organizations_visible_to
from danvan.plans.models import Plan

# --- items --------------------------------------------------------------------------------------------------


@require_GET
def item_list(request: HttpRequest) -> HttpResponse:
    """Items of the person's scope, filtered by state (or overdue), kind and organisation."""
    today = timezone.localdate()
    organization = request.GET.get("organization", "")
    filters = queries.ItemFilters(
        state=request.GET.get("state", ""),
        kind=request.GET.get("kind", ""),
        organization=int(organization) if organization.isdigit() else None,
        q=request.GET.get("q", ""),
    )
    page = Paginator(queries.item_list(request.user, filters, today=today), queries.PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "feedback/item_list.html",
        {
            "page": page,
            "filters": filters,
            "today": today,
            "states": State.choices,
            "kinds": Kind.choices,
            "can_enter": queries.organizations_for_entry(request.user).exists(),
        },
    )


def _entry_form(request: HttpRequest, data: Any = None, files: Any = None) -> StaffEntryForm:
    user = acting_user(request)
    organizations = queries.organizations_for_entry(user)
    return StaffEntryForm(
        data,
        files,
        organizations=organizations,
        subjects=organizations_visible_to(user)
        .filter(kind__in=list(queries.ROUTABLE_KINDS))
        .order_by("path"),
        sessions=ReceptionSession.objects.filter(
            schedule__in=queries.schedules_visible_to(user)
        ).select_related("schedule"),
        initial={"received_on": timezone.localdate()},
    )


@require_http_methods(["GET", "POST"])
def item_create(request: HttpRequest) -> HttpResponse:
    """Enter an item received by hotline, phone, SMS, e-mail, letter or in person."""
    user = acting_user(request)
    if not queries.organizations_for_entry(user).exists():
        raise PermissionDenied
    form = _entry_form(request)
    if request.method == "POST":
        form = _entry_form(request, request.POST, request.FILES)
        created: list[Any] = []

        def work(data: dict[str, Any]) -> None:
            files = data.pop("attachments")
            created.append(actions.receive_feedback(actor=user, files=files, request=request, **data))

        if run_form(request, form, work, _("The feedback has been entered.")):
            return redirect(created[0].get_absolute_url())
    return render(request, "feedback/item_form.html", {"form": form})


@require_GET
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = acting_user(request)
    item = queries.get_item_for_user(user, pk)
    can_handle = permissions.can_handle_feedback(user, item)
    today = timezone.localdate()
    context: dict[str, Any] = {
        "item": item,
        "today": today,
        "overdue": item.is_overdue(today),
        "can_handle": can_handle,
        "can_see_identity": permissions.can_see_identity(user, item),
        "transfers": queries.transfers_of(item),
        "extensions": list(item.extensions.all()),
        "attachments": list(item.attachments.all()),
        "duplicates": queries.duplicates_of(item),
        "history": history_of(item)[:30],
    }
    if can_handle and item.is_open:
        candidates = queries.merge_candidates(user, item)
        targets = queries.routing_targets(item)
        suggestion = queries.suggest_organization(item)
        context.update(
            transfer_form=TransferForm(targets=targets, initial={"to": suggestion}),
            suggestion=suggestion,
            extend_form=ExtendForm(),
            merge_form=MergeForm(candidates=candidates) if candidates else None,
            answer_form=AnswerForm(initial={"answered_on": today}),
        )
    return render(request, "feedback/item_detail.html", context)


def _handled(request: HttpRequest, pk: int) -> Any:
    user = acting_user(request)
    item = queries.get_item_for_user(user, pk)
    if not permissions.can_handle_feedback(user, item):
        raise PermissionDenied
    return user, item


@require_POST
def item_accept(request: HttpRequest, pk: int) -> HttpResponse:
    user, item = _handled(request, pk)
    run_action(
        request, lambda: actions.accept_feedback(actor=user, item=item), _("The item has been accepted.")
    )
    return redirect(item.get_absolute_url())


@require_POST
def item_start(request: HttpRequest, pk: int) -> HttpResponse:
    user, item = _handled(request, pk)
    run_action(
        request, lambda: actions.start_feedback(actor=user, item=item), _("You are now handling the item.")
    )
    return redirect(item.get_absolute_url())


@require_POST
def item_transfer(request: HttpRequest, pk: int) -> HttpResponse:
    user, item = _handled(request, pk)
    form = TransferForm(request.POST, targets=queries.routing_targets(item))
    done = run_form(
        request,
        form,
        lambda data: actions.transfer_feedback(actor=user, item=item, to=data["to"], reason=data["reason"]),
        _("The item has been routed."),
    )
    if done and not queries.items_visible_to(user).filter(pk=item.pk).exists():
        return redirect("feedback:list")
    return redirect(item.get_absolute_url())


@require_POST
def item_extend(request: HttpRequest, pk: int) -> HttpResponse:
    user, item = _handled(request, pk)
    form = ExtendForm(request.POST)
    run_form(
        request,
        form,
        lambda data: actions.extend_feedback(
            actor=user, item=item, days=data["days"] or 0, reason=data["reason"]
        ),
        _("The time to answer has been extended."),
    )
    return redirect(item.get_absolute_url())


@require_POST
def item_merge(request: HttpRequest, pk: int) -> HttpResponse:
    user, item = _handled(request, pk)
    form = MergeForm(request.POST, candidates=queries.merge_candidates(user, item))
    run_form(
        request,
        form,
        lambda data: actions.merge_feedback(
            actor=user, duplicate=item, into=data["into"], reason=data["reason"]
        ),
        _("The duplicate has been merged."),
    )
    return redirect(item.get_absolute_url())


@require_POST
def item_answer(request: HttpRequest, pk: int) -> HttpResponse:
    user, item = _handled(request, pk)
    form = AnswerForm(request.POST, request.FILES)
    run_form(
        request,
        form,
        lambda data: actions.answer_feedback(
            actor=user,
            item=item,
            text=data["text"],
            signed_file=data["signed_file"],
            out_of_competence=data["out_of_competence"],
            publish=data["publish"],
            on=data["answered_on"],
        ),
        _("The answer has been recorded; the citizen is told by e-mail when an address was given."),
    )
    return redirect(item.get_absolute_url())


@require_POST
def item_close(request: HttpRequest, pk: int) -> HttpResponse:
    user, item = _handled(request, pk)
    run_action(request, lambda: actions.close_feedback(actor=user, item=item), _("The item has been closed."))
    return redirect(item.get_absolute_url())


@require_POST
def item_publish(request: HttpRequest, pk: int) -> HttpResponse:
    user, item = _handled(request, pk)
    publish = request.POST.get("published") == "1"
    run_action(
        request,
        lambda: actions.set_published(actor=user, item=item, published=publish),
        _("The item is published.") if publish else _("The item is no longer published."),
    )
    return redirect(item.get_absolute_url())


@require_GET
def item_letter(request: HttpRequest, pk: int) -> HttpResponse:
    """The answer letter (draft or final) as DOCX, for the handler to sign and send."""
    user, item = _handled(request, pk)
    if not permissions.can_see_identity(user, item):
        raise PermissionDenied
    return file_response(letters.answer_docx(item), fmt="docx", file_name=f"Tra loi {item.code}.docx")


@require_GET
def attachment_download(request: HttpRequest, pk: int) -> HttpResponseBase:
    user = acting_user(request)
    attachment = Attachment.objects.filter(pk=pk).select_related("feedback").first()
    if attachment is None:
        raise Http404
    item = queries.get_item_for_user(user, attachment.feedback_id)
    if not permissions.can_see_identity(user, item):
        raise PermissionDenied
    response = FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
def answer_file_download(request: HttpRequest, pk: int) -> HttpResponseBase:
    user = acting_user(request)
    item = queries.get_item_for_user(user, pk)
    if not item.answer_file:
        raise Http404
    response = FileResponse(
        item.answer_file.open("rb"),
        as_attachment=True,
        filename=f"tra-loi-{item.code}{os.path.splitext(item.answer_file.name)[1]}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


# --- reception days -----------------------------------------------------------------------------------------


def _month(request: HttpRequest) -> tuple[int, int]:
    today = timezone.localdate()
    try:
        year, month = (int(part) for part in request.GET.get("month", "").split("-"))
        datetime.date(year, month, 1)
    except ValueError:
        return today.year, today.month
    return year, month


@require_http_methods(["GET", "POST"])
def reception(request: HttpRequest) -> HttpResponse:
    """Schedules of the heads in scope, their sessions, and the month's duty check; officers add schedules."""
    user = acting_user(request)
    organizations = queries.organizations_for_entry(user)
    form = ScheduleForm(organizations=organizations)
    if request.method == "POST":
        if not organizations.exists():
            raise PermissionDenied
        form = ScheduleForm(request.POST, organizations=organizations)
        if run_form(
            request,
            form,
            lambda data: actions.add_schedule(actor=user, **data),
            _("The reception schedule has been added."),
        ):
            return redirect("feedback:reception")
    year, month = _month(request)
    schedules = list(queries.schedules_visible_to(user).order_by("organization__path", "head_name"))
    sessions = queries.sessions_of(schedules)
    for schedule in schedules:
        schedule.session_list = sessions[schedule.pk]  # type: ignore[attr-defined]
    return render(
        request,
        "feedback/reception.html",
        {
            "schedules": schedules,
            "checks": queries.duty_check(user, year, month),
            "month": datetime.date(year, month, 1),
            "form": form if organizations.exists() else None,
            "session_form": SessionForm(initial={"held_on": timezone.localdate()}),
        },
    )


@require_POST
def session_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = acting_user(request)
    schedule = queries.get_schedule_for_user(user, pk)
    if not permissions.can_edit_schedule(user, schedule):
        raise PermissionDenied
    run_form(
        request,
        SessionForm(request.POST),
        lambda data: actions.record_session(actor=user, schedule=schedule, **data),
        _("The reception session has been recorded."),
    )
    return redirect("feedback:reception")


# --- dialogues ----------------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def dialogue_list(request: HttpRequest) -> HttpResponse:
    user = acting_user(request)
    organizations = queries.organizations_for_entry(user)
    form = DialogueForm(organizations=organizations)
    if request.method == "POST":
        if not organizations.exists():
            raise PermissionDenied
        form = DialogueForm(request.POST, request.FILES, organizations=organizations)
        created: list[Any] = []
        if run_form(
            request,
            form,
            lambda data: created.append(actions.record_dialogue(actor=user, **data)),
            _("The dialogue has been recorded."),
        ):
            return redirect(created[0].get_absolute_url())
    return render(
        request,
        "feedback/dialogue_list.html",
        {
            "dialogues": queries.dialogues_visible_to(user).order_by("-held_on", "-pk")[:200],
            "form": form if organizations.exists() else None,
        },
    )


def _commitment_form(dialogue: Any, data: Any = None) -> CommitmentForm:
    organization: Organization = dialogue.organization
    return CommitmentForm(
        data,
        organizations=Organization.objects.filter(
            path__startswith=organization.path, valid_until__isnull=True
        ).order_by("path"),
        plans=Plan.objects.filter(
            owner=organization, status__in=[Plan.Status.DRAFT, Plan.Status.RETURNED]
        ).order_by("-pk"),
    )


@require_GET
def dialogue_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = acting_user(request)
    dialogue = queries.get_dialogue_for_user(user, pk)
    can_edit = permissions.can_edit_dialogue(user, dialogue)
    return render(
        request,
        "feedback/dialogue_detail.html",
        {
            "dialogue": dialogue,
            "commitments": list(
                dialogue.commitments.select_related("lead_organization", "task", "task__plan")
            ),
            "form": _commitment_form(dialogue) if can_edit else None,
        },
    )


@require_POST
def commitment_add(request: HttpRequest, pk: int) -> HttpResponse:
    user = acting_user(request)
    dialogue = queries.get_dialogue_for_user(user, pk)
    if not permissions.can_edit_dialogue(user, dialogue):
        raise PermissionDenied
    run_form(
        request,
        _commitment_form(dialogue, request.POST),
        lambda data: actions.add_commitment(actor=user, dialogue=dialogue, **data),
        _("The commitment has been added to the plan as a task."),
    )
    return redirect(dialogue.get_absolute_url())


@require_GET
def dialogue_minutes(request: HttpRequest, pk: int) -> HttpResponseBase:
    dialogue = queries.get_dialogue_for_user(acting_user(request), pk)
    if not dialogue.minutes_file:
        raise Http404
    response = FileResponse(
        dialogue.minutes_file.open("rb"),
        as_attachment=True,
        filename=f"bien-ban-{pk}{os.path.splitext(dialogue.minutes_file.name)[1]}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
