from __future__ import annotations

import datetime
from typing import Any

import pytest

from danvan.initiatives import actions
from danvan.initiatives.models import Initiative


@pytest.fixture
def register(db: None) -> Any:
    """register(organization, name=..., **fields): a model through the real action (as the system)."""

    def make(
        organization: Any, name: str = "Nâng cao chất lượng công tác tiếp công dân", **fields: Any
    ) -> Initiative:
        data: dict[str, Any] = {
            "name": name,
            "kind": Initiative.Kind.SKILFUL_MOBILISATION,
            "holder": Initiative.Holder.COLLECTIVE,
            "performer": "Chi bộ Văn phòng",
            "field": Initiative.Field.POLITICAL_SYSTEM,
            "year": 2025,
        }
        today = fields.pop("today", datetime.date(2025, 2, 10))
        data.update(fields)
        return actions.register_initiative(actor=None, organization=organization, data=data, today=today)

    return make
