"""Pages of evaluation: criteria sets (enter, copy), rounds (open, follow, publish, ranking) and the sheet
(self-score with suggestions, approve, send; appraise, return, finalise)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from danvan.core.errors import ActionRefused
from danvan.core.http import acting_user, file_response, form_errors, run_action
from danvan.evaluation import exports, importing, permissions, queries
from danvan.evaluation.actions import rounds as actions
from danvan.evaluation.actions import sets as set_actions
from danvan.evaluation.forms import (
    AppraisersForm,
    CopyForm,
    CriterionForm,
    ExclusionForm,
    ImportForm,
    ImportRowForm,
    RoundForm,
    SetForm,
    ThresholdForm,
)
from danvan.evaluation.models import Assessment, CriteriaSet, Criterion, Round
from danvan.organizations.models import Organization
from danvan.organizations.queries import active_memberships

app_name = "evaluation"
FORMATS = ("docx", "xlsx")


def _managed_provinces(request: HttpRequest) -> list[Organization]:
    provinces = {m.organization.province_pk for m in active_memberships(request.user)}
    found = Organization.objects.filter(pk__in=provinces)
    return [p for p in found if permissions.can_manage_sets(request.user, p)]


def _invalid(request: HttpRequest, form: object) -> None:
    messages.error(request, _("Some values are not valid: %(errors)s") % {"errors": form_errors(form)})


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """Rounds and criteria sets of the person's provinces; coordinators get the forms to open a round."""
    sets = queries.sets_visible_to(request.user)
    openable = [s for s in sets if permissions.can_open_round(request.user, s.province)]
    return render(
        request,
        "evaluation/home.html",
        {
            "rounds": queries.rounds_visible_to(request.user),
            "sets": sets,
            "set_form": SetForm() if _managed_provinces(request) else None,
            "import_form": ImportForm() if _managed_provinces(request) else None,
            "round_form": RoundForm(
                sets=queries.sets_visible_to(request.user).filter(pk__in=[s.pk for s in openable])
            )
            if openable
            else None,
        },
    )


@require_POST
def set_create(request: HttpRequest) -> HttpResponse:
    provinces = _managed_provinces(request)
    if not provinces:
        raise PermissionDenied
    form = SetForm(request.POST)
    if not form.is_valid():
        _invalid(request, form)
        return redirect("evaluation:home")
    created = set_actions.create_set(actor=acting_user(request), province=provinces[0], **form.cleaned_data)
    messages.success(request, _("The criteria set has been created; add its criteria."))
    return redirect(created.get_absolute_url())


IMPORT_SESSION_KEY = "evaluation_import"


@require_POST
def set_import(request: HttpRequest) -> HttpResponse:
    """Read the criteria table of an uploaded decision and show it for review (nothing is created yet)."""
    provinces = _managed_provinces(request)
    if not provinces:
        raise PermissionDenied
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        _invalid(request, form)
        return redirect("evaluation:home")
    upload = form.cleaned_data["file"]
    try:
        rows = importing.read_criteria(upload.name or "", upload.read())
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("evaluation:home")
    request.session[IMPORT_SESSION_KEY] = {
        "province": provinces[0].pk,
        "name": form.cleaned_data["name"],
        "from_year": form.cleaned_data["from_year"],
        "decision": form.cleaned_data["decision"],
        "rows": [r.as_dict() for r in rows],
    }
    return redirect("evaluation:set-import-review")


def _pending_import(request: HttpRequest) -> tuple[dict[str, Any], Organization] | None:
    """The rows read from an upload and kept in the session, with the province they are for; None (and a
    message) when there is nothing to review. PermissionDenied for someone who keeps no province's sets."""
    provinces = {p.pk: p for p in _managed_provinces(request)}
    pending = request.session.get(IMPORT_SESSION_KEY)
    if not provinces:
        raise PermissionDenied
    if not pending or pending.get("province") not in provinces:
        messages.info(request, _("Upload the decision's table of criteria first."))
        return None
    return pending, provinces[pending["province"]]


