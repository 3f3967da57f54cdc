"""The PDF reader's work (issue 11's speed, sixth round): which pdftotext runs it makes and how scans are rendered.

Not rules of the genre but what the reader does to read the same thing with less work: the tasks are checked only
to show that the document was read whole.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from docparse import parse

pytestmark_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext is not installed"
)

_TUNE = Path(__file__).parent / "data" / "corpus" / "tune"

_PROSE_PAGE = (
    "<p>ỦY BAN NHÂN DÂN XÃ TÂN PHÚ</p><p>Số: 12/KH-UBND</p><p>Tân Phú, ngày 5 tháng 1 năm 2026</p>"
    "<p>KẾ HOẠCH</p><p>Công tác dân vận chính quyền năm 2026</p><p>I. NHIỆM VỤ</p>"
    "<p>1. Tuyên truyền, phổ biến pháp luật cho nhân dân trên địa bàn xã.</p>"
    "<p>- Đơn vị chủ trì: Văn phòng - Thống kê xã.</p><p>- Thời gian thực hiện: Năm 2026.</p>"
)


def _ruled_table_page(break_before: bool) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>Rà soát, cập nhật thủ tục hành chính lĩnh vực {field} tại bộ phận một cửa</td>"
        f"<td>Văn phòng UBND xã</td><td>Công an xã</td><td>Quý {quarter}/2026</td></tr>"
        for n, (field, quarter) in enumerate(
            [("đất đai", "I"), ("hộ tịch", "II"), ("xây dựng", "III"), ("môi trường", "IV")], start=1
        )
    )
    style = " style='page-break-before: always'" if break_before else ""
    return (
        f"<p{style}>II. DANH MỤC NHIỆM VỤ</p><table><tr><th>STT</th><th>Nội dung nhiệm vụ</th>"
        f"<th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian hoàn thành</th></tr>{rows}</table>"
        "<p>Nơi nhận:</p>"
    )


def _pdf(body: str) -> bytes:
    from weasyprint import HTML

    html = (
        "<html><head><meta charset='utf-8'><style>@page { size: A4; margin: 20mm } "
        "body { font-family: 'Liberation Serif', serif; font-size: 13pt } table { border-collapse: collapse; "
        "width: 100% } td, th { border: 1px solid black; padding: 3px }</style></head>"
        f"<body>{body}</body></html>"
    )
    return bytes(HTML(string=html).write_pdf())


def _pdftotext_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The arguments of every pdftotext process started from now on."""
    runs: list[list[str]] = []
    real = subprocess.Popen

    def counting(args: list[str], *rest: object, **options: object) -> subprocess.Popen[bytes]:
        if "pdftotext" in Path(str(args[0])).name:
            runs.append([str(a) for a in args])
        return real(args, *rest, **options)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(subprocess, "Popen", counting)
    return runs


def _tasks(data: bytes) -> list[tuple[str | None, list[str], str | None]]:
    return [(t.no, t.lead, t.timeframe.raw if t.timeframe else None) for t in parse(data, "plan.pdf").tasks]


