"""The answer letter (Thông báo trả lời) as a DOCX laid out per Nghị định 30/2020, through `documents.outgoing`.

The letter is addressed to the citizen (for a denunciation it is still the handler's document, never public),
cites the item's tracking code and date received, carries the answer and, for an item outside competence, the
guidance; the head signs it (the draft leaves the number blank for the Văn thư).
"""

from __future__ import annotations

from danvan.core.dateformat import citation_date
from danvan.documents import outgoing
from danvan.documents.docx_writer import render_docx
from danvan.documents.issuers import default_signature, issuer_abbreviation, issuer_for
from danvan.feedback.models import Feedback, Kind
from danvan.organizations.queries import province_of

KIND_WORDS = {
    Kind.SUGGESTION: "góp ý",
    Kind.REPORT: "phản ánh",
    Kind.PETITION: "kiến nghị",
    Kind.COMPLAINT: "đơn khiếu nại",
    Kind.DENUNCIATION: "đơn tố cáo",
}


def answer_outgoing(item: Feedback) -> outgoing.OutgoingDocument:
    organization = item.organization
    parent = organization.parent
    words = KIND_WORDS[Kind(item.kind)]
    # Citizens are addressed "Ông/Bà" (never by the bare name).
    addressee = f"Ông/Bà {item.citizen_name}" if item.citizen_name else "Công dân gửi " + words
    received = citation_date(item.received_on)
    opening = (
        f"Ngày {received}, {organization.name} nhận được {words} của {addressee}"
        f" (mã số theo dõi {item.code}) với nội dung: {item.title}."
    )
    blocks: list[outgoing.Paragraph] = [outgoing.Paragraph(opening)]
    if item.out_of_competence:
        blocks.append(
            outgoing.Paragraph(
                f"Nội dung {words} không thuộc thẩm quyền giải quyết của {organization.name}. "
                "Căn cứ Luật Tiếp công dân năm 2013, cơ quan hướng dẫn như sau:"
            )
        )
    else:
        blocks.append(outgoing.Paragraph(f"Sau khi xem xét, {organization.name} trả lời như sau:"))
    for paragraph in (item.answer_text or "").split("\n"):
        if paragraph.strip():
            blocks.append(outgoing.Paragraph(paragraph.strip()))
    blocks.append(outgoing.Paragraph(f"{organization.name} thông báo để {addressee} được biết./."))
    return outgoing.OutgoingDocument(
        kind="Thông báo",
        type_abbreviation="TB",
        issuer_abbreviation=issuer_abbreviation(organization),
        issuer=issuer_for(organization, parent),
        place=province_of(organization).locality or organization.name,
        title=f"Trả lời {words} của {addressee}",
        signature=default_signature(organization),
        date=item.answered_on,
        year=(item.answered_on or item.received_on).year,
        sections=(outgoing.Section("", tuple(blocks)),),
        recipients=(addressee, "Lãnh đạo cơ quan"),
        filing="Lưu: VT, hồ sơ " + item.code + ".",
    )


def answer_docx(item: Feedback) -> bytes:
    """The answer letter as DOCX (Nghị định 30)."""
    return render_docx(answer_outgoing(item))
