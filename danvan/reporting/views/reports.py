"""Pages of reporting periods and agency reports: period list and detail (who submitted, late, returned, not
yet), the report page with its narrative editor and workflow buttons, exports and the consolidated report."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from danvan.core.http import acting_user, file_response, form_errors, run_action
from danvan.core.queries import history_of
from danvan.plans import queries as plan_queries
from danvan.reporting import exports, permissions
from danvan.reporting.actions import periods as period_actions
from danvan.reporting.actions import reports as actions
from danvan.reporting.forms.reports import NarrativeForm, NewReportForm, PeriodForm, ReturnForm, ScheduleForm
from danvan.reporting.models import Report, ReportingPeriod, status_label
from danvan.reporting.queries import reports as queries

# --- periods ----------------------------------------------------------------------------------------------


@require_GET
def period_list(request: HttpRequest) -> HttpResponse:
    """Periods of the catalogs the person can see; coordinators also get the forms to make new ones."""
    catalogs = queries.catalogs_for_periods(request.user)
    return render(
        request,
        "reporting/period_list.html",
        {
            "periods": queries.period_list(request.user),
            "schedule_form": ScheduleForm(catalogs=catalogs) if catalogs else None,
            "period_form": PeriodForm(catalogs=catalogs) if catalogs else None,
        },
    )


@require_POST
def period_from_schedule(request: HttpRequest) -> HttpResponse:
    form = ScheduleForm(request.POST, catalogs=queries.catalogs_for_periods(request.user))
    if not form.is_valid():
        raise PermissionDenied
    catalog = form.cleaned_data["catalog"]
    try:
        created = period_actions.create_periods_from_schedule(
            actor=acting_user(request), catalog=catalog, request=request
        )
    except period_actions.TransitionError as error:
        messages.error(request, str(error))
        return redirect("reporting:period-list")
    if created:
        messages.success(
            request,
            _("Reporting periods created from the schedule: %(names)s.")
            % {"names": "; ".join(p.name for p in created)},
        )
    else:
        messages.info(request, _("Every dated report of the schedule already has its period."))
    return redirect("reporting:period-list")


@require_POST
def period_create(request: HttpRequest) -> HttpResponse:
    catalogs = queries.catalogs_for_periods(request.user)
    if not catalogs:
        raise PermissionDenied
    form = PeriodForm(request.POST, catalogs=catalogs)
    if not form.is_valid():
        messages.error(request, _("Some values are not valid: %(errors)s") % {"errors": form_errors(form)})
        return redirect("reporting:period-list")
    created: list[ReportingPeriod] = []
    if run_action(
        request,
        lambda: created.append(
            period_actions.create_period(actor=acting_user(request), request=request, **form.cleaned_data)
        ),
        _("The reporting period has been created."),
    ):
        return redirect(created[0].get_absolute_url())
    return redirect("reporting:period-list")


@require_GET
def period_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The period: for coordinators every agency's standing; for an agency its own report (or the button to
    assemble it)."""
    period = queries.get_period_for_user(request.user, pk)
    organizations = queries.own_report_organizations(request.user, period)
    context = {
        "period": period,
        "overview": queries.period_overview(request.user, period),
        "can_manage": permissions.can_manage_periods(request.user, period.catalog),
        "new_report_form": NewReportForm(organizations=organizations) if organizations else None,
        "today": timezone.localdate(),
    }
    return render(request, "reporting/period_detail.html", context)


def _managed_period(request: HttpRequest, pk: int) -> ReportingPeriod:
    period = queries.get_period_for_user(request.user, pk)
    if not permissions.can_manage_periods(request.user, period.catalog):
        raise PermissionDenied
    return period


@require_POST
def period_close(request: HttpRequest, pk: int) -> HttpResponse:
    period = _managed_period(request, pk)
    run_action(
        request,
        lambda: period_actions.close_period(actor=acting_user(request), period=period, request=request),
        _("The period is closed; its reports are locked."),
    )
    return redirect(period.get_absolute_url())


