"""Catalog to plan: citations linked across the province, a plan started from the catalog, each agency task
linked to the catalog task it implements."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core import actions as core_actions
from danvan.core.models import AuditEvent
from danvan.core.permissions import require
from danvan.organizations.models import Organization
from danvan.organizations.queries import province_of
from danvan.plans.actions.base import TransitionError, bump_version, create_with_history, record_plan_edit
from danvan.plans.matching import best_matches
from danvan.plans.models import Citation, Document, Plan, Task
from danvan.plans.permissions import can_start_plan
from danvan.plans.titles import implementing_title
from docparse import fold


def link_citations(document: Document) -> int:
    """Link this document's citations to documents of the same province, and citations of it to it.

    An agency plan whose parent is still unknown gets the catalog it cites as parent. Returns the number
    of citations linked.
    """
    province = province_of(document.owner)
    in_province = Document.objects.filter(owner__path__startswith=province.path)
    linked = 0
    keys = {c.number_key for c in document.citations.all()}
    targets = {d.number_key: d for d in in_province.filter(number_key__in=keys).exclude(pk=document.pk)}
    for citation in document.citations.all():
        target = targets.get(citation.number_key)
        if target is not None and citation.cited_id != target.pk:
            citation.cited = target
            citation.save(update_fields=["cited"])
            linked += 1
    if document.number_key:
        linked += (
            Citation.objects.filter(
                number_key=document.number_key,
                document__owner__path__startswith=province.path,
                cited__isnull=True,
            )
            .exclude(document=document)
            .update(cited=document)
        )
        _adopt_children(document)
    return linked


def _adopt_children(document: Document) -> None:
    """Plans without a parent that cite this catalog's decision become its children."""
    catalog = Plan.objects.filter(document=document, kind=Plan.Kind.CATALOG).first()
    if catalog is None:
        return
    citing = Citation.objects.filter(cited=document).values_list("document_id", flat=True)
    Plan.objects.filter(document_id__in=citing, parent__isnull=True, kind=Plan.Kind.AGENCY_PLAN).update(
        parent=catalog, parent_citation=None
    )


def guess_parent(document: Document) -> tuple[Plan | None, Citation | None]:
    """The catalog a plan implements: a cited catalog in the system, else the first decision or plan of a
    People's Committee it cites (known only as a citation)."""
    citations = list(document.citations.select_related("cited"))
    for citation in citations:
        if citation.cited is not None:
            catalog = Plan.objects.filter(document=citation.cited, kind=Plan.Kind.CATALOG).first()
            if catalog is not None:
                return catalog, None
    for citation in citations:
        from_committee = "uy ban nhan dan" in fold(citation.issuer_name) or citation.number_key.endswith(
            "ubnd"
        )
        if citation.doc_type in ("Quyết định", "Kế hoạch") and from_committee:
            return None, citation
    return None, None


@transaction.atomic
def start_plan_from_catalog(
    *, actor: User | None, catalog: Plan, organization: Organization, request: HttpRequest | None = None
) -> Plan:
    """Create the organisation's draft plan pre-filled with every catalog task it leads or coordinates."""
    require(actor, can_start_plan, catalog, organization)
    if not catalog.is_catalog or catalog.status != Plan.Status.ISSUED:
        raise TransitionError(_("Only an issued catalog can be the start of a plan."))
    plan = Plan.objects.create(
        kind=Plan.Kind.AGENCY_PLAN,
        owner=organization,
        title=implementing_title(catalog),
        parent=catalog,
        period_start=catalog.period_start,
        period_end=catalog.period_end,
    )
    assigned = (
        Task.objects.filter(plan=catalog, assignments__organization=organization)
        .distinct()
        .order_by("position")
    )
    create_with_history(
        Task,
        [
            Task(
                plan=plan,
                number=str(i),
                position=i,
                content=source.content,
                timeframe_raw=source.timeframe_raw,
                timeframe_kind=source.timeframe_kind,
                start=source.start,
                end=source.end,
                due=source.due,
                source_task=source,
                source_score=1.0,
                source_confirmed=True,
            )
            for i, source in enumerate(assigned, start=1)
        ],
    )
    core_actions.record_event(
        actor=actor,
        action=AuditEvent.Action.CREATED,
        target=plan,
        request=request,
        details={"from_catalog": catalog.pk},
    )
    return plan


def link_to_catalog(*, plan: Plan) -> int:
    """Link every task of an uploaded plan to the catalog task it most likely implements (unconfirmed).

    Candidates are the catalog tasks assigned to the plan's owner (all of them when none is), each read with
    its parent task's text. Writes `source_task`/`source_score` of the linked tasks; returns how many.
    """
    # Imported here: this function is the only part of actions.py that needs the coverage rules.
    from danvan.plans.coverage import assigned_catalog_tasks

    assert plan.parent is not None
    catalog_tasks = list(
        plan.parent.tasks.filter(is_heading=False).select_related("parent").order_by("position")
    )
    assigned = {t.pk for t in assigned_catalog_tasks(plan.parent, plan.owner)}
    eligible = [i for i, c in enumerate(catalog_tasks) if c.pk in assigned] or None
    tasks = list(plan.tasks.filter(is_heading=False).order_by("position"))
    matches = best_matches(
        [t.content for t in tasks],
        [c.content for c in catalog_tasks],
        context=[c.parent.content if c.parent else "" for c in catalog_tasks],
        eligible=eligible,
    )
    linked = 0
    for task, match in zip(tasks, matches, strict=True):
        if match is None:
            continue
        index, score = match
        task.source_task, task.source_score, task.source_confirmed = catalog_tasks[index], score, False
        task.save(update_fields=["source_task", "source_score", "source_confirmed", "updated_at"])
        linked += 1
    return linked


@transaction.atomic
def set_source_task(
    *,
    actor: User | None,
    task: Task,
    source: Task | None,
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Task:
    """Confirm or change (or remove) the catalog task an agency task implements."""
    bump_version(task.plan, version, actor)
    if source is not None and (task.plan.parent_id is None or source.plan_id != task.plan.parent_id):
        raise ValidationError(_("The task must come from this plan's catalog."))
    task.source_task = source
    task.source_confirmed = source is not None
    task.source_score = 1.0 if source is not None else None
    task.save(update_fields=["source_task", "source_confirmed", "source_score", "updated_at"])
    record_plan_edit(
        actor=actor,
        plan=task.plan,
        edit="task_linked",
        task=task,
        request=request,
        source_label=str(source) if source is not None else "",
    )
    return task
