"""Who does a task: organisations or people assigned by hand, names fixed at review, groups ("các sở, ban,
ngành", "… có liên quan") narrowed to their members or expanded to every member at publication. Each edit a
person makes records one audit event on the plan (`plan.assigned`, `plan.assignment_resolved`, …)."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from danvan.accounts.models import User
from danvan.core.collation import vietnamese_key
from danvan.organizations.models import Organization
from danvan.organizations.resolution import GroupKey, UnitGroup
from danvan.plans.actions.base import bump_version, create_with_history, record_plan_edit
from danvan.plans.models import Assignment, Plan, Task


@transaction.atomic
def assign(
    *,
    actor: User | None,
    task: Task,
    role: str,
    organization: Organization | None = None,
    person: User | None = None,
    text: str = "",
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Assignment:
    """Assign an organisation or a named person as lead or coordinator of a task."""
    if organization is None and person is None:
        raise ValidationError(_("Choose an organisation or a person."))
    bump_version(task.plan, version, actor)
    position = task.assignments.filter(role=role).count()
    assignment = Assignment.objects.create(
        task=task,
        role=role,
        organization=organization,
        person=person,
        text=text or str(organization or person),
        position=position,
        confidence=1.0,
        matched=_("chosen by hand"),
    )
    _record(actor, assignment, "assigned", request)
    return assignment


def _record(
    actor: User | None, assignment: Assignment, edit: str, request: HttpRequest | None, **details: object
) -> None:
    """The audit event of an edit of `assignment`: its task, its role and the name it gives."""
    record_plan_edit(
        actor=actor,
        plan=assignment.task.plan,
        edit=edit,
        task=assignment.task,
        request=request,
        is_lead=assignment.role == Assignment.Role.LEAD,
        name=assignment.text,
        organization=assignment.organization_id,
        **details,
    )


@transaction.atomic
def resolve_assignment(
    *,
    actor: User | None,
    assignment: Assignment,
    organization: Organization,
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Assignment:
    """Fix an unresolved or wrong name by choosing the organisation it means; the written name is kept."""
    bump_version(assignment.task.plan, version, actor)
    assignment.organization = organization
    assignment.external = False
    assignment.group_key = ""
    assignment.group_anchor = None
    assignment.needs_selection = False
    assignment.confidence = 1.0
    assignment.matched = _("chosen by hand")
    assignment.save()
    _record(actor, assignment, "assignment_resolved", request)
    return assignment


@transaction.atomic
def mark_external(
    *,
    actor: User | None,
    assignment: Assignment,
    version: int | None = None,
    request: HttpRequest | None = None,
) -> Assignment:
    """Record that a written name is a body outside the system (kept as written, never expanded)."""
    bump_version(assignment.task.plan, version, actor)
    assignment.external = True
    assignment.organization = None
    assignment.group_key = ""
    assignment.group_anchor = None
    assignment.needs_selection = False
    assignment.matched = _("outside the system")
    assignment.save()
    _record(actor, assignment, "assignment_external", request)
    return assignment


@transaction.atomic
def select_group_members(
    *,
    actor: User | None,
    assignment: Assignment,
    members: Iterable[Organization],
    version: int | None = None,
    request: HttpRequest | None = None,
) -> list[Assignment]:
    """For "… có liên quan", record which members of the group are concerned."""
    bump_version(assignment.task.plan, version, actor)
    assignment.expansions.all().delete()
    rows = [
        Assignment(
            task=assignment.task,
            role=assignment.role,
            organization=member,
            text=member.name,
            position=assignment.position,
            confidence=1.0,
            matched=_("selected from the group"),
            expanded_from=assignment,
        )
        for member in members
    ]
    created = create_with_history(Assignment, rows)
    assignment.needs_selection = False
    assignment.save(update_fields=["needs_selection", "updated_at"])
    names = sorted((row.text for row in created), key=vietnamese_key)
    _record(actor, assignment, "group_members_selected", request, members=names)
    return created


@transaction.atomic
def remove_assignment(
    *,
    actor: User | None,
    assignment: Assignment,
    version: int | None = None,
    request: HttpRequest | None = None,
) -> None:
    """Remove an assignment from a draft plan."""
    bump_version(assignment.task.plan, version, actor)
    _record(actor, assignment, "assignment_removed", request)
    assignment.delete()


def expand_groups(plan: Plan) -> None:
    groups = list(
        Assignment.objects.filter(task__plan=plan, expanded_from__isnull=True)
        .exclude(group_key="")
        .select_related("group_anchor")
    )
    # Groups whose members the coordinator already selected keep that selection.
    selected = set(
        Assignment.objects.filter(expanded_from__in=groups).values_list("expanded_from_id", flat=True)
    )
    members: dict[tuple[str, int], list[Organization]] = {}
    rows: list[Assignment] = []
    for group_row in groups:
        if group_row.pk in selected:
            continue
        assert group_row.group_anchor is not None
        key = (group_row.group_key, group_row.group_anchor.pk)
        if key not in members:  # "Các sở, ban, ngành" appears on most rows of a catalog: expand it once
            members[key] = list(UnitGroup(key=GroupKey(key[0]), anchor=group_row.group_anchor).members())
        rows += [
            Assignment(
                task_id=group_row.task_id,
                role=group_row.role,
                organization=member,
                text=member.name,
                position=group_row.position,
                confidence=group_row.confidence,
                matched=_("member of “%(group)s”") % {"group": group_row.text},
                expanded_from=group_row,
            )
            for member in members[key]
        ]
    create_with_history(Assignment, rows)