@require_POST
def period_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    period = _managed_period(request, pk)
    run_action(
        request,
        lambda: period_actions.reopen_period(actor=acting_user(request), period=period, request=request),
        _("The period is open again."),
    )
    return redirect(period.get_absolute_url())


@require_GET
def consolidated_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The coordinator's consolidated report of the period, DOCX or XLSX, made on the spot."""
    if fmt not in ("docx", "xlsx"):
        raise Http404
    period = _managed_period(request, pk)
    data = queries.consolidated_data(period, today=timezone.localdate())
    content = exports.consolidated_docx(data) if fmt == "docx" else exports.consolidated_xlsx(data)
    actions.record_consolidated_export(actor=acting_user(request), period=period, fmt=fmt, request=request)
    return file_response(content, fmt=fmt, file_name=exports.consolidated_file_name(period, fmt))


# --- reports ----------------------------------------------------------------------------------------------


@require_POST
def report_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Assemble the report of one of the person's agencies for the period."""
    period = queries.get_period_for_user(request.user, pk)
    form = NewReportForm(request.POST, organizations=queries.own_report_organizations(request.user, period))
    if not form.is_valid():
        raise PermissionDenied
    organization = form.cleaned_data["organization"]
    created: list[Report] = []
    if run_action(
        request,
        lambda: created.append(
            actions.assemble_report(
                actor=acting_user(request), period=period, organization=organization, request=request
            )
        ),
        _("The report has been assembled from the current task progress."),
    ):
        return redirect(created[0].get_absolute_url())
    return redirect(period.get_absolute_url())


