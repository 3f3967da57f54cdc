"""PDF through pdfplumber (text and ruled tables) and pypdf (encryption check); OCR for scanned pages.

pymupdf is not used (AGPL). A PDF without a text layer is read with the `tesseract` command when it is installed
with Vietnamese data; otherwise the user is told that OCR is needed.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

from docparse.blocks import PAGE_FEED, Block, OcrReport, Source, Table
from docparse.errors import ParseError
from docparse.readers.layout import OCR_PART_MARK, Columns, Word, page_blocks
from docparse.readers.pdfium_pages import PdfiumPages, open_pages
from docparse.tables import header_columns, plausible_next
from docparse.text import fold

MAX_PAGES = 300
OCR_TIMEOUT = 120
POPPLER_TIMEOUT = 120

for _noisy in ("pdfminer", "pypdf"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


def read_pdf(data: bytes) -> Source:
    if b"%PDF" not in data[:1024]:
        raise ParseError(
            "Tệp không phải là PDF hợp lệ (có thể sai phần mở rộng).",
            "The file is not a valid PDF (the extension may be wrong).",
        )
    return _read_pdf(data)


def _read_pdf(data: bytes) -> Source:
    reader = _open_checked(data)
    try:
        page_count = len(reader.pages)
        if page_count > MAX_PAGES:
            raise ParseError(
                f"Tệp PDF quá dài ({page_count} trang; tối đa {MAX_PAGES}).",
                f"The PDF is too long ({page_count} pages; at most {MAX_PAGES}).",
            )
        ruled = [_has_rules(page) for page in reader.pages]
        blocks: list[Block] = []
        unbuilt: list[int] = []
        table_pages = [number for number, has in enumerate(ruled) if has]
        with _Plumber(data) as plumber:
            # pdftotext extracts only the pages that have no ruled table for pdfium to read (its rules tell, before
            # its characters are read), and runs while those tables are read
            tabled = {number for number in table_pages if plumber.has_table(number)}
            untabled = [number for number in range(page_count) if number not in tabled]
            # when pdfium's text shows a task table's header cells on every one of the other pages, they are read
            # from their words and pdftotext is not run (unless a page's words give no table after all)
            guessed = _laid_out_guesses(plumber, reader, untabled)
            with _PopplerText(data, [number for number in untabled if number not in guessed]) as poppler:
                table_blocks = plumber.table_blocks(table_pages) if table_pages else {}
                texts = _Texts(poppler, data, reader, ruled)
                texts.needed = [
                    number
                    for number in range(page_count)
                    if not any(isinstance(b, Table) for b in table_blocks.get(number, []))
                ]
                carried: Columns | None = None
                ruled_to_the_end = False  # the page before ended inside a ruled table
                for number in range(page_count):
                    ruled_blocks = table_blocks.get(number)
                    if ruled_blocks and any(isinstance(b, Table) for b in ruled_blocks):
                        blocks.extend(_on_page(ruled_blocks, number))
                        last = ruled_blocks[-1]
                        ruled_to_the_end = isinstance(last, Table)
                        if not (
                            isinstance(last, Table)
                            and carried is not None
                            and len(last.rows[0]) == carried.width
                        ):
                            # the table read from word positions on the pages before goes on over this ruled page
                            # to the next, which LibreOffice may draw without ruling again: its columns stay
                            carried = None
                        continue
                    if carried is None and ruled_to_the_end:
                        # a ruled table ran to the end of the page before and may go on here without ruling
                        # (LibreOffice draws some pages of a long table so): its columns, from the words of that page
                        _, carried = page_blocks(plumber.words(number - 1), None)
                    ruled_to_the_end = False
                    guess = number in guessed and not texts.extracted(number)
                    hinted = guess or _table_hint(texts[number])
                    if carried is not None or hinted:
                        # a table without ruling (or lightly ruled): rebuilt from the position of its words
                        laid_out, after = page_blocks(plumber.words(number), carried)
                        if any(isinstance(b, Table) for b in laid_out):
                            carried = after
                            blocks.extend(_on_page(laid_out, number))
                            continue
                        if guess:
                            # the words give no table after all: the page is read as if pdftotext had been run
                            hinted = _table_hint(texts[number])
                        if carried is not None or hinted:
                            carried = after
                        if hinted:
                            unbuilt.append(number + 1)  # reported: the page is read as running text instead
                    blocks.extend(_on_page(ruled_blocks or [texts[number]], number))
    except ParseError:
        raise
    except Exception as error:
        raise ParseError(
            "Tệp PDF bị hỏng, không đọc được.", "The PDF file is damaged and cannot be read."
        ) from error
    text_chars = sum(len(b) - b.count(PAGE_FEED) for b in blocks if isinstance(b, str))
    text_chars += sum(len(" ".join(c for r in b.rows for c in r)) for b in blocks if isinstance(b, Table))
    if text_chars < 20 * max(page_count, 1):
        return ocr_pdf(data)
    return Source(blocks=_merge_tables(blocks), hard_wrapped=True, paged=True, unbuilt_layouts=unbuilt)


def _on_page(page: list[Block], number: int) -> list[Block]:
    """The blocks of page `number` (0-based): its tables know their page, and a form feed starts its text when the
    page does not start with a table (`docparse.blocks`)."""
    marked = [block.on_page(number + 1) if isinstance(block, Table) else block for block in page]
    if number > 0 and marked and isinstance(marked[0], str):
        marked[0] = PAGE_FEED + marked[0]
    return marked


# The operators `re` (rectangle) and `l` (line) between white space. The one at the very start of a stream is
# matched apart, so that the scan for the others can start with `\s` and skip quickly through the text.
_FIRST_RULE_OPERATOR = re.compile(rb"(?:re|l)\s")
_RULE_OPERATOR = re.compile(rb"\s(?:re|l)\s")


def _has_rules(page: Any) -> bool:
    """Whether the page draws enough rectangles or lines to hold a ruled table (cheap: raw content stream)."""
    contents = page.get_contents()
    if contents is None:
        return False
    stream = contents.get_data()
    first = _FIRST_RULE_OPERATOR.match(stream)
    operators = 1 if first else 0
    for _ in _RULE_OPERATOR.finditer(stream, first.end() if first else 0):
        operators += 1
        if operators >= 12:
            return True  # enough: the rest of the stream need not be scanned
    return operators >= 12


# A text object placed at a position of its own: `BT x y Td`, or `BT a b c d x y Tm`.
_PLACED_TEXT = re.compile(rb"BT\s+(?:[-\d.]+\s+){0,4}?([-\d.]+)\s+([-\d.]+)\s+T[dm]\s")


def _cells_side_by_side(page: Any) -> bool:
    """Whether the page starts text at three or more places along one line (cheap: raw content stream): the cells
    of a task table's row (number, task, unit, time) do; a letterhead or a signature block sets two columns, prose
    one."""
    contents = page.get_contents()
    if contents is None:
        return False
    rows: dict[int, set[int]] = {}
    for match in _PLACED_TEXT.finditer(contents.get_data()):
        try:
            x, y = round(float(match[1])), round(float(match[2]))
        except ValueError:
            continue
        starts = rows.setdefault(y, set())
        starts.add(x)
        if len(starts) >= 3:
            return True
    return False


class _Watchdog:
    """Kills a pdftotext run that outlives its deadline. One thread for the whole process, started on first use:
    starting a thread per run cost as much as the run itself on a loaded machine."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs: dict[int, tuple[subprocess.Popen[bytes], float]] = {}
        self._thread: threading.Thread | None = None

    def watch(self, process: subprocess.Popen[bytes], seconds: float) -> None:
        with self._lock:
            self._runs[id(process)] = (process, time.monotonic() + seconds)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._loop, name="docparse-pdftotext-watchdog", daemon=True
                )
                self._thread.start()

    def forget(self, process: subprocess.Popen[bytes]) -> None:
        with self._lock:
            self._runs.pop(id(process), None)

    def _loop(self) -> None:
        while True:
            time.sleep(1.0)
            now = time.monotonic()
            with self._lock:
                late = [key for key, (_, deadline) in self._runs.items() if deadline < now]
                for key in late:
                    process, _ = self._runs.pop(key)
                    process.kill()


