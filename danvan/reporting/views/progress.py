"""Pages of task progress: "my tasks", a task's progress (and its update form), a plan's roll-up, and evidence
files served only through a view that checks the person's scope (never from MEDIA_URL)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from danvan.core.http import acting_user, content_disposition
from danvan.organizations.models import Organization
from danvan.plans.queries import get_plan_for_user
from danvan.reporting.actions import progress as actions
from danvan.reporting.forms.progress import MyTaskFilterForm, ProgressForm, initial_for
from danvan.reporting.queries import progress as queries

PAGE_SIZE = 100


@require_GET
def my_tasks(request: HttpRequest) -> HttpResponse:
    """Nhiệm vụ của tôi: tasks assigned to the person's organisations or to them, overdue first."""
    today = timezone.localdate()
    organizations = queries.my_organizations(request.user)
    form = MyTaskFilterForm(request.GET or None, organizations=organizations)
    filters = queries.MyTaskFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = queries.MyTaskFilters(
            status=data["status"],
            role=data["role"],
            organization=data["organization"],
            due=data["due"],
            include_units=data["include_units"],
        )
    lines = queries.my_tasks(request.user, filters, today=today)
    page = Paginator(lines, PAGE_SIZE).get_page(request.GET.get("page"))
    counts = {
        "overdue": sum(1 for line in lines if line.is_overdue),
        "soon": sum(1 for line in lines if line.due_soon),
        "total": len(lines),
    }
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "reporting/progress_my_tasks.html",
        {"form": form, "page": page, "counts": counts, "today": today, "query": query.urlencode()},
    )


@require_http_methods(["GET", "POST"])
def task_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """A task's progress: the lead's row, coordinating units' contributions, evidence, roll-up; and the update
    form for the organisations the person may report for."""
    task = queries.get_task_for_progress(request.user, pk)
    today = timezone.localdate()
    data = queries.task_progress_page(request.user, task, today=today)
    organizations = [u.organization for u in data.updatable]
    chosen = _chosen(request, organizations)
    if request.method == "POST":
        if chosen is None:
            raise PermissionDenied
        form = ProgressForm(request.POST, request.FILES, organizations=organizations, targets=data.targets)
        if form.is_valid():
            values = form.cleaned_data
            upload = values["evidence"]
            try:
                actions.update_progress(
                    actor=acting_user(request),
                    task=task,
                    organization=chosen,
                    state=values["state"],
                    percent=values["percent"],
                    completed_on=values["completed_on"],
                    result=values["result"],
                    figures=form.figures(),
                    evidence=[upload] if upload else [],
                    seen=values["seen"],
                    request=request,
                    today=today,
                )
            except (actions.StaleProgress, actions.ProgressElsewhere) as error:
                messages.error(request, str(error))
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _("The progress has been saved."))
                return redirect(f"{request.path}?organization={chosen.pk}")
        status = 400
    else:
        status = 200
        form = None
        if chosen is not None and chosen.pk not in data.homes:
            row = queries.get_progress_row(task, chosen)
            form = ProgressForm(
                initial=initial_for(row, chosen, actions.progress_token(row)),
                organizations=organizations,
                targets=data.targets,
            )
    return render(
        request,
        "reporting/progress_task.html",
        {
            "task": task,
            "plan": task.plan,
            "data": data,
            "form": form,
            "chosen": chosen,
            "chosen_homes": data.homes.get(chosen.pk, []) if chosen is not None else [],
            "organizations": organizations,
            "today": today,
            "targets": {str(t.pk): t for t in data.targets},
            "max_mb": actions.max_evidence_bytes() // (1024 * 1024),
        },
        status=status,
    )


def _chosen(request: HttpRequest, organizations: list[Organization]) -> Organization | None:
    """The organisation the person reports for: asked in the form or the address, else the first (lead)."""
    wanted = request.POST.get("organization") or request.GET.get("organization")
    for organization in organizations:
        if wanted and str(organization.pk) == wanted:
            return organization
    if wanted and request.method == "POST":
        return None
    return organizations[0] if organizations else None


def _add_errors(form: ProgressForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, problems in error.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)


@require_POST
def evidence_remove(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove an evidence file (people who may report for its organisation)."""
    evidence = queries.get_evidence_for_user(request.user, pk)
    task_pk, organization_pk = evidence.progress.task_id, evidence.progress.organization_id
    actions.remove_evidence(actor=acting_user(request), evidence=evidence, request=request)
    messages.success(request, _("The evidence file has been removed."))
    url = reverse("reporting:task-progress", args=[task_pk])
    return redirect(f"{url}?organization={organization_pk}")


@require_GET
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    """An evidence file, to people who may read its progress row; always as a download, never rendered."""
    evidence = queries.get_evidence_for_user(request.user, pk)
    response = FileResponse(evidence.file.open("rb"), content_type=evidence.content_type)
    response["Content-Disposition"] = content_disposition(evidence.name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@require_GET
def plan_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """A plan's tasks with their rolled-up progress; for a catalog, each task across its agencies."""
    plan = get_plan_for_user(request.user, pk)
    today = timezone.localdate()
    rows = queries.plan_progress_rows(plan, today=today)
    return render(request, "reporting/progress_plan.html", {"plan": plan, "rows": rows, "today": today})


urlpatterns = [
    path("my-tasks/", my_tasks, name="my-tasks"),
    path("tasks/<int:pk>/progress/", task_progress, name="task-progress"),
    path("plans/<int:pk>/progress/", plan_progress, name="plan-progress"),
    path("evidence/<int:pk>/", evidence_download, name="evidence-download"),
    path("evidence/<int:pk>/remove/", evidence_remove, name="evidence-remove"),
]
