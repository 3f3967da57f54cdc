"""Load a province's reference list of organisations (bundled JSON) into the tree, idempotently."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import transaction

from danvan.accounts.models import User
from danvan.organizations import actions
from danvan.organizations.models import Organization

DATA_DIR = Path(__file__).resolve().parent / "data"
HAIPHONG_LIST = DATA_DIR / "haiphong_orgs.json"
HAIPHONG_EXTRA = DATA_DIR / "haiphong_extra.json"
QUANGNGAI_LIST = DATA_DIR / "quangngai_orgs.json"
QUANGNGAI_EXTRA = DATA_DIR / "quangngai_extra.json"
# Bundled provinces by the name `load_organizations --province` takes.
PROVINCES = {"haiphong": (HAIPHONG_LIST, HAIPHONG_EXTRA), "quangngai": (QUANGNGAI_LIST, QUANGNGAI_EXTRA)}

# Kinds of the reference list that are the same in our model.
DIRECT_KINDS = {"department", "commune", "ward", "special_zone"}


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _apply(
    *,
    actor: User | None,
    parent: Organization | None,
    name: str,
    kind: str,
    fields: dict[str, Any],
    result: LoadResult,
) -> Organization:
    # The official code identifies administrative units across renames; others are found by name.
    existing = None
    if fields.get("code"):
        existing = Organization.objects.filter(code=fields["code"], kind=kind).first()
    if existing is None:
        existing = Organization.objects.filter(name=name, parent=parent).first()
    if existing is None:
        result.created += 1
        return actions.create_organization(actor=actor, name=name, kind=kind, parent=parent, **fields)
    changes = {"name": name, "kind": kind, **fields}
    if all(getattr(existing, f) == v for f, v in changes.items()):
        result.unchanged += 1
        return existing
    result.updated += 1
    return actions.update_organization(actor=actor, organization=existing, **changes)


@transaction.atomic
def load_province(
    *, actor: User | None = None, list_path: Path = HAIPHONG_LIST, extra_path: Path = HAIPHONG_EXTRA
) -> tuple[Organization, LoadResult]:
    """Create or update the province and every organisation of its reference list under it."""
    entries: list[dict[str, Any]] = json.loads(list_path.read_text(encoding="utf-8"))
    extra: dict[str, Any] = json.loads(extra_path.read_text(encoding="utf-8"))
    result = LoadResult()
    spec = extra["province"]
    province = _apply(
        actor=actor,
        parent=None,
        name=spec["name"],
        kind=Organization.Kind.PROVINCE,
        fields={
            "short_name": spec.get("short_name", ""),
            "locality": spec.get("locality", ""),
            "code": spec.get("code", ""),
            "aliases": "\n".join(spec.get("aliases", [])),
        },
        result=result,
    )
    for entry in entries:
        name = entry["name"]
        if name == province.name:
            continue
        kind = entry["kind"] if entry["kind"] in DIRECT_KINDS else extra["kinds"][name]
        details = extra["details"].get(name, {})
        fields = {
            "code": entry.get("code", ""),
            "short_name": details.get("short_name", ""),
            "abbreviation": details.get("abbreviation", ""),
            "aliases": "\n".join(details.get("aliases", [])),
            "note": entry.get("note", ""),
        }
        _apply(actor=actor, parent=province, name=name, kind=kind, fields=fields, result=result)
    return province, result
