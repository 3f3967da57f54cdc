"""Build the tuning half of the docparse corpus: `python -m docparse.tests.corpus_build [OUT_DIR] [--only NAME]`.

Each document is written once as a spec (docparse/tests/corpus_tune.py): elements in reading order, the tasks a
careful reader labels attached to the elements that carry them. From a spec this module writes, with the real
tools, the variants of docparse/tests/data/corpus (see the corpus layout):

- `x.txt`          the text, one paragraph per line (what "Save as plain text" gives);
- `x.docx`         python-docx: a two-column letterhead table, Word numbering and List Bullet paragraphs where the
                   spec asks for them (no number or bullet in the text), real task tables with merged group rows,
                   repeated header rows, landscape sections;
- `x.lo.docx`      the DOCX opened and saved again by LibreOffice;
- `x.pdf`          LibreOffice's PDF export of the python-docx file (the "Word-like" PDF);
- `x.lo.pdf`       a LibreOffice-authored layout: the DOCX converted to ODT by LibreOffice and exported from there;
- `x.scan.pdf`     the PDF rendered by pdftoppm, turned a little, speckled, stamped in red and wrapped back into an
                   image-only PDF (Pillow);
- `x.web.txt`      a web copy: the letterhead lost, a first line that describes the document.

and `x.json`, the label (LABELING.md shape plus "shape" and "notes"). The suite reads the committed files; this
script is only needed to rebuild them (LibreOffice, poppler-utils and Pillow must be installed).
"""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "data" / "corpus" / "tune"


# ---------------------------------------------------------------------------------------------------------- spec
@dataclass
class Letterhead:
    left: list[str]
    right: list[str] = field(
        default_factory=lambda: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    )
    # lines printed under the two columns (the date line sits in the right column in Word documents)
    number: str = ""
    date_line: str = ""
    subject: list[str] = field(default_factory=list)  # the "V/v …" trích yếu of a công văn, under the number


@dataclass
class Para:
    text: str
    align: str = "justify"  # justify, center, right
    bold: bool = False
    italic: bool = False
    task: dict[str, Any] | None = None


@dataclass
class Item:
    """A numbered or bulleted item: `label` as printed ("1.", "1.1.", "a)", "-", "+")."""

    label: str
    text: str
    task: dict[str, Any] | None = None
    word: bool = False  # DOCX: Word numbering or List Bullet style, the label is not in the text


@dataclass
class TableEl:
    header: list[str]
    rows: list[list[str]]
    tasks: list[dict[str, Any] | None]  # one per row (None: a group row or a non-task row)
    column_numbers: bool = False  # the "(1) (2) (3)" row under the header
    landscape: bool = False
    group_rows: list[int] = field(default_factory=list)  # row indexes merged across the whole width
    text_column: int = 1
    widths: list[float] | None = None  # in cm
    light: bool = False  # lightly ruled (only the header and outer borders)
    vmerge: list[tuple[int, int, int]] = field(
        default_factory=list
    )  # (first row, last row, column) merged down
    caption: list[str] = field(default_factory=list)  # lines printed above the table (an appendix's title)


@dataclass
class Signature:
    recipients: list[str]
    authority: list[str]
    name: str


@dataclass
class PageBreak:
    pass


Element = Letterhead | Para | Item | TableEl | Signature | PageBreak


@dataclass
class Doc:
    name: str
    shape: str
    label_doc: dict[str, Any]
    citations: list[dict[str, Any]]
    body: list[Element]
    notes: str
    variants: tuple[str, ...] = ("txt", "docx", "pdf")
    reporting: list[dict[str, Any]] = field(default_factory=list)
    web_first_line: str | None = None  # the describing line of a web copy
    txt_artefacts: bool = False  # the .txt is text exported from a PDF (hard wraps, blank lines, form feeds)
    running_header: str | None = None  # DOCX page header, with a page-number footer


def task(
    no: str | None = None,
    lead: list[str] | None = None,
    coord: list[str] | None = None,
    timeframe: str | None = None,
    text_start: str | None = None,
) -> dict[str, Any]:
    return {
        "no": no,
        "lead": lead or [],
        "coord": coord or [],
        "timeframe": timeframe,
        "text_start": text_start,
    }


# ---------------------------------------------------------------------------------------------------------- label
def _start(text: str) -> str:
    return " ".join(text.split()[:8])


def label_of(doc: Doc) -> dict[str, Any]:
    tasks: list[dict[str, Any]] = []
    for element in doc.body:
        if isinstance(element, (Para, Item)) and element.task is not None:
            tasks.append({**element.task, "text_start": element.task["text_start"] or _start(element.text)})
        elif isinstance(element, TableEl):
            for row, spec in zip(element.rows, element.tasks, strict=True):
                if spec is not None:
                    text = row[element.text_column]
                    tasks.append({**spec, "text_start": spec["text_start"] or _start(text)})
    ordered = [{k: t[k] for k in ("no", "text_start", "lead", "coord", "timeframe")} for t in tasks]
    return {
        "doc": doc.label_doc,
        "citations": doc.citations,
        "tasks": ordered,
        "reporting": doc.reporting,
        "shape": doc.shape,
        "notes": doc.notes,
    }


