"""Agency reports and the consolidated report as files: DOCX in the Nghị định 30 layout, and XLSX.

An agency report becomes an `OutgoingDocument` of kind "Báo cáo" (narrative sections in the body, the snapshot
items in a landscape appendix table) rendered by `danvan.documents.docx_writer`. The consolidated report of a
period is rendered the same way, then completed with what the generic writer does not draw: a chart of the
task statuses (matplotlib, Agg backend, PNG embedded after the overview figures) and two landscape annexes,
agencies × task status and catalog tasks × task status. Every figure comes from
`queries.reports.consolidated_data`, so the DOCX, the XLSX and the pages agree; the tests read the files back.

The documents are Vietnamese legal artefacts whatever the interface language, so their wording is Vietnamese
here, like `danvan.plans.export`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from django.utils import timezone
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from danvan.core.dateformat import citation_date, short_date
from danvan.core.templatetags.vietnamese import vn_number
from danvan.documents import outgoing
from danvan.documents.docx_writer import render_docx
from danvan.documents.issuers import default_signature, issuer_abbreviation, issuer_for, party_committee
from danvan.documents.xlsx_writer import render_workbook
from danvan.organizations.models import Organization
from danvan.organizations.queries import province_of
from danvan.plans.models import Plan
from danvan.plans.queries import MeasuredTarget
from danvan.reporting.models import (
    STATUS_COLOURS,
    Report,
    ReportingPeriod,
    ReportItem,
    ReportStanding,
    printed_label,
    status_label,
)
from danvan.reporting.queries.reports import (
    STATUS_ORDER,
    CatalogTaskSynthesis,
    ConsolidatedData,
    status_counts,
)

REPORT_KIND = "Báo cáo"
REPORT_ABBREVIATION = "BC"
ITEM_COLUMNS = ("TT", "Nhiệm vụ", "Trạng thái", "Kết quả", "Tiến độ")
NARRATIVE_HEADINGS = (
    ("results", "KẾT QUẢ THỰC HIỆN"),
    ("limitations", "HẠN CHẾ, NGUYÊN NHÂN"),
    ("lessons", "BÀI HỌC KINH NGHIỆM"),
    ("directions", "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"),
    ("proposals", "ĐỀ XUẤT, KIẾN NGHỊ"),
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
CHART_CAPTION = "Biểu đồ: Trạng thái thực hiện nhiệm vụ của các cơ quan, đơn vị"
AGENCY_ANNEX_TITLE = ("PHỤ LỤC I", "TÌNH TRẠNG THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ")
TASK_ANNEX_TITLE = ("PHỤ LỤC II", "TÌNH TRẠNG THỰC HIỆN THEO TỪNG NHIỆM VỤ")
FEEDBACK_ANNEX_TITLE = (
    "PHỤ LỤC III",
    "KẾT QUẢ GIẢI QUYẾT PHẢN ÁNH, KIẾN NGHỊ CỦA CÔNG DÂN TRONG THỜI HẠN LUẬT ĐỊNH",
)
FEEDBACK_ANNEX_HEADERS = (
    "TT",
    "Cơ quan, đơn vị giải quyết",
    "Số ý kiến đến hạn giải quyết",
    "Giải quyết đúng hạn",
    "Tỷ lệ (%)",
)
FEEDBACK_SHEET = "Ý kiến công dân"


def agency_annex_headers() -> tuple[str, ...]:
    """Phụ lục I's headers: the statuses by their one label (`reporting.models.status_label`)."""
    return (
        "TT",
        "Cơ quan, đơn vị",
        "Báo cáo",
        "Số nhiệm vụ",
        *(status_label(status) for status in STATUS_ORDER),
        "Tiến độ bình quân (%)",
    )


def task_annex_headers() -> tuple[str, ...]:
    """Phụ lục II's headers."""
    return ("TT", "Nhiệm vụ", "Số cơ quan báo cáo", *(status_label(status) for status in STATUS_ORDER))


CONSOLIDATED_SHEETS = ("Tổng hợp", "Cơ quan", "Nhiệm vụ", "Chi tiết", "Chưa gửi")


def _paragraphs(text: str) -> tuple[outgoing.Block, ...]:
    return tuple(outgoing.Paragraph(line.strip()) for line in text.splitlines() if line.strip())


