"""Build the held-out corpus files from their sources: `python -m docparse.tests.corpus_heldout_build [NAME ...]`.

Each `corpus/sources/heldout/<name>.src` is a document written in a small line markup (below). The script writes
the variants the source asks for into `corpus/heldout/`:

- `<name>.txt`       the text a reader gets by copying the Word document (header table row by row, tables cell by
                     cell), or the source's own text block for `raw` documents (web copies, PDF-text artefacts);
- `<name>.docx`      python-docx: the NĐ 30 header as a borderless two-column table, real tables (header row
                     repeated on every page, merged group rows, vertical merges, several paragraphs or bullets in a
                     cell), landscape sections, List Bullet paragraphs without a bullet character;
- `<name>.lo.docx`   the DOCX opened and saved again by LibreOffice;
- `<name>.pdf`       LibreOffice's PDF export of the python-docx file (a Word-like PDF);
- `<name>.lo.pdf`    a LibreOffice-authored layout: the document as HTML (or, with `= lo_layout: fodt`, as a flat
                     ODF text with a landscape master page for the appendix), laid out and exported by LibreOffice
                     Writer (lightly ruled tables, header rows repeated);
- `<name>.scan.pdf`  the first pages of the PDF rendered at 150 dpi by pdftoppm, turned slightly, speckled, with a
                     red stamp near the signature, wrapped back into an image-only PDF with Pillow;
- `<name>.web.txt`   the `raw` block as is (a web copy).

Markup (one paragraph per line; blank lines are ignored outside `raw`):

    = variants: txt docx pdf lo.pdf lo.docx scan.pdf web.txt
    = left: ỦY BAN NHÂN DÂN|TỈNH LÀO CAI          header, left column lines (bold after the first when 2+)
    = number: Số: 125/QĐ-UBND                      under the organ name
    = vv: V/v triển khai …                         công văn trích yếu under the number
    = right: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc
    = date: Lào Cai, ngày 12 tháng 3 năm 2026
    = scan_pages: 2
    ---
    !c TEXT          centred bold line (type heading, title)
    !b TEXT          bold paragraph (section heading)
    !i TEXT          italic paragraph
    !lb TEXT         Word List Bullet paragraph: no bullet character in the text
    TEXT             body paragraph (justified, first-line indent)
    !pagebreak
    !landscape / !portrait      new section
    !table 1,6,3,3,2            a table with relative column widths; rows follow as `| a | b | c |`
    !header N                   the first N rows are header rows (repeated on every page)
    | I | NHÓM NHIỆM VỤ … | << | << |   `<<` merges with the cell on its left (group rows)
    | 2 | … | ^^ |                     `^^` merges with the cell above
    a cell's ` // ` starts a new paragraph in that cell
    !endtable
    !sign LEFT|LEFT|… >> RIGHT|RIGHT|…   signature block: Nơi nhận on the left, authority and name on the right
    !raw … !endraw                       text used as is for `txt`/`web.txt` (`<FF>`, `<NFD>…</NFD>`, `<BLANK>`)

The files are committed; the test suite never runs this script (it needs LibreOffice and poppler).
"""

from __future__ import annotations

import html
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt

CORPUS = Path(__file__).parent / "data" / "corpus"
FIXED_TIME = "2026-01-01T00:00:00Z"


@dataclass
class Table:
    widths: list[float]
    header_rows: int = 1
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Source:
    name: str
    meta: dict[str, str]
    body: list[tuple[str, object]]
    raw: str | None = None

    @property
    def variants(self) -> list[str]:
        return self.meta.get("variants", "txt docx").split()