@pytestmark_pdftotext
def test_pdftotext_extracts_only_the_pages_without_a_ruled_table(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _pdf(_PROSE_PAGE + _ruled_table_page(break_before=True))
    runs = _pdftotext_runs(monkeypatch)
    tasks = _tasks(data)
    assert [run[run.index("-f") + 1 : run.index("-l") + 2] for run in runs] == [["1", "-l", "1"]]
    assert tasks[0] == ("1", ["Văn phòng - Thống kê xã"], "Năm 2026")
    assert [t[2] for t in tasks[1:]] == ["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"]


@pytestmark_pdftotext
def test_a_pdf_whose_pages_are_ruled_tables_runs_no_pdftotext(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _pdf(_ruled_table_page(break_before=False))
    runs = _pdftotext_runs(monkeypatch)
    tasks = _tasks(data)
    assert runs == []
    assert [(t[0], t[1]) for t in tasks] == [(str(n), ["Văn phòng UBND xã"]) for n in range(1, 5)]


@pytestmark_pdftotext
def test_a_ruled_table_pdfium_cannot_read_after_all_gets_its_text_from_a_second_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from docparse.readers import pdf

    data = _pdf(_PROSE_PAGE + _ruled_table_page(break_before=True))
    # the page's rules promise a table, but reading it gives none: the page is read from its text layer
    monkeypatch.setattr(pdf._Plumber, "table_blocks", lambda self, numbers: {n: [] for n in numbers})
    runs = _pdftotext_runs(monkeypatch)
    read_in_two_runs = pdf.read_pdf(data).blocks
    assert [run[run.index("-f") + 1] for run in runs] == ["1", "2"]
    read_text = " ".join(
        b if isinstance(b, str) else " ".join(c for r in b.rows for c in r) for b in read_in_two_runs
    )
    assert "vực hộ tịch" in read_text and "DANH MỤC NHIỆM VỤ" in read_text
    monkeypatch.setattr(pdf._Plumber, "has_table", lambda self, number: False)
    runs.clear()
    assert pdf.read_pdf(data).blocks == read_in_two_runs  # one run over both pages reads the same
    assert [run[run.index("-f") + 1 : run.index("-l") + 2] for run in runs] == [["1", "-l", "2"]]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_a_scan_rendered_as_a_greymap_reads_as_its_png_did(tmp_path: Path) -> None:
    from docparse.readers import pdf

    if not pdf.tesseract_has_vietnamese():
        pytest.skip("tesseract with Vietnamese data is not installed")
    scan = _TUNE / "scan-pdf-camau-xa-kh.scan.pdf"
    rendered = {}
    for kind, option in (("png", ["-png"]), ("pgm", [])):  # a greymap is pdftoppm's own format
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(pdf.OCR_DPI),
                "-gray",
                *option,
                "-l",
                "1",
                str(scan),
                str(tmp_path / kind),
            ],
            check=True,
        )
        (image,) = tmp_path.glob(f"{kind}*.{kind}")
        rendered[kind] = pdf._ocr_page(image)
    words = {kind: [(w.text, w.x0, w.top) for w in page[0]] for kind, page in rendered.items()}
    assert len(words["png"]) > 100
    assert words["pgm"] == words["png"]
    assert rendered["pgm"][1] == rendered["png"][1]  # the same confidence


# Speed, second pass (sixth round): shortcuts that must read exactly what the longer way read.


class _Stream:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def get_data(self) -> bytes:
        return self.data


class _Page:
    def __init__(self, data: bytes) -> None:
        self.contents = _Stream(data)

    def get_contents(self) -> _Stream:
        return self.contents


@pytest.mark.parametrize(("operators", "ruled"), [(11, False), (12, True), (40, True)])
def test_the_ruling_check_stops_counting_at_twelve_rules_and_decides_as_a_full_count(
    operators: int, ruled: bool
) -> None:
    from docparse.readers.pdf import _has_rules

    rules = [
        b"72 %d 450 0.5 re f" % (700 - 20 * n) if n % 2 else b"72 %d m 522 %d l S" % (n, n)
        for n in range(operators)
    ]
    text = b"BT /F1 12 Tf 72 720 Td (Ke hoach, lich trinh: rel) Tj ET"  # "re" and "l" inside words are no operators
    assert _has_rules(_Page(b"\n".join([text, *rules, text]))) is ruled
    assert _has_rules(_Page(b"\n".join(rules))) is ruled  # the first operator at the very start of the stream