@require_GET
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The report: snapshot items, narrative (editable while draft or returned in an open period), workflow."""
    report = queries.get_report_for_user(request.user, pk)
    items = queries.report_items(report)
    can_write = permissions.can_write_report(request.user, report.organization)
    period_open = report.period.is_open
    editable = can_write and period_open and report.state in actions.EDITABLE_STATES
    context = {
        "report": report,
        "period": report.period,
        "items": items,
        "targets": plan_queries.agency_measured_targets(report.organization, report.period.catalog),
        "counts": {status_label(s): n for s, n in queries.status_counts(items).items()},
        "form": NarrativeForm(instance=report, initial={"version": report.version}) if editable else None,
        "editable": editable,
        "can_approve": editable and permissions.can_approve_report(request.user, report),
        "can_submit": can_write
        and (
            report.state == Report.State.APPROVED
            or (not period_open and report.state in actions.EDITABLE_STATES)
        ),
        "can_review": report.state == Report.State.SUBMITTED
        and permissions.can_review_report(request.user, report),
        "can_return": period_open
        and report.state == Report.State.SUBMITTED
        and permissions.can_review_report(request.user, report),
        "narrative": [
            (NarrativeForm.base_fields[name].label, getattr(report, name))
            for name in actions.NARRATIVE_FIELDS
        ],
    }
    return render(request, "reporting/report_detail.html", context)


def _writable_report(request: HttpRequest, pk: int) -> Report:
    report = queries.get_report_for_user(request.user, pk)
    if not permissions.can_write_report(request.user, report.organization):
        raise PermissionDenied
    return report


@require_POST
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    report = _writable_report(request, pk)
    form = NarrativeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Some values are not valid: %(errors)s") % {"errors": form_errors(form)})
        return redirect(report.get_absolute_url())
    changes = {name: form.cleaned_data[name] for name in actions.NARRATIVE_FIELDS}
    run_action(
        request,
        lambda: actions.update_report(
            actor=acting_user(request),
            report=report,
            changes=changes,
            version=form.cleaned_data.get("version"),
            request=request,
        ),
        _("The report has been saved."),
    )
    return redirect(report.get_absolute_url())


@require_POST
def report_assemble(request: HttpRequest, pk: int) -> HttpResponse:
    report = _writable_report(request, pk)
    run_action(
        request,
        lambda: actions.assemble_report(
            actor=acting_user(request),
            period=report.period,
            organization=report.organization,
            request=request,
        ),
        _("The report has been assembled again from the current task progress."),
    )
    return redirect(report.get_absolute_url())


@require_POST
def report_approve(request: HttpRequest, pk: int) -> HttpResponse:
    report = queries.get_report_for_user(request.user, pk)
    if not permissions.can_approve_report(request.user, report):
        raise PermissionDenied
    run_action(
        request,
        lambda: actions.approve_report(actor=acting_user(request), report=report, request=request),
        _("The report has been approved."),
    )
    return redirect(report.get_absolute_url())


@require_POST
def report_submit(request: HttpRequest, pk: int) -> HttpResponse:
    report = _writable_report(request, pk)
    run_action(
        request,
        lambda: actions.submit_report(actor=acting_user(request), report=report, request=request),
        _("The report has been submitted."),
    )
    return redirect(report.get_absolute_url())


@require_POST
def report_accept(request: HttpRequest, pk: int) -> HttpResponse:
    report = queries.get_report_for_user(request.user, pk)
    if not permissions.can_review_report(request.user, report):
        raise PermissionDenied
    run_action(
        request,
        lambda: actions.accept_report(actor=acting_user(request), report=report, request=request),
        _("The report has been accepted."),
    )
    return redirect(report.get_absolute_url())


@require_POST
def report_return(request: HttpRequest, pk: int) -> HttpResponse:
    report = queries.get_report_for_user(request.user, pk)
    if not permissions.can_review_report(request.user, report):
        raise PermissionDenied
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what must be changed."))
        return redirect(report.get_absolute_url())
    comment = form.cleaned_data["comment"]
    run_action(
        request,
        lambda: actions.return_report(
            actor=acting_user(request), report=report, comment=comment, request=request
        ),
        _("The report has been returned with your comments."),
    )
    return redirect(report.get_absolute_url())


@require_GET
def report_history(request: HttpRequest, pk: int) -> HttpResponse:
    report = queries.get_report_for_user(request.user, pk)
    return render(
        request,
        "core/history.html",
        {"object": report, "entries": history_of(report), "back_url": report.get_absolute_url()},
    )


@require_GET
def report_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The report as DOCX (Nghị định 30) or XLSX."""
    if fmt not in ("docx", "xlsx"):
        raise Http404
    report = queries.get_report_for_user(request.user, pk)
    items = queries.report_items(report)
    targets = plan_queries.agency_measured_targets(report.organization, report.period.catalog)
    content = (
        exports.report_docx(report, items, targets)
        if fmt == "docx"
        else exports.report_xlsx(report, items, targets)
    )
    actions.record_report_export(actor=acting_user(request), report=report, fmt=fmt, request=request)
    return file_response(content, fmt=fmt, file_name=exports.report_file_name(report, fmt))


urlpatterns: list[URLPattern] = [
    path("periods/", period_list, name="period-list"),
    path("periods/new/", period_create, name="period-create"),
    path("periods/schedule/", period_from_schedule, name="period-from-schedule"),
    path("periods/<int:pk>/", period_detail, name="period-detail"),
    path("periods/<int:pk>/close/", period_close, name="period-close"),
    path("periods/<int:pk>/reopen/", period_reopen, name="period-reopen"),
    path("periods/<int:pk>/reports/new/", report_create, name="report-create"),
    path("periods/<int:pk>/consolidated/<str:fmt>/", consolidated_export, name="consolidated-export"),
    path("reports/<int:pk>/", report_detail, name="report-detail"),
    path("reports/<int:pk>/edit/", report_edit, name="report-edit"),
    path("reports/<int:pk>/assemble/", report_assemble, name="report-assemble"),
    path("reports/<int:pk>/approve/", report_approve, name="report-approve"),
    path("reports/<int:pk>/submit/", report_submit, name="report-submit"),
    path("reports/<int:pk>/accept/", report_accept, name="report-accept"),
    path("reports/<int:pk>/return/", report_return, name="report-return"),
    path("reports/<int:pk>/history/", report_history, name="report-history"),
    path("reports/<int:pk>/export/<str:fmt>/", report_export, name="report-export"),
]
