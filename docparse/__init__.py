"""docparse: read Vietnamese administrative documents into structured plans (no Django import)."""

from docparse.api import parse, parse_text
from docparse.errors import ParseError
from docparse.model import Citation, DocumentInfo, ParsedDocument, ReportingItem, Task, Timeframe
from docparse.page_warnings import warning_place
from docparse.text import fold, normalize

__all__ = [
    "Citation",
    "DocumentInfo",
    "ParseError",
    "ParsedDocument",
    "ReportingItem",
    "Task",
    "Timeframe",
    "fold",
    "normalize",
    "parse",
    "parse_text",
    "warning_place",
]
