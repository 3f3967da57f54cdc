"""Pages read a NUL byte in a query or form value as U+FFFD, as the API does (docs/api.md §Inputs).

PostgreSQL stores no NUL byte in a string: a filter or a text typed (or pasted) with one reached it and answered 500,
while SQLite took it. The page middleware reads every query and form value the way the API's parser does, once for all
pages, so no view needs its own guard.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse


def test_a_self_score_explanation_with_a_nul_byte_is_saved_with_a_visible_mark(
    round_world: Any, tree: Any, make_user: Any, client: Any
) -> None:
    client.force_login(make_user(tree.department))
    sheet = round_world.department
    criterion = sheet.scores.first().criterion
    response = client.post(
        reverse("evaluation:assessment-save", args=[sheet.pk]),
        {
            "version": sheet.version,
            f"points-{criterion.pk}": "1",
            f"explanation-{criterion.pk}": "Đã\x00 thực hiện",
            f"reason-{criterion.pk}": "",
        },
    )
    assert response.status_code == 302
    assert sheet.scores.get(criterion=criterion).explanation == "Đã\ufffd thực hiện"