_WATCHDOG = _Watchdog()


class _PopplerText:
    """The text layer of some pages from `pdftotext` (poppler), run as a separate process when it is installed.

    The process reads the PDF from an unnamed temporary file as its standard input and writes the text to another:
    nothing in this process has to feed or drain a pipe (and so wait for the interpreter lock) while the ruled
    tables are read, and no folder is made and removed for every PDF.
    """

    def __init__(self, data: bytes, pages: list[int]) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._output: IO[bytes] | None = None
        # the pages from the first to the last asked for
        self._first = min(pages, default=0)
        self._count = max(pages, default=-1) - self._first + 1
        binary = shutil.which("pdftotext")
        self.installed = binary is not None
        if binary is None or not pages:
            return
        try:
            self._output = tempfile.TemporaryFile()  # noqa: SIM115  # read by pages(), closed by __exit__
            with tempfile.TemporaryFile() as source:  # the process keeps its own descriptor of it
                source.write(data)
                source.flush()
                source.seek(0)
                first, last = str(self._first + 1), str(self._first + self._count)
                self._process = subprocess.Popen(
                    [binary, "-q", "-enc", "UTF-8", "-f", first, "-l", last, "-", "-"],
                    stdin=source,
                    stdout=self._output,
                    stderr=subprocess.DEVNULL,
                )
            _WATCHDOG.watch(self._process, POPPLER_TIMEOUT)
        except OSError:
            self._process = None  # pypdf reads the text instead
            self.installed = False

    def __enter__(self) -> _PopplerText:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process is not None:
            _WATCHDOG.forget(self._process)
            if self._process.poll() is None:
                self._process.kill()
                self._process.wait()
        if self._output is not None:
            self._output.close()

    def extracts(self, number: int) -> bool:
        """Whether the run extracts the page (it runs from the first page asked for to the last)."""
        return self._process is not None and self._first <= number < self._first + self._count

    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def pages(self) -> dict[int, str] | None:
        """The text of every page asked for (by page index), or None when pdftotext is missing or failed."""
        if not self.installed:
            return None
        if self._process is None or self._output is None:
            return {}  # no page asked for
        # A blocking wait returns as soon as the process ends (`wait(timeout=…)` polls with growing sleeps);
        # the watchdog kills a process that hangs.
        returncode = self._process.wait()
        if returncode != 0:
            return None
        try:
            self._output.seek(0)
            texts = self._output.read().decode("utf-8", "replace").split("\f")
        except OSError:
            return None
        if len(texts) < self._count:
            return None
        return {self._first + offset: text for offset, text in enumerate(texts[: self._count])}


