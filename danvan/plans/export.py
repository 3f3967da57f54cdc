"""A plan or a catalog as an outgoing document (Nghị định 30/2020), and its DOCX and XLSX files.

`outgoing_for(plan)` maps the models to `danvan.documents.outgoing.OutgoingDocument`; the writers in
`danvan.documents` do the layout. A catalog becomes a Quyết định whose tasks are in a landscape appendix
table (like seed 004); an agency plan becomes a Kế hoạch with numbered tasks in its body (like seed 000).
Lead and coordinating units are printed as written: a group stays "Các sở, ban, ngành", the organisations
it was expanded into at publication are not repeated.
"""

from __future__ import annotations

import datetime
import re

from django.db.models import Prefetch
from django.utils import timezone

from danvan.core.dateformat import citation_date, short_date, vietnamese_date
from danvan.documents import outgoing
from danvan.documents.docx_writer import render_docx
from danvan.documents.issuers import (
    PEOPLES_COMMITTEE,
    committee_area,
    committee_level,
    default_signature,
    is_peoples_committee,
    issuer_abbreviation,
    issuer_for,
    upper_nfc,
)
from danvan.documents.xlsx_writer import render_tasks_xlsx
from danvan.organizations.models import Organization
from danvan.organizations.queries import province_of
from danvan.plans.models import Assignment, Citation, Plan, Task
from docparse import fold

DECISION = "Quyết định"
PLAN = "Kế hoạch"

# Type abbreviations of Nghị định 30/2020 Phụ lục III for the types a plan's document can have.
TYPE_ABBREVIATIONS = {
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Quy chế": "QC",
    "Quy định": "QyĐ",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Chương trình": "CTr",
    "Kế hoạch": "KH",
    "Phương án": "PA",
    "Đề án": "ĐA",
    "Báo cáo": "BC",
    "Tờ trình": "TTr",
}
# "3177/QĐ-UBND", "05/KH-SCT", "59/2023/QĐ-UBND": number, type code, issuer code.
_NUMBER = re.compile(
    r"^\s*(?P<number>\d+(?:/\d{4})?)\s*/\s*(?P<type>[^\W\d_][\w&]*)-(?P<issuer>[\w&.\-]+)\s*$"
)


# --- tasks ------------------------------------------------------------------------------------------------


def _unit_names(task: Task, role: str) -> tuple[str, ...]:
    """Lead or coordinating units as written, in order; rows expanded from a group are the group's."""
    names: list[str] = []
    for assignment in task.assignments.all():
        if assignment.role != role or assignment.expanded_from_id is not None:
            continue
        name = assignment.text.strip() or str(assignment.organization or assignment.person or "").strip()
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _timeframe(task: Task) -> str:
    if task.timeframe_raw.strip():
        return task.timeframe_raw.strip()
    if task.due is not None:
        return f"Hoàn thành trước ngày {short_date(task.due)}"
    return ""


def outgoing_tasks(tasks: list[Task]) -> tuple[outgoing.Task, ...]:
    """Tasks in printed order; numbers are kept as printed and parents given by number."""
    numbers = {task.pk: task.number for task in tasks}
    return tuple(
        outgoing.Task(
            no=task.number,
            text=task.content,
            lead=_unit_names(task, Assignment.Role.LEAD),
            coord=_unit_names(task, Assignment.Role.COORDINATE),
            timeframe=_timeframe(task),
            due=task.due,
            parent_no=numbers.get(task.parent_id) if task.parent_id else None,
        )
        for task in tasks
    )


def _plan_tasks(plan: Plan) -> list[Task]:
    assignments = Assignment.objects.select_related("organization", "person").order_by(
        "role", "position", "pk"
    )
    return list(
        plan.tasks.prefetch_related(Prefetch("assignments", queryset=assignments)).order_by("position", "pk")
    )


# --- the document -----------------------------------------------------------------------------------------


def _document_number(plan: Plan) -> tuple[str | None, str | None, str | None]:
    """(number, type code, issuer code) from the registered "3177/QĐ-UBND"; Nones for a draft."""
    number = plan.document.number.strip() if plan.document else ""
    match = _NUMBER.match(number)
    if match is None:
        return None, None, None
    return match["number"], match["type"], match["issuer"]


def symbol_for(plan: Plan, number: str) -> str | None:
    """The number and symbol to register: "05/KH-SCT" as typed, or "05" completed with the plan's type and
    issuer codes; None when the text is neither."""
    number = re.sub(r"\s+", "", number)
    if _NUMBER.match(number):
        return number
    if re.fullmatch(r"\d{1,6}", number):
        document = plan.document
        kind = (document.doc_type.strip() if document else "") or (DECISION if plan.is_catalog else PLAN)
        return f"{number}/{TYPE_ABBREVIATIONS.get(kind, 'KH')}-{issuer_abbreviation(plan.owner)}"
    return None


