"""Build the same plan as flattened text, DOCX (real table, python-docx) and PDF (WeasyPrint or LibreOffice).

The plan is a department plan of another province with its tasks in a table: group rows, multi-line cells, an
empty coordinating cell and the usual timeframe phrasings.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

from docparse.tests.corpus_heldout_build import Source, render_html

LETTERHEAD = ("UBND TỈNH NGHỆ AN", "SỞ TƯ PHÁP")
NUMBER = "Số: 45/KH-STP"
DATE_LINE = "Nghệ An, ngày 12 tháng 01 năm 2026"
TITLE = "Thực hiện công tác dân vận chính quyền năm 2026"
PREAMBLE = (
    "Thực hiện Kế hoạch số 21/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về công tác dân vận chính quyền "
    "năm 2026; Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở Tư pháp ban hành Kế hoạch "
    "thực hiện như sau:"
)
SIGNER = ("GIÁM ĐỐC", "Trần Văn Bình")
# (no, text, lead, coord, timeframe); a row with only (no, text) is a group row.
ROWS: list[tuple[str, ...]] = [
    ("I", "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN"),
    (
        "1",
        "Tuyên truyền, phổ biến Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ đến công chức, viên chức "
        "và người lao động của Sở",
        "Văn phòng Sở",
        "Phòng Phổ biến, giáo dục pháp luật; Công đoàn cơ sở",
        "Quý I/2026",
    ),
    (
        "2",
        "Cập nhật tin, bài về công tác dân vận chính quyền trên Cổng thông tin điện tử của Sở",
        "Văn phòng Sở",
        "",
        "Hằng tháng",
    ),
    ("II", "CÔNG TÁC CẢI CÁCH HÀNH CHÍNH VÀ TIẾP CÔNG DÂN"),
    (
        "3",
        "Rà soát, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở tại Trung tâm Phục vụ hành chính "
        "công tỉnh",
        "Phòng Hành chính tư pháp",
        "Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh",
        "Từ tháng 3 đến tháng 6/2026",
    ),
    (
        "4",
        "Tổ chức đối thoại giữa Giám đốc Sở với công chức, viên chức và người lao động",
        "Lãnh đạo Sở",
        "Công đoàn cơ sở, Chi đoàn Thanh niên",
        "Quý IV/2026",
    ),
    (
        "5",
        "Tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân về quy định hành chính",
        "Thanh tra Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Theo yêu cầu",
    ),
    (
        "6",
        "Sơ kết, đánh giá kết quả thực hiện công tác dân vận chính quyền và báo cáo Ủy ban nhân dân tỉnh",
        "Văn phòng Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Định kỳ 6 tháng",
    ),
    (
        "7",
        "Đăng ký và triển khai mô hình “Dân vận khéo” năm 2026",
        "Các phòng, đơn vị thuộc Sở",
        "Văn phòng Sở",
        "Năm 2026",
    ),
]


def tasks_expected() -> list[dict[str, object]]:
    """The tasks in the label format of LABELING.md (text_start = first 8 words)."""
    from docparse.units import split_units

    expected: list[dict[str, object]] = []
    for row in ROWS:
        if len(row) == 2:
            continue
        no, text, lead, coord, timeframe = row
        expected.append(
            {
                "no": no,
                "text_start": " ".join(text.split()[:8]),
                "lead": split_units(lead),
                "coord": split_units(coord),
                "timeframe": timeframe,
            }
        )
    return expected


def plan_text() -> str:
    """The plan as text extracted from a PDF: cells one under another, wrapped to their column widths."""
    lines = [
        *LETTERHEAD,
        NUMBER,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        DATE_LINE,
    ]
    lines += ["KẾ HOẠCH", TITLE, ""]
    lines += textwrap.wrap(PREAMBLE, 80)
    lines += ["", "STT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian hoàn thành"]
    for row in ROWS:
        lines.append(row[0])
        if len(row) == 2:
            lines.append(row[1])
            continue
        _, text, lead, coord, timeframe = row
        lines += textwrap.wrap(text, 50)
        lines += textwrap.wrap(lead, 24)
        lines += textwrap.wrap(coord, 24)
        lines += textwrap.wrap(timeframe, 18)
    lines += ["", "Nơi nhận:", "- UBND tỉnh (để b/c);", "- Lưu: VT, VP.", SIGNER[0], "", SIGNER[1]]
    return "\n\n".join(lines) + "\n"


def plan_docx() -> bytes:
    """The plan as DOCX: letterhead table, title, preamble, task table with merged group rows, signature."""
    import docx
    from docx.enum.section import WD_ORIENT

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    left.text = "\n".join([*LETTERHEAD, NUMBER])
    right.text = "\n".join(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", DATE_LINE])
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph(TITLE)
    document.add_paragraph(PREAMBLE)
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, title in zip(
        table.rows[0].cells,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        strict=True,
    ):
        cell.text = title
    for row in ROWS:
        cells = table.add_row().cells
        cells[0].text = row[0]
        if len(row) == 2:
            merged = cells[1].merge(cells[4])
            merged.text = row[1]
            continue
        _, text, lead, coord, timeframe = row
        cells[1].text = text
        cells[2].text = lead.replace("; ", ";\n")
        cells[3].text = coord.replace("; ", ";\n")
        cells[4].text = timeframe
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- UBND tỉnh (để b/c);")
    document.add_paragraph(SIGNER[0])
    document.add_paragraph(SIGNER[1])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plan_html() -> str:
    rows = []
    for row in ROWS:
        if len(row) == 2:
            rows.append(f"<tr><td>{row[0]}</td><td colspan='4'><b>{row[1]}</b></td></tr>")
        else:
            rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    return f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 15mm 15mm 15mm 25mm }}
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt }}
table.grid {{ border-collapse: collapse; width: 100% }}
table.grid td {{ border: 1px solid black; padding: 4px; vertical-align: top }}
</style></head><body>
<table><tr><td>{"<br>".join(LETTERHEAD)}<br>{NUMBER}</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>{DATE_LINE}</td></tr></table>
<p>KẾ HOẠCH</p><p>{TITLE}</p><p>{PREAMBLE}</p>
<table class="grid"><tr><td>STT</td><td>Nội dung công việc</td><td>Đơn vị chủ trì</td><td>Đơn vị phối hợp</td>
<td>Thời gian hoàn thành</td></tr>{"".join(rows)}</table>
<p>Nơi nhận:</p><p>- UBND tỉnh (để b/c);</p><p>{SIGNER[0]}</p><p>{SIGNER[1]}</p></body></html>"""


