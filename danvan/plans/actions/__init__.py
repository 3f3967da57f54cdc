"""Writes of the plans app, one module per use case:

- `importing`: a file becomes a draft plan (`import_file`, the one "parse then import"), re-import, upload queue;
- `editing`: review edits of a draft (document metadata, tasks, targets, reporting obligations, roll-up);
- `assignments`: who does a task (by hand, names fixed at review, groups narrowed or expanded);
- `cascade`: catalog to plan (citations linked, plan started from the catalog, tasks linked to catalog tasks);
- `workflow`: submit, return, approve, issue, publish a catalog;
- `exports`: audit of downloads and PDF conversions queued;
- `base`: the refusals (`StaleVersion`, `TransitionError`) and the version check every edit makes.

Every function runs in a transaction and records its audit event; plan edits bump `Plan.version` and refuse
a stale version (`StaleVersion`) instead of overwriting someone else's change. Callers keep writing
`from danvan.plans import actions` and `actions.<name>`: every public action is re-exported here. The running
of import and export jobs belongs to `danvan/plans/jobs.py`.
"""

from danvan.plans.actions.assignments import (
    assign,
    mark_external,
    remove_assignment,
    resolve_assignment,
    select_group_members,
)
from danvan.plans.actions.base import PlanNotReady, StaleVersion, TransitionError
from danvan.plans.actions.cascade import (
    link_citations,
    link_to_catalog,
    set_source_task,
    start_plan_from_catalog,
)
from danvan.plans.actions.editing import (
    DOCUMENT_FIELDS,
    TASK_FIELDS,
    add_reporting_obligation,
    add_target,
    add_task,
    delete_task,
    remove_reporting_obligation,
    remove_target,
    set_rollup,
    update_document,
    update_target,
    update_task,
)
from danvan.plans.actions.exports import queue_pdf_export, record_export
from danvan.plans.actions.importing import (
    ImportOutcome,
    ImportReport,
    UnreadableFile,
    import_file,
    import_parsed,
    queue_import,
    reimport_parsed,
)
from danvan.plans.actions.workflow import (
    approve_plan,
    issue_plan,
    publish_catalog,
    return_plan,
    submit_plan,
)

__all__ = [
    "DOCUMENT_FIELDS",
    "TASK_FIELDS",
    "ImportOutcome",
    "ImportReport",
    "PlanNotReady",
    "StaleVersion",
    "TransitionError",
    "UnreadableFile",
    "add_reporting_obligation",
    "add_target",
    "add_task",
    "approve_plan",
    "assign",
    "delete_task",
    "import_file",
    "import_parsed",
    "issue_plan",
    "link_citations",
    "link_to_catalog",
    "mark_external",
    "publish_catalog",
    "queue_import",
    "queue_pdf_export",
    "record_export",
    "reimport_parsed",
    "remove_assignment",
    "remove_reporting_obligation",
    "remove_target",
    "resolve_assignment",
    "return_plan",
    "select_group_members",
    "set_rollup",
    "set_source_task",
    "start_plan_from_catalog",
    "submit_plan",
    "update_document",
    "update_target",
    "update_task",
]