def _render_review(
    request: HttpRequest,
    pending: dict[str, Any],
    *,
    editing: int | None = None,
    form: ImportRowForm | None = None,
) -> HttpResponse:
    """The review screen (the table fragment alone for htmx), with row `editing` open in `form`."""
    rows = [
        {
            **r,
            "index": index,
            "kind_label": Criterion.Kind(r["kind"]).label
            if r["kind"] in Criterion.Kind.values
            else r["kind"],
            "scoring_label": Criterion.Scoring(r["scoring"]).label
            if r["scoring"] in Criterion.Scoring.values
            else r["scoring"],
        }
        for index, r in enumerate(pending["rows"])
    ]
    context = {
        "pending": pending,
        "rows": rows,
        "has_problems": any(r["problem"] for r in rows),
        "editing": editing,
        "row_form": form,
    }
    template = "evaluation/_import_review.html" if request.htmx else "evaluation/set_import_review.html"  # type: ignore[attr-defined]
    return render(request, template, context)


@require_http_methods(["GET", "POST"])
def set_import_review(request: HttpRequest) -> HttpResponse:
    """The rows read from the decision, their nesting and problems; confirming creates the set."""
    found = _pending_import(request)
    if found is None:
        return redirect("evaluation:home")
    pending, province = found
    if request.method == "POST":
        created: list[CriteriaSet] = []
        if run_action(
            request,
            lambda: created.append(
                set_actions.import_set(
                    actor=acting_user(request),
                    province=province,
                    name=pending["name"],
                    from_year=pending["from_year"],
                    decision=pending["decision"],
                    rows=pending["rows"],
                    corrected=len(pending.get("corrected", [])),
                )
            ),
            _("The criteria set has been created from the decision; check it before a round uses it."),
        ):
            del request.session[IMPORT_SESSION_KEY]
            return redirect(created[0].get_absolute_url())
    return _render_review(request, pending)


@require_http_methods(["GET", "POST"])
def set_import_row(request: HttpRequest, index: int) -> HttpResponse:
    """Correct one row on the review screen (its number, parent, content, points, kind, scoring): the form,
    then the table read again with every row's problem. A refused value keeps what was typed."""
    found = _pending_import(request)
    if found is None:
        return redirect("evaluation:home")
    pending, _province = found
    if not 0 <= index < len(pending["rows"]):
        raise Http404
    row = pending["rows"][index]
    numbers = [r["number"] for r in pending["rows"]]
    if request.method == "GET":
        form = ImportRowForm(initial=row, numbers=numbers, own=row["number"])
        return _render_review(request, pending, editing=index, form=form)
    form = ImportRowForm(request.POST, numbers=numbers, own=row["number"])
    if not form.is_valid():
        return _render_review(request, pending, editing=index, form=form)
    rows = importing.correct_row(importing.rows_from_session(pending["rows"]), index, form.cleaned_data)
    pending["rows"] = [r.as_dict() for r in rows]
    pending["corrected"] = sorted({*pending.get("corrected", []), index})
    request.session[IMPORT_SESSION_KEY] = pending
    if request.htmx:  # type: ignore[attr-defined]
        return _render_review(request, pending)
    messages.success(request, _("The row has been corrected."))
    return redirect("evaluation:set-import-review")


@require_GET
def set_detail(request: HttpRequest, pk: int) -> HttpResponse:
    criteria_set = queries.get_set_for_user(request.user, pk)
    editable = permissions.can_edit_set(request.user, criteria_set)
    return render(
        request,
        "evaluation/set_detail.html",
        {
            "set": criteria_set,
            "criteria": queries.criteria_with_measures(criteria_set),
            "editable": editable,
            "can_copy": permissions.can_manage_sets(request.user, criteria_set.province),
            "criterion_form": CriterionForm(criteria_set=criteria_set) if editable else None,
            "threshold_form": ThresholdForm() if editable else None,
            "exclusion_form": ExclusionForm() if editable else None,
            "copy_form": CopyForm(initial={"from_year": criteria_set.from_year + 1}),
        },
    )


