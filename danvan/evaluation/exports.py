"""Documents of evaluation, described with `documents.outgoing` blocks and drawn by its writers:

- the agency's self-assessment sheet (bảng tự chấm điểm): DOCX (a report of the agency with the criteria table)
  and XLSX;
- the coordinator's result decision draft (dự thảo Quyết định công nhận kết quả chấm điểm, xếp loại) per
  Nghị định 30, its annex ranking table by comparable group, and the same figures as XLSX.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from danvan.documents import outgoing
from danvan.documents.docx_writer import render_docx
from danvan.documents.issuers import (
    committee_area,
    default_signature,
    issuer_abbreviation,
    issuer_for,
    party_committee,
)
from danvan.documents.xlsx_writer import render_workbook
from danvan.evaluation.models import Assessment, Group, Round
from danvan.evaluation.queries import SheetRow
from danvan.organizations.models import Organization
from danvan.organizations.queries import province_of

SHEET_HEADERS = (
    "Số TT",
    "Tiêu chí",
    "Điểm tối đa",
    "Điểm tự chấm",
    "Điểm thẩm định",
    "Giải trình, minh chứng",
)
RANKING_HEADERS = ("Hạng", "Cơ quan, đơn vị", "Điểm tự chấm", "Điểm thẩm định", "Xếp loại")
GROUP_TITLES: dict[str, str] = {
    Group.DEPARTMENTS: "Các sở, ban, ngành",
    Group.COMMUNES: "Các xã, phường, đặc khu",
    Group.OTHERS: "Các cơ quan, đơn vị khác",
}
SIZE_TITLES: dict[str, str] = {"1": "loại I", "2": "loại II", "3": "loại III"}


def _sheet_name(title: str) -> str:
    """An XLSX sheet name (31 characters at most, no "/"): the group and its size class kept readable."""
    cleaned = title.replace("/", "-").replace(" — ", " - ")
    if len(cleaned) <= 31:
        return cleaned
    head, _sep, tail = cleaned.rpartition(" - ")
    return f"{head[: 31 - len(tail) - 3]} - {tail}"[:31] if head else cleaned[:31]


def points(value: Decimal | None) -> str:
    """Points as printed: "12,5", "40", "" for none."""
    if value is None:
        return ""
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}".rstrip("0")
    return text.replace(".", ",")


def _sheet_rows(rows: Sequence[SheetRow]) -> tuple[tuple[outgoing.Cell, ...], ...]:
    out = []
    for r in rows:
        c = r.criterion
        title = c.title if c.kind == "normal" else f"{c.get_kind_display()}: {c.title}"
        if r.is_leaf and r.score is not None:
            note = r.score.explanation
            if r.score.departure_reason:
                note += f" (Lý do khác gợi ý {points(r.score.suggested_points)}: {r.score.departure_reason})"
            files = [e.name for e in r.score.evidence.all()]
            if files:
                note += " Minh chứng: " + "; ".join(files)
            out.append(
                (
                    c.number,
                    title,
                    points(c.max_points),
                    points(r.score.self_points),
                    points(r.score.final_points),
                    note.strip(),
                )
            )
        else:
            out.append((c.number, title, points(c.max_points), points(r.self_sum), points(r.final_sum), ""))
    return tuple(out)


def sheet_table(rows: Sequence[SheetRow]) -> outgoing.Table:
    return outgoing.Table(
        headers=SHEET_HEADERS,
        rows=_sheet_rows(rows),
        widths_mm=(14, 70, 18, 18, 18, 42),
        xlsx_widths=(8, 70, 12, 12, 14, 60),
    )


def _place(organization: Organization) -> str:
    return province_of(organization).locality or organization.name


def sheet_outgoing(sheet: Assessment, rows: Sequence[SheetRow]) -> outgoing.OutgoingDocument:
    """The self-assessment as the agency's report to Sở Nội vụ, the criteria table in its body."""
    organization = sheet.organization
    parent = (
        Organization.objects.filter(pk=organization.parent_id).first() if organization.parent_id else None
    )
    round_ = sheet.round
    totals = [f"Tổng điểm tự chấm: {points(sheet.self_total)} điểm."]
    if sheet.final_total is not None:
        totals.append(f"Tổng điểm sau thẩm định: {points(sheet.final_total)} điểm.")
    if sheet.rank_class:
        totals.append(f"Xếp loại: {sheet.rank_class}.")
    return outgoing.OutgoingDocument(
        kind="Báo cáo",
        type_abbreviation="BC",
        issuer_abbreviation=issuer_abbreviation(organization),
        issuer=issuer_for(organization, parent),
        place=_place(organization),
        title=f"Kết quả tự chấm điểm, xếp loại công tác dân vận năm {round_.year}",
        signature=default_signature(organization),
        year=round_.year,
        preamble=(
            f"Thực hiện {round_.criteria_set.decision or round_.criteria_set.name}, {organization.name} "
            f"tự chấm điểm công tác dân vận năm {round_.year} như sau:",
        ),
        sections=(outgoing.Section("", (sheet_table(rows), outgoing.BulletList(tuple(totals)))),),
        recipients=("Sở Nội vụ (để tổng hợp)",),
    )


