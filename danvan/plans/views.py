"""Pages of the plans app: lists, import and review, plan and task detail, inbox, editor, approval."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from danvan.core import measures
from danvan.core.collation import by_name
from danvan.core.http import HtmxHttpRequest, acting_user, form_errors, run_action, run_form
from danvan.core.queries import history_of
from danvan.organizations import queries as org_queries
from danvan.organizations.models import Organization
from danvan.organizations.queries import AnyUser
from danvan.organizations.resolution import GroupKey, UnitGroup
from danvan.plans import actions, coverage, permissions, queries
from danvan.plans.forms import (
    AssignForm,
    DocumentForm,
    IssueForm,
    NewTaskForm,
    ObligationForm,
    ReimportForm,
    ResolveForm,
    ReturnForm,
    SelectMembersForm,
    SourceLinkForm,
    TargetForm,
    TargetMeasureForm,
    TaskFilterForm,
    TaskForm,
    UploadForm,
)
from danvan.plans.models import Plan, Target, Task


def _editable_plan(request: HttpRequest, pk: int) -> Plan:
    plan = queries.get_plan_for_user(request.user, pk)
    if not permissions.can_edit_plan(request.user, plan):
        raise PermissionDenied
    return plan


def _redirect_back(request: HttpRequest, default: str) -> HttpResponse:
    """Go back to the page the form was on (`next`), only if it is a local URL."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(default)


# --- lists -----------------------------------------------------------------------------------------------


def plan_list(request: HttpRequest) -> HttpResponse:
    """Catalogs and plans the person can see, and the catalogs they can start a plan from."""
    plans = queries.plan_list(request.user)
    own = {m.organization_id: m.organization for m in org_queries.active_memberships(request.user)}
    startable = [
        (catalog, organization)
        for catalog in plans
        if catalog.is_catalog and catalog.status == Plan.Status.ISSUED
        for organization in own.values()
        if organization.pk != catalog.owner_id
        and permissions.can_start_plan(request.user, catalog, organization)
    ]
    return render(
        request,
        "plans/plan_list.html",
        {
            "catalogs": [p for p in plans if p.is_catalog],
            "agency_plans": [p for p in plans if not p.is_catalog],
            "startable": startable,
            "can_import": queries.import_owners(request.user).exists(),
        },
    )


def inbox(request: HttpRequest) -> HttpResponse:
    """The old "tasks assigned to you" page: the person's tasks have one page, "Nhiệm vụ của tôi"."""
    return redirect("reporting:my-tasks", permanent=True)


# --- import ----------------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def import_upload(request: HttpRequest) -> HttpResponse:
    """Upload a document; parsing runs in the background and the review page follows it."""
    owners = queries.import_owners(request.user)
    if not owners.exists():
        raise PermissionDenied  # observers and unit officers import nothing; the menu does not offer it
    catalogs = queries.plans_visible_to(request.user).filter(kind=Plan.Kind.CATALOG)
    form = UploadForm(request.POST or None, request.FILES or None, owners=owners, catalogs=catalogs)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = actions.queue_import(
            actor=acting_user(request),
            owner=form.cleaned_data["owner"],
            kind=form.cleaned_data["kind"],
            file_name=upload.name,
            data=upload.read(),
            parent=form.cleaned_data["parent"],
        )
        return redirect("plans:import-job", pk=job.pk)
    return render(request, "plans/import_upload.html", {"form": form})


