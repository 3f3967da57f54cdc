"""How an object's history reads: Vietnamese field names and value labels, never raw values.

Row edits (django-simple-history) give field names and stored values ("status: approved → issued");
audit events give a dictionary of details ({"format": "docx", "from_catalog": 1}). Both are turned
into words here, once, for every history page.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from danvan.core.templatetags.vietnamese import vn_date

# django-simple-history's history_type: created, changed, deleted.
ROW_ACTIONS = {"+": gettext_lazy("Created"), "~": gettext_lazy("Changed"), "-": gettext_lazy("Deleted")}

# Labels of audit actions named "<app object>.<what>" (AuditEvent.Action holds the common ones).
ACTION_LABELS = {
    "plan.document_updated": gettext_lazy("Edited the document details"),
    "plan.task_added": gettext_lazy("Added a task"),
    "plan.task_updated": gettext_lazy("Edited a task"),
    "plan.task_deleted": gettext_lazy("Removed a task"),
    "plan.task_linked": gettext_lazy("Linked a task to the catalog"),
    "plan.rollup_set": gettext_lazy("Chose the roll-up of progress"),
    "plan.target_added": gettext_lazy("Added a target"),
    "plan.target_removed": gettext_lazy("Removed a target"),
    "plan.target_updated": gettext_lazy("Changed a target"),
    "plan.obligation_added": gettext_lazy("Added a report to the schedule"),
    "plan.obligation_removed": gettext_lazy("Removed a report from the schedule"),
    "plan.assigned": gettext_lazy("Assigned a task"),
    "plan.assignment_resolved": gettext_lazy("Chose the organisation a name means"),
    "plan.assignment_external": gettext_lazy("Kept a name as a body outside the system"),
    "plan.group_members_selected": gettext_lazy("Chose the organisations concerned"),
    "plan.assignment_removed": gettext_lazy("Removed an assignment"),
}

# Labels of the keys actions put in an audit event's details (danvan.core.actions.record_event).
DETAIL_LABELS = {
    "file": gettext_lazy("File"),
    "kept": gettext_lazy("Edits kept"),
    "reimport": gettext_lazy("Imported again"),
    "from_catalog": gettext_lazy("Started from the catalog"),
    "comment": gettext_lazy("Comment"),
    "format": gettext_lazy("Format"),
    "is_lead": gettext_lazy("Lead unit"),
    "name": gettext_lazy("Name"),
    "size": gettext_lazy("Size (bytes)"),
    "on": gettext_lazy("Date"),
    "date": gettext_lazy("Date"),
    "assembled": gettext_lazy("Assembled from the progress entered"),
    "version": gettext_lazy("Version"),
    "item_count": gettext_lazy("Number of tasks"),
    "fields": gettext_lazy("Fields changed"),
    "late": gettext_lazy("Sent late"),
    "accepted": gettext_lazy("Accepted"),
    "consolidated": gettext_lazy("Consolidated report"),
    "from_schedule": gettext_lazy("From the reporting schedule"),
    "by_hand": gettext_lazy("Opened by hand"),
    "state": gettext_lazy("State"),
    "from": gettext_lazy("Former name"),
    "to": gettext_lazy("New name"),
    "into_name": gettext_lazy("Merged into"),
    "role": gettext_lazy("Role"),
    "organization": gettext_lazy("Organisation"),
    "moved_under": gettext_lazy("Moved under"),
    "api_token": gettext_lazy("API token"),
    "revoked": gettext_lazy("Revoked"),
    "task_label": gettext_lazy("Task"),
    "source_label": gettext_lazy("Catalog task"),
    "text": gettext_lazy("Content"),
    "value": gettext_lazy("Value"),
    "unit": gettext_lazy("Unit"),
    "due": gettext_lazy("Due date"),
    "rollup": gettext_lazy("Progress roll-up"),
    "members": gettext_lazy("Organisations concerned"),
}
# Keys holding the id of an organisation: shown by its name.
ORGANIZATION_KEYS = {"organization", "moved_under"}
# Keys that only say that something happened; the value (an id) means nothing to a reader.
FLAG_KEYS = {"from_catalog"}
# Ids of other rows, already named by the event's object or another key.
HIDDEN_KEYS = {"task", "evidence", "calendar_feed", "catalog", "into", "model"}

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def action_label(action: str, display: str | None) -> str:
    """What an audit event did, in words: the label of a common action (`display`), of an action in
    ACTION_LABELS, else "Recorded"."""
    if display is not None:
        return display
    return str(ACTION_LABELS.get(action, gettext_lazy("Recorded")))


def row_action(history_type: str) -> str:
    """ "Tạo mới", "Sửa", "Xóa" for a history row's type."""
    return str(ROW_ACTIONS.get(history_type, history_type))


