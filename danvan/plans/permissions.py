"""Who may do what with plans and catalogs; built on `organizations.permissions` (role held over the owner).

Reading is the scope (`queries.plans_visible_to`: 404 outside it); these functions decide the writes.
Observers never write: every function here starts from `can_act_for` or a role observers do not hold.
"""

from __future__ import annotations

from danvan.organizations.models import Membership, Organization
from danvan.organizations.permissions import can_act_for, has_role_over
from danvan.organizations.queries import AnyUser
from danvan.plans.models import Plan

Role = Membership.Role


def can_import_plan(user: AnyUser, organization: Organization) -> bool:
    """Upload a document as a draft of this organisation (an agency, not an internal unit)."""
    return can_act_for(user, organization) and organization.kind not in Organization.INTERNAL_KINDS


def can_edit_plan(user: AnyUser, plan: Plan) -> bool:
    """Edit a draft or returned plan: officers (not observers) of the owner or above it."""
    return plan.is_editable and can_act_for(user, plan.owner)


def can_start_plan(user: AnyUser, catalog: Plan, organization: Organization) -> bool:
    """Start the organisation's plan from an issued catalog: someone who writes for the organisation."""
    return can_act_for(user, organization)


def can_submit_plan(user: AnyUser, plan: Plan) -> bool:
    """Send an agency plan to its leader: officers of the owner or above it."""
    return can_act_for(user, plan.owner)


def can_approve_plan(user: AnyUser, plan: Plan) -> bool:
    """Approve (ký duyệt) an agency plan: a leader of the owner or of an organisation above it."""
    return has_role_over(user, plan.owner, {Role.LEADER})


def can_return_plan(user: AnyUser, plan: Plan) -> bool:
    """Send a submitted or approved plan back: its leader (or one above), or the province's coordinator."""
    return has_role_over(user, plan.owner, {Role.LEADER, Role.COORDINATOR})


def can_issue_plan(user: AnyUser, plan: Plan) -> bool:
    """Issue an approved agency plan to its units: officers of the owner or above it."""
    return can_act_for(user, plan.owner)


def can_publish_catalog(user: AnyUser, plan: Plan) -> bool:
    """Publish a catalog to the organisations it assigns: the coordinator of its province."""
    return has_role_over(user, plan.owner, {Role.COORDINATOR})