def _editable_set(request: HttpRequest, pk: int) -> CriteriaSet:
    criteria_set = queries.get_set_for_user(request.user, pk)
    if not permissions.can_manage_sets(request.user, criteria_set.province):
        raise PermissionDenied
    return criteria_set


@require_POST
def set_criterion_add(request: HttpRequest, pk: int) -> HttpResponse:
    criteria_set = _editable_set(request, pk)
    form = CriterionForm(request.POST, criteria_set=criteria_set)
    if not form.is_valid():
        _invalid(request, form)
    else:
        run_action(
            request,
            lambda: set_actions.add_criterion(
                actor=acting_user(request), criteria_set=criteria_set, **form.cleaned_data
            ),
            _("The criterion has been added."),
        )
    return redirect(criteria_set.get_absolute_url())


def _remove_part(
    request: HttpRequest, pk: int, part_pk: int, parts: str, remove: Callable[[Any, Any], Any], done: str
) -> HttpResponse:
    """Remove one part (criterion, class, exclusion) of an editable set: `parts` names the set's related rows,
    `remove(actor, part)` calls the action; a part of another set or already gone changes nothing."""
    criteria_set = _editable_set(request, pk)
    part = getattr(criteria_set, parts).filter(pk=part_pk).first()
    if part is not None:
        run_action(request, lambda: remove(acting_user(request), part), done)
    return redirect(criteria_set.get_absolute_url())


@require_POST
def set_criterion_remove(request: HttpRequest, pk: int, criterion_pk: int) -> HttpResponse:
    return _remove_part(
        request,
        pk,
        criterion_pk,
        "criteria",
        lambda actor, part: set_actions.remove_criterion(actor=actor, criterion=part),
        _("The criterion has been removed."),
    )


@require_http_methods(["GET", "POST"])
def set_criterion_edit(request: HttpRequest, pk: int, criterion_pk: int) -> HttpResponse:
    """Change a criterion in place while no round uses the set: its content, points, how it is scored,
    evidence, and its number, kind and place in the tree."""
    criteria_set = _editable_set(request, pk)
    criterion = criteria_set.criteria.filter(pk=criterion_pk).select_related("parent").first()
    if criterion is None:
        raise Http404
    try:
        set_actions.require_editable(acting_user(request), criteria_set)
    except ActionRefused as error:  # frozen: said in Vietnamese on the set's page
        messages.error(request, str(error))
        return redirect(criteria_set.get_absolute_url())
    form = CriterionForm(
        request.POST or None,
        criteria_set=criteria_set,
        initial={
            "parent": criterion.parent,
            "number": criterion.number,
            "kind": criterion.kind,
            "title": criterion.title,
            "max_points": criterion.max_points,
            "scoring": criterion.scoring,
            "measure_key": criterion.measure_key,
            "multiplier": criterion.multiplier,
            "evidence_required": criterion.evidence_required,
        },
    )
    if request.method == "POST":
        if not form.is_valid():
            _invalid(request, form)
        elif run_action(
            request,
            lambda: set_actions.update_criterion(
                actor=acting_user(request), criterion=criterion, **form.cleaned_data
            ),
            _("The criterion has been changed."),
        ):
            return redirect(criteria_set.get_absolute_url())
        criterion.refresh_from_db()  # a refused change leaves the criterion as it was
    return render(
        request,
        "evaluation/criterion_edit.html",
        {"set": criteria_set, "criterion": criterion, "form": form},
    )