def _first_lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _citation_line(citation: Citation) -> str:
    raw = citation.raw.strip().rstrip(";.")
    if raw:
        # A raw citation read from a list ("các Nghị định số 59/2023/NĐ-CP …, 61/2023/NĐ-CP …") may lack its type.
        if citation.doc_type and raw.startswith(citation.number):
            return f"{citation.doc_type} số {raw}"
        return raw
    parts = [f"{citation.doc_type} số {citation.number}".strip()]
    if citation.date:
        parts.append(vietnamese_date(citation.date))
    if citation.issuer_name:
        parts.append(f"của {citation.issuer_name}")
    return " ".join(parts)


def _signature(plan: Plan, owner: Organization) -> outgoing.Signature:
    """Authority lines and position from the document ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
    else what the owner's head signs as."""
    document = plan.document
    signer = document.signer.strip() if document else ""
    lines = [line.strip() for line in (document.signing_authority if document else "").split("/")]
    lines = [upper_nfc(line) for line in lines if line]
    if lines:
        return outgoing.Signature(authority=tuple(lines[:-1]), position=lines[-1], name=signer)
    return default_signature(owner, name=signer)


def _year(plan: Plan) -> int:
    for day in (plan.document.date if plan.document else None, plan.period_start, plan.period_end):
        if day is not None:
            return day.year
    return timezone.localdate().year


def _reporting_lines(plan: Plan) -> tuple[str, ...]:
    lines = []
    for obligation in plan.reporting_obligations.all():
        when = f"trước ngày {short_date(obligation.due)}" if obligation.due else obligation.raw
        what = obligation.what[:1].upper() + obligation.what[1:]
        lines.append(f"{what}: {when}." if when else f"{what}.")
    return tuple(lines)


def _purpose_blocks(plan: Plan) -> tuple[outgoing.Block, ...]:
    paragraphs = [line.strip() for line in plan.purpose.splitlines() if line.strip()]
    return tuple(outgoing.Paragraph(text) for text in paragraphs)


def _parent_reference(plan: Plan) -> str:
    """ "Quyết định số 3177/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân thành phố Hải Phòng" or a citation."""
    parent = plan.parent
    if parent is not None and parent.document is not None and parent.document.number:
        document = parent.document
        text = f"{document.doc_type or DECISION} số {document.number}"
        if document.date:
            text += f" ngày {citation_date(document.date)}"
        if document.issuer_name:
            text += f" của {document.issuer_name}"
        return text
    if plan.parent_citation is not None:
        return _citation_line(plan.parent_citation)
    return ""


def _printed_preamble(plan: Plan) -> list[str]:
    """The legal basis as the source document printed it ("Căn cứ Luật …;", "Theo đề nghị của …"), kept
    at import (`plans/preamble.py`); empty for a document written here."""
    text = plan.document.preamble if plan.document else ""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _catalog_document(plan: Plan, owner: Organization, citations: list[Citation]) -> dict[str, object]:
    level = committee_level(owner) if is_peoples_committee(owner) else ""
    title = plan.document.title if plan.document and plan.document.title else plan.title
    subject = re.sub(r"^ban hành\s+", "", title.strip(), flags=re.IGNORECASE)
    preamble = _printed_preamble(plan)
    if not preamble:
        # A decision written here, with no source: its legal basis is what it cites.
        preamble = [f"Căn cứ {_citation_line(c)};" for c in citations] or [
            "Căn cứ Luật Tổ chức chính quyền địa phương;"
        ]
        preamble[-1] = preamble[-1].rstrip(";") + "."
    if is_peoples_committee(owner) and owner.kind == Organization.Kind.PROVINCE:
        executors = (
            f"Chánh Văn phòng Ủy ban nhân dân {level}; Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân "
            "cấp xã và thủ trưởng các cơ quan, đơn vị căn cứ Quyết định thi hành./."
        )
    else:
        executors = "Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành./."
    appendix_subject = subject[:1].upper() + subject[1:]
    if fold(appendix_subject).startswith("danh muc "):
        appendix_subject = appendix_subject[len("danh mục ") :]
        appendix_subject = appendix_subject[:1].upper() + appendix_subject[1:]
    return {
        "preamble_heading": upper_nfc(
            f"{PEOPLES_COMMITTEE} {committee_area(owner)}" if is_peoples_committee(owner) else owner.name
        ),
        "preamble": tuple(preamble),
        "preamble_italic": True,
        "preamble_closing": "QUYẾT ĐỊNH:",
        "sections": (
            outgoing.Section(
                "",
                (
                    outgoing.Paragraph(
                        f"Ban hành kèm theo Quyết định này {_first_lower(subject)}.", lead="Điều 1."
                    ),
                    outgoing.Paragraph("Quyết định có hiệu lực kể từ ngày ký.", lead="Điều 2."),
                    outgoing.Paragraph(executors, lead="Điều 3."),
                ),
            ),
        ),
        "task_layout": outgoing.TaskLayout.APPENDIX,
        "appendix_title": ("DANH MỤC", appendix_subject),
        "recipients": (
            "Như Điều 3",
            f"Chủ tịch, các Phó Chủ tịch UBND {level}".strip(),
            "Sở Nội vụ" if owner.kind == Organization.Kind.PROVINCE else "Các cơ quan, đơn vị có liên quan",
        ),
    }