class _Texts:
    """The text layer of the pages in `needed` ("" for the others), extracted when a page's is first asked for:
    `pdftotext` when installed (much faster), pypdf otherwise. A page the first run was not asked for (a ruled
    table that pdfium could not read after all, a page guessed to be a table that its words do not give) is
    extracted by a second run, over every needed page not extracted yet."""

    def __init__(self, poppler: _PopplerText, data: bytes, reader: Any, ruled: list[bool]) -> None:
        self._poppler: _PopplerText | None = poppler
        self._data = data
        self._reader = reader
        self._ruled = ruled
        self._texts: dict[int, str] | None = {}
        self.needed: list[int] = []

    def extracted(self, number: int) -> bool:
        """Whether the page's text is at hand without another pdftotext run: the first run extracts it, or has
        ended (not waited for while it runs)."""
        if self._poppler is not None and self._poppler.extracts(number):
            return True
        if self._poppler is not None and self._poppler.running():
            return False
        self._first_run()
        return self._texts is None or number in self._texts

    def _first_run(self) -> None:
        if self._poppler is not None:
            self._texts = self._poppler.pages()
            self._poppler = None

    def __getitem__(self, number: int) -> str:
        self._first_run()
        missing = [n for n in self.needed if self._texts is not None and n not in self._texts]
        if self._texts is not None and number in missing:
            with _PopplerText(self._data, missing) as more:
                extra = more.pages()
            self._texts = None if extra is None else {**self._texts, **extra}
        if self._texts is not None:
            return self._texts.get(number, "")
        return "" if self._ruled[number] else (self._reader.pages[number].extract_text() or "")


# Header cells of a task table without ruling come out of the text layer as short lines of their own ("Đơn vị chủ
# trì", "Tiến độ"), a few lines apart; field lines ("Chủ trì: …") have a colon.
_UNIT_CELL = re.compile(
    r"\b(?:chu tri|thuc hien|phoi hop)\b|\b(?:chu|phoi)$|^(?:tri|hop)$"
)  # or wrapped in two
_TIME_CELL = re.compile(r"\b(?:thoi gian|thoi han|tien do)\b")
_SENTENCE_MARK = re.compile(r"[:;.]")
_CONTENT_LEAD_AND_PARTNERS = re.compile(r"\b(?:noi dung|nhiem vu|cong viec)\b.*\bchu tri\b.*\bphoi hop\b")
# A line that is nothing but header cells, or their first lines when they wrap before the last word: "Đơn vị thực
# hiện", "Cơ quan chủ trì Cơ quan phối hợp", "Phối hợp", "Đơn vị chủ"; "Thời gian", "Thời hạn hoàn thành", "Tiến độ
# thực hiện", "Thời gian hoàn"
_UNIT_HEADER = (
    r"(?:(?:don vi|co quan|bo phan|nguoi|luc luong) (?:chu(?: tri)?|thuc(?: hien)?|phoi(?: hop)?|phu(?: trach)?)"
    r"|chu tri|phoi hop)"
)
_WHOLE_UNIT_CELLS = re.compile(
    rf"^{_UNIT_HEADER}(?: thuc(?: hien)?)?(?: {_UNIT_HEADER}(?: thuc(?: hien)?)?)*$"
)
_WHOLE_TIME_CELL = re.compile(r"^(?:thoi gian|thoi han|tien do)(?: (?:thuc|hoan)(?: (?:hien|thanh))?)?$")


def _table_hint(text: str) -> bool:
    if _header_cells_apart(text):
        return True
    # a table whose time column stands left of the unit columns: pdftotext reads the columns of an unruled table
    # block by block, so the unit columns' header cells come after all the rows of the columns before them, far
    # from "Thời gian"; each is still a line of its own
    stripped = [line.strip() for line in _short_lines(text)]
    if any(_WHOLE_UNIT_CELLS.match(line) for line in stripped) and any(
        _WHOLE_TIME_CELL.match(line) for line in stripped
    ):
        return True
    # columns wide enough for their header cells: the cells come out on one line ("Bộ phận chủ trì Bộ phận phối
    # hợp Thời gian"), no sentence; a programme that groups its rows by month ("THÁNG 01/2027") has no time column,
    # and its header line names the content, the lead and the partners ("TT Nội dung công việc Đơn vị chủ trì Đơn
    # vị phối hợp Ghi chú"), no comma between them as a sentence listing them has
    return any(
        len(line) < 90
        and not _SENTENCE_MARK.search(line)
        and _UNIT_CELL.search(line)
        and (_TIME_CELL.search(line) or ("," not in line and _CONTENT_LEAD_AND_PARTNERS.search(line)))
        for line in map(fold, text.splitlines())
    )


