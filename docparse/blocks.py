"""What the readers hand to the parser: lines of text and real tables, in document order.

Pages: a form feed (`\\f`) in a text block starts a new page, as in `pdftotext` output; a table knows the page it
starts on and the page of each of its rows (a table continued over a page break). Readers that know pages (PDF,
OCR, text with form feeds, a DOCX with explicit page or section breaks) set `Source.paged`; the parser uses the
pages only to say where a warning points, never to read the document differently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAGE_FEED = "\f"


@dataclass
class Table:
    """A real table (DOCX, PDF ruling lines, XLSX): rows of cell texts, merged cells repeated or empty."""

    rows: list[list[str]]
    page: int | None = None  # the 1-based page the table starts on, when the reader knows it
    row_pages: list[int] = field(default_factory=list)  # the page of every row, or empty when unknown

    def on_page(self, page: int) -> Table:
        """The table marked as lying on `page` (1-based), all its rows included."""
        self.page = page
        self.row_pages = [page] * len(self.rows)
        return self


Block = str | Table


@dataclass
class OcrReport:
    """How the text of a scanned document was obtained: pages read by OCR and those read with low confidence
    (1-based page numbers), with the mean word confidence of each page (0–100)."""

    pages: int
    doubtful_pages: list[int] = field(default_factory=list)
    confidence: dict[int, float] = field(default_factory=dict)


@dataclass
class Source:
    """A document reduced to blocks. `hard_wrapped` is true when lines break inside sentences (PDF text).
    `paged` is true when the blocks carry pages (form feeds, `Table.page`); `unbuilt_layouts` lists the pages
    (1-based) whose table-like layout the word-position reader could not rebuild as a table."""

    blocks: list[Block] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    hard_wrapped: bool = True
    ocr: OcrReport | None = None
    paged: bool = False
    unbuilt_layouts: list[int] = field(default_factory=list)