def plan_pdf_weasyprint() -> bytes:
    from weasyprint import HTML

    return bytes(HTML(string=plan_html()).write_pdf())


def docx_to_pdf_libreoffice(data: bytes) -> bytes | None:
    """Convert with LibreOffice when installed (its own profile directory); None when it is missing."""
    return _pdf_libreoffice(data, "docx")


def html_to_pdf_libreoffice(page: str) -> bytes | None:
    """An HTML page laid out by LibreOffice Writer and exported to PDF (the corpus's `.lo.pdf`: lightly ruled
    tables, LibreOffice's own cell layout); None when LibreOffice is missing."""
    return _pdf_libreoffice(page.encode("utf-8"), "html", "HTML (StarWriter)")


def source_to_pdf_libreoffice(source: Source) -> bytes:
    """A document written in the corpus markup (`corpus_heldout_build.Source`), laid out by LibreOffice as the
    corpus's `.lo.pdf` is; the caller's test needs LibreOffice installed."""
    pdf = html_to_pdf_libreoffice(render_html(source))
    assert pdf is not None
    return pdf


def _pdf_libreoffice(data: bytes, suffix: str, infilter: str | None = None) -> bytes | None:
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if not binary:
        return None
    with tempfile.TemporaryDirectory(prefix="docparse-lo-") as folder:
        source = Path(folder) / f"plan.{suffix}"
        source.write_bytes(data)
        subprocess.run(
            [
                binary,
                "--headless",
                "--norestore",
                "--nolockcheck",
                f"-env:UserInstallation=file://{folder}/profile",
                *([f"--infilter={infilter}"] if infilter else []),
                "--convert-to",
                "pdf:writer_pdf_Export" if infilter else "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            capture_output=True,
            timeout=180,
            check=False,
        )
        target = Path(folder) / "plan.pdf"
        return target.read_bytes() if target.exists() else None


# A provincial catalog (decision + appendix table) for the PDF golden file.
CATALOG_ROWS: list[tuple[str, ...]] = [
    ("1", "CÁC NHIỆM VỤ VỀ TUYÊN TRUYỀN, PHỔ BIẾN"),
    (
        "1.1",
        "Quán triệt, triển khai Chương trình phối hợp số 05-CTrPH/BDVTU-BCSĐ ngày 12/3/2024 giữa Ban Dân vận Tỉnh "
        "ủy và Ban cán sự đảng UBND tỉnh",
        "Các sở, ban, ngành; Ủy ban nhân dân cấp xã",
        "",
        "Trước ngày 15/8/2026",
    ),
    (
        "1.2",
        "Tổ chức sơ kết việc thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị",
        "Sở Nội vụ",
        "Ban Dân vận Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Tháng 10, 11/2026",
    ),
    ("2", "CÁC NHIỆM VỤ VỀ DÂN CHỦ Ở CƠ SỞ"),
    (
        "2.1",
        "Tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành Nghị quyết về bảo đảm thực hiện dân "
        "chủ ở cơ sở",
        "Sở Nội vụ",
        "Sở Tư pháp; Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
        "Kỳ họp HĐND tỉnh giữa năm 2026",
    ),
    (
        "2.2",
        "Xây dựng mô hình “Chính quyền thân thiện” ở cấp xã",
        "Ủy ban nhân dân cấp xã",
        "Sở Nội vụ",
        "Năm 2026 và các năm tiếp theo",
    ),
]


def catalog_html() -> str:
    rows = []
    for row in CATALOG_ROWS:
        if len(row) == 2:
            rows.append(f"<tr><td>{row[0]}</td><td colspan='4'><b>{row[1]}</b></td></tr>")
        else:
            rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    return f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 15mm 15mm 15mm 25mm }}
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt }}
table.grid {{ border-collapse: collapse; width: 100% }}
table.grid td {{ border: 1px solid black; padding: 4px; vertical-align: top }}
</style></head><body>
<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NAM<br>Số: 1520/QĐ-UBND</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Quảng Nam, ngày 03 tháng 7 năm 2026</td></tr>
</table>
<p>QUYẾT ĐỊNH</p><p>Ban hành danh mục nhiệm vụ công tác dân vận chính quyền năm 2026</p>
<p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM</p>
<p>Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ;</p>
<p>Theo đề nghị của Sở Nội vụ tại Tờ trình số 210/TTr-SNV ngày 20/6/2026.</p>
<p>QUYẾT ĐỊNH:</p>
<p>Điều 1. Ban hành kèm theo Quyết định này danh mục nhiệm vụ công tác dân vận chính quyền năm 2026.</p>
<p>Điều 2. Các sở, ngành, Ủy ban nhân dân cấp xã báo cáo kết quả về Sở Nội vụ trước ngày 05/12/2026.</p>
<p>Điều 3. Quyết định có hiệu lực kể từ ngày ký./.</p>
<p>Nơi nhận:</p><p>- Như Điều 3;</p><p>- Lưu: VT.</p>
<p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Lê Văn Dũng</p>
<p style="page-break-before: always">DANH MỤC</p>
<p>Nhiệm vụ công tác dân vận chính quyền năm 2026</p>
<table class="grid"><tr><td>TT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td>
<td>Thời gian thực hiện</td></tr>{"".join(rows)}</table></body></html>"""


def write_golden_files(folder: Path) -> None:
    """(Re)create the binary golden documents of `data/extra/docs`."""
    from weasyprint import HTML

    (folder / "department_table.docx").write_bytes(plan_docx())
    (folder / "catalog.pdf").write_bytes(bytes(HTML(string=catalog_html()).write_pdf()))


if __name__ == "__main__":
    write_golden_files(Path(__file__).parent / "data" / "extra" / "docs")