def _short_lines(text: str) -> list[str]:
    """The page's lines that could be header cells (short, no field colon), folded."""
    return [fold(line) for line in text.splitlines() if 0 < len(line) < 40 and ":" not in line]


def _header_cells_apart(text: str) -> bool:
    """A unit header cell and a time header cell as short lines of their own, a few lines apart."""
    lines = _short_lines(text)
    units = [i for i, line in enumerate(lines) if _UNIT_CELL.search(line)]
    times = [i for i, line in enumerate(lines) if _TIME_CELL.search(line)]
    return any(abs(u - t) <= 12 for u in units for t in times)


def _laid_out_guesses(plumber: _Plumber, reader: Any, pages: list[int]) -> set[int]:
    """The pages at either end of `pages` (from the last backwards, then from the first on) whose pdfium text shows
    a task table's header (`_table_hint`), up to the first page that does not: they are read from their words, and
    pdftotext runs only over the pages between (often none). On every text-layer page of the tuning corpus without
    a ruled table, the hint reads the same on pdfium's text as on pdftotext's; a guessed page whose words give no
    table is read from pdftotext's text after all.

    When pdftotext runs over some page anyway, it takes the pages guessed on the later signs of the hint too: a
    header row on one line of pdfium's text is more often a table of figures, whose words give no task table, and
    a page more in the run costs less than a second run. Header cells apart (the first sign) are left out of it."""
    guessed: dict[int, bool] = {}  # page: whether its header cells stand apart
    for order in (reversed(pages), pages):
        for number in order:
            # pdfium's text of a page costs about what pdftotext spends on it (it is kept for the page's words):
            # first the cheap look at the layout
            if number in guessed or not _cells_side_by_side(reader.pages[number]):
                break
            fast = plumber.fast()
            text = fast.text(number) if fast is not None else ""
            if not _table_hint(text):
                break
            guessed[number] = _header_cells_apart(text)
    if len(guessed) < len(pages):
        return {number for number, apart in guessed.items() if apart}
    return set(guessed)


_UNOPENED = object()