# ---------------------------------------------------------------------------------------------------------- text
def text_lines(doc: Doc) -> list[str]:
    lines: list[str] = []
    for element in doc.body:
        if isinstance(element, Letterhead):
            lines += [*element.left, element.number, *element.subject, *element.right, element.date_line]
        elif isinstance(element, Para):
            lines.append(element.text)
        elif isinstance(element, Item):
            lines.append(f"{element.label} {element.text}")
        elif isinstance(element, TableEl):
            lines += element.caption
            lines.append(" | ".join(element.header))
            if element.column_numbers:
                lines.append(" | ".join(f"({i + 1})" for i in range(len(element.header))))
            for row in element.rows:
                lines.append(" | ".join(c.replace("\n", " ") for c in row))
        elif isinstance(element, Signature):
            lines += ["Nơi nhận:", *element.recipients, *element.authority, "", element.name]
    return [line for line in lines if line is not None]


def plain_text(doc: Doc) -> str:
    return "\n".join(text_lines(doc)) + "\n"


def web_text(doc: Doc) -> str:
    """A web copy: the letterhead and the signature block are lost, the first line describes the document."""
    lines = [doc.web_first_line or ""]
    for line in text_lines(doc)[len(_letterhead_lines(doc)) :]:
        if line.startswith("Nơi nhận"):
            break
        lines.append(line)
    return "\n\n".join(lines) + "\n"


def _letterhead_lines(doc: Doc) -> list[str]:
    for element in doc.body:
        if isinstance(element, Letterhead):
            return [*element.left, element.number, *element.subject, *element.right, element.date_line]
    return []


