"""What the readers hand to the parser: lines of text and real tables, in document order."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Table:
    """A real table (DOCX, PDF ruling lines, XLSX): rows of cell texts, merged cells repeated or empty."""

    rows: list[list[str]]


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
    """A document reduced to blocks. `hard_wrapped` is true when lines break inside sentences (PDF text)."""

    blocks: list[Block] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    hard_wrapped: bool = True
    ocr: OcrReport | None = None
