"""Who may do what in evaluation; built on `organizations.permissions` (role held over the organisation).

Reading is the scope (`queries`: 404 outside it); these functions decide the writes:
- coordinators (Sở Nội vụ) and administrators of the province keep its criteria sets; coordinators open and
  publish rounds;
- officers who act for an agency self-score and submit its sheet; its leader approves it (ký duyệt);
- appraisers are the province's coordinators and the observers the coordinator names for the round (the
  appraisal team of Sở Nội vụ and Ban Dân vận): they adjust scores with reasons, return sheets for correction
  and finalise them. An observer not named only reads, as observers everywhere else.
"""

from __future__ import annotations

from danvan.evaluation.models import Assessment, CriteriaSet, Round
from danvan.organizations.models import Membership, Organization
from danvan.organizations.permissions import can_act_for, has_role_over
from danvan.organizations.queries import AnyUser

Role = Membership.Role


def can_manage_sets(user: AnyUser, province: Organization) -> bool:
    """Coordinators and administrators of the province enter, copy and edit its criteria sets."""
    return has_role_over(user, province, {Role.COORDINATOR, Role.ADMINISTRATOR})


def can_edit_set(user: AnyUser, criteria_set: CriteriaSet) -> bool:
    """A set is edited by those who keep the province's sets, until a round uses it."""
    return not criteria_set.is_frozen and can_manage_sets(user, criteria_set.province)


def can_open_round(user: AnyUser, province: Organization) -> bool:
    """The coordinator of the province opens an evaluation round."""
    return has_role_over(user, province, {Role.COORDINATOR})


def can_publish_round(user: AnyUser, evaluation_round: Round) -> bool:
    """The coordinator of the province publishes the classes and the ranking."""
    return evaluation_round.state == Round.State.OPEN and has_role_over(
        user, evaluation_round.province, {Role.COORDINATOR}
    )


def can_self_score(user: AnyUser, assessment: Assessment) -> bool:
    """Officers acting for the agency score its sheet while it is a draft or returned and the round is open."""
    return (
        assessment.is_editable
        and assessment.round.state == Round.State.OPEN
        and can_act_for(user, assessment.organization)
    )


def can_approve_assessment(user: AnyUser, assessment: Assessment) -> bool:
    """The agency's leader (or a leader above it) approves the self-assessment (ký duyệt)."""
    return has_role_over(user, assessment.organization, {Role.LEADER})


def can_submit_assessment(user: AnyUser, assessment: Assessment) -> bool:
    """Officers acting for the agency send the approved sheet to the appraisers."""
    return can_act_for(user, assessment.organization)


def can_name_appraisers(user: AnyUser, evaluation_round: Round) -> bool:
    """The coordinator of the province names which observers appraise an open round."""
    return evaluation_round.state == Round.State.OPEN and has_role_over(
        user, evaluation_round.province, {Role.COORDINATOR}
    )


def is_named_appraiser(user: AnyUser, evaluation_round: Round) -> bool:
    """The person is one of the observers the coordinator named to appraise the round."""
    if not user.is_authenticated or user.pk is None:
        return False
    return evaluation_round.appraisers.filter(pk=user.pk).exists()


def can_appraise(user: AnyUser, assessment: Assessment) -> bool:
    """The province's coordinators appraise a sheet; an observer (Ban Dân vận) only when the coordinator named
    them an appraiser of the round and they observe the agency's province."""
    if has_role_over(user, assessment.organization, {Role.COORDINATOR}):
        return True
    return has_role_over(user, assessment.organization, {Role.OBSERVER}) and is_named_appraiser(
        user, assessment.round
    )