def pdf_artefact_text(pdf: bytes, seed: int) -> str:
    """Text exported from the PDF by pdftotext: hard line breaks, a blank line after every line, form feeds."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "d.pdf"
        source.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(source), "-"], capture_output=True, check=True
        )
    text = out.stdout.decode("utf-8")
    rng = random.Random(seed)
    lines = []
    for line in text.split("\n"):
        lines.append(line + (" " if rng.random() < 0.3 else ""))
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------- docx
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{_W_NS}}}{tag}"


class WordNumbering:
    """Adds Word numbering definitions to a python-docx document: decimal levels "1.", "1.1.", "1.1.1." and
    bullets, one list instance per call of `new_list` (numbering restarts)."""

    def __init__(self, document: Any) -> None:
        from docx.oxml import parse_xml

        self.part = document.part.numbering_part
        root = self.part.element
        self.abstract_id = "90"
        levels = []
        for ilvl in range(3):
            text = ".".join(f"%{i + 1}" for i in range(ilvl + 1)) + "."
            levels.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
            )
        levels.append(
            '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
        )
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{_W_NS}" w:abstractNumId="{self.abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
        )
        first_num = root.find(_w("num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            root.append(abstract)
        self.root = root
        self.next_id = 900
        self.current: str | None = None

    def new_list(self) -> str:
        from docx.oxml import parse_xml

        self.next_id += 1
        num = parse_xml(
            f'<w:num xmlns:w="{_W_NS}" w:numId="{self.next_id}"><w:abstractNumId w:val="{self.abstract_id}"/>'
            + "".join(
                f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in range(3)
            )
            + "</w:num>"
        )
        self.root.append(num)
        self.current = str(self.next_id)
        return self.current

    def apply(self, paragraph: Any, level: int) -> None:
        from docx.oxml import parse_xml

        if self.current is None:
            self.new_list()
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(
            parse_xml(
                f'<w:numPr xmlns:w="{_W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{self.current}"/></w:numPr>'
            )
        )


def _set_cell_borders(cell: Any, sides: dict[str, str]) -> None:
    from docx.oxml import parse_xml

    borders = "".join(
        f'<w:{side} w:val="{value}" w:sz="4" w:space="0" w:color="000000"/>' for side, value in sides.items()
    )
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:tcBorders xmlns:w="{_W_NS}">{borders}</w:tcBorders>'))


def _repeat_header(row: Any) -> None:
    from docx.oxml import parse_xml

    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{_W_NS}"/>'))


def _font(document: Any) -> None:
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(13)
    style.paragraph_format.space_after = Pt(3)


def docx_bytes(doc: Doc) -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    _font(document)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    numbering = WordNumbering(document)
    if doc.running_header:
        _running_header(section, doc.running_header)
    aligns = {
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }
    previous_numbered = False
    for element in doc.body:
        if isinstance(element, Letterhead):
            table = document.add_table(rows=1, cols=2)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            left, right = table.rows[0].cells
            left.width, right.width = Cm(6.5), Cm(9.5)
            for cell, lines in (
                (left, [*element.left, element.number, *element.subject]),
                (right, [*element.right, element.date_line]),
            ):
                cell.paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    paragraph = cell.add_paragraph(line)
                for paragraph in cell.paragraphs:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    for run in paragraph.runs:
                        run.font.size = Pt(12)
                        run.bold = paragraph.text.isupper()
            previous_numbered = False
        elif isinstance(element, Para):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(element.text)
            run.bold, run.italic = element.bold, element.italic
            paragraph.alignment = aligns[element.align]
            previous_numbered = False
        elif isinstance(element, Item):
            if element.word and element.label[:1].isdigit():
                level = element.label.rstrip(".").count(".")
                if not previous_numbered and level == 0 and element.label in ("1.", "1"):
                    numbering.new_list()
                paragraph = document.add_paragraph()
                paragraph.add_run(element.text)
                numbering.apply(paragraph, level)
                previous_numbered = True
            elif element.word and element.label in ("-", "•", "+"):
                paragraph = document.add_paragraph(element.text, style="List Bullet")
            else:
                paragraph = document.add_paragraph(f"{element.label} {element.text}")
                previous_numbered = False
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif isinstance(element, TableEl):
            if element.landscape:
                new = document.add_section(WD_SECTION.NEW_PAGE)
                new.orientation = WD_ORIENT.LANDSCAPE
                new.page_width, new.page_height = Cm(29.7), Cm(21)
                new.left_margin, new.right_margin = Cm(2), Cm(1.5)
            for line in element.caption:
                paragraph = document.add_paragraph()
                run = paragraph.add_run(line)
                run.bold = line.isupper()
                run.italic = line.startswith("(")
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_table(document, element)
            document.add_paragraph()
            previous_numbered = False
        elif isinstance(element, Signature):
            table = document.add_table(rows=1, cols=2)
            left, right = table.rows[0].cells
            left.paragraphs[0].text = "Nơi nhận:"
            left.paragraphs[0].runs[0].bold = True
            left.paragraphs[0].runs[0].italic = True
            for line in element.recipients:
                paragraph = left.add_paragraph(line)
                paragraph.runs[0].font.size = Pt(11)
            right.paragraphs[0].text = element.authority[0]
            for line in element.authority[1:]:
                right.add_paragraph(line)
            for _ in range(3):
                right.add_paragraph("")
            right.add_paragraph(element.name)
            for paragraph in right.paragraphs:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in paragraph.runs:
                    run.bold = True
        elif isinstance(element, PageBreak):
            document.add_page_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _running_header(section: Any, text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml

    section.header.paragraphs[0].text = text
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(
        parse_xml(f'<w:fldSimple xmlns:w="{_W_NS}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


def _add_table(document: Any, element: TableEl) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    columns = len(element.header)
    extra = 2 if element.column_numbers else 1
    table = document.add_table(rows=len(element.rows) + extra, cols=columns)
    if not element.light:
        table.style = document.styles["Table Grid"]
    widths = element.widths or ([1.2, 9.0, 4.0, 4.5, 3.5] + [3.0] * 5)[:columns]

    def fill(cell: Any, text: str, bold: bool = False, center: bool = False) -> None:
        parts = text.split("\n")
        cell.paragraphs[0].text = parts[0]
        for part in parts[1:]:
            if part.startswith("• "):
                cell.add_paragraph(part[2:], style="List Bullet")
            else:
                cell.add_paragraph(part)
        for paragraph in cell.paragraphs:
            if center:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in paragraph.runs:
                run.bold = bold
                run.font.size = Pt(12)

    header = table.rows[0]
    _repeat_header(header)
    for index, text in enumerate(element.header):
        fill(header.cells[index], text, bold=True, center=True)
    if element.column_numbers:
        _repeat_header(table.rows[1])
        for index in range(columns):
            fill(table.rows[1].cells[index], f"({index + 1})", center=True)
    for offset, row in enumerate(element.rows):
        cells = table.rows[offset + extra].cells
        if offset in element.group_rows:
            fill(cells[0], row[0], bold=True, center=True)
            merged = cells[1].merge(cells[columns - 1])
            fill(merged, row[1], bold=True)
            continue
        for index, text in enumerate(row):
            fill(cells[index], text, center=index == 0)
        if element.light:
            for cell in cells:
                _set_cell_borders(cell, {"left": "single", "right": "single"})
    for first, last, column in element.vmerge:
        merged = table.cell(first + extra, column).merge(table.cell(last + extra, column))
        for paragraph in merged.paragraphs[1:]:
            if not paragraph.text:
                paragraph._p.getparent().remove(paragraph._p)
    for row in table.rows:
        for index, cell in enumerate(row.cells):
            if index < len(widths):
                cell.width = Cm(widths[index])


# ---------------------------------------------------------------------------------------------------------- tools
def _soffice(source: Path, target_format: str, outdir: Path) -> Path:
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if not binary:
        raise SystemExit("LibreOffice is needed to build the corpus")
    subprocess.run(
        [
            binary,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation=file://{outdir}/profile",
            "--convert-to",
            target_format,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    extension = target_format.split(":")[0]
    produced = outdir / f"{source.stem}.{extension}"
    if produced == source:
        raise SystemExit("convert into another folder")
    if not produced.exists():
        raise SystemExit(f"LibreOffice did not convert {source.name} to {target_format}")
    return produced


def lo_convert(data: bytes, suffix: str, target_format: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="corpus-lo-") as folder:
        base = Path(folder)
        source = base / "in" / f"document{suffix}"
        source.parent.mkdir()
        source.write_bytes(data)
        out = base / "out"
        out.mkdir()
        return _soffice(source, target_format, out).read_bytes()


def scan_pdf(pdf: bytes, seed: int, dpi: int = 150) -> bytes:
    """Rendered pages, turned a little, speckled, with a red stamp on the last page: an image-only PDF."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="corpus-scan-") as folder:
        source = Path(folder) / "d.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source), str(Path(folder) / "p")], check=True
        )
        pages = sorted(Path(folder).glob("p*.png"))
        images = []
        for number, path in enumerate(pages):
            page = Image.open(path).convert("L")
            page = page.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=255)
            pixels = page.load()
            assert pixels is not None
            width, height = page.size
            for _ in range(width * height // 400):
                x, y = rng.randrange(width), rng.randrange(height)
                pixels[x, y] = rng.choice((90, 140, 200))
            page = page.filter(ImageFilter.GaussianBlur(0.4))
            coloured = page.convert("RGB")
            if number == len(pages) - 1:
                draw = ImageDraw.Draw(coloured)
                cx, cy, r = int(width * 0.68), int(height * 0.78), int(dpi * 0.7)
                for k in range(3):
                    draw.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=(200, 30, 30))
                draw.ellipse(
                    (cx - r // 2, cy - r // 2, cx + r // 2, cy + r // 2), outline=(200, 30, 30), width=2
                )
            images.append(coloured)
        out = io.BytesIO()
        images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=35)
        return out.getvalue()