@require_http_methods(["GET", "POST"])
def set_threshold_edit(request: HttpRequest, pk: int, threshold_pk: int) -> HttpResponse:
    """Change a class's label or its lowest score while no round uses the set."""
    criteria_set = _editable_set(request, pk)
    threshold = criteria_set.thresholds.filter(pk=threshold_pk).first()
    if threshold is None:
        raise Http404
    try:
        set_actions.require_editable(acting_user(request), criteria_set)
    except ActionRefused as error:
        messages.error(request, str(error))
        return redirect(criteria_set.get_absolute_url())
    form = ThresholdForm(
        request.POST or None, initial={"label": threshold.label, "min_points": threshold.min_points}
    )
    if request.method == "POST":
        if not form.is_valid():
            _invalid(request, form)
        elif run_action(
            request,
            lambda: set_actions.update_threshold(
                actor=acting_user(request), threshold=threshold, **form.cleaned_data
            ),
            _("The class has been changed."),
        ):
            return redirect(criteria_set.get_absolute_url())
        threshold.refresh_from_db()
    return render(
        request,
        "evaluation/threshold_edit.html",
        {"set": criteria_set, "threshold": threshold, "form": form},
    )


@require_POST
def set_threshold_remove(request: HttpRequest, pk: int, threshold_pk: int) -> HttpResponse:
    return _remove_part(
        request,
        pk,
        threshold_pk,
        "thresholds",
        lambda actor, part: set_actions.remove_threshold(actor=actor, threshold=part),
        _("The class has been removed."),
    )


@require_POST
def set_exclusion_remove(request: HttpRequest, pk: int, exclusion_pk: int) -> HttpResponse:
    return _remove_part(
        request,
        pk,
        exclusion_pk,
        "exclusions",
        lambda actor, part: set_actions.remove_exclusion(actor=actor, condition=part),
        _("The exclusion condition has been removed."),
    )


@require_POST
def set_threshold_add(request: HttpRequest, pk: int) -> HttpResponse:
    criteria_set = _editable_set(request, pk)
    form = ThresholdForm(request.POST)
    if not form.is_valid():
        _invalid(request, form)
    else:
        run_action(
            request,
            lambda: set_actions.add_threshold(
                actor=acting_user(request), criteria_set=criteria_set, **form.cleaned_data
            ),
            _("The class has been added."),
        )
    return redirect(criteria_set.get_absolute_url())


@require_POST
def set_exclusion_add(request: HttpRequest, pk: int) -> HttpResponse:
    criteria_set = _editable_set(request, pk)
    form = ExclusionForm(request.POST)
    if not form.is_valid():
        _invalid(request, form)
    else:
        run_action(
            request,
            lambda: set_actions.add_exclusion(
                actor=acting_user(request), criteria_set=criteria_set, **form.cleaned_data
            ),
            _("The exclusion condition has been added."),
        )
    return redirect(criteria_set.get_absolute_url())


@require_POST
def set_copy(request: HttpRequest, pk: int) -> HttpResponse:
    criteria_set = _editable_set(request, pk)
    form = CopyForm(request.POST)
    if not form.is_valid():
        _invalid(request, form)
        return redirect(criteria_set.get_absolute_url())
    copy = set_actions.copy_set(
        actor=acting_user(request), source=criteria_set, from_year=form.cleaned_data["from_year"]
    )
    messages.success(
        request, _("The set has been copied into a new version; change it before a round uses it.")
    )
    return redirect(copy.get_absolute_url())


@require_POST
def round_open(request: HttpRequest) -> HttpResponse:
    sets = [
        s
        for s in queries.sets_visible_to(request.user)
        if permissions.can_open_round(request.user, s.province)
    ]
    if not sets:
        raise PermissionDenied
    form = RoundForm(
        request.POST, sets=queries.sets_visible_to(request.user).filter(pk__in=[s.pk for s in sets])
    )
    if not form.is_valid():
        _invalid(request, form)
        return redirect("evaluation:home")
    opened: list[Round] = []
    if run_action(
        request,
        lambda: opened.append(actions.open_round(actor=acting_user(request), **form.cleaned_data)),
        _("The round is open; every agency evaluated has its sheet."),
    ):
        return redirect(opened[0].get_absolute_url())
    return redirect("evaluation:home")


