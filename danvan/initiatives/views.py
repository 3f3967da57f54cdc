"""Pages of the initiatives app: the model registry (list, register, detail, edit, lifecycle, updates and
evidence, history), registration calls with their coverage, and integrity commitments."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from danvan.core.http import (
    acting_user,
    content_disposition,
    file_response,
    form_errors,
    run_action,
    run_form,
)
from danvan.core.queries import history_of
from danvan.initiatives import actions, exports, importing, permissions, queries, signers
from danvan.initiatives.forms import (
    CampaignForm,
    CommitmentCountsForm,
    CommitmentFilesForm,
    FilterForm,
    ImportForm,
    InitiativeForm,
    RecogniseForm,
    SignersForm,
    UpdateForm,
)
from danvan.initiatives.models import Initiative
from danvan.organizations import queries as org_queries
from danvan.organizations.models import Organization


def _download(item: object) -> FileResponse:
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)  # type: ignore[attr-defined]
    response["Content-Disposition"] = content_disposition(item.name)  # type: ignore[attr-defined]
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# --- models ----------------------------------------------------------------------------------------------


@require_GET
def initiative_list(request: HttpRequest) -> HttpResponse:
    """Models in the person's scope, with filters."""
    organizations = org_queries.organizations_visible_to(request.user).filter(depth__lte=2).order_by("path")
    form = FilterForm(request.GET or None, organizations=organizations)
    chosen = queries.InitiativeFilter()
    if form.is_valid():
        data = form.cleaned_data
        chosen = queries.InitiativeFilter(
            q=data["q"] or "",
            kind=data["kind"],
            field=data["field"],
            status=data["status"],
            holder=data["holder"],
            year=data["year"],
            organization=data["organization"],
        )
    return render(
        request,
        "initiatives/initiative_list.html",
        {
            "form": form,
            "initiatives": queries.initiative_list(request.user, chosen),
            "can_register": queries.writable_organizations(request.user).exists(),
            "can_propose": permissions.can_propose_recognition(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def initiative_register(request: HttpRequest) -> HttpResponse:
    """Register a model for an organisation the person may write for."""
    organizations = queries.writable_organizations(request.user)
    if not organizations.exists():
        raise PermissionDenied  # observers register nothing; the list does not offer it
    form = InitiativeForm(
        request.POST or None,
        organizations=organizations,
        copies=queries.copy_candidates(request.user),
        initial={"organization": request.GET.get("organization")},
    )
    if request.method == "POST":
        created: list[Initiative] = []
        ok = run_form(
            request,
            form,
            lambda data: created.append(
                actions.register_initiative(
                    actor=acting_user(request),
                    organization=data["organization"],
                    data=data,
                    request=request,
                )
            ),
            _("The model has been registered."),
        )
        if ok:
            return redirect(created[0].get_absolute_url())
    return render(request, "initiatives/initiative_form.html", {"form": form, "initiative": None})


@require_GET
def initiative_detail(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = queries.get_initiative_for_user(request.user, pk)
    can_edit = permissions.can_edit_initiative(request.user, initiative)
    return render(
        request,
        "initiatives/initiative_detail.html",
        {
            "initiative": initiative,
            "updates": initiative.updates.select_related("author").prefetch_related("files"),
            "files": initiative.files.all(),
            "copies": initiative.copies.select_related("organization"),
            "can_edit": can_edit,
            "can_recognise": permissions.can_recognise_initiative(request.user, initiative),
            "next_status": actions.NEXT.get(Initiative.Status(initiative.status)),
            "update_form": UpdateForm() if can_edit else None,
            "recognise_form": RecogniseForm(),
        },
    )


def _editable(request: HttpRequest, pk: int) -> Initiative:
    initiative = queries.get_initiative_for_user(request.user, pk)
    if not permissions.can_edit_initiative(request.user, initiative):
        raise PermissionDenied
    return initiative


@require_http_methods(["GET", "POST"])
def initiative_edit(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _editable(request, pk)
    copies = queries.copy_candidates(request.user).exclude(pk=initiative.pk)
    form = InitiativeForm(
        request.POST or None,
        instance=initiative,
        organizations=None,
        copies=copies,
        initial={"version": initiative.version},
    )
    if request.method == "POST":
        initiative.refresh_from_db()  # the form wrote into the instance; the action reads it afresh
        ok = run_form(
            request,
            form,
            lambda data: actions.update_initiative(
                actor=acting_user(request),
                initiative=initiative,
                data=data,
                version=data.get("version"),
                request=request,
            ),
            _("The model has been saved."),
        )
        if ok:
            return redirect(initiative.get_absolute_url())
    return render(request, "initiatives/initiative_form.html", {"form": form, "initiative": initiative})


@require_POST
def initiative_advance(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _editable(request, pk)
    run_action(
        request,
        lambda: actions.advance_initiative(
            actor=acting_user(request), initiative=initiative, to=request.POST.get("to", ""), request=request
        ),
        _("The state of the model has been changed."),
    )
    return redirect(initiative.get_absolute_url())


@require_POST
def initiative_recognise(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = queries.get_initiative_for_user(request.user, pk)
    if not permissions.can_recognise_initiative(request.user, initiative):
        raise PermissionDenied
    form = RecogniseForm(request.POST)
    run_form(
        request,
        form,
        lambda data: actions.recognise_initiative(
            actor=acting_user(request),
            initiative=initiative,
            level=data["level"],
            form=data["form"],
            decision_number=data["decision_number"],
            decision_date=data["decision_date"],
            request=request,
        ),
        _("The commendation has been recorded."),
    )
    return redirect(initiative.get_absolute_url())


@require_POST
def initiative_update_add(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _editable(request, pk)
    form = UpdateForm(request.POST, request.FILES)
    run_form(
        request,
        form,
        lambda data: actions.add_update(
            actor=acting_user(request),
            initiative=initiative,
            day=data["day"],
            text=data["text"],
            files=[data["file"]] if data["file"] else [],
            request=request,
        ),
        _("The progress update has been added."),
    )
    return redirect(initiative.get_absolute_url())


@require_GET
def initiative_file_download(request: HttpRequest, pk: int) -> FileResponse:
    return _download(queries.get_initiative_file_for_user(request.user, pk))


@require_POST
def initiative_file_remove(request: HttpRequest, pk: int) -> HttpResponse:
    item = queries.get_initiative_file_for_user(request.user, pk)
    if not permissions.can_remove_initiative_file(request.user, item):
        raise PermissionDenied
    run_action(
        request,
        lambda: actions.remove_initiative_file(actor=acting_user(request), item=item, request=request),
        _("The file has been removed."),
    )
    return redirect(item.initiative.get_absolute_url())


@require_GET
def initiative_history(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = queries.get_initiative_for_user(request.user, pk)
    return render(
        request,
        "core/history.html",
        {"object": initiative, "entries": history_of(initiative), "back_url": initiative.get_absolute_url()},
    )


# --- registration calls ----------------------------------------------------------------------------------


def _campaign_organizations(request: HttpRequest) -> list[Organization]:
    """Organisations the person may open a call for (the province and agencies, not internal units)."""
    return [
        o
        for o in queries.writable_organizations(request.user).filter(depth__lte=1)
        if permissions.can_open_campaign(request.user, o)
    ]


@require_GET
def campaign_list(request: HttpRequest) -> HttpResponse:
    campaigns = list(queries.campaigns_visible_to(request.user).order_by("-year", "-deadline", "pk"))
    return render(
        request,
        "initiatives/campaign_list.html",
        {"campaigns": campaigns, "can_open": bool(_campaign_organizations(request))},
    )


@require_http_methods(["GET", "POST"])
def campaign_create(request: HttpRequest) -> HttpResponse:
    allowed = _campaign_organizations(request)
    if not allowed:
        raise PermissionDenied
    organizations = queries.writable_organizations(request.user).filter(pk__in=[o.pk for o in allowed])
    form = CampaignForm(request.POST or None, organizations=organizations)
    if request.method == "POST":
        created = []
        ok = run_form(
            request,
            form,
            lambda data: created.append(
                actions.open_campaign(
                    actor=acting_user(request),
                    organization=data["organization"],
                    title=data["title"],
                    year=data["year"],
                    deadline=data["deadline"],
                    note=data["note"],
                    request=request,
                )
            ),
            _("The registration call has been opened."),
        )
        if ok:
            return redirect(created[0].get_absolute_url())
    return render(request, "initiatives/campaign_form.html", {"form": form})


@require_GET
def campaign_detail(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = queries.get_campaign_for_user(request.user, pk)
    coverage = queries.campaign_coverage(campaign)
    # Who has and has not registered at a glance: the table filtered to one side, with both counts.
    show = request.GET.get("show", "")
    if show == "missing":
        rows = coverage.missing
    elif show == "registered":
        rows = [row for row in coverage.rows if row.registered]
    else:
        show, rows = "", coverage.rows
    return render(
        request,
        "initiatives/campaign_detail.html",
        {
            "campaign": campaign,
            "coverage": coverage,
            "rows": rows,
            "show": show,
            "today": timezone.localdate(),
            "can_edit": permissions.can_edit_campaign(request.user, campaign),
        },
    )


@require_POST
def campaign_close(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = queries.get_campaign_for_user(request.user, pk)
    if not permissions.can_edit_campaign(request.user, campaign):
        raise PermissionDenied
    run_action(
        request,
        lambda: actions.close_campaign(actor=acting_user(request), campaign=campaign, request=request),
        _("The registration call has been closed."),
    )
    return redirect(campaign.get_absolute_url())


# --- commitments -----------------------------------------------------------------------------------------


def _year(request: HttpRequest) -> int:
    """The year asked for, else the newest year with commitments in scope, else this year."""
    default = (
        queries.commitments_visible_to(request.user).order_by("-year").values_list("year", flat=True).first()
        or timezone.localdate().year
    )
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = default
    return year if 2000 <= year <= 2100 else default


@require_GET
def commitment_list(request: HttpRequest) -> HttpResponse:
    """Each organisation in scope with the share of its staff who signed, rolled up over its units."""
    year = _year(request)
    rows = queries.commitment_overview(request.user, year)
    return render(
        request,
        "initiatives/commitment_list.html",
        {
            "year": year,
            "rows": rows,
            "editable": {
                r.organization.pk
                for r in rows
                if permissions.can_edit_commitment(request.user, r.organization)
            },
        },
    )


@require_http_methods(["GET", "POST"])
def commitment_edit(request: HttpRequest, pk: int, year: int) -> HttpResponse:
    """Enter an organisation's commitments for a year: counts, a list of signers (typed or XLSX), signed forms."""
    organization = org_queries.get_organization_for_user(request.user, pk)
    if not permissions.can_edit_commitment(request.user, organization) or not 2000 <= year <= 2100:
        raise PermissionDenied
    commitment = (
        queries.commitments_visible_to(request.user).filter(organization=organization, year=year).first()
    )
    counts = CommitmentCountsForm(
        initial={"required": commitment.required, "signed": commitment.signed, "note": commitment.note}
        if commitment
        else None
    )
    signer_form = SignersForm()
    files_form = CommitmentFilesForm()
    if request.method == "POST":
        which = request.POST.get("form")
        actor = acting_user(request)
        if which == "counts":
            counts = CommitmentCountsForm(request.POST)
            ok = run_form(
                request,
                counts,
                lambda data: actions.save_commitment_counts(
                    actor=actor,
                    organization=organization,
                    year=year,
                    required=data["required"],
                    signed=data["signed"],
                    note=data["note"],
                    request=request,
                ),
                _("The commitments have been saved."),
            )
        elif which == "signers":
            signer_form = SignersForm(request.POST, request.FILES)

            def save_list(data: dict[str, object]) -> None:
                upload = data.get("xlsx")
                if upload:
                    rows = signers.parse_xlsx(upload.name or "", upload.read())  # type: ignore[attr-defined]
                else:
                    rows = signers.parse_lines(str(data["lines"]))
                actions.replace_signers(
                    actor=actor, organization=organization, year=year, rows=rows, request=request
                )

            ok = run_form(request, signer_form, save_list, _("The list of staff has been saved."))
        elif which == "files" and commitment is not None:
            files_form = CommitmentFilesForm(request.POST, request.FILES)
            ok = run_form(
                request,
                files_form,
                lambda data: actions.add_commitment_files(
                    actor=actor, commitment=commitment, files=[data["file"]], request=request
                ),
                _("The signed form has been attached."),
            )
        else:
            messages.error(request, _("Enter the commitments first, then attach the signed forms."))
            ok = False
        if ok:
            return redirect("initiatives:commitment-edit", pk=organization.pk, year=year)
    return render(
        request,
        "initiatives/commitment_edit.html",
        {
            "organization": organization,
            "year": year,
            "commitment": commitment,
            "signers": commitment.signers.all() if commitment else [],
            "files": commitment.files.all() if commitment else [],
            "counts_form": counts,
            "signers_form": signer_form,
            "files_form": files_form,
        },
    )


@require_GET
def commitment_file_download(request: HttpRequest, pk: int) -> FileResponse:
    return _download(queries.get_commitment_file_for_user(request.user, pk))


# --- recognition proposal and the public page ------------------------------------------------------------


def _proposal(request: HttpRequest) -> tuple[Organization, FilterForm, int, list[Initiative]]:
    issuer = permissions.proposing_organization(request.user)
    if issuer is None:
        raise PermissionDenied
    organizations = org_queries.organizations_visible_to(request.user).filter(depth__lte=2).order_by("path")
    form = FilterForm(request.GET or None, organizations=organizations)
    data = form.cleaned_data if form.is_valid() else {}
    year = data.get("year") or queries.latest_year(request.user) or timezone.localdate().year
    chosen = queries.InitiativeFilter(
        q=data.get("q") or "",
        kind=data.get("kind") or "",
        field=data.get("field") or "",
        holder=data.get("holder") or "",
        year=year,
        organization=data.get("organization"),
    )
    return issuer, form, year, queries.proposal_candidates(request.user, chosen)


@require_GET
def proposal(request: HttpRequest) -> HttpResponse:
    """The coordinator's list of models to propose for commendation, with filters and the documents."""
    _issuer, form, year, rows = _proposal(request)
    return render(
        request,
        "initiatives/proposal.html",
        {"form": form, "year": year, "rows": rows, "query": request.GET.urlencode()},
    )


@require_GET
def proposal_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """The proposal as DOCX (Nghị định 30, annex table) or XLSX, for the filters of the list."""
    if fmt not in ("docx", "xlsx"):
        raise Http404
    issuer, _form, year, rows = _proposal(request)
    data = (
        exports.proposal_docx(issuer, rows, year=year)
        if fmt == "docx"
        else exports.proposal_xlsx(rows, year=year)
    )
    return file_response(data, fmt=fmt, file_name=exports.file_name(year, fmt))


@login_not_required
@require_GET
def public_models(request: HttpRequest) -> HttpResponse:
    """Recognised models, open to everyone: name, unit, field, results and the commendation only (no personal
    data beyond the names the commendation made public)."""
    return render(request, "initiatives/public.html", {"rows": queries.recognised_initiatives()[:500]})


# --- import of registration tables -----------------------------------------------------------------------

ROW_FIELDS = ("name", "kind", "holder", "performer", "field", "year", "timeframe")


def _posted_rows(request: HttpRequest) -> list[importing.Row]:
    """The reviewed rows the confirmation posts back (unticked rows left out)."""
    rows = []
    count = int(request.POST.get("count", "0") or 0)
    for index in range(min(count, 500)):
        if not request.POST.get(f"include-{index}"):
            continue
        values = {name: request.POST.get(f"{name}-{index}", "").strip() for name in ROW_FIELDS}
        try:
            year = int(values["year"])
        except ValueError:
            year = 0
        rows.append(
            importing.Row(
                name=values["name"],
                kind=values["kind"],
                holder=values["holder"],
                performer=values["performer"],
                field=values["field"],
                year=year,
                timeframe=values["timeframe"],
            )
        )
    return rows


@require_http_methods(["GET", "POST"])
def import_registrations(request: HttpRequest) -> HttpResponse:
    """Upload a Word registration table, review its rows, then register them together."""
    organizations = queries.writable_organizations(request.user)
    if not organizations.exists():
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None, organizations=organizations)
    context: dict[str, object] = {"form": form, "rows": None}
    if request.method == "POST" and request.POST.get("step") == "confirm":
        organization = organizations.filter(pk=request.POST.get("organization") or 0).first()
        rows = _posted_rows(request)
        if organization is None or not rows:
            messages.error(request, _("Choose at least one row to register."))
        else:
            try:
                made = importing.register_rows(
                    actor=acting_user(request), organization=organization, rows=rows
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("%(count)s models have been registered.") % {"count": len(made)})
                return redirect(f"{reverse('initiatives:list')}?organization={organization.pk}")
        context.update(rows=rows, organization=organization)
    elif request.method == "POST":
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                rows = importing.read_rows(upload.read(), upload.name or "", year=form.cleaned_data["year"])
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                context.update(rows=rows, organization=form.cleaned_data["organization"])
        else:
            messages.error(
                request, _("Some values are not valid: %(errors)s") % {"errors": form_errors(form)}
            )
    context.update(
        kinds=Initiative.Kind.choices, holders=Initiative.Holder.choices, fields=Initiative.Field.choices
    )
    return render(request, "initiatives/import.html", context)
