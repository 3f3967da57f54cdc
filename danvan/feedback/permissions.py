"""Who may do what with citizen feedback, reception days and dialogues (built on `organizations.permissions`).

Reading is the scope (`queries.py`: the organisation holding the item is in the person's scope). Handling an item
(accept, route, extend, merge, answer, close, publish) is writing for the organisation holding it
(`can_act_for`). The identity of the person who sent a denunciation (tố cáo) is protected (Luật Tố cáo Đ.47):
only the item's handler and the leaders of the organisation holding it see it.
"""

from __future__ import annotations

from danvan.accounts.models import User
from danvan.feedback.models import Dialogue, Feedback, Kind, ReceptionSchedule
from danvan.organizations.models import Membership, Organization
from danvan.organizations.permissions import can_act_for
from danvan.organizations.queries import AnyUser, active_memberships


def can_enter_feedback(user: AnyUser, organization: Organization) -> bool:
    """Officers enter feedback received by phone, letter, in person … for an organisation they write for."""
    return isinstance(user, User) and can_act_for(user, organization)


def can_handle_feedback(user: AnyUser, item: Feedback) -> bool:
    """Accept, route, extend, merge, answer, close and publish an item: write for the organisation holding it."""
    return isinstance(user, User) and can_act_for(user, item.organization)


def is_head_of(user: AnyUser, organization: Organization) -> bool:
    """A leader of the organisation itself (not of a parent: the head of the agency handling the case)."""
    return any(
        m.role == Membership.Role.LEADER and m.organization_id == organization.pk
        for m in active_memberships(user)
    )


def can_see_identity(user: AnyUser, item: Feedback) -> bool:
    """Name and contact of the sender: anyone who reads the item, except for a denunciation, whose sender only
    its handler and the head of the organisation holding it may know."""
    if not user.is_authenticated:
        return False
    if item.kind != Kind.DENUNCIATION:
        return True
    return (item.handler_id is not None and item.handler_id == user.pk) or is_head_of(user, item.organization)


def can_manage_reception(user: AnyUser, organization: Organization) -> bool:
    """Keep the reception schedules and sessions of an organisation."""
    return isinstance(user, User) and can_act_for(user, organization)


def can_edit_schedule(user: AnyUser, schedule: ReceptionSchedule) -> bool:
    return can_manage_reception(user, schedule.organization)


def can_manage_dialogue(user: AnyUser, organization: Organization) -> bool:
    """Record dialogues of an organisation and turn their commitments into tasks."""
    return isinstance(user, User) and can_act_for(user, organization)


def can_edit_dialogue(user: AnyUser, dialogue: Dialogue) -> bool:
    return can_manage_dialogue(user, dialogue.organization)