def test_a_ruled_grid_merges_the_cells_no_rule_separates() -> None:
    from docparse.readers.pdfium_pages import _Grid, _Rule

    # a 2 x 2 grid whose inner vertical rule stops halfway: the cells of the lower row are one merged cell
    horizontals = [_Rule(True, y, 0.0, 200.0) for y in (0.0, 50.0, 100.0)]
    verticals = [
        _Rule(False, 0.0, 0.0, 100.0),
        _Rule(False, 200.0, 0.0, 100.0),
        _Rule(False, 100.0, 0.0, 50.0),
    ]
    chars = [
        ("A", 10.0, 15.0, 20.0, 30.0, False, False, 12.5, 25.0),
        ("B", 110.0, 115.0, 20.0, 30.0, False, False, 112.5, 25.0),
        ("C", 10.0, 15.0, 70.0, 80.0, False, False, 12.5, 75.0),
        ("D", 150.0, 155.0, 70.0, 80.0, True, False, 152.5, 75.0),
    ]
    assert _Grid(horizontals, verticals).rows(chars) == [["A", "B"], ["C D", None]]


# Eighth round (r8-speed): pages read from their words without pdftotext. Each shortcut must read exactly what the
# pdftotext run read.


def _read_without_guesses(monkeypatch: pytest.MonkeyPatch, data: bytes) -> dict[str, object]:
    from docparse.readers import pdf

    with monkeypatch.context() as patched:
        patched.setattr(pdf, "_laid_out_guesses", lambda plumber, reader, pages: set())
        return parse(data, "plan.pdf").to_dict()