@require_GET
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    evaluation_round = queries.get_round_for_user(request.user, pk)
    sheets = queries.round_assessments(request.user, evaluation_round)
    published = evaluation_round.state == Round.State.PUBLISHED
    return render(
        request,
        "evaluation/round_detail.html",
        {
            "round": evaluation_round,
            "sheets": sheets,
            "ranking": [
                (queries.ranking_title(evaluation_round, key), rows)
                for key, rows in queries.ranking(evaluation_round).items()
            ]
            if published
            else [],
            "can_publish": permissions.can_publish_round(request.user, evaluation_round),
            "can_decide": permissions.can_open_round(request.user, evaluation_round.province),
            "appraisers": list(evaluation_round.appraisers.all()),
            "appraisers_form": AppraisersForm(
                candidates=queries.observers_of(evaluation_round.province),
                initial={"appraisers": list(evaluation_round.appraisers.all())},
            )
            if permissions.can_name_appraisers(request.user, evaluation_round)
            else None,
        },
    )


@require_POST
def round_appraisers(request: HttpRequest, pk: int) -> HttpResponse:
    """The coordinator names the observers who appraise the round."""
    evaluation_round = queries.get_round_for_user(request.user, pk)
    if not permissions.can_name_appraisers(request.user, evaluation_round):
        raise PermissionDenied
    form = AppraisersForm(request.POST, candidates=queries.observers_of(evaluation_round.province))
    if not form.is_valid():
        _invalid(request, form)
    else:
        run_action(
            request,
            lambda: actions.name_appraisers(
                actor=acting_user(request),
                evaluation_round=evaluation_round,
                observers=list(form.cleaned_data["appraisers"]),
            ),
            _("The appraisers of the round have been named."),
        )
    return redirect(evaluation_round.get_absolute_url())


@require_POST
def round_publish(request: HttpRequest, pk: int) -> HttpResponse:
    evaluation_round = queries.get_round_for_user(request.user, pk)
    if not permissions.can_publish_round(request.user, evaluation_round):
        raise PermissionDenied
    run_action(
        request,
        lambda: actions.publish_round(actor=acting_user(request), evaluation_round=evaluation_round),
        _("The classes and the ranking are published."),
    )
    return redirect(evaluation_round.get_absolute_url())


@require_GET
def round_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    """Who has sent, who is late, scores and classes (with last year), and the criteria most points are lost on."""
    evaluation_round = queries.get_round_for_user(request.user, pk)
    return render(
        request,
        "evaluation/round_dashboard.html",
        {"round": evaluation_round, "board": queries.dashboard(request.user, evaluation_round)},
    )


@require_GET
def round_chart(request: HttpRequest, pk: int) -> HttpResponse:
    """The weaknesses chart of the round (PNG) over the sheets the person may see."""
    evaluation_round = queries.get_round_for_user(request.user, pk)
    board = queries.dashboard(request.user, evaluation_round)
    response = HttpResponse(exports.weakness_chart_png(board.weaknesses), content_type="image/png")
    response["Cache-Control"] = "private, max-age=60"
    return response