def _plan_document(plan: Plan, owner: Organization, parent_org: Organization | None) -> dict[str, object]:
    preamble = tuple(_printed_preamble(plan))
    reference = _parent_reference(plan)
    if not preamble and reference:
        preamble = (
            f"Thực hiện {reference}, {owner.name} xây dựng Kế hoạch triển khai thực hiện, cụ thể như sau:",
        )
    sections: list[outgoing.Section] = []
    purpose = _purpose_blocks(plan)
    if purpose:
        sections.append(outgoing.Section("I. MỤC ĐÍCH, YÊU CẦU", purpose))
    targets = tuple(target.text for target in plan.targets.all())
    if targets:
        sections.append(
            outgoing.Section(f"{_roman(len(sections) + 1)}. CHỈ TIÊU", (outgoing.BulletList(targets),))
        )
    sections.append(
        outgoing.Section(f"{_roman(len(sections) + 1)}. NỘI DUNG THỰC HIỆN", (outgoing.TaskItems(),))
    )
    organisation: list[outgoing.Block] = []
    reporting = _reporting_lines(plan)
    if reporting:
        organisation += [outgoing.Heading("Chế độ báo cáo"), outgoing.BulletList(reporting)]
    organisation.append(
        outgoing.Paragraph(
            "Các đơn vị được giao nhiệm vụ chủ động triển khai thực hiện; trong quá trình thực hiện, nếu có khó "
            "khăn, vướng mắc kịp thời báo cáo để xem xét, điều chỉnh cho phù hợp./."
        )
    )
    sections.append(outgoing.Section(f"{_roman(len(sections) + 1)}. TỔ CHỨC THỰC HIỆN", tuple(organisation)))
    recipients: list[str] = []
    if parent_org is not None:
        parent_name = (
            f"UBND {committee_area(parent_org)}" if is_peoples_committee(parent_org) else parent_org.name
        )
        recipients.append(f"{parent_name} (để b/c)")
    if owner.kind == Organization.Kind.DEPARTMENT and fold(owner.name) != fold("Sở Nội vụ"):
        recipients.append("Sở Nội vụ")
    recipients.append(
        f"Các đơn vị thuộc {owner.name}" if not is_peoples_committee(owner) else "Các đơn vị có liên quan"
    )
    return {
        "preamble": preamble,
        "sections": tuple(sections),
        "task_layout": outgoing.TaskLayout.TEXT,
        "recipients": tuple(recipients),
    }


def _roman(number: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")[number - 1]


def outgoing_for(plan: Plan) -> outgoing.OutgoingDocument:
    """The plan as an outgoing document: a catalog as a Quyết định with its appendix table, an agency plan as
    a Kế hoạch with numbered tasks. Reads the plan's tasks, assignments, citations, targets and schedule."""
    owner = plan.owner
    parent_org = Organization.objects.filter(pk=owner.parent_id).first() if owner.parent_id else None
    province = province_of(owner)
    document = plan.document
    kind = (document.doc_type.strip() if document else "") or (DECISION if plan.is_catalog else PLAN)
    number, type_code, issuer_code = _document_number(plan)
    citations = list(document.citations.all()) if document else []
    place = (
        (document.place.strip() if document else "") or (province.locality if province else "") or owner.name
    )
    date: datetime.date | None = document.date if document else None
    title = (document.title.strip() if document else "") or plan.title
    if plan.is_catalog:
        shape = _catalog_document(plan, owner, citations)
    else:
        shape = _plan_document(plan, owner, parent_org)
    return outgoing.OutgoingDocument(
        kind=kind,
        type_abbreviation=type_code or TYPE_ABBREVIATIONS.get(kind, "KH"),
        issuer_abbreviation=issuer_code or issuer_abbreviation(owner),
        issuer=issuer_for(owner, parent_org),
        place=place,
        title=title,
        signature=_signature(plan, owner),
        number=number,
        date=date,
        year=_year(plan),
        tasks=outgoing_tasks(_plan_tasks(plan)),
        filing="Lưu: VT.",
        **shape,  # type: ignore[arg-type]
    )


def export_docx(plan: Plan) -> bytes:
    """The plan as a DOCX laid out per Nghị định 30/2020."""
    return render_docx(outgoing_for(plan))


def export_xlsx(plan: Plan) -> bytes:
    """The plan's tasks as an XLSX sheet."""
    return render_tasks_xlsx(outgoing_for(plan))


def export_file_name(plan: Plan, extension: str) -> str:
    """A readable download name: "Kế hoạch 05-KH-SCT.docx", "Quyết định (dự thảo) - Sở Công Thương.docx"."""
    document = plan.document
    kind = (document.doc_type.strip() if document else "") or (DECISION if plan.is_catalog else PLAN)
    number = document.number.strip().replace("/", "-") if document and document.number else ""
    label = f"{kind} {number}" if number else f"{kind} - {plan.owner.name}"
    label = re.sub(r"[\\/:*?\"<>|\r\n\t]+", " ", label).strip()
    return f"{label[:120]}.{extension}"