def _place(organization: Organization) -> str:
    return province_of(organization).locality or organization.name


def _catalog_reference(catalog: Plan) -> str:
    """ "Quyết định số 3177/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân thành phố Hải Phòng", or the title."""
    document = catalog.document
    if document is not None and document.number:
        text = f"{document.doc_type or 'Quyết định'} số {document.number}"
        if document.date:
            text += f" ngày {citation_date(document.date)}"
        if document.issuer_name:
            text += f" của {document.issuer_name}"
        return text
    return f"danh mục nhiệm vụ “{catalog.title}”"


def _period_title(period: ReportingPeriod) -> str:
    return (
        "Kết quả thực hiện nhiệm vụ công tác dân vận chính quyền\n"
        f"từ ngày {short_date(period.start)} đến ngày {short_date(period.cutoff)}"
    )


def _count_lines(counts: dict[str, int], total: int) -> tuple[str, ...]:
    lines = [f"Tổng số nhiệm vụ: {total}"]
    for status in STATUS_ORDER:
        share = f" ({vn_number(counts[status] * 100 / total)}%)" if total else ""
        lines.append(f"{status_label(status)}: {counts[status]}{share}")
    return tuple(lines)


# --- the agency report ------------------------------------------------------------------------------------


def target_value(row: MeasuredTarget) -> str:
    """The target's current value as printed: "2/3 (66,7%)", a bare count, or "chưa có số liệu"."""
    figure = row.figure
    if figure is None:
        return "chưa có số liệu"
    percent = figure.percent()  # one decimal, half up: the rounding of `Figure`
    if percent is not None:
        return f"{figure.numerator}/{figure.denominator} ({vn_number(float(percent))}%)"
    return str(figure.numerator)


def _target_goal(row: MeasuredTarget) -> str:
    target = row.target
    if target.value is None:
        return ""
    return f"{vn_number(float(target.value), places=0 if target.value == int(target.value) else 2)} {target.unit}".strip()


def target_lines(targets: Sequence[MeasuredTarget]) -> tuple[str, ...]:
    """One line per measured target: "100% cơ quan có mô hình dân vận khéo: hiện đạt 2/3 (66,7%)"."""
    return tuple(f"{row.target.text}: hiện đạt {target_value(row)}" for row in targets)