class _Plumber:
    """pdfplumber, opened once and only when a page needs it (ruled tables, word positions)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None
        self.pdfium: object = _UNOPENED

    def __enter__(self) -> _Plumber:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.pdf is not None:
            self.pdf.close()
        if isinstance(self.pdfium, PdfiumPages):
            self.pdfium.close()

    def _open(self) -> Any:
        if self.pdf is None:
            import pdfplumber

            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        return self.pdf

    def fast(self) -> PdfiumPages | None:
        if self.pdfium is _UNOPENED:
            self.pdfium = open_pages(self.data)
        return self.pdfium if isinstance(self.pdfium, PdfiumPages) else None

    def has_table(self, number: int) -> bool:
        """Whether pdfium reads a ruled table on the page (False when pdfium cannot open the file)."""
        fast = self.fast()
        return fast is not None and fast.has_table(number)

    def table_blocks(self, numbers: list[int]) -> dict[int, list[Block]]:
        found: dict[int, list[Block]] = {}
        for number in numbers:
            fast = self.fast()
            blocks = fast.blocks(number) if fast is not None else None
            if blocks is None:
                found[number] = _page_blocks(self._open().pages[number])
            elif any(isinstance(b, Table) for b in blocks):
                # cells covered by a merge are None, as pdfplumber gives them
                found[number] = [
                    Table(_vertical_merges(b.rows)) if isinstance(b, Table) else b  # type: ignore[arg-type]
                    for b in blocks
                ]
            else:
                found[number] = []  # rules but no table: the page's text layer (pdftotext) as for any page
        return found

    def words(self, number: int) -> list[Word]:
        fast = self.fast()
        words = fast.words(number) if fast is not None else None
        if words is not None:
            return words
        page = self._open().pages[number]
        return [
            Word(w["x0"], w["x1"], w["top"], w["bottom"], w["text"])
            for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)
        ]


def _open_checked(data: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError(
                "Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.",
                "The PDF is password-protected; remove the password and upload it again.",
            )
        return reader
    except ParseError:
        raise
    except Exception as error:
        message = str(error).lower()
        if isinstance(error, PdfReadError) and ("crypt" in message or "password" in message):
            raise ParseError(
                "Tệp PDF được mã hóa; không đọc được nội dung.",
                "The PDF is encrypted; its content cannot be read.",
            ) from error
        raise ParseError(
            "Tệp PDF bị hỏng, không đọc được.", "The PDF file is damaged and cannot be read."
        ) from error


def _page_blocks(page: Any) -> list[Block]:
    tables = [t for t in page.find_tables() if t.bbox[3] - t.bbox[1] > 20]
    if not tables:
        return [page.extract_text() or ""]
    blocks: list[Block] = []
    top = page.bbox[1]
    for table in sorted(tables, key=lambda t: t.bbox[1]):
        _, y0, _, y1 = table.bbox
        if y0 - top > 2:
            blocks.append(page.within_bbox((page.bbox[0], top, page.bbox[2], y0)).extract_text() or "")
        rows = _vertical_merges(table.extract())
        blocks.append(Table(rows))
        top = max(top, y1)
    if page.bbox[3] - top > 2:
        blocks.append(page.within_bbox((page.bbox[0], top, page.bbox[2], page.bbox[3])).extract_text() or "")
    return blocks


def _header_of(table: Table) -> tuple[str, ...] | None:
    """The header row's cells without their spaces: a cell wrapped letter by letter in a narrow column ("S T T")
    is the same cell as on the page where it was read in one piece."""
    for row in table.rows[:3]:
        if header_columns(row):
            return tuple("".join(c.split()).lower() for c in row)
    return None


def _continues(table: Table, previous: Table) -> bool:
    """Whether `table` continues `previous` on the next page: no header row of its own, or the same header
    repeated (Word's "repeat as header row"), with as many columns."""
    own = _header_of(table)
    if own is None:
        return bool(previous.rows) and len(table.rows[0]) == len(previous.rows[-1])
    return own == _header_of(previous)


_BREAK_AFTER_HYPHEN = re.compile(r"(?<=\w[-/])\n")  # "Hải-" / "Phòng", "20/" / "11": no space


def _vertical_merges(extracted: list[list[str | None]]) -> list[list[str]]:
    """Cell texts; a cell covered by a merge from the row above (pdfplumber gives None) takes that row's text for
    the unit and time columns. A row merged across (a group row: every cell after the text is None) is left as is."""
    rows: list[list[str]] = []
    for raw in extracted:
        # a pattern that starts with a look-behind is tried at every position: only cells that wrap are searched
        row = [_cell_lines(cell) if cell and "\n" in cell else cell or "" for cell in raw]
        across = all(cell is None for cell in raw[2:])
        if rows and not across and (raw[0] or raw[1]):
            above = rows[-1]
            row = [
                above[index] if cell is None and index >= 2 and index < len(above) else row[index]
                for index, cell in enumerate(raw)
            ]
        rows.append(row)
    return rows


def _cell_lines(cell: str) -> str:
    """A cell's text: its wrapped lines joined (a word wrapped at its hyphen or slash without a space), its paragraphs
    apart, a line each (`readers.pdfium_pages` sets an empty line between them; a unit cell may name a unit a
    paragraph, `tables.units_by_paragraph`)."""
    return "\n".join(_BREAK_AFTER_HYPHEN.sub("", part).replace("\n", " ") for part in cell.split("\n\n"))


def _merge_tables(blocks: list[Block]) -> list[Block]:
    """Join a table continued on the next page (no header row of its own, or the same header repeated) to the
    table before it; a page header or page number between the two parts is dropped."""
    merged: list[Block] = []
    feeds = ""  # the form feeds of blank pages, kept before the next text so that pages still count right
    for block in blocks:
        if isinstance(block, str) and not block.strip():
            feeds += PAGE_FEED * block.count(PAGE_FEED)
            continue
        if isinstance(block, str):
            block, feeds = feeds + block, ""
        feeds = "" if isinstance(block, Table) else feeds
        previous = merged[-1] if merged else None
        if isinstance(block, Table) and isinstance(previous, Table) and _continues(block, previous):
            _extend(previous, block)
            continue
        if (
            isinstance(block, Table)
            and len(merged) >= 2
            and isinstance(merged[-2], Table)
            and isinstance(previous, str)
            and len(previous) < 200
            and _continues(block, merged[-2])
        ):
            merged.pop()  # the page header/number between two parts of one table
            table = merged[-1]
            assert isinstance(table, Table)
            _extend(table, block)
            continue
        merged.append(block)
    return merged


def _extend(table: Table, part: Table) -> None:
    """`part`, the rest of `table` on the next page, appended to it with the pages of its rows."""
    _join_broken_number(table, part)
    _join_broken_row(table, part)
    aligned = len(table.row_pages) == len(table.rows) and len(part.row_pages) == len(part.rows)
    table.rows.extend(part.rows)
    table.row_pages = [*table.row_pages, *part.row_pages] if aligned else []


def _join_broken_number(table: Table, part: Table) -> None:
    """A row number wrapped in a narrow column and broken off by the page break: a digit a line ("1" at the foot of
    the page, "0" at the top of the next, after row 9) or at its stop ("2." / "3" after row 2.2). The row's number is
    both pieces, which follow the row above where the first alone does not, and the row that starts the next page is
    its rest, with no number of its own."""
    positions = next((found for row in table.rows[:3] if (found := header_columns(row))), None)
    body = [row for row in part.rows if not header_columns(row)]
    if not positions or "no" not in positions or not body or len(table.rows) < 3:
        return
    no = positions["no"]
    before, last, first = table.rows[-2], table.rows[-1], body[0]
    if not (no < len(before) and no < len(last) and no < len(first)):
        return
    above, piece = "".join(before[no].split()).rstrip("."), "".join(last[no].split())
    if not (first[no].isdigit() and (piece.isdigit() or piece.endswith(".")) and _parts_of(above)):
        return
    joined = piece + first[no]
    if plausible_next([above], joined) and not plausible_next([above], piece.rstrip(".")):
        last[no], first[no] = joined, ""


def _join_broken_row(table: Table, part: Table) -> None:
    """A row broken off by the page break where only a unit or a time cell wraps over it ("Công đoàn các khu công" /
    "nghiệp"): the first row under the repeated header has no number and no text, and its cells go on with the last
    row's."""
    positions = next((found for row in table.rows[:3] if (found := header_columns(row))), None)
    if not positions or "no" not in positions or "text" not in positions or len(table.rows) < 2:
        return
    at = next((i for i, row in enumerate(part.rows) if not header_columns(row)), None)
    if at is None:
        return
    last, first = table.rows[-1], part.rows[at]
    apart = (positions["no"], positions["text"])
    if (
        len(first) != len(last)
        or any(first[i] for i in apart)
        or not any(first)
        or not all(last[i] for i in apart)
    ):
        return
    for index, cell in enumerate(first):
        if cell:
            last[index] = f"{last[index]} {cell}".strip()
    del part.rows[at]
    if len(part.row_pages) > at:
        del part.row_pages[at]


def _parts_of(number: str) -> bool:
    return re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){0,3}", number) is not None


