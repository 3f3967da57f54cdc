"""Downloads of a plan as DOCX, XLSX or PDF (a background job the page follows), all scoped to the person."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from danvan.core.http import CONTENT_TYPES, HtmxHttpRequest, acting_user, content_disposition, file_response
from danvan.documents.models import ExportJob
from danvan.documents.pdf import libreoffice_available
from danvan.plans import actions, queries
from danvan.plans.export import export_docx, export_file_name, export_xlsx


@require_http_methods(["GET", "POST"])
def plan_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """DOCX and XLSX are made on the spot; PDF asks for confirmation, then runs as a background job."""
    plan = queries.get_plan_for_user(request.user, pk)
    if fmt in ("docx", "xlsx") and request.method == "GET":
        data = export_docx(plan) if fmt == "docx" else export_xlsx(plan)
        actions.record_export(actor=acting_user(request), plan=plan, fmt=fmt, request=request)
        return file_response(data, fmt=fmt, file_name=export_file_name(plan, fmt))
    if fmt != "pdf":
        raise Http404
    available = libreoffice_available()
    if request.method == "POST" and available:
        job = actions.queue_pdf_export(actor=acting_user(request), plan=plan, request=request)
        return redirect("plans:export-job", pk=job.pk)
    status = 200 if available else 503
    return render(request, "plans/export_pdf.html", {"plan": plan, "available": available}, status=status)


@require_GET
def export_job(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Progress of a PDF export; htmx polls the fragment until the file is ready or the job failed."""
    job = queries.get_export_job_for_user(request.user, pk)
    template = "plans/_export_progress.html" if request.htmx else "plans/export_job.html"
    return render(request, template, {"job": job, "plan": job.plan})


@require_GET
def export_download(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The stored file of a finished export job, served as an attachment."""
    job = queries.get_export_job_for_user(request.user, pk)
    if job.status != ExportJob.Status.DONE or not job.file:
        return redirect(reverse("plans:export-job", args=[job.pk]))
    response = FileResponse(job.file.open("rb"), content_type=CONTENT_TYPES[job.format])
    response["Content-Disposition"] = content_disposition(job.file_name or f"export.{job.format}")
    response["X-Content-Type-Options"] = "nosniff"
    return response
