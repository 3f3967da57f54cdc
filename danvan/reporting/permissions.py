"""Who may do what in reporting; built on `organizations.permissions` (role held over the organisation).

Reading is the scope (`queries`: 404 outside it); these functions decide the writes. Observers never write:
each function starts from `can_act_for` or from a role observers do not hold.
"""

from __future__ import annotations

from danvan.organizations.models import Membership, Organization
from danvan.organizations.permissions import can_act_for, has_role_over
from danvan.organizations.queries import AnyUser, scope_of
from danvan.plans.models import Plan, Task
from danvan.reporting.models import CalendarFeed, Evidence, Report
from danvan.reporting.queries.progress import updatable_organizations

Role = Membership.Role


def is_coordinator_of(user: AnyUser, organization: Organization) -> bool:
    """Coordinator (Sở Nội vụ) of the organisation's province, or a superuser."""
    return has_role_over(user, organization, {Role.COORDINATOR})


def can_manage_periods(user: AnyUser, catalog: Plan) -> bool:
    """Coordinators of the catalog's province create, close and reopen its periods and export the
    consolidated report."""
    return is_coordinator_of(user, catalog.owner)


def can_write_report(user: AnyUser, organization: Organization) -> bool:
    """Officers (not observers) whose scope covers the organisation compile and submit its report."""
    return can_act_for(user, organization)


def can_approve_report(user: AnyUser, report: Report) -> bool:
    """The leader of the organisation (or of a parent) approves its report (ký duyệt)."""
    return has_role_over(user, report.organization, {Role.LEADER})


def can_review_report(user: AnyUser, report: Report) -> bool:
    """The coordinator of the province accepts or returns a submitted report."""
    return is_coordinator_of(user, report.organization)


def can_update_progress(user: AnyUser, task: Task) -> bool:
    """Report progress on a task: someone who may report for one of its assigned organisations, or who is
    named on it (the rule is `queries.progress.updatable_organizations`)."""
    return bool(updatable_organizations(user, task))


def can_remove_evidence(user: AnyUser, evidence: Evidence) -> bool:
    """Remove an evidence file: someone who may report for its organisation on its task."""
    progress = evidence.progress
    return any(
        u.organization.pk == progress.organization_id for u in updatable_organizations(user, progress.task)
    )


def can_create_feed(user: AnyUser, organization: Organization | None) -> bool:
    """A calendar feed of one's own deadlines, or of an organisation in one's (read) scope."""
    return user.is_authenticated and (organization is None or scope_of(user).covers(organization))


def can_revoke_feed(user: AnyUser, feed: CalendarFeed) -> bool:
    """A calendar feed is revoked by its owner."""
    return user.is_authenticated and feed.user_id == user.pk