def read_source(path: Path) -> Source:
    meta: dict[str, str] = {}
    body: list[tuple[str, object]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines) and lines[index].strip() != "---":
        line = lines[index]
        if line.startswith("= "):
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
        index += 1
    index += 1
    table: Table | None = None
    raw: list[str] | None = None
    raw_text: str | None = None
    for line in lines[index:]:
        if raw is not None:
            if line.strip() == "!endraw":
                raw_text = "\n".join(raw) + "\n"
                raw = None
            else:
                raw.append(line)
            continue
        stripped = line.strip()
        if stripped == "!raw":
            raw = []
        elif table is not None:
            if stripped == "!endtable":
                body.append(("table", table))
                table = None
            elif stripped.startswith("!header"):
                table.header_rows = int(stripped.split()[1])
            elif stripped.startswith("|"):
                table.rows.append([cell.strip() for cell in stripped[1:-1].split("|")])
        elif stripped.startswith("!table"):
            table = Table(widths=[float(w) for w in stripped.split()[1].split(",")])
        elif not stripped:
            continue
        elif stripped.startswith("!") and " " in stripped:
            kind, _, text = stripped.partition(" ")
            body.append((kind[1:], text))
        elif stripped.startswith("!"):
            body.append((stripped[1:], ""))
        else:
            body.append(("p", stripped))
    return Source(path.stem, meta, body, raw_text)


# ---------------------------------------------------------------------------------------------------- label


