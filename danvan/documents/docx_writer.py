"""Render an `OutgoingDocument` as DOCX laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I.

The layout lives in code (not in a Word template) so that every rule is visible here and checked by the tests,
which read the file back: A4 portrait with margins 20/20/30/15 mm, Times New Roman only (also for east-Asian and
complex-script text, so Word does not substitute), the two-column letterhead with its rules drawn as paragraph
borders, the title block, the body, tasks as numbered text or as a table in a landscape appendix, page numbers in
the header from page 2, and the Nơi nhận / signature table. See docs/documents.md.
"""

from __future__ import annotations

import copy
import io
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Protocol

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Length, Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from danvan.documents.outgoing import (
    Align,
    Annex,
    Block,
    BulletList,
    ChartImage,
    FlatTask,
    Heading,
    NumberedList,
    OutgoingDocument,
    TaskItems,
    TaskLayout,
    flatten_tasks,
)
from danvan.documents.outgoing import Paragraph as TextParagraph
from danvan.documents.outgoing import Table as TableBlock

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGIN_TOP = Mm(20)
MARGIN_BOTTOM = Mm(20)
MARGIN_LEFT = Mm(30)
MARGIN_RIGHT = Mm(15)
FIRST_LINE_INDENT = Mm(10)
SPACE_AFTER = Pt(6)
LINE_SPACING = 1.15  # Nghị định 30 allows single to 1.5 lines

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

# Sizes in points (domain-rules §1.2).
SIZE_NATIONAL_NAME = 13
SIZE_MOTTO = 14
SIZE_ISSUER = 13
SIZE_NUMBER = 13
SIZE_DATE = 14
SIZE_TITLE = 14
SIZE_BODY = 14
SIZE_TABLE = 12
SIZE_RECIPIENTS_WORD = 12
SIZE_RECIPIENTS = 11
SIZE_SIGNATURE = 14
SIZE_PAGE_NUMBER = 14

# Column widths: letterhead (portrait text width 165 mm), signature table, appendix (landscape text width 252 mm).
HEADER_COLUMNS = (Mm(72), Mm(100))
# The letterhead reaches 7 mm into the left margin so that a governing body such as "UBND THÀNH PHỐ HẢI PHÒNG"
# (13 pt) stays on one line beside the 13 pt Quốc hiệu, as in the usual Nghị định 30 templates.
HEADER_INDENT = Mm(-7)
SIGNATURE_COLUMNS = (Mm(80), Mm(85))
APPENDIX_COLUMNS = (Mm(14), Mm(108), Mm(48), Mm(48), Mm(34))
CELL_MARGIN = Mm(1.9)  # Word's default left/right cell margin (0.19 cm)
RULE_SIZE_EIGHTHS = 6  # 0.75 pt solid line
SIGNATURE_SPACE_LINES = 4  # room for the hand signature and the seal between position and name


# Schema order (CT_PPrBase, CT_SectPr): elements that must follow the one being inserted.
_PBDR_SUCCESSORS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_PGNUMTYPE_SUCCESSORS = (
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)


class _Container(Protocol):
    def add_paragraph(self, text: str = "", style: str | ParagraphStyle | None = None) -> Paragraph: ...


def render_docx(doc: OutgoingDocument) -> bytes:
    """The document as DOCX bytes."""
    document = docx.Document()
    _set_defaults(document, doc)
    section = document.sections[0]
    _set_page(section, landscape=False)
    _add_page_numbers(section, restart=False)

    _letterhead(document, doc)
    _title_block(document, doc)
    _preamble(document, doc)
    _body(document, doc)
    _signature_table(document, doc)
    if doc.task_layout is TaskLayout.APPENDIX and doc.tasks:
        _appendix(document, doc)
    for annex in doc.annexes:
        _annex(document, annex)

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- document setup ---------------------------------------------------------------------------------------


