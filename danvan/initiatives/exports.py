"""The recognition proposal (tờ trình đề nghị khen thưởng) as DOCX per Nghị định 30 with its annex table, and as
XLSX, built from the documents app's public blocks. Each year around 15/10 (Ngày truyền thống công tác dân vận)
the coordinator proposes models for commendation."""

from __future__ import annotations

from collections.abc import Sequence

from danvan.documents import outgoing
from danvan.documents.docx_writer import render_docx
from danvan.documents.issuers import default_signature, issuer_abbreviation, issuer_for, party_committee
from danvan.documents.xlsx_writer import render_workbook
from danvan.initiatives.models import Initiative
from danvan.organizations.models import Organization
from danvan.organizations.queries import province_of

COLUMNS = ("TT", "Tên mô hình", "Đơn vị, cá nhân thực hiện", "Lĩnh vực", "Loại", "Kết quả nổi bật")
ANNEX_TITLE = ("PHỤ LỤC", "DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” ĐỀ NGHỊ KHEN THƯỞNG")


def annex_table(rows: Sequence[Initiative]) -> outgoing.Table:
    return outgoing.Table(
        headers=COLUMNS,
        rows=tuple(
            (
                index,
                item.name,
                f"{item.performer} ({item.organization.name_with_agency})",
                item.get_field_display(),
                item.get_holder_display(),
                item.results or item.outputs,
            )
            for index, item in enumerate(rows, start=1)
        ),
        widths_mm=(12, 70, 60, 35, 25, 65),
        xlsx_widths=(6, 50, 45, 25, 14, 50),
    )


def file_name(year: int, fmt: str) -> str:
    return f"De nghi khen thuong mo hinh dan van kheo {year}.{fmt}"


def proposal_outgoing(
    issuer: Organization, rows: Sequence[Initiative], *, year: int
) -> outgoing.OutgoingDocument:
    """The proposal: why (Ngày truyền thống công tác dân vận 15/10), how many models, the annex listing them."""
    parent = issuer.parent
    collective = sum(1 for r in rows if r.holder == Initiative.Holder.COLLECTIVE)
    return outgoing.OutgoingDocument(
        kind="Tờ trình",
        type_abbreviation="TTr",
        issuer_abbreviation=issuer_abbreviation(issuer),
        issuer=issuer_for(issuer, parent),
        place=(parent.locality if parent is not None and parent.locality else issuer.locality) or "",
        title=f"Đề nghị khen thưởng các mô hình “Dân vận khéo” năm {year}",
        signature=default_signature(issuer),
        year=year,
        preamble=(
            "Nhân dịp kỷ niệm Ngày truyền thống công tác dân vận (15/10), trên cơ sở kết quả sơ kết, tổng kết "
            f"các mô hình “Dân vận khéo” năm {year} của các cơ quan, đơn vị, {issuer.name} đề nghị khen thưởng "
            "các mô hình sau:",
        ),
        sections=(
            outgoing.Section(
                "",
                (
                    outgoing.Paragraph(
                        f"Tổng số {len(rows)} mô hình, gồm {collective} mô hình tập thể và "
                        f"{len(rows) - collective} mô hình cá nhân (danh sách tại Phụ lục kèm theo)."
                    ),
                ),
            ),
        ),
        # The document has no "Kính gửi" line: the body it goes to is named, not "Như trên".
        recipients=(
            *([parent.name] if parent is not None else []),
            f"Ban Tuyên giáo và Dân vận {party_committee(province_of(issuer))}",
        ),
        annexes=(outgoing.Annex(ANNEX_TITLE, (annex_table(rows),)),),
    )


def proposal_docx(issuer: Organization, rows: Sequence[Initiative], *, year: int) -> bytes:
    return render_docx(proposal_outgoing(issuer, rows, year=year))


def proposal_xlsx(rows: Sequence[Initiative], *, year: int) -> bytes:
    return render_workbook(
        [outgoing.Sheet(f"Đề nghị khen thưởng {year}", annex_table(rows))],
        title=f"Đề nghị khen thưởng mô hình dân vận khéo năm {year}",
    )