def sheet_docx(sheet: Assessment, rows: Sequence[SheetRow]) -> bytes:
    return render_docx(sheet_outgoing(sheet, rows))


def sheet_xlsx(sheet: Assessment, rows: Sequence[SheetRow]) -> bytes:
    summary = (
        ("Cơ quan, đơn vị", sheet.organization.name),
        ("Đợt chấm điểm", sheet.round.name),
        ("Tổng điểm tự chấm", float(sheet.self_total)),
        ("Tổng điểm thẩm định", float(sheet.final_total) if sheet.final_total is not None else ""),
        ("Xếp loại", sheet.rank_class),
        ("Thứ hạng trong nhóm", sheet.rank or ""),
    )
    return render_workbook(
        (
            outgoing.Sheet("Bảng điểm", sheet_table(rows)),
            outgoing.Sheet(
                "Tổng hợp",
                outgoing.Table(
                    headers=("Nội dung", "Số liệu"), rows=summary, xlsx_widths=(30, 60), decimals=2
                ),
            ),
        ),
        title=f"Bảng tự chấm điểm — {sheet.organization.name} — {sheet.round.name}",
    )


def ranking_table(members: Sequence[Assessment], *, by_size: bool = False) -> outgoing.Table:
    """The ranking of one group (and size class): rank, agency, scores, class; the size class as a column too
    when the round ranks by size."""
    if by_size:
        return outgoing.Table(
            headers=(*RANKING_HEADERS[:2], "Loại đơn vị hành chính", *RANKING_HEADERS[2:]),
            rows=tuple(
                (
                    a.rank or "—",
                    a.organization.name,
                    SIZE_TITLES.get(a.size_band, "chưa phân loại"),
                    points(a.self_total),
                    points(a.final_total),
                    a.rank_class,
                )
                for a in members
            ),
            widths_mm=(14, 90, 26, 26, 26, 54),
            xlsx_widths=(8, 50, 16, 14, 14, 34),
        )
    return outgoing.Table(
        headers=RANKING_HEADERS,
        rows=tuple(
            (a.rank or "—", a.organization.name, points(a.self_total), points(a.final_total), a.rank_class)
            for a in members
        ),
        widths_mm=(16, 110, 30, 30, 60),
        xlsx_widths=(8, 60, 14, 14, 34),
    )


def ranking_heading(evaluation_round: Round, key: tuple[str, str]) -> str:
    """The annex heading of a ranking table: the group, and its size class in a round ranked by size."""
    group, band = key
    title = GROUP_TITLES.get(group, group)
    if not evaluation_round.ranks_by_size(group):
        return title
    return f"{title} — {SIZE_TITLES.get(band, 'chưa phân loại đơn vị hành chính')}"