def _set_defaults(document: Document, doc: OutgoingDocument) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        run_defaults = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if run_defaults is not None:
            _set_fonts(run_defaults)
            _set_language(run_defaults)
        paragraph_defaults = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
        if paragraph_defaults is not None:
            spacing = paragraph_defaults.find(qn("w:spacing"))
            if spacing is not None:
                paragraph_defaults.remove(spacing)
    normal = document.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name = FONT
    normal.font.size = Pt(SIZE_BODY)
    _set_fonts(normal.element.get_or_add_rPr())
    _set_language(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    for name in ("Header", "Footer"):
        style = document.styles[name]
        assert isinstance(style, ParagraphStyle)
        _set_fonts(style.element.get_or_add_rPr())
    properties = document.core_properties
    # The DOCX core properties hold at most 255 characters; a plan's trích yếu may be longer.
    title = doc.title.replace("\n", " ")
    properties.title = title if len(title) <= 255 else title[:254] + "…"
    properties.subject = doc.kind
    properties.author = " ".join(doc.issuer.name).title()
    properties.language = LANGUAGE
    properties.comments = ""
    properties.keywords = doc.number_symbol.strip()


def _set_fonts(run_properties: BaseOxmlElement) -> None:
    """Times New Roman for every script; theme fonts removed because they win over explicit ones."""
    fonts = run_properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        run_properties.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def _set_language(run_properties: BaseOxmlElement) -> None:
    language = run_properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_properties.append(language)
    language.set(qn("w:val"), LANGUAGE)


def _set_page(section: Section, *, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (
        (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
    )
    section.top_margin = MARGIN_TOP
    section.bottom_margin = MARGIN_BOTTOM
    section.left_margin = MARGIN_LEFT
    section.right_margin = MARGIN_RIGHT
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def _add_page_numbers(section: Section, *, restart: bool) -> None:
    """Arabic page number centred in the top margin, not on the first page of the section."""
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(paragraph, "PAGE", "1", size=SIZE_PAGE_NUMBER)
    if restart:
        section_properties = section._sectPr
        numbering = OxmlElement("w:pgNumType")
        numbering.set(qn("w:start"), "1")
        _insert_before(section_properties, numbering, _PGNUMTYPE_SUCCESSORS)


def _field(paragraph: Paragraph, instruction: str, placeholder: str, *, size: float) -> None:
    """A complex field (fldChar begin / instrText / separate / result / end)."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("result", placeholder)):
        run = paragraph.add_run()
        _format_run(run.element, size=size)
        if kind == "instr":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {text} "
            run.element.append(code)
        elif kind == "result":
            run.text = text or ""
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.element.append(char)
    run = paragraph.add_run()
    _format_run(run.element, size=size)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run.element.append(end)


# --- paragraphs and runs ----------------------------------------------------------------------------------


def _format_run(
    run_element: BaseOxmlElement, *, size: float, bold: bool = False, italic: bool = False
) -> None:
    properties = run_element.get_or_add_rPr()
    _set_fonts(properties)
    for tag, on in (("w:b", bold), ("w:bCs", bold), ("w:i", italic), ("w:iCs", italic)):
        element = properties.find(qn(tag))
        if on and element is None:
            properties.append(OxmlElement(tag))
        elif not on and element is not None:
            properties.remove(element)
    _set_size(properties, size)


def _add_text(
    paragraph: Paragraph, text: str, *, size: float, bold: bool = False, italic: bool = False
) -> None:
    """Add `text` as runs; "\\n" becomes a line break inside the paragraph."""
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()
        run.add_text(line)
        _format_run(run.element, size=size, bold=bold, italic=italic)


def _paragraph(
    container: _Container,
    text: str = "",
    *,
    size: float = SIZE_BODY,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_line_indent: Length | None = None,
    space_before: Length | None = None,
    space_after: Length | None = None,
    keep_with_next: bool = False,
    lead: str = "",
) -> Paragraph:
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = first_line_indent
    fmt.space_before = space_before or Pt(0)
    fmt.space_after = space_after or Pt(0)
    fmt.keep_with_next = keep_with_next or None
    if lead:
        _add_text(paragraph, lead + " ", size=size, bold=True, italic=italic)
    if text:
        _add_text(paragraph, text, size=size, bold=bold, italic=italic)
    _mark_properties(paragraph, size=size, bold=bold)
    return paragraph


def _mark_properties(paragraph: Paragraph, *, size: float, bold: bool = False) -> None:
    """Format the paragraph mark too, so empty paragraphs have the right height and font."""
    properties = paragraph._p.get_or_add_pPr()
    mark = properties.find(qn("w:rPr"))
    if mark is None:
        mark = OxmlElement("w:rPr")
        properties.append(mark)
    _format_run_properties(mark, size=size, bold=bold)


def _set_size(properties: BaseOxmlElement, size: float) -> None:
    """The font size of run properties, in points (stored in half-points, for Latin and complex scripts)."""
    for tag in ("w:sz", "w:szCs"):
        element = properties.find(qn(tag))
        if element is None:
            element = OxmlElement(tag)
            properties.append(element)
        element.set(qn("w:val"), str(round(size * 2)))


def _format_run_properties(properties: BaseOxmlElement, *, size: float, bold: bool) -> None:
    _set_fonts(properties)
    if bold and properties.find(qn("w:b")) is None:
        properties.append(OxmlElement("w:b"))
    _set_size(properties, size)


def _body_paragraph(
    container: _Container, text: str, *, bold: bool = False, italic: bool = False, lead: str = ""
) -> Paragraph:
    paragraph = _paragraph(
        container,
        text,
        bold=bold,
        italic=italic,
        lead=lead,
        first_line_indent=FIRST_LINE_INDENT,
        space_after=SPACE_AFTER,
        keep_with_next=bold and not lead,
    )
    paragraph.paragraph_format.line_spacing = LINE_SPACING
    return paragraph


def _rule(container: _Container, width: Length, available: Length) -> Paragraph:
    """A centred solid line `width` long, drawn as the bottom border of an empty 3 pt high paragraph.

    Nghị định 30 asks for lines, not underscores: under the issuing body (1/3–1/2 of the name), under the
    motto (as long as the motto) and under the trích yếu.
    """
    paragraph = container.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    width = Length(min(int(width), int(available)))
    side = Length(max(0, (int(available) - int(width)) // 2))
    fmt = paragraph.paragraph_format
    fmt.left_indent = side
    fmt.right_indent = side
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(3)
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    line = OxmlElement("w:bottom")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(RULE_SIZE_EIGHTHS))
    line.set(qn("w:space"), "0")
    line.set(qn("w:color"), "000000")
    borders.append(line)
    _insert_before(properties, borders, _PBDR_SUCCESSORS)
    _mark_properties(paragraph, size=1)
    return paragraph


_NARROW = set(" ")
_PUNCTUATION = set(".,:;'!|()[]/")


def text_width(text: str, size: float, *, bold: bool = False) -> Length:
    """Estimated printed width of one line of Times New Roman (average glyph widths in em)."""
    em = 0.0
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            continue
        if char in _NARROW:
            em += 0.25
        elif char in _PUNCTUATION:
            em += 0.28
        elif char == "-":
            em += 0.33
        elif char.isupper():
            em += 0.74 if bold else 0.70
        elif char.isdigit():
            em += 0.5
        else:
            em += 0.51 if bold else 0.47
    return Pt(em * size)


# --- page 1: letterhead, title, preamble ------------------------------------------------------------------


def _borderless_table(
    document: Document, widths: Sequence[Length], rows: int = 1, indent: Length | None = None
) -> Table:
    table: Table = document.add_table(rows=rows, cols=len(widths))
    if indent is None:
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
    else:
        _indent_table(table, indent)
    table.autofit = False
    _set_table_borders(table, "none")
    _set_widths(table, widths)
    return table


def _indent_table(table: Table, indent: Length) -> None:
    properties = table._tbl.tblPr
    element = OxmlElement("w:tblInd")
    element.set(qn("w:w"), str(round(indent.twips)))
    element.set(qn("w:type"), "dxa")
    _insert_before(properties, element, ("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"))


def _insert_before(parent: BaseOxmlElement, element: BaseOxmlElement, successors: Sequence[str]) -> None:
    """Insert `element` before the first existing successor (schema order), or at the end."""
    for tag in successors:
        following = parent.find(qn(tag))
        if following is not None:
            following.addprevious(element)
            return
    parent.append(element)


def _set_table_borders(table: Table, value: str) -> None:
    properties = table._tbl.tblPr
    existing = properties.find(qn("w:tblBorders"))
    if existing is not None:
        properties.remove(existing)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        if value != "none":
            element.set(qn("w:sz"), "4")
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), "000000")
        else:
            element.set(qn("w:sz"), "0")
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), "auto")
        borders.append(element)
    _insert_before(properties, borders, ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"))


def _set_widths(table: Table, widths: Sequence[Length]) -> None:
    properties = table._tbl.tblPr
    layout = properties.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        _insert_before(properties, layout, ("w:tblCellMar", "w:tblLook"))
    layout.set(qn("w:type"), "fixed")
    table_width = properties.find(qn("w:tblW"))
    if table_width is not None:
        table_width.set(qn("w:type"), "dxa")
        table_width.set(qn("w:w"), str(sum(round(width.twips) for width in widths)))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _drop_initial_paragraph(cell: _Cell) -> None:
    """Cells start with one empty paragraph; remove it once content was added after it."""
    paragraphs = cell.paragraphs
    if len(paragraphs) > 1 and not paragraphs[0].text:
        element = paragraphs[0]._p
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def _letterhead(document: Document, doc: OutgoingDocument) -> None:
    """Ô 1–4: issuer (left) and Quốc hiệu–Tiêu ngữ (right); under them the number and the place-date line."""
    table = _borderless_table(document, HEADER_COLUMNS, rows=2, indent=HEADER_INDENT)
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    for line in doc.issuer.governing:
        _paragraph(left, line.upper(), size=SIZE_ISSUER, align=center)
    for line in doc.issuer.name:
        _paragraph(left, line.upper(), size=SIZE_ISSUER, bold=True, align=center)
    left_width = Length(int(HEADER_COLUMNS[0]) - 2 * int(CELL_MARGIN))
    name_width = max(int(text_width(line.upper(), SIZE_ISSUER, bold=True)) for line in doc.issuer.name)
    _rule(left, Length(max(int(Mm(20)), int(name_width * 0.45))), left_width)
    _drop_initial_paragraph(left)

    _paragraph(right, NATIONAL_NAME, size=SIZE_NATIONAL_NAME, bold=True, align=center)
    _paragraph(right, MOTTO, size=SIZE_MOTTO, bold=True, align=center)
    right_width = Length(int(HEADER_COLUMNS[1]) - 2 * int(CELL_MARGIN))
    _rule(right, text_width(MOTTO, SIZE_MOTTO, bold=True), right_width)
    _drop_initial_paragraph(right)

    number_cell, date_cell = table.rows[1].cells
    _paragraph(number_cell, doc.number_line, size=SIZE_NUMBER, align=center, space_before=Pt(6))
    _paragraph(date_cell, doc.date_line, size=SIZE_DATE, italic=True, align=center, space_before=Pt(6))
    _drop_initial_paragraph(number_cell)
    _drop_initial_paragraph(date_cell)


def _title_block(document: Document, doc: OutgoingDocument) -> None:
    """Ô 5a: KẾ HOẠCH / QUYẾT ĐỊNH … bold caps, the trích yếu bold, a short rule under it."""
    center = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(document, doc.kind.upper(), size=SIZE_TITLE, bold=True, align=center, space_before=Pt(18))
    _paragraph(document, doc.title, size=SIZE_TITLE, bold=True, align=center, keep_with_next=True)
    available = _text_width_of(document.sections[-1])
    longest = max(int(text_width(line, SIZE_TITLE, bold=True)) for line in doc.title.split("\n"))
    _rule(document, Length(max(int(Mm(30)), int(min(longest, int(available)) * 0.4))), available)
    spacer = _paragraph(document, "", size=6)
    spacer.paragraph_format.space_after = Pt(6)


def _text_width_of(section: Section) -> Length:
    width = section.page_width or PAGE_WIDTH
    left = section.left_margin or MARGIN_LEFT
    right = section.right_margin or MARGIN_RIGHT
    return Length(int(width) - int(left) - int(right))


def _preamble(document: Document, doc: OutgoingDocument) -> None:
    center = WD_ALIGN_PARAGRAPH.CENTER
    if doc.preamble_heading:
        _paragraph(document, doc.preamble_heading.upper(), bold=True, align=center, space_after=SPACE_AFTER)
    for line in doc.preamble:
        _body_paragraph(document, line, italic=doc.preamble_italic)
    if doc.preamble_closing:
        _paragraph(
            document,
            doc.preamble_closing,
            bold=True,
            align=center,
            space_before=Pt(6),
            space_after=SPACE_AFTER,
            keep_with_next=True,
        )


# --- body and tasks ---------------------------------------------------------------------------------------


def _body(document: Document, doc: OutgoingDocument) -> None:
    tasks_printed = doc.task_layout is not TaskLayout.TEXT
    available = _text_width_of(document.sections[-1])
    for section in doc.sections:
        if section.heading:
            _body_paragraph(document, section.heading, bold=True)
        for block in section.blocks:
            if isinstance(block, TaskItems):
                if not tasks_printed:
                    _task_paragraphs(document, doc)
                    tasks_printed = True
            else:
                _block(document, block, available)
    if not tasks_printed:
        _task_paragraphs(document, doc)


def _block(document: Document, block: Block, available: Length) -> None:
    """Draw one public block of `outgoing` (task items excepted: they need the document's tasks)."""
    if isinstance(block, TextParagraph):
        _body_paragraph(document, block.text, italic=block.italic, lead=block.lead)
    elif isinstance(block, Heading):
        _body_paragraph(document, block.text, bold=True)
    elif isinstance(block, BulletList):
        _lines(document, [f"{block.marker} {item}" for item in block.items])
    elif isinstance(block, NumberedList):
        _lines(document, [f"{block.label(index)} {item}" for index, item in enumerate(block.items)])
    elif isinstance(block, TableBlock):
        _table(document, block, available)
    elif isinstance(block, ChartImage):
        _chart(document, block, available)


def _lines(document: Document, lines: Sequence[str]) -> None:
    """Body paragraphs, one per line. Formatting a paragraph through python-docx costs about a millisecond, so
    after the first, single-line paragraphs are copies of it with their text replaced (a consolidated report
    prints thousands)."""
    prototype: Paragraph | None = None
    for line in lines:
        if prototype is None or "\n" in line or not line:
            paragraph = _body_paragraph(document, line)
            if "\n" not in line and line:
                prototype = paragraph
            continue
        clone = copy.deepcopy(prototype._p)
        texts = clone.findall(f".//{qn('w:t')}")
        texts[0].text = line
        for extra in texts[1:]:
            extra.text = ""
        body = document.element.body
        last_section = body.find(qn("w:sectPr"))
        if last_section is not None:
            last_section.addprevious(clone)  # where python-docx adds paragraphs: before the final section
        else:
            body.append(clone)


_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _table(document: Document, block: TableBlock, available: Length) -> Table:
    """A bordered 12 pt table with its header row repeated on every page. Rows are copies of one formatted row
    with their text replaced (python-docx spends about a millisecond per formatted cell); a row with a
    multi-line cell is formatted the slow way."""
    columns = len(block.headers)
    widths: list[Length] = (
        [Mm(width) for width in block.widths_mm]
        if block.widths_mm
        else [Length(int(available) // columns)] * columns
    )
    table: Table = document.add_table(rows=2, cols=columns)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _set_table_borders(table, "single")
    header = table.rows[0]
    header_properties = header._tr.get_or_add_trPr()
    header_properties.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page
    header_properties.append(OxmlElement("w:cantSplit"))
    center = WD_ALIGN_PARAGRAPH.CENTER
    for cell, text in zip(header.cells, block.headers, strict=True):
        _cell_lines(cell, text.split("\n"), bold=True, align=center)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for column, cell in enumerate(table.rows[1].cells):
        _cell_lines(cell, ["-"], align=_ALIGN[block.alignment(column)])
    _set_widths(table, widths)
    prototype = table.rows[1]._tr
    last = prototype
    for values in block.rows:
        texts = [block.text(value) for value in values]
        if any("\n" in text for text in texts):
            row = copy.deepcopy(prototype)
            for cell_element, text, column in zip(
                row.iterchildren(qn("w:tc")), texts, range(columns), strict=True
            ):
                cell = _Cell(cell_element, table)
                for paragraph in list(cell_element.iterchildren(qn("w:p"))):
                    cell_element.remove(paragraph)
                cell_element.append(OxmlElement("w:p"))
                _cell_lines(cell, text.split("\n"), align=_ALIGN[block.alignment(column)])
        else:
            row = copy.deepcopy(prototype)
            for cell_element, text in zip(row.iterchildren(qn("w:tc")), texts, strict=True):
                cell_element.find(f".//{qn('w:t')}").text = text
        last.addnext(row)
        last = row
    table._tbl.remove(prototype)
    _paragraph(document, "", size=SIZE_TABLE)
    return table


def _chart(document: Document, block: ChartImage, available: Length) -> None:
    """The picture centred, no wider than the text, and its caption in italics under it."""
    holder = _paragraph(document, "", align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=bool(block.caption))
    holder.add_run().add_picture(io.BytesIO(block.png), width=min(Mm(block.width_mm), available))
    if block.caption:
        _paragraph(
            document, block.caption, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=SPACE_AFTER
        )


def task_label(no: str) -> str:
    """How a task number is printed before its text: "1." / "1.2." for numbers, "a)" / "b1)" for letters."""
    if no and no[0].isalpha() and len(no) <= 3:
        return f"{no})"
    return no if no.endswith((".", ")")) else f"{no}."


def _ending(text: str, mark: str) -> str:
    text = text.strip()
    return text if text.endswith((".", ";", ":", "!", "?", "./.")) else f"{text}{mark}"


def _task_paragraphs(document: Document, doc: OutgoingDocument) -> None:
    labels = doc.task_labels
    for flat in flatten_tasks(doc.tasks):
        task = flat.task
        _body_paragraph(document, task.text, bold=flat.is_group, lead=task_label(task.no))
        lines = []
        if task.lead:
            lines.append(f"{labels.lead}: {'; '.join(task.lead)}")
        if task.coord:
            lines.append(f"{labels.coord}: {'; '.join(task.coord)}")
        if task.timeframe:
            lines.append(f"{labels.timeframe}: {task.timeframe}")
        for line in lines:
            _body_paragraph(document, f"+ {_ending(line, '.')}")


# --- Nơi nhận and signature -------------------------------------------------------------------------------


def _signature_table(document: Document, doc: OutgoingDocument) -> None:
    """Ô 9b Nơi nhận (left) and ô 7a–7c authority, position and name (right), on the same row."""
    spacer = _paragraph(document, "", size=SIZE_BODY)
    spacer.paragraph_format.keep_with_next = True
    table = _borderless_table(document, SIGNATURE_COLUMNS)
    _keep_row_together(table)
    recipients_cell, signature_cell = table.rows[0].cells
    left = WD_ALIGN_PARAGRAPH.LEFT
    _paragraph(recipients_cell, "Nơi nhận:", size=SIZE_RECIPIENTS_WORD, bold=True, italic=True, align=left)
    for recipient in doc.recipients:
        _paragraph(recipients_cell, f"- {_ending(recipient, ';')}", size=SIZE_RECIPIENTS, align=left)
    if doc.filing:
        _paragraph(recipients_cell, f"- {_ending(doc.filing, '.')}", size=SIZE_RECIPIENTS, align=left)
    _drop_initial_paragraph(recipients_cell)

    center = WD_ALIGN_PARAGRAPH.CENTER
    signature = doc.signature
    for line in (*signature.authority, signature.position):
        _paragraph(signature_cell, line.upper(), size=SIZE_SIGNATURE, bold=True, align=center)
    for _ in range(SIGNATURE_SPACE_LINES):
        _paragraph(signature_cell, "", size=SIZE_SIGNATURE, align=center)
    if signature.name:
        _paragraph(signature_cell, signature.name, size=SIZE_SIGNATURE, bold=True, align=center)
    _drop_initial_paragraph(signature_cell)


def _keep_row_together(table: Table) -> None:
    for row in table.rows:
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))


# --- appendix ---------------------------------------------------------------------------------------------


def _appendix(document: Document, doc: OutgoingDocument) -> None:
    """The task table in its own landscape section, page numbers restarting (Phụ lục numbered separately)."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _set_page(section, landscape=True)
    _add_page_numbers(section, restart=True)
    center = WD_ALIGN_PARAGRAPH.CENTER
    for line in doc.appendix_title:
        _paragraph(document, line, size=SIZE_TITLE, bold=True, align=center, keep_with_next=True)
    _paragraph(document, doc.effective_appendix_note, size=SIZE_TITLE, italic=True, align=center)
    available = _text_width_of(section)
    _rule(document, Mm(40), available)
    _paragraph(document, "", size=6, space_after=Pt(6))

    table: Table = document.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _set_table_borders(table, "single")
    header = table.rows[0]
    header_properties = header._tr.get_or_add_trPr()
    header_properties.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page
    header_properties.append(OxmlElement("w:cantSplit"))
    for cell, title in zip(header.cells, doc.appendix_columns, strict=True):
        _cell_lines(cell, [title], bold=True, align=center)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for flat in flatten_tasks(doc.tasks):
        _task_row(table, flat)
    _set_widths(table, APPENDIX_COLUMNS)
    _paragraph(document, "", size=SIZE_TABLE)


def _task_row(table: Table, flat: FlatTask) -> None:
    task = flat.task
    cells = table.add_row().cells  # type: ignore[no-untyped-call]  # unannotated in python-docx 1.2
    center = WD_ALIGN_PARAGRAPH.CENTER
    _cell_lines(cells[0], [task.no], bold=flat.is_group, align=center)
    if flat.is_group and not task.has_assignment:
        merged = cells[1].merge(cells[4])
        _cell_lines(merged, [task.text], bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        return
    _cell_lines(cells[1], [task.text], bold=flat.is_group, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _cell_lines(cells[2], _units(task.lead), align=center)
    _cell_lines(cells[3], _units(task.coord), align=center)
    _cell_lines(cells[4], [task.timeframe] if task.timeframe else [], align=center)


def _units(units: Iterable[str]) -> list[str]:
    """One unit per line, each but the last ending with ";" as in the seeds."""
    names = [unit.strip() for unit in units if unit.strip()]
    return [f"{name};" if index < len(names) - 1 else name for index, name in enumerate(names)]


def _cell_lines(
    cell: _Cell,
    lines: Sequence[str],
    *,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT,
) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    for line in lines or [""]:
        paragraph = _paragraph(cell, line, size=SIZE_TABLE, bold=bold, align=align)
        paragraph.paragraph_format.space_before = Pt(2)
        paragraph.paragraph_format.space_after = Pt(2)
    _drop_initial_paragraph(cell)


# --- annexes ----------------------------------------------------------------------------------------------


def _annex(document: Document, annex: Annex) -> None:
    """A phụ lục in its own section (landscape unless asked otherwise), pages numbered from 1: its title, its
    note, then its blocks."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _set_page(section, landscape=annex.landscape)
    _add_page_numbers(section, restart=True)
    center = WD_ALIGN_PARAGRAPH.CENTER
    for line in annex.title:
        _paragraph(document, line, size=SIZE_TITLE, bold=True, align=center, keep_with_next=True)
    if annex.note:
        _paragraph(document, annex.note, size=SIZE_TITLE, italic=True, align=center)
    _paragraph(document, "", size=6)
    available = _text_width_of(section)
    for block in annex.blocks:
        if not isinstance(block, TaskItems):
            _block(document, block, available)