def tesseract_has_vietnamese() -> bool:
    binary = shutil.which("tesseract")
    if not binary:
        return False
    try:
        listed = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return "vie" in (listed.stdout + listed.stderr).split()


# A page whose words Tesseract reads with a mean confidence under this (0–100) is reported as doubtful.
LOW_CONFIDENCE = 75.0
OCR_DPI = 200


def ocr_pdf(data: bytes) -> Source:
    """Blocks of a scanned PDF read by the tesseract CLI (Vietnamese), with the confidence of every page;
    ParseError when OCR is unavailable or finds nothing."""
    if not tesseract_has_vietnamese():
        raise ParseError(
            "Tệp PDF là bản quét (không có lớp chữ); cần nhận dạng ký tự (OCR) nhưng máy chủ chưa cài Tesseract "
            "với dữ liệu tiếng Việt.",
            "The PDF is a scan without a text layer; OCR is needed but Tesseract with Vietnamese data is not installed.",
        )
    from concurrent.futures import ThreadPoolExecutor

    with tempfile.TemporaryDirectory(prefix="docparse-ocr-") as folder:
        images = _page_images(data, Path(folder))
        # Tesseract runs as separate processes: two pages at a time use both CPUs of a small server.
        with ThreadPoolExecutor(max_workers=2) as pool:
            pages = list(pool.map(lambda image: _ocr_page(_without_colour(image)), images))
    blocks: list[Block] = []
    carried: Columns | None = None
    for number, (words, _) in enumerate(pages):
        laid_out, carried = page_blocks(words, carried)
        # a page without words still counts
        blocks.extend(
            _on_page(
                [_read_part_numbers(_read_quarters(_read_hooks(block))) for block in laid_out] or [""], number
            )
        )
    if not any(isinstance(b, Table) or b.strip() for b in blocks):
        raise ParseError(
            "Không nhận dạng được chữ trong tệp PDF quét.", "OCR found no text in the scanned PDF."
        )
    confidence = {number + 1: round(conf, 1) for number, (_, conf) in enumerate(pages)}
    doubtful = [page for page, conf in confidence.items() if conf < LOW_CONFIDENCE]
    return Source(
        blocks=_merge_tables(blocks),
        hard_wrapped=True,
        paged=True,
        ocr=OcrReport(pages=len(pages), doubtful_pages=doubtful, confidence=confidence),
    )


def _page_images(data: bytes, folder: Path) -> list[Path]:
    """Every page as a colour image at OCR_DPI (its coloured ink is dropped later, `_without_colour`): a TIFF from
    pdftoppm (poppler) when installed, else a PNG from pypdfium2 via pdfplumber.

    pdftoppm writes PackBits TIFFs: compressing a page to PNG took pdftoppm over a second of CPU, twenty times the
    rendering, and a raw colour pixmap (PPM) is 11 MB a page at 200 dpi; PackBits costs about as little as the raw
    file and keeps a mostly white page to a few hundred KB."""
    source = folder / "scan.pdf"
    source.write_bytes(data)
    binary = shutil.which("pdftoppm")
    if binary:
        done = subprocess.run(
            [
                binary,
                "-r",
                str(OCR_DPI),
                "-tiff",
                "-tiffcompression",
                "packbits",
                "-l",
                str(MAX_PAGES),
                str(source),
                str(folder / "page"),
            ],
            capture_output=True,
            timeout=POPPLER_TIMEOUT,
            check=False,
        )
        images = sorted(folder.glob("page*.tif"))
        if done.returncode == 0 and images:
            return images
    import pdfplumber

    images = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages[:MAX_PAGES]):
            path = folder / f"page-{number:04d}.png"
            page.to_image(resolution=OCR_DPI).save(str(path))
            images.append(path)
    return images