def report_outgoing(
    report: Report, items: list[ReportItem], targets: Sequence[MeasuredTarget] = ()
) -> outgoing.OutgoingDocument:
    """The agency's report as an outgoing document: the narrative as sections I–V (the results open with the
    task counts and the current value of the plan's measured targets), the items as the appendix."""
    organization = report.organization
    period = report.period
    parent = (
        Organization.objects.filter(pk=organization.parent_id).first() if organization.parent_id else None
    )
    counts = status_counts(items)
    sections: list[outgoing.Section] = []
    for name, heading in NARRATIVE_HEADINGS:
        blocks = _paragraphs(getattr(report, name))
        if name == "results":
            blocks = (
                outgoing.Paragraph("Tình hình thực hiện các nhiệm vụ được giao trong kỳ:"),
                outgoing.BulletList(_count_lines(counts, len(items))),
                *(
                    (
                        outgoing.Paragraph(
                            "Kết quả thực hiện các chỉ tiêu (số liệu tính từ dữ liệu của hệ thống):"
                        ),
                        outgoing.BulletList(target_lines(targets)),
                    )
                    if targets
                    else ()
                ),
                *blocks,
                outgoing.Paragraph("(Chi tiết tại Phụ lục kèm theo.)", italic=True),
            )
        if blocks:
            sections.append(outgoing.Section(f"{ROMAN[len(sections)]}. {heading}", blocks))
    tasks = tuple(
        outgoing.Task(
            no=item.number or str(item.position),
            text=item.content,
            lead=(status_label(item.status),),
            coord=(item.result.strip(),) if item.result.strip() else (),
            timeframe=f"{item.percent}%",
        )
        for item in items
    )
    submitted = timezone.localdate(report.submitted_at) if report.submitted_at else None
    return outgoing.OutgoingDocument(
        kind=REPORT_KIND,
        type_abbreviation=REPORT_ABBREVIATION,
        issuer_abbreviation=issuer_abbreviation(organization),
        issuer=issuer_for(organization, parent),
        place=_place(organization),
        title=_period_title(period),
        signature=default_signature(organization),
        date=submitted,
        year=period.due.year,
        preamble=(
            f"Thực hiện {_catalog_reference(period.catalog)}, {organization.name} báo cáo kết quả thực hiện "
            f"trong kỳ ({period.name}) như sau:",
        ),
        sections=tuple(sections),
        tasks=tasks,
        task_layout=outgoing.TaskLayout.APPENDIX,
        appendix_title=("PHỤ LỤC", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"),
        appendix_columns=ITEM_COLUMNS,
        recipients=("Ủy ban nhân dân thành phố (để b/c)", "Sở Nội vụ (để tổng hợp)"),
    )


def report_docx(report: Report, items: list[ReportItem], targets: Sequence[MeasuredTarget] = ()) -> bytes:
    """The agency report as DOCX (Nghị định 30)."""
    return render_docx(report_outgoing(report, items, targets))


def report_xlsx(report: Report, items: list[ReportItem], targets: Sequence[MeasuredTarget] = ()) -> bytes:
    """The agency report as XLSX: the items, the status counts, the measured targets (when any) and the
    narrative, one sheet each."""
    counts = status_counts(items)
    sheets = (
        outgoing.Sheet(
            "Nhiệm vụ",
            outgoing.Table(
                headers=("TT", "Số hiệu", "Nhiệm vụ", "Trạng thái", "Tiến độ (%)", "Kết quả"),
                rows=tuple(
                    (
                        item.position,
                        item.number,
                        item.content,
                        status_label(item.status),
                        item.percent,
                        item.result,
                    )
                    for item in items
                ),
                xlsx_widths=(6, 10, 70, 26, 12, 60),
            ),
        ),
        outgoing.Sheet(
            "Tổng hợp",
            outgoing.Table(
                headers=("Nội dung", "Số liệu"),
                rows=(
                    ("Cơ quan", report.organization.name),
                    ("Kỳ báo cáo", report.period.name),
                    ("Phiên bản", report.version),
                    ("Tổng số nhiệm vụ", len(items)),
                    *((status_label(status), count) for status, count in counts.items()),
                ),
                xlsx_widths=(30, 60),
            ),
        ),
        *((target_sheet(targets),) if targets else ()),
        outgoing.Sheet(
            "Nội dung",
            outgoing.Table(
                headers=("Mục", "Nội dung"),
                rows=tuple((heading, getattr(report, name)) for name, heading in NARRATIVE_HEADINGS),
                xlsx_widths=(34, 100),
            ),
        ),
    )
    return render_workbook(sheets, title=f"Báo cáo {report.organization.name} — {report.period.name}")


def target_sheet(targets: Sequence[MeasuredTarget]) -> outgoing.Sheet:
    """The "Chỉ tiêu" sheet: each measured target with its goal and current value (count, total, per cent)."""
    return outgoing.Sheet(
        "Chỉ tiêu",
        outgoing.Table(
            headers=("Kế hoạch", "Chỉ tiêu", "Giá trị chỉ tiêu", "Hiện đạt", "Trên tổng số", "Tỷ lệ (%)"),
            rows=tuple(
                (
                    row.plan.title,
                    row.target.text,
                    _target_goal(row),
                    row.figure.numerator if row.figure else "",
                    row.figure.denominator if row.figure and row.figure.denominator else "",
                    float(percent) if row.figure and (percent := row.figure.percent()) is not None else "",
                )
                for row in targets
            ),
            xlsx_widths=(40, 50, 16, 12, 14, 12),
        ),
    )


def report_file_name(report: Report, extension: str) -> str:
    """ "Báo cáo - Sở Công Thương - Báo cáo kết quả lần 1.docx"."""
    label = f"Báo cáo - {report.organization.name} - {report.period.name}"
    return f"{_safe(label)}.{extension}"


def _safe(label: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\r\n\t]+", " ", label).strip()[:120]


# --- the consolidated report ------------------------------------------------------------------------------


def _names(organizations: Sequence[Organization]) -> str:
    return "; ".join(o.name for o in organizations)


def results_of(synthesis: CatalogTaskSynthesis) -> list[str]:
    """ "Xã A: <result> (hoàn thành đúng hạn, 100%)" for every agency that wrote a result on the task."""
    return [
        f"{org.name}: {item.result.strip()} ({status_label(item.status).lower()}, {item.percent}%)"
        for org, item in synthesis.entries
        if item.result.strip()
    ]


def consolidated_outgoing(data: ConsolidatedData) -> outgoing.OutgoingDocument:
    """The coordinator's report for the period: reporting situation, overview figures with their chart, a
    synthesis per catalog task naming the agencies and their results, the agencies' limitations and proposals;
    then Phụ lục I (agencies × status) and Phụ lục II (catalog tasks × status) — all public document blocks."""
    period, catalog = data.period, data.catalog
    owner = catalog.owner
    parent = Organization.objects.filter(pk=owner.parent_id).first() if owner.parent_id else None
    situation: list[outgoing.Block] = [
        outgoing.BulletList(
            (
                f"Số cơ quan, đơn vị phải báo cáo: {len(data.expected)}",
                f"Số cơ quan, đơn vị đã gửi báo cáo: {data.received_count} (trong đó gửi muộn: {len(data.late)})",
                f"Số cơ quan, đơn vị chưa gửi báo cáo: {len(data.missing)}",
                f"Số báo cáo bị trả lại để hoàn thiện: {len(data.returned)}",
            )
        )
    ]
    if data.late:
        situation.append(outgoing.Paragraph(f"Các cơ quan, đơn vị gửi báo cáo muộn: {_names(data.late)}."))
    if data.missing:
        situation.append(outgoing.Paragraph(f"Các cơ quan, đơn vị chưa gửi báo cáo: {_names(data.missing)}."))
    overview: list[outgoing.Block] = [
        outgoing.Paragraph(
            f"Tổng hợp từ {data.received_count} báo cáo, các cơ quan, đơn vị đã báo cáo {data.item_count} lượt "
            "nhiệm vụ, cụ thể:"
        ),
        outgoing.BulletList(_count_lines(data.totals, data.item_count)),
        outgoing.ChartImage(status_chart_png(data.totals), caption=CHART_CAPTION),
        outgoing.Paragraph(
            "(Chi tiết từng cơ quan, đơn vị tại Phụ lục I; từng nhiệm vụ tại Phụ lục II.)", italic=True
        ),
    ]
    per_task: list[outgoing.Block] = []
    for synthesis in data.tasks:
        task = synthesis.task
        per_task.append(outgoing.Heading(f"{task.number} {task.content}".strip()))
        by_status = [
            f"{status_label(status).lower()} {count} ("
            + ", ".join(org.name for org, item in synthesis.entries if item.status == status)
            + ")"
            for status, count in synthesis.counts.items()
            if count
        ]
        per_task.append(
            outgoing.Paragraph(
                f"Có {len(synthesis.entries)} cơ quan, đơn vị báo cáo: {'; '.join(by_status)}."
            )
        )
        results = results_of(synthesis)
        if results:
            per_task.append(outgoing.BulletList(tuple(results), marker="+"))
    sections = [
        outgoing.Section("I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ", tuple(situation)),
        outgoing.Section("II. KẾT QUẢ THỰC HIỆN CHUNG", tuple(overview)),
        outgoing.Section(
            "III. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ",
            tuple(per_task) or (outgoing.Paragraph("Chưa có báo cáo."),),
        ),
    ]
    for name, heading in (("limitations", "HẠN CHẾ, NGUYÊN NHÂN"), ("proposals", "ĐỀ XUẤT, KIẾN NGHỊ")):
        lines = tuple(
            f"{agency.organization.name}: {' '.join(getattr(agency.report, name).split())}"
            for agency in data.agencies
            if getattr(agency.report, name).strip()
        )
        if lines:
            sections.append(
                outgoing.Section(f"{ROMAN[len(sections)]}. {heading}", (outgoing.BulletList(lines),))
            )
    return outgoing.OutgoingDocument(
        kind=REPORT_KIND,
        type_abbreviation=REPORT_ABBREVIATION,
        issuer_abbreviation=issuer_abbreviation(owner),
        issuer=issuer_for(owner, parent),
        place=_place(owner),
        title=_period_title(period).replace("Kết quả thực hiện", "Tổng hợp kết quả thực hiện", 1),
        signature=default_signature(owner),
        year=period.due.year,
        preamble=(
            f"Thực hiện {_catalog_reference(catalog)}, trên cơ sở báo cáo của các cơ quan, đơn vị, tổng hợp kết "
            f"quả thực hiện trong kỳ ({period.name}) như sau:",
        ),
        sections=tuple(sections),
        recipients=(
            f"Thường trực {party_committee(province_of(owner))} (để b/c)",
            f"Ban Tuyên giáo và Dân vận {party_committee(province_of(owner))}",
            "Các sở, ban, ngành; UBND cấp xã",
        ),
        annexes=(
            outgoing.Annex(AGENCY_ANNEX_TITLE, (agency_annex_table(data),)),
            outgoing.Annex(TASK_ANNEX_TITLE, (task_annex_table(data),)),
            *(
                (outgoing.Annex(FEEDBACK_ANNEX_TITLE, (feedback_annex_table(data),)),)
                if data.feedback is not None
                else ()
            ),
        ),
    )


def status_chart_png(totals: dict[str, int]) -> bytes:
    """A horizontal bar chart of the status counts (PNG, no pyplot global state: safe in threads)."""
    figure = Figure(figsize=(6.3, 2.8), dpi=150)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    statuses = list(reversed(STATUS_ORDER))
    values = [totals.get(status, 0) for status in statuses]
    bars = axes.barh(
        [status_label(s) for s in statuses], values, color=[STATUS_COLOURS[s] for s in statuses], height=0.6
    )
    axes.bar_label(bars, labels=[str(v) for v in values], padding=3, fontsize=8)
    axes.set_xlabel("Số lượt nhiệm vụ", fontsize=8)
    axes.tick_params(labelsize=8)
    axes.set_xlim(0, max([*values, 1]) * 1.15)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def agency_annex_rows(data: ConsolidatedData) -> list[tuple[outgoing.Cell, ...]]:
    """Phụ lục I: every expected agency, whether it reported, and its items per status."""
    figures = {a.organization.pk: a for a in data.agencies}
    rows: list[tuple[outgoing.Cell, ...]] = []
    for index, organization in enumerate(data.expected, start=1):
        agency = figures.get(organization.pk)
        state = printed_label(data.standings.get(organization.pk, ReportStanding.NOT_STARTED))
        if agency is None:
            rows.append((index, organization.name, state, "", *[""] * len(STATUS_ORDER), ""))
            continue
        counts = [agency.counts[s] for s in STATUS_ORDER]
        rows.append((index, organization.name, state, agency.item_count, *counts, float(agency.percent)))
    return rows


def task_annex_rows(data: ConsolidatedData) -> list[tuple[outgoing.Cell, ...]]:
    """Phụ lục II: every catalog task reported on, and how many agencies stand in each status."""
    return [
        (s.task.number, s.task.content, len(s.entries), *[s.counts[st] for st in STATUS_ORDER])
        for s in data.tasks
    ]


STATUS_WIDTH_MM = 22


def agency_annex_table(data: ConsolidatedData) -> outgoing.Table:
    """Phụ lục I as a table (the DOCX annex and the XLSX sheet "Cơ quan")."""
    return outgoing.Table(
        headers=agency_annex_headers(),
        rows=tuple(agency_annex_rows(data)),
        widths_mm=(10, 52, 24, 16, *[STATUS_WIDTH_MM] * len(STATUS_ORDER), 18),
        xlsx_widths=(6, 50, 24, 12, *[16] * len(STATUS_ORDER), 16),
    )


def task_annex_table(data: ConsolidatedData) -> outgoing.Table:
    """Phụ lục II as a table (the DOCX annex and the XLSX sheet "Nhiệm vụ")."""
    return outgoing.Table(
        headers=task_annex_headers(),
        rows=tuple(task_annex_rows(data)),
        widths_mm=(14, 88, 18, *[STATUS_WIDTH_MM] * len(STATUS_ORDER)),
        xlsx_widths=(10, 80, 14, *[16] * len(STATUS_ORDER)),
    )


def feedback_annex_rows(data: ConsolidatedData) -> list[tuple[outgoing.Cell, ...]]:
    """Phụ lục III: each expected agency with feedback due in the period, answered on time of due
    (`core.measures` "feedback_on_time"); empty when the measure is not registered."""
    figures = data.feedback or {}
    rows: list[tuple[outgoing.Cell, ...]] = []
    for organization in data.expected:
        figure = figures.get(organization.pk)
        if figure is None or not figure.denominator:
            continue
        percent = figure.percent()
        rows.append(
            (
                len(rows) + 1,
                organization.name,
                figure.denominator,
                figure.numerator,
                float(percent) if percent is not None else "",
            )
        )
    return rows


def feedback_annex_table(data: ConsolidatedData) -> outgoing.Table:
    """Phụ lục III as a table (the DOCX annex and the XLSX sheet "Ý kiến công dân")."""
    return outgoing.Table(
        headers=FEEDBACK_ANNEX_HEADERS,
        rows=tuple(feedback_annex_rows(data)),
        widths_mm=(10, 80, 30, 30, 20),
        xlsx_widths=(6, 50, 20, 20, 12),
    )


def consolidated_docx(data: ConsolidatedData) -> bytes:
    """The consolidated report as DOCX: body per Nghị định 30 with the chart, and the two annex tables."""
    return render_docx(consolidated_outgoing(data))


def consolidated_xlsx(data: ConsolidatedData) -> bytes:
    """The consolidated report as XLSX: overview, agencies, catalog tasks, every item, agencies missing."""
    overview: tuple[tuple[outgoing.Cell, ...], ...] = (
        ("Kỳ báo cáo", data.period.name),
        ("Từ ngày", data.period.start),
        ("Đến ngày (chốt số liệu)", data.period.cutoff),
        ("Hạn gửi báo cáo", data.period.due),
        ("Số cơ quan phải báo cáo", len(data.expected)),
        ("Số cơ quan đã gửi báo cáo", data.received_count),
        ("Số cơ quan gửi muộn", len(data.late)),
        ("Số cơ quan chưa gửi", len(data.missing)),
        ("Số báo cáo bị trả lại", len(data.returned)),
        ("Tổng số lượt nhiệm vụ", data.item_count),
        *((status_label(status), data.totals[status]) for status in STATUS_ORDER),
    )
    detail = tuple(
        (organization.name, item.number, item.content, status_label(item.status), item.percent, item.result)
        for synthesis in data.tasks
        for organization, item in synthesis.entries
    )
    sheets = (
        outgoing.Sheet(
            CONSOLIDATED_SHEETS[0],
            outgoing.Table(headers=("Nội dung", "Số liệu"), rows=overview, xlsx_widths=(36, 60)),
        ),
        outgoing.Sheet(CONSOLIDATED_SHEETS[1], agency_annex_table(data)),
        outgoing.Sheet(CONSOLIDATED_SHEETS[2], task_annex_table(data)),
        outgoing.Sheet(
            CONSOLIDATED_SHEETS[3],
            outgoing.Table(
                headers=("Cơ quan, đơn vị", "Số hiệu", "Nhiệm vụ", "Trạng thái", "Tiến độ (%)", "Kết quả"),
                rows=detail,
                xlsx_widths=(40, 10, 60, 26, 12, 60),
            ),
        ),
        outgoing.Sheet(
            CONSOLIDATED_SHEETS[4],
            outgoing.Table(
                headers=("TT", "Cơ quan, đơn vị chưa gửi báo cáo"),
                rows=tuple((index, o.name) for index, o in enumerate(data.missing, start=1)),
                xlsx_widths=(6, 60),
            ),
        ),
        *((outgoing.Sheet(FEEDBACK_SHEET, feedback_annex_table(data)),) if data.feedback is not None else ()),
    )
    return render_workbook(sheets, title=f"Tổng hợp báo cáo — {data.period.name}")


def consolidated_file_name(period: ReportingPeriod, extension: str) -> str:
    return f"{_safe(f'Báo cáo tổng hợp - {period.name}')}.{extension}"
