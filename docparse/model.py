"""The parser's output: plain dataclasses whose `to_dict()` is the JSON contract of DESIGN.md §6."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docparse.registrations import Registration


@dataclass
class DocumentInfo:
    """Metadata of the parsed document (thể thức: loại, số/ký hiệu, ngày, cơ quan, trích yếu, người ký)."""

    type: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    place: str | None = None
    title: str | None = None
    signer: str | None = None
    authority: str | None = (
        None  # signing authority, e.g. "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "number": self.number,
            "date": self.date,
            "issuer": self.issuer,
            "place": self.place,
            "title": self.title,
            "signer": self.signer,
            "authority": self.authority,
        }


@dataclass
class Citation:
    """A cited document with a number/symbol (căn cứ, trích dẫn)."""

    type: str | None
    number: str
    date: str | None
    issuer: str | None
    raw: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "number": self.number,
            "date": self.date,
            "issuer": self.issuer,
            "raw": self.raw,
        }


@dataclass
class Timeframe:
    """A timeframe as printed plus its normalised reading (thời gian thực hiện)."""

    raw: str
    kind: str = "unknown"
    start: str | None = None
    end: str | None = None
    due: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"raw": self.raw, "kind": self.kind, "start": self.start, "end": self.end, "due": self.due}


@dataclass
class Task:
    """One actionable item (nhiệm vụ) with its lead (chủ trì) and coordinating (phối hợp) units."""

    no: str | None
    text: str
    parent_no: str | None = None
    lead: list[str] = field(default_factory=list)
    coord: list[str] = field(default_factory=list)
    timeframe: Timeframe | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "no": self.no,
            "parent_no": self.parent_no,
            "text": self.text,
            "lead": list(self.lead),
            "coord": list(self.coord),
            "timeframe": self.timeframe.to_dict() if self.timeframe else None,
        }


@dataclass
class Heading:
    """A group row or topic heading that is not a task but is the parent (`parent_no`) of tasks."""

    no: str
    text: str
    parent_no: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"no": self.no, "parent_no": self.parent_no, "text": self.text}


@dataclass
class ReportingItem:
    """An obligation to report (báo cáo) with its due date: ISO when known, else the printed text."""

    what: str
    due: str | None
    raw: str

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "due": self.due, "raw": self.raw}


@dataclass
class OcrInfo:
    """The text came from OCR (a scan): how many pages, which were doubtful, the confidence of each page."""

    pages: int
    doubtful_pages: list[int] = field(default_factory=list)
    confidence: dict[int, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "doubtful_pages": list(self.doubtful_pages),
            "confidence": {str(page): value for page, value in self.confidence.items()},
        }


@dataclass
class ParsedDocument:
    """Everything extracted from one document."""

    document: DocumentInfo = field(default_factory=DocumentInfo)
    citations: list[Citation] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    reporting: list[ReportingItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Numbered group rows and headings that tasks name as parents (an addition to the DESIGN.md §6 keys).
    headings: list[Heading] = field(default_factory=list)
    # Set when the text was read by OCR from a scan (an addition to the DESIGN.md §6 keys).
    ocr: OcrInfo | None = None
    # Rows of "Dân vận khéo" registration tables, never tasks (an addition: docparse.registrations).
    registrations: list[Registration] = field(default_factory=list)
    # The document's text, one block per line and tables as "cell | cell |" rows, for a reviewer to read
    # beside the extraction. Not part of the JSON contract.
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "citations": [c.to_dict() for c in self.citations],
            "tasks": [t.to_dict() for t in self.tasks],
            "reporting": [r.to_dict() for r in self.reporting],
            "warnings": list(self.warnings),
            "headings": [h.to_dict() for h in self.headings],
            "ocr": self.ocr.to_dict() if self.ocr else None,
            "registrations": [r.to_dict() for r in self.registrations],
        }