@pytestmark_pdftotext
def test_an_unruled_table_page_whose_pdfium_text_shows_the_header_runs_no_pdftotext(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # LibreOffice, one page: the letterhead and a task table without ruling
    data = (_TUNE / "r3-table-pdf-lo-tayninh-truong-kh.lo.pdf").read_bytes()
    runs = _pdftotext_runs(monkeypatch)
    read = parse(data, "plan.pdf")
    assert runs == []
    assert len(read.tasks) > 5 and all(t.lead for t in read.tasks)
    assert read.to_dict() == _read_without_guesses(monkeypatch, data)
    assert len(runs) == 1  # the longer way: pdftotext over the page


@pytestmark_pdftotext
def test_pdftotext_runs_only_over_the_pages_between_the_guessed_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    # two pages: the first holds the header of a table without ruling, the second its end and the signature
    data = (_TUNE / "table-pdf-lo-camau-xa-kh.lo.pdf").read_bytes()
    runs = _pdftotext_runs(monkeypatch)
    read = parse(data, "plan.pdf").to_dict()
    assert [run[run.index("-f") + 1 : run.index("-l") + 2] for run in runs] == [["2", "-l", "2"]]
    runs.clear()
    assert read == _read_without_guesses(monkeypatch, data)
    assert [run[run.index("-f") + 1 : run.index("-l") + 2] for run in runs] == [["1", "-l", "2"]]


@pytestmark_pdftotext
def test_a_guessed_page_whose_words_give_no_table_gets_its_text_from_a_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from docparse.readers import pdf

    data = (_TUNE / "r3-table-pdf-lo-tayninh-truong-kh.lo.pdf").read_bytes()
    # the words give no table: the page is read from its text layer, as when pdftotext was run from the start
    monkeypatch.setattr(pdf, "page_blocks", lambda words, carried: (["no table"], None))
    runs = _pdftotext_runs(monkeypatch)
    read = pdf.read_pdf(data)
    assert [run[run.index("-f") + 1 : run.index("-l") + 2] for run in runs] == [["1", "-l", "1"]]
    assert read.unbuilt_layouts == [1]
    monkeypatch.setattr(pdf, "_laid_out_guesses", lambda plumber, reader, pages: set())
    assert pdf.read_pdf(data) == read


def test_a_page_starts_text_at_three_places_along_a_line_only_in_a_table_row() -> None:
    from docparse.readers.pdf import _cells_side_by_side

    letterhead = b"BT\n80.2 800.9 Td /F1 12 Tf<01>Tj\nET\nBT\n330.5 800.9 Td /F2 12 Tf<02>Tj\nET\n"
    prose = b"".join(b"BT\n85 %d Td /F1 12 Tf<03>Tj\nET\n" % (700 - 14 * n) for n in range(20))
    row = b"BT\n60 600.2 Td <04>Tj ET BT\n95.5 600.2 Td <05>Tj ET BT 1 0 0 1 420 600.4 Tm <06>Tj ET\n"
    assert not _cells_side_by_side(_Page(letterhead + prose))
    assert _cells_side_by_side(_Page(letterhead + row + prose))


def test_words_read_in_one_pass_are_the_words_of_the_characters() -> None:
    from docparse.readers.pdfium_pages import PdfiumPages

    for name in ("table-pdf-lo-camau-xa-kh.lo.pdf", "table-pdf-word-thanhhoa-benhvien-kh.pdf"):
        data = (_TUNE / name).read_bytes()
        one_pass, from_chars = PdfiumPages(data), PdfiumPages(data)
        for number in range(len(one_pass.document)):
            from_chars._page_chars(number)
            assert one_pass.words(number) == from_chars.words(number)
        one_pass.close()
        from_chars.close()


# Tenth round (r10-speed): the guess reads the whole table hint on pdfium's text, and a ruled page whose rules form
# no table is not read character by character.


@pytestmark_pdftotext
def test_a_table_page_whose_pdfium_text_shows_the_header_on_one_line_runs_no_pdftotext(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # LibreOffice, one page: pdfium's text puts the header row on one line, no header cell apart
    from docparse.readers.pdf import _header_cells_apart, _table_hint
    from docparse.readers.pdfium_pages import PdfiumPages

    data = (_TUNE / "r4-table-pdf-lo-hatinh-phuong-kh.lo.pdf").read_bytes()
    pages = PdfiumPages(data)
    text = pages.text(0)
    pages.close()
    assert _table_hint(text) and not _header_cells_apart(text)
    runs = _pdftotext_runs(monkeypatch)
    read = parse(data, "plan.pdf")
    assert runs == []
    assert len(read.tasks) > 3
    assert read.to_dict() == _read_without_guesses(monkeypatch, data)


@pytestmark_pdftotext
def test_a_run_needed_anyway_takes_the_page_guessed_from_its_header_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # two pages: prose, then a table of figures whose header stands on one line of pdfium's text (its words give no
    # task table): one run over both pages, not one over the first and a second over the table
    data = (_TUNE / "non-task-tables-khanhhoa-snv-cv.lo.pdf").read_bytes()
    runs = _pdftotext_runs(monkeypatch)
    read = parse(data, "letter.pdf").to_dict()
    assert [run[run.index("-f") + 1 : run.index("-l") + 2] for run in runs] == [["1", "-l", "2"]]
    assert read == _read_without_guesses(monkeypatch, data)


def test_a_ruled_page_whose_rules_form_no_table_is_not_read_character_by_character() -> None:
    from docparse.readers.pdfium_pages import PdfiumPages

    # the second page draws a dozen rules or more (the cheap look at its content stream), which form no grid
    pages = PdfiumPages((_TUNE / "r3-table-pdf-lo-bacninh-sgd-qd.lo.pdf").read_bytes())
    assert pages.blocks(1) == []
    assert 1 not in pages._chars
    pages.close()


def test_a_page_is_readable_exactly_when_its_characters_are_read() -> None:
    from docparse.readers.pdfium_pages import PdfiumPages

    for name in ("table-pdf-word-thanhhoa-benhvien-kh.pdf", "r3-table-pdf-lo-bacninh-sgd-qd.lo.pdf"):
        data = (_TUNE / name).read_bytes()
        told, read = PdfiumPages(data), PdfiumPages(data)
        for number in range(len(told.document)):
            assert told._readable(number) == (read._page_chars(number) is not None)
        told.close()
        read.close()