def _without_colour(image: Path) -> Path:
    """The grey page Tesseract reads, with coloured ink made white: a red seal stamped over the signer's name, a
    signature in blue ink. Each pixel takes its lightest channel (red ink is light in the red channel, blue ink in
    the blue one) plus its colourfulness (the lightest minus the darkest channel), so a saturated stroke becomes
    paper while black and grey print, whose channels are equal, keep their value. Without this the grey rendering
    turns the seal into a mid-grey ring and disc over the letters, which Tesseract binarises as ink. The colour file
    is replaced by the grey one."""
    try:
        from PIL import Image, ImageChops
    except ImportError:  # Tesseract reads the colour page itself
        return image
    with Image.open(image) as page:
        if page.mode in ("1", "L"):
            return image
        red, green, blue = page.convert("RGB").split()
    lightest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    darkest = ImageChops.darker(ImageChops.darker(red, green), blue)
    grey = ImageChops.add(lightest, ImageChops.subtract(lightest, darkest))
    target = image.with_name(f"{image.stem}-grey.tif")
    grey.save(target, compression="packbits", dpi=(OCR_DPI, OCR_DPI))
    image.unlink()
    return target


def _ocr_page(image: Path) -> tuple[list[Word], float]:
    """The words of one page with their boxes, and the mean confidence of its words (0 when nothing was read)."""
    result = subprocess.run(
        # the resolution the page was rendered at: a greymap does not carry it (a PNG did), and Tesseract's guess
        # changes what it reads
        ["tesseract", str(image), "stdout", "-l", "vie", "--psm", "4", "--dpi", str(OCR_DPI), "tsv"],
        capture_output=True,
        text=True,
        timeout=OCR_TIMEOUT,
        check=False,
        # one thread per page: the pages run side by side, and OpenMP threads on top of that only contend
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    words: list[Word] = []
    weights = 0
    total = 0.0
    for row in result.stdout.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or not fields[11].strip():
            continue
        try:
            confidence = float(fields[10])
            left, top, width, height = (float(v) for v in fields[6:10])
        except ValueError:
            continue
        if confidence < 0:
            continue
        key = (int(fields[2]), int(fields[3]), int(fields[4]))
        text = fields[11].strip("|[]")
        if not text:
            continue  # a table rule read as a character
        fields[11] = text
        words.append(Word(left, left + width, top, top + height, _ocr_fixes(fields[11]), key))
        weight = len(fields[11])
        weights += weight
        total += confidence * weight
    return words, (total / weights if weights else 0.0)


# The hook of "ổ" read as an acute accent ("Tố Dịch vụ vật tư", "tố chức", "Tố quốc", "tống hợp"): "Tổ" heads the name
# of a body ("Tổ Cảnh sát trật tự"), and "tố" is no syllable of these words; "tố cáo", "tố tụng" stay.
_OCR_HOOK = re.compile(
    r"\b(?:(?P<body>Tố)(?=\s+[A-ZĐ])|(?P<t>[Tt])ố(?P<rest>ng hợp|(?= chức\b| quốc\b| dân phố\b)))"
)


def _read_hooks(block: Block) -> Block:
    """The block with "ổ" restored where the OCR read its hook as an acute accent (`_OCR_HOOK`)."""

    def restored(text: str) -> str:
        return _OCR_HOOK.sub(lambda m: "Tổ" if m["body"] else f"{m['t']}ổ{m['rest'] or ''}", text)

    if isinstance(block, Table):
        return Table(rows=[[restored(cell) if cell else cell for cell in row] for row in block.rows])
    return restored(block)


# "Quý" and the quarters after it, one or a list: "Quý I, II/2027", "Quý III và IV", "Quý I - II/2027"
_QUARTER_JOIN = r"\s*,\s*|\s+(?:và|[-–])\s+"
_AFTER_QUARTER = re.compile(rf"(\bquý\s+)([^\s,]+(?:(?:{_QUARTER_JOIN})[^\s,]+)*)", re.IGNORECASE)


def _read_quarters(block: Block) -> Block:
    """The block with every quarter after "Quý" restored (`_ocr_quarter`), in the text as laid out: in a table
    cell "Quý" may end one line and the numeral start the next; a list of quarters ("Quý I, II/2027") has each
    numeral read so."""

    def quarters(listed: str) -> str:
        parts = re.split(f"({_QUARTER_JOIN})", listed)
        return "".join(part if position % 2 else _ocr_quarter(part) for position, part in enumerate(parts))

    def restored(text: str) -> str:
        return _AFTER_QUARTER.sub(lambda match: match[1] + quarters(match[2]), text)

    if isinstance(block, Table):
        return Table(rows=[[restored(cell) if cell else cell for cell in row] for row in block.rows])
    return restored(block)


# The Roman number of a part title as OCR reads its strokes (`OCR_PART_MARK`), the dot often lost.
_OCR_PART = re.compile(rf"^(?P<mark>{OCR_PART_MARK})[.,:]?\s+(?P<title>\S.*)$")


_OCR_ITEM_COMMA = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*),\s+(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])")