def decision_outgoing(
    evaluation_round: Round, ranking: dict[tuple[str, str], list[Assessment]], chart: bytes | None = None
) -> outgoing.OutgoingDocument:
    """The draft decision of the People's Committee recognising the results, the ranking as its annex."""
    province = evaluation_round.province
    criteria_set = evaluation_round.criteria_set
    counts: dict[str, int] = {}
    for members in ranking.values():
        for a in members:
            counts[a.rank_class] = counts.get(a.rank_class, 0) + 1
    area = committee_area(province)
    return outgoing.OutgoingDocument(
        kind="Quyết định",
        type_abbreviation="QĐ",
        issuer_abbreviation="UBND",
        issuer=issuer_for(province, None),
        place=province.locality or province.name,
        title=f"Về việc công nhận kết quả chấm điểm, xếp loại công tác dân vận năm {evaluation_round.year}",
        signature=outgoing.Signature(authority=("TM. ỦY BAN NHÂN DÂN",), position="CHỦ TỊCH"),
        year=evaluation_round.year,
        preamble_heading=f"ỦY BAN NHÂN DÂN {area.upper()}",
        preamble=(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            f"Căn cứ {criteria_set.decision or criteria_set.name};",
            "Theo đề nghị của Giám đốc Sở Nội vụ.",
        ),
        preamble_italic=True,
        preamble_closing="QUYẾT ĐỊNH:",
        sections=(
            outgoing.Section(
                "",
                (
                    outgoing.Paragraph(
                        f"Công nhận kết quả chấm điểm, xếp loại công tác dân vận năm {evaluation_round.year} "
                        "của các cơ quan, đơn vị (chi tiết tại Phụ lục kèm theo), gồm:",
                        lead="Điều 1.",
                    ),
                    outgoing.BulletList(
                        tuple(f"{label}: {n} cơ quan, đơn vị" for label, n in counts.items() if label)
                    ),
                    outgoing.Paragraph(
                        "Các cơ quan, đơn vị căn cứ kết quả chấm điểm, khắc phục những tiêu chí bị trừ điểm trong năm tiếp theo.",
                        lead="Điều 2.",
                    ),
                    outgoing.Paragraph(
                        "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân, Giám đốc Sở Nội vụ, "
                        "thủ trưởng các cơ quan, đơn vị có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này.",
                        lead="Điều 3.",
                    ),
                ),
            ),
        ),
        recipients=("Như Điều 3", f"Ban Tuyên giáo và Dân vận {party_committee(province)}"),
        annexes=(
            outgoing.Annex(
                title=(
                    "PHỤ LỤC",
                    f"KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÔNG TÁC DÂN VẬN NĂM {evaluation_round.year}",
                ),
                note=(
                    "(Xếp hạng trong từng nhóm cơ quan, đơn vị tương đồng"
                    + ("; cấp xã theo loại đơn vị hành chính" if evaluation_round.by_size else "")
                    + "; cùng điểm thì cùng hạng)"
                ),
                blocks=tuple(
                    block
                    for key, members in ranking.items()
                    for block in (
                        outgoing.Heading(ranking_heading(evaluation_round, key)),
                        ranking_table(members, by_size=evaluation_round.ranks_by_size(key[0])),
                    )
                ),
            ),
            *(
                (
                    outgoing.Annex(
                        title=("PHỤ LỤC II", "CÁC TIÊU CHÍ BỊ TRỪ ĐIỂM NHIỀU"),
                        blocks=(
                            outgoing.ChartImage(chart, caption="Tỷ lệ điểm bị trừ bình quân theo tiêu chí"),
                        ),
                        landscape=False,
                    ),
                )
                if chart
                else ()
            ),
        ),
    )


def decision_docx(
    evaluation_round: Round, ranking: dict[tuple[str, str], list[Assessment]], chart: bytes | None = None
) -> bytes:
    return render_docx(decision_outgoing(evaluation_round, ranking, chart))


def decision_xlsx(evaluation_round: Round, ranking: dict[tuple[str, str], list[Assessment]]) -> bytes:
    return render_workbook(
        tuple(
            outgoing.Sheet(
                _sheet_name(ranking_heading(evaluation_round, key)),
                ranking_table(members, by_size=evaluation_round.ranks_by_size(key[0])),
            )
            for key, members in ranking.items()
        ),
        title=f"Kết quả chấm điểm, xếp loại — {evaluation_round.name}",
    )


def weakness_chart_png(weaknesses: Sequence[tuple[str, float]]) -> bytes:
    """Average share of points lost per criterion across the agencies (PNG, no pyplot global state)."""
    figure = Figure(figsize=(6.3, 0.4 * max(len(weaknesses), 3) + 0.8), dpi=120)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    labels = [label for label, _ in reversed(weaknesses)]
    values = [value for _, value in reversed(weaknesses)]
    bars = axes.barh(labels, values, color="#c0392b", height=0.6)
    axes.bar_label(bars, labels=[f"{v:.0f}%" for v in values], padding=3, fontsize=8)
    axes.set_xlabel("Tỷ lệ điểm bị trừ bình quân (%)", fontsize=8)
    axes.set_xlim(0, 110)
    axes.tick_params(labelsize=8)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def file_name(label: str, extension: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_." else "-" for ch in label).strip()
    return f"{safe}.{extension}"
