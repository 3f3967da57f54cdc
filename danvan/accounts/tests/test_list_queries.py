"""Query counts of the account pages that list rows (tokens, roles), pinned with 5 and 15 rows."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from danvan.accounts import actions
from danvan.organizations import actions as org_actions
from danvan.testing import assert_flat_queries, client_for

pytestmark = pytest.mark.django_db


def test_token_and_profile_pages_stay_flat_as_tokens_and_roles_grow(
    tree: Any, make_user: Any, make_organization: Any
) -> None:
    person = make_user(tree.department, "agency_officer")

    def grow(count: int) -> None:
        for i in range(count):
            actions.create_api_token(actor=person, name=f"máy {i}")
            unit = make_organization(name=f"Phòng {person.pk}-{count}-{i}", parent=tree.department)
            org_actions.grant_role(actor=None, user=person, organization=unit, role="unit_officer")

    urls = [reverse("accounts:tokens"), reverse("accounts:profile"), reverse("accounts:profile-history")]
    assert_flat_queries(client_for(person), urls, grow)