def _read_part_numbers(block: Block) -> Block:
    """The block with the Roman number of every part title restored, when a line is a mark of strokes and then a
    title in capitals: the genre numbers its parts I, II, III, and a scan that reads them as letters loses the parts
    (the content part with its tasks among them). A mark that is already a Roman number stays. The dot of an item's
    number read as a comma is put back too."""
    if isinstance(block, Table):
        return block

    def restored(line: str) -> str:
        # the dot after an item's number read as a comma ("2, Giao nhiệm vụ"): a number that opens a line and is
        # followed by a capital after a comma is the item's marker, as no wrapped sentence goes on so
        line = _OCR_ITEM_COMMA.sub(r"\1. ", line, count=1)
        match = _OCR_PART.match(line)
        letters = [c for c in match["title"] if c.isalpha()] if match else []
        if not match or len(letters) < 4 or not all(c.isupper() for c in letters):
            return line
        if re.fullmatch(r"I{1,3}", match["mark"]) and line[len(match["mark"])] == ".":
            return line
        strokes = sum(2 if c == "H" else 1 for c in match["mark"])
        return "I" * min(strokes, 3) + ". " + match["title"] if strokes <= 3 else line

    return "\n".join(restored(line) for line in block.split("\n"))


_OCR_QUARTER = re.compile(
    r"^(?P<strokes>[1lI|Ï]{1,4})(?P<slash>/?)(?P<year>(?:19|20)\d\d)?(?P<tail>[.,;)]?)$"
)


def _ocr_quarter(word: str) -> str:
    """The quarter after "Quý" in a scan, where the Roman numeral's strokes are read as "1", "l" or "|" and the slash
    may be lost: "1/2027", "I1/2026", "1112026" → "I/2027", "II/2026", "III/2026" (the genre writes quarters in Roman
    numerals; an Arabic "Quý 1" means the same quarter; "IIII" is "III" beside a rule; "Ï" is "I" under specks)."""
    match = _OCR_QUARTER.match(word)
    if not match or (match["year"] and not match["slash"] and len(match["strokes"]) < 2):
        return word
    year = f"/{match['year']}" if match["year"] else ""
    # four strokes are no quarter: a table rule or a speck read beside "III"
    return "I" * min(len(match["strokes"]), 3) + year + match["tail"]


# One Vietnamese syllable without its marks: an onset, one to three vowels, a final consonant.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def _unglued(word: str) -> str:
    """A word the OCR glued from two syllables, split where the second starts: Vietnamese writes every syllable apart,
    so "tếcác" is "tế các" and "khoalâm" "khoa lâm". A word that is one syllable, that no split makes two, or that has
    no Vietnamese mark (a foreign word, an abbreviation such as "HĐND" or "QĐ" is never two syllables) stays."""
    parts = re.fullmatch(r"(\W*)([^\W\d_]+)(\W*)", word)
    if not parts or parts[2].isascii():
        return word
    letters = parts[2]
    key = fold(letters)
    if len(key) != len(letters) or _SYLLABLE.fullmatch(key):
        return word
    for cut in range(1, len(key)):
        if _SYLLABLE.fullmatch(key[:cut]) and _SYLLABLE.fullmatch(key[cut:]):
            return f"{parts[1]}{letters[:cut]} {letters[cut:]}{parts[3]}"
    return word


_SPECK_BEFORE_WORD = re.compile(r"^\.(?=[^\W\d_])")


def _ocr_fixes(word: str) -> str:
    """Misreadings of the genre's symbols: the fraction slash for "/", "IH" / "Il" for "III" / "II" in quarters, a
    brace for the parenthesis of an item marker ("b}" for "b)"), a speck between two words, two syllables glued."""
    word = word.replace("\u2044", "/")
    word = re.sub(r"^([a-zđ]\d{0,2}|\d{1,2}(?:\.\d{1,2})*)\}$", r"\1)", word)
    # a speck read as a full stop between two Vietnamese words ("y.tế", "trước.ngày"); a web or e-mail address,
    # written in ASCII, keeps its dots. A speck read as an apostrophe after a syllable with marks ("hóa'"): the
    # apostrophe of an ethnic name follows a bare consonant ("K’", "Y'") or stands inside the word ("H'Hen")
    if not word.isascii() or word[1:2].isupper():
        # … or before a word ("xã Ea .Súp", "Ea .Kao"): no word of the genre opens with a stop (a file's extension,
        # ".pdf", does)
        word = _SPECK_BEFORE_WORD.sub("", word)
    if not word.isascii():
        word = re.sub(r"(?<=\w\w)'$", "", word)
        word = " ".join(
            _unglued(part) for part in re.sub(r"(?<=[a-zđà-ỹ])\.(?=[a-zđà-ỹ])", " ", word).split()
        )
    return re.sub(r"^(?:[IlH|]{1,4})(?=/\d{4}[.,;)]?$)", lambda m: "I" * len(m[0].replace("H", "II")), word)