# ---------------------------------------------------------------------------------------------------------- build
def build(doc: Doc, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(suffix: str, data: bytes) -> None:
        path = out_dir / f"{doc.name}.{suffix}"
        path.write_bytes(data)
        written.append(path)

    label = json.dumps(label_of(doc), ensure_ascii=False, indent=1) + "\n"
    write("json", label.encode())
    docx_data = docx_bytes(doc)
    pdf_data: bytes | None = None
    seed = sum(doc.name.encode())
    if {"pdf", "scan.pdf", "txt"} & set(doc.variants) and (
        "pdf" in doc.variants or "scan.pdf" in doc.variants or doc.txt_artefacts
    ):
        pdf_data = lo_convert(docx_data, ".docx", "pdf")
    for variant in doc.variants:
        if variant == "txt":
            write(
                "txt",
                (
                    pdf_artefact_text(pdf_data, seed) if doc.txt_artefacts and pdf_data else plain_text(doc)
                ).encode(),
            )
        elif variant == "web.txt":
            write("web.txt", web_text(doc).encode())
        elif variant == "docx":
            write("docx", docx_data)
        elif variant == "lo.docx":
            write("lo.docx", lo_convert(docx_data, ".docx", "docx:MS Word 2007 XML"))
        elif variant == "pdf":
            assert pdf_data is not None
            write("pdf", pdf_data)
        elif variant == "lo.pdf":
            odt = lo_convert(docx_data, ".docx", "odt")
            write("lo.pdf", lo_convert(odt, ".odt", "pdf"))
        elif variant == "scan.pdf":
            assert pdf_data is not None
            write("scan.pdf", scan_pdf(pdf_data, seed))
    return written


def main(argv: list[str]) -> int:
    from docparse.tests.corpus_tune import DOCUMENTS

    out_dir = CORPUS
    only: set[str] = set()
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--only":
            only.add(args.pop(0))
        else:
            out_dir = Path(arg)
    for doc in DOCUMENTS:
        if only and doc.name not in only:
            continue
        for path in build(doc, out_dir):
            sys.stdout.write(f"{path} {path.stat().st_size // 1024} KB\n")
    return 0


if __name__ == "__main__":
    # Run the imported module's main: the specs build their elements from that module's classes.
    from docparse.tests import corpus_build

    raise SystemExit(corpus_build.main(sys.argv[1:]))