@require_GET
def round_decision(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The coordinator's draft decision recognising the results, with the ranking annex (DOCX) or as XLSX."""
    if fmt not in FORMATS:
        raise Http404
    evaluation_round = queries.get_round_for_user(request.user, pk)
    if not permissions.can_open_round(request.user, evaluation_round.province):
        raise PermissionDenied
    ranking = queries.ranking(evaluation_round)
    label = f"Dự thảo Quyết định - {evaluation_round.name}"
    if fmt == "xlsx":
        data = exports.decision_xlsx(evaluation_round, ranking)
    else:
        sheets = list(evaluation_round.assessments.all())
        weak = queries.weaknesses(sheets)
        data = exports.decision_docx(
            evaluation_round, ranking, exports.weakness_chart_png(weak) if weak else None
        )
    return file_response(data, fmt=fmt, file_name=exports.file_name(label, fmt))


@require_GET
def assessment_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The self-assessment sheet as DOCX or XLSX."""
    if fmt not in FORMATS:
        raise Http404
    sheet = queries.get_assessment_for_user(request.user, pk)
    rows = queries.sheet(sheet)
    data = exports.sheet_docx(sheet, rows) if fmt == "docx" else exports.sheet_xlsx(sheet, rows)
    label = f"Bảng tự chấm điểm - {sheet.organization.name} - {sheet.round.year}"
    return file_response(data, fmt=fmt, file_name=exports.file_name(label, fmt))


@require_GET
def assessment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = queries.get_assessment_for_user(request.user, pk)
    rows = queries.sheet(sheet)
    return render(
        request,
        "evaluation/assessment_detail.html",
        {
            "sheet": sheet,
            "rows": rows,
            "lost": queries.lost_points(rows) if sheet.state == Assessment.State.FINALISED else [],
            "can_score": permissions.can_self_score(request.user, sheet),
            "can_approve": sheet.is_editable and permissions.can_approve_assessment(request.user, sheet),
            "can_submit": sheet.state == Assessment.State.APPROVED
            and permissions.can_submit_assessment(request.user, sheet),
            "can_appraise": sheet.state == Assessment.State.SUBMITTED
            and sheet.round.state == Round.State.OPEN
            and permissions.can_appraise(request.user, sheet),
            "exclusions": sheet.round.criteria_set.exclusions.all(),
        },
    )


def _version(request: HttpRequest) -> int | None:
    value = request.POST.get("version", "")
    return int(value) if value.isdigit() else None


@require_POST
def assessment_save(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = queries.get_assessment_for_user(request.user, pk)
    if not permissions.can_self_score(request.user, sheet):
        raise PermissionDenied
    entries = {}
    evidence = {}
    for score in sheet.scores.all():
        c = score.criterion_id
        if f"points-{c}" in request.POST:
            entries[c] = actions.SelfScore(
                request.POST.get(f"points-{c}", ""),
                request.POST.get(f"explanation-{c}", ""),
                request.POST.get(f"reason-{c}", ""),
            )
        uploads = request.FILES.getlist(f"evidence-{c}")
        if uploads:
            evidence[c] = uploads
    run_action(
        request,
        lambda: actions.save_self_scores(
            actor=acting_user(request),
            assessment=sheet,
            version=_version(request),
            entries=entries,
            evidence=evidence,
        ),
        _("The scores have been saved."),
    )
    return redirect(sheet.get_absolute_url())


def _step(request: HttpRequest, pk: int, allowed: object, work: object, success: str) -> HttpResponse:
    sheet = queries.get_assessment_for_user(request.user, pk)
    if not allowed(request.user, sheet):  # type: ignore[operator]
        raise PermissionDenied
    run_action(request, lambda: work(sheet), success)  # type: ignore[operator]
    return redirect(sheet.get_absolute_url())


@require_POST
def assessment_approve(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        permissions.can_approve_assessment,
        lambda s: actions.approve_assessment(
            actor=acting_user(request), assessment=s, version=_version(request)
        ),
        _("The self-assessment is approved."),
    )


@require_POST
def assessment_submit(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        permissions.can_submit_assessment,
        lambda s: actions.submit_assessment(
            actor=acting_user(request), assessment=s, version=_version(request)
        ),
        _("The self-assessment has been sent to the appraisers."),
    )


@require_POST
def assessment_adjust(request: HttpRequest, pk: int) -> HttpResponse:
    def work(sheet: Assessment) -> object:
        changes = {
            s.criterion_id: (
                request.POST.get(f"final-{s.criterion_id}", ""),
                request.POST.get(f"why-{s.criterion_id}", ""),
            )
            for s in sheet.scores.all()
            if request.POST.get(f"final-{s.criterion_id}", "") != ""
        }
        return actions.adjust_scores(
            actor=acting_user(request), assessment=sheet, version=_version(request), changes=changes
        )

    return _step(request, pk, permissions.can_appraise, work, _("The appraisal has been saved."))


@require_POST
def assessment_exclude(request: HttpRequest, pk: int) -> HttpResponse:
    def work(sheet: Assessment) -> object:
        chosen = request.POST.get("exclusion", "")
        condition = (
            sheet.round.criteria_set.exclusions.filter(pk=int(chosen)).first() if chosen.isdigit() else None
        )
        return actions.set_exclusion(
            actor=acting_user(request),
            assessment=sheet,
            version=_version(request),
            exclusion=condition,
            note=request.POST.get("note", ""),
        )

    return _step(request, pk, permissions.can_appraise, work, _("The exclusion has been recorded."))


@require_POST
def assessment_return(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        permissions.can_appraise,
        lambda s: actions.return_assessment(
            actor=acting_user(request),
            assessment=s,
            version=_version(request),
            comment=request.POST.get("comment", ""),
        ),
        _("The sheet has been returned for correction."),
    )


@require_POST
def assessment_finalise(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        permissions.can_appraise,
        lambda s: actions.finalise_assessment(
            actor=acting_user(request), assessment=s, version=_version(request)
        ),
        _("The appraisal of this sheet is final."),
    )


urlpatterns = [
    path("", home, name="home"),
    path("sets/new/", set_create, name="set-create"),
    path("sets/import/", set_import, name="set-import"),
    path("sets/import/review/", set_import_review, name="set-import-review"),
    path("sets/import/review/rows/<int:index>/", set_import_row, name="set-import-row"),
    path("sets/<int:pk>/", set_detail, name="set-detail"),
    path("sets/<int:pk>/criteria/", set_criterion_add, name="set-criterion-add"),
    path(
        "sets/<int:pk>/criteria/<int:criterion_pk>/remove/", set_criterion_remove, name="set-criterion-remove"
    ),
    path("sets/<int:pk>/criteria/<int:criterion_pk>/edit/", set_criterion_edit, name="set-criterion-edit"),
    path("sets/<int:pk>/thresholds/", set_threshold_add, name="set-threshold-add"),
    path("sets/<int:pk>/thresholds/<int:threshold_pk>/edit/", set_threshold_edit, name="set-threshold-edit"),
    path(
        "sets/<int:pk>/thresholds/<int:threshold_pk>/remove/",
        set_threshold_remove,
        name="set-threshold-remove",
    ),
    path("sets/<int:pk>/exclusions/", set_exclusion_add, name="set-exclusion-add"),
    path(
        "sets/<int:pk>/exclusions/<int:exclusion_pk>/remove/",
        set_exclusion_remove,
        name="set-exclusion-remove",
    ),
    path("sets/<int:pk>/copy/", set_copy, name="set-copy"),
    path("rounds/new/", round_open, name="round-open"),
    path("rounds/<int:pk>/", round_detail, name="round-detail"),
    path("rounds/<int:pk>/publish/", round_publish, name="round-publish"),
    path("rounds/<int:pk>/appraisers/", round_appraisers, name="round-appraisers"),
    path("rounds/<int:pk>/dashboard/", round_dashboard, name="round-dashboard"),
    path("rounds/<int:pk>/chart.png", round_chart, name="round-chart"),
    path("rounds/<int:pk>/decision/<str:fmt>/", round_decision, name="round-decision"),
    path("sheets/<int:pk>/", assessment_detail, name="assessment-detail"),
    path("sheets/<int:pk>/scores/", assessment_save, name="assessment-save"),
    path("sheets/<int:pk>/export/<str:fmt>/", assessment_export, name="assessment-export"),
    path("sheets/<int:pk>/approve/", assessment_approve, name="assessment-approve"),
    path("sheets/<int:pk>/submit/", assessment_submit, name="assessment-submit"),
    path("sheets/<int:pk>/adjust/", assessment_adjust, name="assessment-adjust"),
    path("sheets/<int:pk>/exclude/", assessment_exclude, name="assessment-exclude"),
    path("sheets/<int:pk>/return/", assessment_return, name="assessment-return"),
    path("sheets/<int:pk>/finalise/", assessment_finalise, name="assessment-finalise"),
]