def import_job(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Progress of an import; htmx polls the fragment until the plan is ready."""
    job = queries.import_job_for_user(request.user, pk)
    if job.status == job.Status.DONE and job.plan_id:
        review = reverse("plans:plan-review", args=[job.plan_id]) + f"?import={job.pk}"
        if request.htmx:
            response = HttpResponse(status=204)
            response["HX-Redirect"] = review
            return response
        return redirect(review)
    template = "plans/_import_progress.html" if request.htmx else "plans/import_job.html"
    return render(request, template, {"job": job})


@require_http_methods(["GET", "POST"])
def plan_reimport(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload a corrected file for a draft; edits made in the app are kept and listed."""
    plan = _editable_plan(request, pk)
    form = ReimportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = actions.queue_import(
            actor=acting_user(request),
            owner=plan.owner,
            kind=plan.kind,
            file_name=upload.name,
            data=upload.read(),
            target_plan=plan,
        )
        return redirect("plans:import-job", pk=job.pk)
    return render(request, "plans/plan_reimport.html", {"plan": plan, "form": form})


# --- plan pages ------------------------------------------------------------------------------------------


def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan as a tree of tasks with filters, its coverage of the catalog and its findings."""
    plan = queries.get_plan_for_user(request.user, pk)
    today = timezone.localdate()
    organizations = queries.plan_organizations(plan)
    filter_form = TaskFilterForm(request.GET or None, organizations=organizations)
    filters = queries.TaskFilters()
    if filter_form.is_valid():
        data = filter_form.cleaned_data
        filters = queries.TaskFilters(
            organization=data["organization"].pk if data["organization"] else None,
            role=data["role"] or None,
            timeframe_kind=data["timeframe_kind"] or None,
            overdue=data["overdue"],
        )
    user = request.user
    plan_coverage = coverage.coverage_of(plan)
    targets = list(plan.targets.all())
    figures = queries.target_figures(plan, targets, today=today)
    context = {
        "plan": plan,
        "tasks": queries.plan_tasks(plan, filters, today=today),
        "filter_form": filter_form,
        "coverage": plan_coverage,
        "findings": coverage.lint(plan, today=today, coverage=plan_coverage),
        "can_edit": permissions.can_edit_plan(request.user, plan),
        "can": {
            "submit": permissions.can_submit_plan(user, plan),
            "approve": permissions.can_approve_plan(user, plan),
            "return": permissions.can_return_plan(user, plan),
            "issue": permissions.can_issue_plan(user, plan),
            "publish": permissions.can_publish_catalog(user, plan),
        },
        "today": today,
        "obligations": list(plan.reporting_obligations.all()),
        "targets": targets,
        "target_rows": [(t, figures.get(t.pk)) for t in targets],
        "measure_choices": [(m.key, m.label) for m in measures.measures()],
        "measure_over_choices": Target.Over.choices,
        "rollup_choices": Plan.Rollup.choices,
        "issue_form": IssueForm(
            initial={
                "number": request.GET.get("number") or (plan.document.number if plan.document else ""),
                "date": request.GET.get("date") or (plan.document.date if plan.document else None),
            }
        ),
        "children": list(plan.children.select_related("owner")) if plan.is_catalog else [],
    }
    return render(request, "plans/plan_detail.html", context)


def plan_review(request: HttpRequest, pk: int) -> HttpResponse:
    """The source text beside the extracted document, citations and tasks; every field editable in place."""
    plan = _editable_plan(request, pk)
    document = plan.document
    organizations = org_queries.organizations_visible_to(request.user).filter(valid_until__isnull=True)
    job_id = _int(request.GET.get("import"))
    context = {
        "plan": plan,
        "import_job": queries.finished_import_of(request.user, plan, job_id) if job_id else None,
        "document": document,
        "document_form": DocumentForm(instance=document, initial={"version": plan.version})
        if document
        else None,
        "citations": list(document.citations.select_related("cited")) if document else [],
        "tasks": queries.plan_tasks(plan, queries.TaskFilters(), today=timezone.localdate()),
        "resolve_form": ResolveForm(initial={"version": plan.version}, organizations=organizations),
        "ocr": (document.parsed or {}).get("ocr") if document else None,
    }
    findings = coverage.lint(plan)
    # warnings that name a page of the file are grouped by page, so the officer can open the original there
    context["findings"] = findings
    context["general_findings"], context["findings_by_place"] = coverage.findings_by_place(findings)
    return render(request, "plans/plan_review.html", context)


@require_POST
def document_update(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _editable_plan(request, pk)
    assert plan.document is not None
    form = DocumentForm(request.POST, instance=copy.copy(plan.document))
    run_form(
        request,
        form,
        lambda data: actions.update_document(
            actor=acting_user(request),
            plan=plan,
            changes={f: data[f] for f in actions.DOCUMENT_FIELDS},
            version=data["version"],
            request=request,
        ),
        _("The document details have been saved."),
    )
    return redirect("plans:plan-review", pk=plan.pk)


def task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A task with its cascade: the catalog task it implements and the agencies' tasks implementing it."""
    task = queries.get_task_for_user(request.user, pk)
    plan = task.plan
    source = task.source_task
    context = {
        "task": task,
        "plan": plan,
        "assignments": list(task.assignments.select_related("organization", "person", "expanded_from")),
        "source": source,
        "siblings": [t for t in queries.implementations_of(request.user, source) if t.pk != task.pk]
        if source
        else [],
        "implementations": queries.implementations_of(request.user, task) if plan.is_catalog else [],
        "can_edit": permissions.can_edit_plan(request.user, plan),
        "history": history_of(task)[:20],
    }
    if context["can_edit"]:
        context["task_form"] = TaskForm(instance=task, initial={"version": plan.version})
        context["assign_form"] = AssignForm(
            initial={"version": plan.version}, **_assign_choices(request, plan)
        )
        if plan.parent_id:
            context["source_form"] = SourceLinkForm(
                initial={"version": plan.version, "source": task.source_task_id},
                catalog_tasks=Task.objects.filter(plan_id=plan.parent_id, is_heading=False).order_by(
                    "position"
                ),
            )
    return render(request, "plans/task_detail.html", context)


@require_POST
def task_update(request: HttpRequest, pk: int) -> HttpResponse:
    task = queries.get_task_for_user(request.user, pk)
    _editable_plan(request, task.plan_id)
    form = TaskForm(request.POST, instance=copy.copy(task))
    run_form(
        request,
        form,
        lambda data: actions.update_task(
            actor=acting_user(request),
            request=request,
            task=task,
            changes={f: data[f] for f in TaskForm.Meta.fields},
            version=data["version"],
        ),
        _("The task has been saved."),
    )
    return _redirect_back(request, task.get_absolute_url())


@require_http_methods(["GET", "POST"])
def task_inline(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Edit a task in place on the review page (htmx): the form, then the updated task."""
    task = queries.get_task_for_user(request.user, pk)
    plan = _editable_plan(request, task.plan_id)
    if request.method == "GET":
        if request.GET.get("cancel"):
            return _review_task(request, plan, task.pk)
        form = TaskForm(instance=task, initial={"version": plan.version})
        return render(request, "plans/_task_edit.html", {"task": task, "form": form})
    form = TaskForm(request.POST, instance=copy.copy(task))
    if not form.is_valid():
        return render(request, "plans/_task_edit.html", {"task": task, "form": form})
    changes = {f: form.cleaned_data[f] for f in TaskForm.Meta.fields}
    try:
        actions.update_task(
            actor=acting_user(request),
            request=request,
            task=task,
            changes=changes,
            version=form.cleaned_data["version"],
        )
    except (actions.StaleVersion, actions.TransitionError, ValidationError) as error:
        message = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        return render(request, "plans/_task_edit.html", {"task": task, "form": form, "error": message})
    plan.version = task.plan.version  # update_task took the next version on the task's own plan instance
    response = _review_task(request, plan, task.pk)
    response["HX-Trigger"] = json.dumps({"planVersion": {"value": plan.version}})
    return response


def _review_task(request: HttpRequest, plan: Plan, task_pk: int) -> HttpResponse:
    task = queries.review_task(plan, task_pk)
    organizations = org_queries.organizations_visible_to(request.user).filter(valid_until__isnull=True)
    context = {
        "task": task,
        "plan": plan,
        "resolve_form": ResolveForm(initial={"version": plan.version}, organizations=organizations),
    }
    return render(request, "plans/_review_task.html", context)


@require_POST
def task_add(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _editable_plan(request, pk)
    form = NewTaskForm(request.POST)
    run_form(
        request,
        form,
        lambda data: actions.add_task(
            actor=acting_user(request),
            request=request,
            plan=plan,
            content=data["content"],
            number=data["number"],
            timeframe_raw=data["timeframe_raw"],
            due=data["due"],
            version=data["version"],
        ),
        _("The task has been added."),
    )
    return redirect("plans:plan-detail", pk=plan.pk)


@require_POST
def task_delete(request: HttpRequest, pk: int) -> HttpResponse:
    task = queries.get_task_for_user(request.user, pk)
    plan = _editable_plan(request, task.plan_id)
    run_action(
        request,
        lambda: actions.delete_task(
            actor=acting_user(request), request=request, task=task, version=_int(request.POST.get("version"))
        ),
        _("The task has been removed."),
    )
    return redirect("plans:plan-detail", pk=plan.pk)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _assign_choices(request: HttpRequest, plan: Plan) -> dict[str, Any]:
    """Organisations in scope (the owner's units first) and the people of the owner, for assigning."""
    organizations = (
        org_queries.organizations_visible_to(request.user)
        .filter(valid_until__isnull=True)
        .order_by("-depth", by_name("name"))
    )
    return {"organizations": organizations, "people": org_queries.people_in(request.user, plan.owner)}


@require_POST
def plan_rollup(request: HttpRequest, pk: int) -> HttpResponse:
    """Choose plain or weighted roll-up of sub-task progress."""
    plan = _editable_plan(request, pk)
    run_action(
        request,
        lambda: actions.set_rollup(
            actor=acting_user(request),
            request=request,
            plan=plan,
            rollup=request.POST.get("rollup", ""),
            version=_int(request.POST.get("version")),
        ),
        _("The roll-up of progress has been saved."),
    )
    return redirect(plan.get_absolute_url())


@require_POST
def target_add(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _editable_plan(request, pk)
    form = TargetForm(request.POST)
    run_form(
        request,
        form,
        lambda data: actions.add_target(
            actor=acting_user(request),
            request=request,
            plan=plan,
            text=data["text"],
            value=data["value"],
            unit=data["unit"],
            version=data["version"],
            measure=data["measure"],
            measure_over=data["measure_over"] or Target.Over.UNITS,
        ),
        _("The target has been added."),
    )
    return redirect(plan.get_absolute_url())


@require_POST
def target_remove(request: HttpRequest, pk: int, target_pk: int) -> HttpResponse:
    plan = _editable_plan(request, pk)
    target = get_object_or_404(plan.targets, pk=target_pk)
    run_action(
        request,
        lambda: actions.remove_target(
            actor=acting_user(request),
            request=request,
            target=target,
            version=_int(request.POST.get("version")),
        ),
        _("The target has been removed."),
    )
    return redirect(plan.get_absolute_url())


@require_POST
def target_measure(request: HttpRequest, pk: int, target_pk: int) -> HttpResponse:
    """Change the figure that measures a target, or unlink it."""
    plan = _editable_plan(request, pk)
    target = get_object_or_404(plan.targets, pk=target_pk)
    form = TargetMeasureForm(request.POST)
    run_form(
        request,
        form,
        lambda data: actions.update_target(
            actor=acting_user(request),
            request=request,
            target=target,
            changes={"measure": data["measure"], "measure_over": data["measure_over"] or Target.Over.UNITS},
            version=data["version"],
        ),
        _("The target has been saved."),
    )
    return redirect(plan.get_absolute_url())


@require_POST
def obligation_add(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _editable_plan(request, pk)
    form = ObligationForm(request.POST)
    run_form(
        request,
        form,
        lambda data: actions.add_reporting_obligation(
            actor=acting_user(request),
            request=request,
            plan=plan,
            what=data["what"],
            due=data["due"],
            version=data["version"],
        ),
        _("The report has been added to the schedule."),
    )
    return redirect(plan.get_absolute_url())


@require_POST
def obligation_remove(request: HttpRequest, pk: int, obligation_pk: int) -> HttpResponse:
    plan = _editable_plan(request, pk)
    obligation = get_object_or_404(plan.reporting_obligations, pk=obligation_pk)
    run_action(
        request,
        lambda: actions.remove_reporting_obligation(
            actor=acting_user(request),
            request=request,
            obligation=obligation,
            version=_int(request.POST.get("version")),
        ),
        _("The report has been removed from the schedule."),
    )
    return redirect(plan.get_absolute_url())


@require_POST
def task_assign(request: HttpRequest, pk: int) -> HttpResponse:
    task = queries.get_task_for_user(request.user, pk)
    plan = _editable_plan(request, task.plan_id)
    form = AssignForm(request.POST, **_assign_choices(request, plan))
    run_form(
        request,
        form,
        lambda data: actions.assign(
            actor=acting_user(request),
            request=request,
            task=task,
            role=data["role"],
            organization=data["organization"],
            person=data["person"],
            version=data["version"],
        ),
        _("The assignment has been added."),
    )
    return redirect(task.get_absolute_url())


@require_POST
def task_link(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm or change the catalog task an agency task implements."""
    task = queries.get_task_for_user(request.user, pk)
    plan = _editable_plan(request, task.plan_id)
    form = SourceLinkForm(
        request.POST, catalog_tasks=Task.objects.filter(plan_id=plan.parent_id or 0, is_heading=False)
    )
    run_form(
        request,
        form,
        lambda data: actions.set_source_task(
            actor=acting_user(request),
            request=request,
            task=task,
            source=data["source"],
            version=data["version"],
        ),
        _("The link to the catalog has been saved."),
    )
    return _redirect_back(request, task.get_absolute_url())


@require_POST
def assignment_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    """Say which organisation a written name means."""
    assignment = queries.get_assignment_for_user(request.user, pk)
    plan = _editable_plan(request, assignment.task.plan_id)
    organizations = org_queries.organizations_visible_to(request.user).filter(valid_until__isnull=True)
    form = ResolveForm(request.POST, organizations=organizations)
    organization = form.cleaned_data["organization"] if form.is_valid() else None
    run_form(
        request,
        form,
        lambda data: actions.resolve_assignment(
            actor=acting_user(request),
            request=request,
            assignment=assignment,
            organization=data["organization"],
            version=data["version"],
        ),
        _("“%(name)s” now points to %(organization)s.")
        % {"name": assignment.text, "organization": organization},
    )
    return _redirect_back(request, plan.get_absolute_url())


@require_POST
def assignment_external(request: HttpRequest, pk: int) -> HttpResponse:
    """Keep a written name as a body outside the system (foreign or central bodies)."""
    assignment = queries.get_assignment_for_user(request.user, pk)
    plan = _editable_plan(request, assignment.task.plan_id)
    run_action(
        request,
        lambda: actions.mark_external(
            actor=acting_user(request),
            request=request,
            assignment=assignment,
            version=_int(request.POST.get("version")),
        ),
        _("“%(name)s” is kept as a body outside the system.") % {"name": assignment.text},
    )
    return _redirect_back(request, plan.get_absolute_url())


@require_http_methods(["GET", "POST"])
def assignment_select(request: HttpRequest, pk: int) -> HttpResponse:
    """Choose the members of a group written with "có liên quan"."""
    assignment = queries.get_assignment_for_user(request.user, pk)
    plan = _editable_plan(request, assignment.task.plan_id)
    if not assignment.group_key or assignment.group_anchor is None:
        raise PermissionDenied
    members = UnitGroup(key=GroupKey(assignment.group_key), anchor=assignment.group_anchor).members()
    form = SelectMembersForm(
        request.POST or None,
        initial={
            "version": plan.version,
            "members": [a.organization_id for a in assignment.expansions.all()],
        },
        organizations=members,
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and run_action(
            request,
            lambda: actions.select_group_members(
                actor=acting_user(request),
                request=request,
                assignment=assignment,
                members=form.cleaned_data["members"],
                version=form.cleaned_data["version"],
            ),
            _("The organisations concerned have been recorded."),
        )
    ):
        return redirect("plans:plan-review", pk=plan.pk)
    return render(
        request, "plans/assignment_select.html", {"assignment": assignment, "plan": plan, "form": form}
    )


@require_POST
def assignment_remove(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = queries.get_assignment_for_user(request.user, pk)
    _editable_plan(request, assignment.task.plan_id)
    task = assignment.task
    run_action(
        request,
        lambda: actions.remove_assignment(
            actor=acting_user(request),
            request=request,
            assignment=assignment,
            version=_int(request.POST.get("version")),
        ),
        _("The assignment has been removed."),
    )
    return redirect(task.get_absolute_url())


# --- cascade and workflow --------------------------------------------------------------------------------


@require_POST
def start_from_catalog(request: HttpRequest, pk: int) -> HttpResponse:
    """Create the organisation's plan pre-filled with its catalog tasks."""
    catalog = queries.get_plan_for_user(request.user, pk)
    organization = org_queries.get_organization_for_user(
        request.user, _int(request.POST.get("organization")) or 0
    )
    if not permissions.can_start_plan(request.user, catalog, organization):
        raise PermissionDenied
    created: list[Plan] = []
    if run_action(
        request,
        lambda: created.append(
            actions.start_plan_from_catalog(
                actor=acting_user(request), catalog=catalog, organization=organization, request=request
            )
        ),
        _("The draft plan has been created from the catalog."),
    ):
        return redirect(created[0].get_absolute_url())
    return redirect(catalog.get_absolute_url())


# Each step of the plan's life: the right it needs, the action, and what the person is told.
STEPS: dict[str, tuple[Callable[[AnyUser, Plan], bool], Callable[..., Plan], Promise]] = {
    "submit": (
        permissions.can_submit_plan,
        actions.submit_plan,
        gettext_lazy("The plan has been submitted."),
    ),
    "approve": (
        permissions.can_approve_plan,
        actions.approve_plan,
        gettext_lazy("The plan has been approved."),
    ),
    "issue": (permissions.can_issue_plan, actions.issue_plan, gettext_lazy("The plan has been issued.")),
    "publish": (
        permissions.can_publish_catalog,
        actions.publish_catalog,
        gettext_lazy("The catalog has been published to the assigned organisations."),
    ),
}


def _transition_view(name: str) -> Callable[[HttpRequest, int], HttpResponse]:
    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        plan = queries.get_plan_for_user(request.user, pk)
        user = acting_user(request)
        if name == "return":
            if not permissions.can_return_plan(user, plan):
                raise PermissionDenied
            form = ReturnForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Say what must be changed."))
            else:
                comment = form.cleaned_data["comment"]
                run_action(
                    request,
                    lambda: actions.return_plan(actor=user, plan=plan, comment=comment, request=request),
                    _("The plan has been returned with your comments."),
                )
            return redirect(plan.get_absolute_url())
        allowed, action, success = STEPS[name]
        if not allowed(user, plan):
            raise PermissionDenied
        if name == "issue":
            return _issue(request, plan, user)
        run_action(request, lambda: action(actor=user, plan=plan, request=request), str(success))
        return redirect(plan.get_absolute_url())

    view.__name__ = f"plan_{name}"
    return view


def _issue(request: HttpRequest, plan: Plan, user: Any) -> HttpResponse:
    """Issue with the number and date typed in the form; on refusal the form keeps what was typed."""
    form = IssueForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Some values are not valid: %(errors)s") % {"errors": form_errors(form)})
    elif run_action(
        request,
        lambda: actions.issue_plan(
            actor=user,
            plan=plan,
            number=form.cleaned_data["number"],
            date=form.cleaned_data["date"],
            request=request,
        ),
        _("The plan has been issued."),
    ):
        return redirect(plan.get_absolute_url())
    typed = urlencode({"number": request.POST.get("number", ""), "date": request.POST.get("date", "")})
    return redirect(f"{plan.get_absolute_url()}?{typed}#issue-form")


plan_submit = _transition_view("submit")
plan_approve = _transition_view("approve")
plan_return = _transition_view("return")
plan_issue = _transition_view("issue")
plan_publish = _transition_view("publish")


def plan_history(request: HttpRequest, pk: int) -> HttpResponse:
    plan = queries.get_plan_for_user(request.user, pk)
    return render(
        request,
        "core/history.html",
        {"object": plan, "entries": history_of(plan), "back_url": plan.get_absolute_url()},
    )


def assignment_members(request: HttpRequest, pk: int) -> HttpResponse:
    """Members of a group assignment (htmx fragment on the review page)."""
    assignment = queries.get_assignment_for_user(request.user, pk)
    members: list[Organization] = []
    if assignment.group_key and assignment.group_anchor is not None:
        members = list(
            UnitGroup(key=GroupKey(assignment.group_key), anchor=assignment.group_anchor).members()
        )
    return render(request, "plans/_group_members.html", {"members": members})