def label_json(text: str) -> str:
    """The JSON label (LABELING.md) from its compact form `<name>.lbl`, written by reading the source.

    One record a line, fields split by `|`, `-` for null, units split by `;`:

        shape: per-agency
        doc: TYPE | NUMBER | DATE | ISSUER | PLACE | TITLE | SIGNER
        cit: TYPE | NUMBER | DATE | ISSUER
        task: NO | TEXT (its first words) | LEAD; LEAD | COORD; COORD | TIMEFRAME
        rep: WHAT | DUE
        notes: …

    `text_start` is the first 8 words of TEXT, extended while two tasks would share it.
    """
    import json

    def value(field_text: str) -> str | None:
        field_text = field_text.strip()
        return None if field_text == "-" else field_text

    def units(field_text: str) -> list[str]:
        return [unit.strip() for unit in field_text.split(";") if unit.strip() and unit.strip() != "-"]

    label: dict[str, object] = {"doc": {}, "citations": [], "tasks": [], "reporting": []}
    texts: list[list[str]] = []
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        key = key.strip()
        if not line.strip() or line.startswith("#"):
            continue
        parts = rest.split("|")
        if key == "shape":
            label["shape"] = rest.strip()
        elif key == "notes":
            label["notes"] = rest.strip()
        elif key == "doc":
            names = ("type", "number", "date", "issuer", "place", "title", "signer")
            label["doc"] = dict(zip(names, (value(p) for p in parts), strict=True))
        elif key == "cit":
            names = ("type", "number", "date", "issuer")  # type: ignore[assignment]
            label["citations"].append(dict(zip(names, (value(p) for p in parts), strict=True)))  # type: ignore[attr-defined]
        elif key == "task":
            no, words, lead, coord, timeframe = parts
            texts.append(words.split())
            label["tasks"].append(  # type: ignore[attr-defined]
                {
                    "no": value(no),
                    "text_start": "",
                    "lead": units(lead),
                    "coord": units(coord),
                    "timeframe": value(timeframe),
                }
            )
        elif key == "rep":
            what, due = parts
            label["reporting"].append({"what": what.strip(), "due": value(due)})  # type: ignore[attr-defined]
        else:
            raise ValueError(f"unknown label line: {line!r}")
    sizes = [min(8, len(words)) for words in texts]
    changed = True
    while changed:
        changed = False
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if texts[i][: sizes[i]] == texts[j][: sizes[j]] and (
                    sizes[i] < len(texts[i]) or sizes[j] < len(texts[j])
                ):
                    sizes[i] = min(sizes[i] + 1, len(texts[i]))
                    sizes[j] = min(sizes[j] + 1, len(texts[j]))
                    changed = True
    for task, words, size in zip(label["tasks"], texts, sizes, strict=True):  # type: ignore[call-overload]
        task["text_start"] = " ".join(words[:size])
    ordered = {key: label[key] for key in ("doc", "citations", "tasks", "reporting", "shape", "notes")}
    return json.dumps(ordered, ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------------------------------------------- text


def _raw(text: str) -> str:
    """A raw block as the file holds it: `<FF>` is a form feed, `<NFD>…</NFD>` is written decomposed (as some PDF
    text layers give Vietnamese), `<BLANK>` after `!raw` means a blank line after every line (pdftotext of
    double-spaced text)."""
    if text.startswith("<BLANK>\n"):
        text = "\n".join(
            line + "\n" if line and "<FF>" not in line else line for line in text[8:].split("\n")
        )
    text = text.replace("<FF>", "\f")
    return re.sub(r"<NFD>(.*?)</NFD>", lambda m: unicodedata.normalize("NFD", m.group(1)), text, flags=re.S)


def _cell_lines(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(" // ") if part.strip() and part not in {"<<", "^^"}]


def render_text(source: Source) -> str:
    """What copying the Word document as plain text gives: table cells one per line, row by row."""
    if source.raw is not None:
        return _raw(source.raw)
    out: list[str] = []
    meta = source.meta
    left = meta.get("left", "").split("|")
    right = meta.get("right", "").split("|")
    out += [line for line in left if line]
    out += [line for line in right if line]
    if meta.get("number"):
        out.append(meta["number"])
    if meta.get("vv"):
        out += meta["vv"].split("|")  # `|` breaks the V/v line as typed
    if meta.get("date"):
        out.append(meta["date"])
    out.append("")
    for kind, value in source.body:
        if kind == "table":
            assert isinstance(value, Table)
            for row in value.rows:
                for cell in row:
                    out += _cell_lines(cell)
        elif kind == "sign":
            left_part, _, right_part = str(value).partition(">>")
            out += [line.strip() for line in right_part.split("|") if line.strip()]
            out += [line.strip() for line in left_part.split("|") if line.strip()]
        elif kind in {"pagebreak", "landscape", "portrait"}:
            continue
        elif kind == "lb":
            out.append(str(value))
        else:
            out.append(str(value))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------- docx


def _font(run, size: float = 13, bold: bool = False, italic: bool = False) -> None:
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _grid(table, widths) -> None:
    """Fixed column widths that LibreOffice honours too (tblGrid, not only the cells' tcW)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(width.twips if hasattr(width, "twips") else width)))
    for index, width in enumerate(widths):
        for cell in table.columns[index].cells:
            cell.width = width


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _paragraph(
    container,
    text: str,
    *,
    size: float = 13,
    bold: bool = False,
    italic: bool = False,
    align=None,
    indent: bool = False,
    style: str | None = None,
):
    paragraph = container.add_paragraph(style=style) if style else container.add_paragraph()
    _font(paragraph.add_run(text), size, bold, italic)
    if align is not None:
        paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(3)
    if indent:
        paragraph.paragraph_format.first_line_indent = Mm(10)
    return paragraph


def _fill_cell(cell, text: str, *, bold: bool = False, size: float = 12, center: bool = False) -> None:
    parts = text.split(" // ")
    cell.paragraphs[0].text = ""
    for index, part in enumerate(parts):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        _font(paragraph.add_run(part), size, bold)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _section(document, landscape: bool) -> None:
    section = document.add_section()
    width, height = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = (Mm(20), Mm(15)) if landscape else (Mm(30), Mm(15))


def _page_number_header(document) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), tag)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def render_docx(source: Source, path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    _page_number_header(document)
    if source.meta.get("footer"):
        footer = section.footer.paragraphs[0]
        _font(footer.add_run(source.meta["footer"]), 10, italic=True)
        section.first_page_footer.paragraphs[0].text = ""
    meta = source.meta
    header = document.add_table(rows=2, cols=2)
    _no_borders(header)
    left = [line for line in meta.get("left", "").split("|") if line]
    right = [line for line in meta.get("right", "").split("|") if line]
    cell = header.cell(0, 0)
    cell.paragraphs[0].text = ""
    for index, line in enumerate(left):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        _font(paragraph.add_run(line), 12.5, bold=index > 0 or len(left) == 1)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell = header.cell(0, 1)
    cell.paragraphs[0].text = ""
    for index, line in enumerate(right):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        _font(paragraph.add_run(line), 12.5 if index == 0 else 13.5, bold=True)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell = header.cell(1, 0)
    cell.paragraphs[0].text = ""
    _font(cell.paragraphs[0].add_run(meta.get("number", "")), 13)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in meta["vv"].split("|") if meta.get("vv") else []:
        paragraph = cell.add_paragraph()
        _font(paragraph.add_run(line), 12)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell = header.cell(1, 1)
    cell.paragraphs[0].text = ""
    _font(cell.paragraphs[0].add_run(meta.get("date", "")), 13, italic=True)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _grid(header, [Mm(68), Mm(97)])
    for kind, value in source.body:
        text = str(value)
        if kind == "c":
            _paragraph(document, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
        elif kind == "b":
            _paragraph(document, text, bold=True, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "i":
            _paragraph(document, text, italic=True, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "lb":
            _paragraph(document, text, style="List Bullet", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "p":
            _paragraph(document, text, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "pagebreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in {"landscape", "portrait"}:
            _section(document, kind == "landscape")
        elif kind == "table":
            assert isinstance(value, Table)
            _docx_table(document, value)
        elif kind == "sign":
            _docx_sign(document, text)
    document.core_properties.author = "danvan corpus"
    document.save(str(path))


def _docx_table(document, spec: Table) -> None:
    columns = len(spec.widths)
    table = document.add_table(rows=len(spec.rows), cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    section = document.sections[-1]
    usable = section.page_width - section.left_margin - section.right_margin
    total = sum(spec.widths)
    for r_index, row in enumerate(spec.rows):
        row_cells = table.rows[r_index].cells
        heading = r_index < spec.header_rows
        if heading:
            _repeat_header(table.rows[r_index])
        group = "<<" in row
        for c_index in range(columns):
            text = row[c_index] if c_index < len(row) else ""
            if text in {"<<", "^^"}:
                continue
            _fill_cell(row_cells[c_index], text, bold=heading or group, center=heading or c_index == 0)
        for c_index in range(columns):
            text = row[c_index] if c_index < len(row) else ""
            if text == "<<":
                start = c_index - 1
                while start > 0 and row[start] == "<<":
                    start -= 1
                table.cell(r_index, start).merge(table.cell(r_index, c_index))
            elif text == "^^":
                above = r_index - 1
                while above > 0 and spec.rows[above][c_index] == "^^":
                    above -= 1
                table.cell(above, c_index).merge(table.cell(r_index, c_index))
    _grid(table, [Emu(int(usable * width / total)) for width in spec.widths])
    document.add_paragraph()


def _docx_sign(document, text: str) -> None:
    left_part, _, right_part = text.partition(">>")
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _grid(table, [Mm(75), Mm(90)])
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.paragraphs[0].text = ""
    for index, line in enumerate([line.strip() for line in left_part.split("|") if line.strip()]):
        paragraph = left.paragraphs[0] if index == 0 else left.add_paragraph()
        _font(paragraph.add_run(line), 12 if index == 0 else 11, bold=index == 0, italic=index == 0)
    right.paragraphs[0].text = ""
    lines = [line.strip() for line in right_part.split("|")]
    for index, line in enumerate(lines):
        paragraph = right.paragraphs[0] if index == 0 else right.add_paragraph()
        _font(paragraph.add_run(line), 13, bold=True)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------------------------------- html


def render_html(source: Source) -> str:
    """The same document as HTML for LibreOffice Writer to lay out (its own layout, not Word's)."""
    meta = source.meta
    e = html.escape
    left = "<br>".join(e(line) for line in meta.get("left", "").split("|") if line)
    right = "<br>".join(f"<b>{e(line)}</b>" for line in meta.get("right", "").split("|") if line)
    number = e(meta.get("number", "")) + (
        "".join(f"<br>{e(line)}" for line in meta["vv"].split("|")) if meta.get("vv") else ""
    )
    parts = [
        "<html><head><meta charset='utf-8'><style>body{font-family:'Times New Roman';font-size:13pt}"
        "td,th{font-size:12pt;vertical-align:top;padding:2pt}"
        "table.t{border-collapse:collapse;width:100%}"
        "table.t td,table.t th{border-bottom:0.5pt solid #777}</style></head><body>",
        "<table width='100%'><tr>"
        f"<td align='center' width='40%'>{left}</td><td align='center'>{right}</td></tr>"
        f"<tr><td align='center'>{number}</td><td align='center'><i>{e(meta.get('date', ''))}</i></td></tr>"
        "</table>",
    ]
    for kind, value in source.body:
        text = e(str(value))
        if kind == "c":
            parts.append(f"<p align='center'><b>{text}</b></p>")
        elif kind == "b":
            parts.append(f"<p><b>{text}</b></p>")
        elif kind == "i":
            parts.append(f"<p><i>{text}</i></p>")
        elif kind == "lb":
            parts.append(f"<ul><li>{text}</li></ul>")
        elif kind == "p":
            parts.append(f"<p align='justify'>{text}</p>")
        elif kind == "pagebreak":
            parts.append("<p style='page-break-before:always'></p>")
        elif kind == "table":
            assert isinstance(value, Table)
            parts.append(_html_table(value))
        elif kind == "sign":
            left_part, _, right_part = str(value).partition(">>")
            left_html = "<br>".join(e(x.strip()) for x in left_part.split("|") if x.strip())
            right_html = "<br>".join(f"<b>{e(x.strip())}</b>" for x in right_part.split("|"))
            parts.append(
                f"<table width='100%'><tr><td width='45%'><small>{left_html}</small></td>"
                f"<td align='center'>{right_html}</td></tr></table>"
            )
    parts.append("</body></html>")
    return "\n".join(parts)


def _html_table(spec: Table) -> str:
    e = html.escape
    total = sum(spec.widths)
    rows_html: list[str] = []
    skip: set[tuple[int, int]] = set()
    for r_index, row in enumerate(spec.rows):
        cells: list[str] = []
        tag = "th" if r_index < spec.header_rows else "td"
        for c_index, text in enumerate(row):
            if text in {"<<", "^^"} or (r_index, c_index) in skip:
                continue
            span = 1
            while c_index + span < len(row) and row[c_index + span] == "<<":
                span += 1
            down = 1
            while r_index + down < len(spec.rows) and spec.rows[r_index + down][c_index] == "^^":
                down += 1
            width = f" width='{int(100 * spec.widths[c_index] / total)}%'" if r_index == 0 else ""
            attrs = (f" colspan='{span}'" if span > 1 else "") + (f" rowspan='{down}'" if down > 1 else "")
            content = "<br>".join(e(part) for part in text.split(" // "))
            if "<<" in row:
                content = f"<b>{content}</b>"
            cells.append(f"<{tag}{attrs}{width}>{content}</{tag}>")
        row_html = "<tr>" + "".join(cells) + "</tr>"
        rows_html.append(row_html)
    head = "".join(rows_html[: spec.header_rows])
    body = "".join(rows_html[spec.header_rows :])
    return f"<table class='t'><thead>{head}</thead><tbody>{body}</tbody></table>"


# ---------------------------------------------------------------------------------------------------- fodt

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmP"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pmL"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm"
  style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="1.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
 <style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/></style:style>
 <style:style style:name="B" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
 <style:style style:name="CL" style:family="paragraph" style:master-page-name="Landscape"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
 <style:style style:name="CP" style:family="paragraph" style:master-page-name="Standard"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
 <style:style style:name="BP" style:family="paragraph" style:master-page-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="12.5pt"/></style:style>
 <style:style style:name="HB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="HI" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="11.5pt"/></style:style>
 <style:style style:name="TB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="F" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Plain" style:family="table"><style:table-properties style:width="16.5cm" table:align="center"/></style:style>
 <style:style style:name="Ruled" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm"
  fo:border-top="0.5pt solid #555555" fo:border-bottom="0.5pt solid #555555" fo:border-left="none" fo:border-right="none"/></style:style>
 %COLUMNS%
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmP"><style:footer><text:p text:style-name="F">%FOOTER%<text:page-number text:select-page="current"/></text:p></style:footer></style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="pmL"><style:footer><text:p text:style-name="F">%FOOTER%<text:page-number text:select-page="current"/></text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def render_fodt(source: Source) -> str:
    """The document as a flat ODF text laid out by LibreOffice itself: a portrait part and, after `!landscape`, a
    landscape master page; tables ruled by horizontal lines only, the header rows repeated (table-header-rows)."""
    e = html.escape
    meta = source.meta
    columns: list[str] = []
    body: list[str] = []

    def plain_table(
        left: list[tuple[str, str]], right: list[tuple[str, str]], widths: tuple[float, float]
    ) -> str:
        name = f"plain{len(columns)}"
        columns.extend(
            f'<style:style style:name="{name}{i}" style:family="table-column"><style:table-column-properties '
            f'style:column-width="{w}cm"/></style:style>'
            for i, w in enumerate(widths)
        )
        cells = "".join(
            "<table:table-cell>"
            + "".join(f'<text:p text:style-name="{st}">{e(t)}</text:p>' for st, t in side)
            + "</table:table-cell>"
            for side in (left, right)
        )
        return (
            f'<table:table table:style-name="Plain"><table:table-column table:style-name="{name}0"/>'
            f'<table:table-column table:style-name="{name}1"/><table:table-row>{cells}</table:table-row></table:table>'
        )

    left = [line for line in meta.get("left", "").split("|") if line]
    right = [line for line in meta.get("right", "").split("|") if line]
    left_cells = [("H" if i == 0 and len(left) > 1 else "HB", line) for i, line in enumerate(left)]
    left_cells += [("H", line) for key in ("number", "vv") if meta.get(key) for line in meta[key].split("|")]
    right_cells = [("HB", line) for line in right] + [("HI", meta.get("date", ""))]
    body.append(plain_table(left_cells, right_cells, (6.5, 10)))
    pending_master: str | None = None
    for kind, value in source.body:
        text = str(value)
        if kind in {"landscape", "portrait"}:
            pending_master = kind
            continue
        if kind == "table":
            assert isinstance(value, Table)
            if pending_master:
                body.append(f'<text:p text:style-name="{"CL" if pending_master == "landscape" else "CP"}"/>')
                pending_master = None
            body.append(_fodt_table(value, columns, landscape=_in_landscape(source, value)))
            continue
        if kind == "sign":
            left_part, _, right_part = text.partition(">>")
            body.append(
                plain_table(
                    [("T", x.strip()) for x in left_part.split("|") if x.strip()],
                    [("HB", x.strip()) for x in right_part.split("|")],
                    (7.5, 9),
                )
            )
            continue
        if kind == "pagebreak":
            body.append('<text:p text:style-name="CP"/>')
            continue
        style = {"c": "C", "b": "B", "i": "I", "p": "P", "lb": "P"}.get(kind, "P")
        if pending_master:
            style = {"landscape": "CL", "portrait": "CP" if style == "C" else "BP"}[pending_master]
            pending_master = None
        body.append(f'<text:p text:style-name="{style}">{e(text)}</text:p>')
    head = _FODT_HEAD.replace("%COLUMNS%", "\n ".join(columns)).replace(
        "%FOOTER%", e(meta.get("footer", "")) + " "
    )
    return head + "\n".join(body) + "\n</office:text></office:body></office:document>\n"


def _in_landscape(source: Source, table: Table) -> bool:
    landscape = False
    for kind, value in source.body:
        if kind in {"landscape", "portrait"}:
            landscape = kind == "landscape"
        if value is table:
            return landscape
    return False


def _fodt_table(spec: Table, columns: list[str], *, landscape: bool) -> str:
    e = html.escape
    name = f"ruled{len(columns)}"
    usable = 26.0 if landscape else 16.5
    total = sum(spec.widths)
    for index, width in enumerate(spec.widths):
        columns.append(
            f'<style:style style:name="{name}c{index}" style:family="table-column"><style:table-column-properties '
            f'style:column-width="{usable * width / total:.2f}cm"/></style:style>'
        )
    columns.append(
        f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{usable}cm" '
        f'table:align="center"/></style:style>'
    )
    rows: list[str] = []
    for r_index, row in enumerate(spec.rows):
        heading = r_index < spec.header_rows
        group = "<<" in row
        cells: list[str] = []
        for c_index, text in enumerate(row):
            if text in {"<<", "^^"}:
                cells.append("<table:covered-table-cell/>")
                continue
            span = 1
            while c_index + span < len(row) and row[c_index + span] == "<<":
                span += 1
            down = 1
            while r_index + down < len(spec.rows) and spec.rows[r_index + down][c_index] == "^^":
                down += 1
            attrs = (f' table:number-columns-spanned="{span}"' if span > 1 else "") + (
                f' table:number-rows-spanned="{down}"' if down > 1 else ""
            )
            style = "TB" if heading or group else "T"
            paragraphs = "".join(
                f'<text:p text:style-name="{style}">{e(part)}</text:p>' for part in text.split(" // ")
            )
            cells.append(f'<table:table-cell table:style-name="Ruled"{attrs}>{paragraphs}</table:table-cell>')
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    head = "".join(rows[: spec.header_rows])
    cols = "".join(f'<table:table-column table:style-name="{name}c{i}"/>' for i in range(len(spec.widths)))
    return (
        f'<table:table table:name="{name}" table:style-name="{name}">{cols}'
        f"<table:table-header-rows>{head}</table:table-header-rows>{''.join(rows[spec.header_rows :])}</table:table>"
    )


# ---------------------------------------------------------------------------------------------------- tools


PROFILE = Path(tempfile.gettempdir()) / "danvan-corpus-soffice-profile"


def _soffice(source_file: Path, target: str, workdir: Path, infilter: str | None = None) -> Path:
    profile = PROFILE
    command = [
        "soffice",
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        str(workdir / "out"),
        str(source_file),
    ]
    if infilter:
        command[3:3] = [f"--infilter={infilter}"]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    produced = workdir / "out" / (source_file.stem + "." + target.split(":")[0])
    if not produced.exists():
        raise RuntimeError(f"LibreOffice produced nothing for {source_file}")
    return produced


def render_scan(pdf: Path, target: Path, pages: int, seed: int) -> None:
    """Page images of `pdf` as an office scanner gives them: turned slightly, black and white with specks, a red
    stamp on the last page; written as an image-only PDF (palette images, Flate-compressed, so a page is ~40 KB)."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pdftoppm", "-r", "150", "-gray", "-l", str(pages), "-png", str(pdf), f"{folder}/page"],
            check=True,
            timeout=120,
        )
        images = []
        files = sorted(Path(folder).glob("page*.png"))
        for index, file in enumerate(files):
            page = Image.open(file).convert("L")
            page = page.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=255)
            page = page.filter(ImageFilter.GaussianBlur(0.6))
            page = page.point(lambda value: 255 if value > rng.choice((140, 150, 160)) else 0)
            draw = ImageDraw.Draw(page)
            for _ in range(900):
                x, y = rng.randrange(page.width), rng.randrange(page.height)
                draw.point((x, y), fill=0)
            colour = page.convert("RGB")
            if index == len(files) - 1:
                _stamp(colour, rng)
            palette = Image.new("P", (1, 1))
            palette.putpalette([255, 255, 255, 0, 0, 0, 200, 30, 35] + [0, 0, 0] * 253)
            images.append(colour.quantize(palette=palette, dither=Image.Dither.NONE))
        target.write_bytes(_image_pdf(images, 150))


def _image_pdf(images, dpi: int) -> bytes:
    """A minimal PDF, one page per palette image (8-bit indices, Flate), page size from the resolution."""
    import zlib

    objects: list[bytes] = []
    page_ids: list[int] = []
    for image in images:
        palette = bytes(image.getpalette()[:9])
        data = zlib.compress(image.tobytes(), 9)
        width, height = image.size
        image_id = len(objects) + 3
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace [/Indexed /DeviceRGB 2 <%s>] "
            b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % (width, height, palette.hex().encode(), len(data))
            + data
            + b"\nendstream"
        )
        points_w, points_h = width * 72 / dpi, height * 72 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (points_w, points_h)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        page_ids.append(len(objects) + 3)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (points_w, points_h, image_id, image_id + 1)
        )
    kids = b" ".join(b"%d 0 R" % page for page in page_ids)
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids)),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(head + objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)
    return bytes(out)


def _stamp(page, rng: random.Random) -> None:
    """A red round seal over the signature: left of the signer's name, above it (the lowest text on the right)."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(page)
    gray = page.convert("L")
    right = gray.crop((page.width // 2, 0, page.width, page.height))
    # Text rows, not the scanner's specks: a band of 4 pixel rows with more than 25 dark pixels.
    rows = [
        y
        for y in range(0, right.height, 4)
        if sum(right.crop((0, y, right.width, y + 4)).histogram()[:100]) > 25
    ]
    lowest = max((y for y in rows if y < page.height - 150), default=int(page.height * 0.6))
    cx = int(page.width * 0.62) + rng.randrange(-20, 20)
    cy = max(lowest - 150 + rng.randrange(-15, 15), 130)
    red = (200, 30, 35)
    for radius, width in ((120, 6), (95, 3)):
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=red, width=width)
    draw.regular_polygon((cx, cy, 38), 5, rotation=rng.randrange(0, 72), fill=red)


def build(source_path: Path) -> list[Path]:
    source = read_source(source_path)
    out = CORPUS / source_path.parent.name  # sources/<half>/x.src → <half>/
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    label = source_path.with_suffix(".lbl")
    if label.exists():
        path = out / f"{source.name}.json"
        path.write_text(label_json(label.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(path)
    variants = source.variants
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if "txt" in variants:
            path = out / f"{source.name}.txt"
            path.write_text(render_text(source), encoding="utf-8")
            written.append(path)
        if "web.txt" in variants:
            path = out / f"{source.name}.web.txt"
            path.write_text(render_text(source), encoding="utf-8")
            written.append(path)
        docx_path = work / f"{source.name}.docx"
        needs_docx = {"docx", "pdf", "lo.docx", "scan.pdf"} & set(variants)
        if needs_docx:
            render_docx(source, docx_path)
        if "docx" in variants:
            written.append(Path(shutil.copy(docx_path, out / f"{source.name}.docx")))
        pdf_path: Path | None = None
        if {"pdf", "scan.pdf"} & set(variants):
            pdf_path = _soffice(docx_path, "pdf:writer_pdf_Export", work)
            if "pdf" in variants:
                written.append(Path(shutil.copy(pdf_path, out / f"{source.name}.pdf")))
        if "lo.docx" in variants:
            odt = _soffice(docx_path, "odt", work)
            produced = _soffice(odt, "docx:MS Word 2007 XML", work / "lo")
            written.append(Path(shutil.copy(produced, out / f"{source.name}.lo.docx")))
        if "lo.pdf" in variants and source.meta.get("lo_layout") == "fodt":
            fodt_path = work / f"{source.name}.fodt"
            fodt_path.write_text(render_fodt(source), encoding="utf-8")
            produced = _soffice(fodt_path, "pdf:writer_pdf_Export", work / "fodt")
            written.append(Path(shutil.copy(produced, out / f"{source.name}.lo.pdf")))
        elif "lo.pdf" in variants:
            html_path = work / f"{source.name}.html"
            html_path.write_text(render_html(source), encoding="utf-8")
            produced = _soffice(html_path, "pdf:writer_pdf_Export", work / "html", "HTML (StarWriter)")
            written.append(Path(shutil.copy(produced, out / f"{source.name}.lo.pdf")))
        if "scan.pdf" in variants:
            assert pdf_path is not None
            target = out / f"{source.name}.scan.pdf"
            render_scan(pdf_path, target, int(source.meta.get("scan_pages", "2")), seed=len(source.name))
            written.append(target)
    return written


def main(argv: list[str]) -> int:
    half = "heldout"
    if argv[:1] == ["--half"]:
        half, argv = argv[1], argv[2:]
    names = set(argv)
    for source_path in sorted((CORPUS / "sources" / half).glob("*.src")):
        if names and source_path.stem not in names:
            continue
        for path in build(source_path):
            sys.stdout.write(f"{path.relative_to(CORPUS)} {path.stat().st_size // 1024} KB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
