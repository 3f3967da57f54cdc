"""Who may register, change and recognise models, open registration calls and enter commitments.

Built on the two rules of `organizations.permissions`: `can_act_for` (officers of the organisation or above,
province-wide writing roles; never observers) and `has_role_over`.
"""

from __future__ import annotations

from danvan.initiatives.models import Campaign, Commitment, Initiative, InitiativeFile
from danvan.organizations.models import Membership, Organization
from danvan.organizations.permissions import can_act_for, has_role_over
from danvan.organizations.queries import AnyUser

Role = Membership.Role
# Roles of an agency that may open a registration call for its own units.
AGENCY_ROLES = (Role.AGENCY_OFFICER, Role.LEADER, Role.COORDINATOR, Role.ADMINISTRATOR)


def can_register_initiative(user: AnyUser, organization: Organization) -> bool:
    """Officers of the organisation or above register its models."""
    return can_act_for(user, organization)


def can_edit_initiative(user: AnyUser, initiative: Initiative) -> bool:
    """Those who may register for its organisation change it, move it along and add updates and files."""
    return can_act_for(user, initiative.organization)


def can_recognise_initiative(user: AnyUser, initiative: Initiative) -> bool:
    """The coordinator of the province records a commendation (level, form, decision)."""
    return has_role_over(user, initiative.organization, {Role.COORDINATOR})


def can_remove_initiative_file(user: AnyUser, item: InitiativeFile) -> bool:
    return can_edit_initiative(user, item.initiative)


def can_open_campaign(user: AnyUser, organization: Organization) -> bool:
    """The coordinator (for the province or any agency), or an agency's officers and leaders for its own
    units; internal units open no calls."""
    if has_role_over(user, organization, {Role.COORDINATOR}):
        return True
    return (
        not organization.is_internal
        and can_act_for(user, organization)
        and has_role_over(user, organization, AGENCY_ROLES)
    )


def can_edit_campaign(user: AnyUser, campaign: Campaign) -> bool:
    return can_open_campaign(user, campaign.organization)


def can_edit_commitment(user: AnyUser, organization: Organization) -> bool:
    """Officers of the organisation or above enter its commitments."""
    return can_act_for(user, organization)


def can_edit_commitment_row(user: AnyUser, commitment: Commitment) -> bool:
    return can_edit_commitment(user, commitment.organization)


def proposing_organization(user: AnyUser) -> Organization | None:
    """Where the person proposes commendations from: the organisation where they hold the coordinator role
    (Sở Nội vụ), None for everyone else."""
    from danvan.organizations.queries import active_memberships

    for membership in active_memberships(user):
        if membership.role == Role.COORDINATOR:
            return membership.organization
    return None


def can_propose_recognition(user: AnyUser) -> bool:
    """Coordinators propose models for commendation (the list and its documents)."""
    return proposing_organization(user) is not None