def field_label(field: models.Field[Any, Any] | None, name: str) -> str:
    """The field's Vietnamese name ("Trạng thái"), from its verbose_name."""
    if field is not None and str(field.verbose_name) != field.name.replace("_", " "):
        return capfirst(str(field.verbose_name))
    # A field without a verbose name of its own (a technical column such as "version").
    return str(capfirst(DETAIL_LABELS.get(name, name)))


def plain_value(value: object) -> str:
    """A stored value in words: yes/no, Vietnamese dates and decimals, lists joined."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime.datetime):
        return (
            f"{timezone.localtime(value):%d/%m/%Y %H:%M}"
            if timezone.is_aware(value)
            else f"{value:%d/%m/%Y %H:%M}"
        )
    if isinstance(value, datetime.date):
        return vn_date(value)
    if isinstance(value, float | Decimal):
        return str(number_format(value))
    if isinstance(value, str) and ISO_DATE.match(value):
        return vn_date(datetime.date.fromisoformat(value))
    if isinstance(value, list | tuple):
        return ", ".join(plain_value(item) for item in value)
    return str(value)


def related_names(pairs: Iterable[tuple[models.Field[Any, Any], object]]) -> dict[tuple[Any, object], str]:
    """Names of the rows foreign keys point to, one query per related model."""
    wanted: dict[Any, set[object]] = defaultdict(set)
    for model_field, value in pairs:
        if model_field.many_to_one and value not in (None, ""):
            wanted[model_field.related_model].add(value)
    names: dict[tuple[Any, object], str] = {}
    for model, pks in wanted.items():
        for row in model._default_manager.filter(pk__in=pks):
            names[(model, row.pk)] = str(row)
    return names


def field_value(
    model_field: models.Field[Any, Any] | None, value: object, names: dict[tuple[Any, object], str]
) -> str:
    """A field's stored value as the page shows it: the choice's label, the related row's name."""
    if value is None or value == "":
        return ""
    if model_field is not None:
        if model_field.many_to_one:
            return names.get((model_field.related_model, value), "")
        if model_field.choices:
            return str(dict(model_field.flatchoices).get(value, value))
    return plain_value(value)


def detail_lines(
    obj: models.Model, details: dict[str, Any], organizations: dict[object, str]
) -> list[tuple[str, str]]:
    """(label, value) for each fact of an audit event on `obj`, in Vietnamese. The names in "fields" are fields
    of `obj`, or of the model the event names in "model" ("plans.task") when the edit was of another row."""
    from django.apps import apps

    from danvan.organizations.models import Membership

    fields = {f.name: f for f in obj._meta.concrete_fields}
    edited = fields
    if isinstance(details.get("model"), str):
        try:
            edited = {f.name: f for f in apps.get_model(details["model"])._meta.concrete_fields}
        except (LookupError, ValueError):
            edited = {}
    lines: list[tuple[str, str]] = []
    for key, value in details.items():
        if key in HIDDEN_KEYS or value is None or value == "":
            continue
        label = field_label(None, key)
        if key in FLAG_KEYS:
            lines.append((label, _("yes")))
        elif key in ORGANIZATION_KEYS:
            lines.append((label, organizations.get(value, "")))
        elif key == "role":
            lines.append((label, str(dict(Membership.Role.choices).get(value, value))))
        elif key == "format":
            lines.append((label, str(value).upper()))
        elif key == "fields" and isinstance(value, list | tuple):
            lines.append((label, ", ".join(field_label(edited.get(name), name) for name in value)))
        elif key in fields and fields[key].choices:
            lines.append((label, field_value(fields[key], value, {})))
        else:
            lines.append((label, plain_value(value)))
    return lines


def organization_ids(details: Iterable[dict[str, Any]]) -> set[object]:
    """Ids of organisations named in events' details, to fetch their names in one query."""
    return {d[key] for d in details for key in ORGANIZATION_KEYS if d.get(key) not in (None, "")}
