"""The legal basis of a document as printed: its "Căn cứ …", "Thực hiện …", "Theo đề nghị của …" statements.

docparse reads the documents a text cites (`citations`), but not the statements that cite them: a law without a
number ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025") is not a citation, and the
proposal line ("Theo đề nghị của Sở Nội vụ tại Công văn số 4782/…") is only a cited Công văn. A document
written back from its citations alone therefore changes its legal basis. The import keeps the statements
themselves (`Document.preamble`, one per line) and the export prints them unchanged.

`preamble_of(text, title)` finds them in the text docparse read: after the title, before the enacting word
("QUYẾT ĐỊNH:"), the first section ("I. MỤC ĐÍCH, YÊU CẦU"), article or numbered item. Hard-wrapped lines are
joined; a statement starts on a line beginning with one of the preamble words after a line that ended a
statement (";", "." or ":"); after such a line, only a line starting in lower case ("số 61/2023/NĐ-CP …" in
a list) continues it.
"""

from __future__ import annotations

import re

from docparse import fold, normalize

# Preamble words, folded: the opening of each statement of the legal basis.
_STARTS = ("can cu ", "thuc hien ", "theo de nghi ", "xet de nghi ", "tren co so ", "trien khai ")
# What follows the preamble: a Roman section, an article, a numbered item, a bullet.
_BODY = re.compile(r"^(?:[IVXLC]+\.\s|Điều\s+\d|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[-–+*•]\s)")
# A line that draws a rule ("––––", "____") or holds no word.
_RULE = re.compile(r"^[\W_]*$")


def _starts_statement(line: str) -> bool:
    return fold(line).startswith(_STARTS)


def _is_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_end(lines: list[str], title: str) -> int:
    """Index of the first line after the title, 0 when the title is not found."""
    words = fold(title).split()
    if not words:
        return 0
    folded = "\n".join(fold(line) for line in lines)
    match = re.search(r"\s+".join(re.escape(word) for word in words), folded)
    if match is None:
        return 0
    return folded.count("\n", 0, match.end()) + 1


def preamble_of(text: str, title: str = "") -> list[str]:
    """The statements of the legal basis, in order, each on one line as printed (whitespace collapsed)."""
    lines = [re.sub(r"\s+", " ", normalize(line)).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    statements: list[str] = []
    for line in lines[_title_end(lines, title) :]:
        current = statements[-1] if statements else ""
        if _RULE.match(line):
            if statements:
                break
            continue
        if _BODY.match(line):
            break
        if _is_capitals(line):
            # Before the statements: the authority line of a decision ("ỦY BAN NHÂN DÂN THÀNH PHỐ …").
            if statements:
                break
            continue
        if not statements or current.endswith((";", ".", ":")):
            if _starts_statement(line):
                statements.append(line)
                continue
            if not statements or not line[:1].islower():
                break
        statements[-1] = f"{current} {line}"
    return statements


# The Roman-numbered section headings of a plan; "MỤC ĐÍCH, YÊU CẦU" is the purpose.
_SECTION = re.compile(r"^[IVXLC]+\.\s")
_PURPOSE = "muc dich"


def purpose_of(text: str) -> str:
    """The body of a plan's "I. MỤC ĐÍCH, YÊU CẦU" section, one paragraph a line: hard-wrapped lines are
    joined; a paragraph starts at a marker ("1.", "-", "a)") or at a capital after a line ending with "." or ":"."""
    lines = [re.sub(r"\s+", " ", normalize(line)).strip() for line in text.splitlines()]
    paragraphs: list[str] = []
    inside = False
    for line in (line for line in lines if line):
        if _SECTION.match(line):
            if inside:
                break
            inside = fold(line[line.index(".") + 1 :]).strip().startswith(_PURPOSE)
            continue
        if not inside:
            continue
        ended = paragraphs and paragraphs[-1].endswith((".", ":")) and line[:1].isupper()
        if not paragraphs or ended or _BODY.match(line):
            paragraphs.append(line)
        else:
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
    return "\n".join(paragraphs)
