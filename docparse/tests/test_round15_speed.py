"""The fifteenth round's speed work (docs/docparse.md, "Fifteenth round", **Speed (r15-speed)**).

Rules that compiled a pattern from each document's own names (its number, its issuer, its place) now find the names
in the text with module-level patterns. Each finder must give what the pattern it replaces gave: the patterns are kept
here as the reference and both are run on written cases and on random lines made of the same pieces. Finders are
also run for two documents with different names in one process: nothing read for one may leak into the other.
"""

import random
import re

import pytest

from docparse import parse_text
from docparse.header import _as_the_body_writes, _locality_for, _written_in_order
from docparse.parser import _running_header
from docparse.tasks import _INLINE_DEADLINE, _INLINE_DEADLINE_ALTERNATIVES, _TIME_STARTS, unit_phrase


def _old_running_header(number: str) -> re.Pattern[str]:
    symbol = r"\s*[-/]\s*".join(re.escape(part) for part in re.split(r"\s*[-/]\s*", number))
    return re.compile(
        r"^(?!\()(?:[^\s.;:]+\s+){0,8}?(?:[Ss]ố:?\s*)?"
        + symbol
        + r"(?:\s+ngày\s+\d{1,2}[/.]\d{1,2}[/.]\d{4})?"
        r"(?:\s+của\s+[^.;:]{3,80})?(?:\s*[-–]?\s*(?:Trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?)?\s*$"
    )


def _old_written_in_order(words: list[str], flowing: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\w)" + r"\s+(?:[-–]\s+)?".join(re.escape(word) for word in words) + r"(?!\w)"
    return [match.span() for match in re.finditer(pattern, flowing, re.IGNORECASE)]


def _old_locality_explicit(issuer: str, flowing: str) -> str | None:
    explicit = re.search(
        re.escape(issuer) + r"\s+((?:tỉnh|thành phố|Thành phố|Tỉnh)\s+[A-ZĐ][\wà-ỹ]*(?:\s+[A-ZĐ][\wà-ỹ]*)*)",
        flowing,
    )
    return explicit[1][:1].lower() + explicit[1][1:] if explicit else None


def _old_locality_level(place: str, flowing: str) -> str | None:
    level = re.search(r"\b(tỉnh|thành phố)\s+" + re.escape(place), flowing, re.IGNORECASE)
    return f"{level[1].lower()} {place}" if level else None


_NUMBERS = ["63/KH-UBND", "88/KH-UBND", "12/QĐ-SYT", "05/CV-BQL", "7/KH"]
_HEADER_LINES = [
    "Kế hoạch số 63/KH-UBND ngày 09/3/2026 của UBND xã Tân Lập",
    "UBND xã Tân Lập - Kế hoạch số 88/KH-UBND   2",
    "Số: 12/QĐ-SYT",
    "Số 12 / QĐ - SYT ngày 1/2/2027",
    "(Kèm theo Kế hoạch số 63/KH-UBND ngày 09/3/2026)",
    "Thực hiện Kế hoạch số 63/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân tỉnh; Sở ban hành kế hoạch như sau.",
    "Kế hoạch 05/CV-BQL - Trang 3/12",
    "63/KH-UBND",
    "a b c d e f g h i 63/KH-UBND",
    "a b c d e f g h 63/KH-UBND",
    "163/KH-UBND",
    "Số: 7/KH 7/KH ngày 12/12/2027",
    "Quyết định 12/QĐ-SYT của Sở Y tế tỉnh Hà Giang 4",
]


@pytest.mark.parametrize("number", _NUMBERS)
def test_a_running_header_is_read_as_the_pattern_read_it(number: str) -> None:
    old, new = _old_running_header(number), _running_header(number)
    assert new is not None
    pieces = [
        "Số:",
        "số",
        number,
        number.replace("/", " / "),
        "ngày 09/3/2026",
        "của UBND xã Tân Lập",
        "- Trang 2",
        "2",
    ]
    pieces += ["Kế hoạch", "(", ";", ".", "  ", "\n", "x", "12/3", "63", "KH-UBND"]
    lines = list(_HEADER_LINES)
    chance = random.Random(number)
    lines += [" ".join(chance.choice(pieces) for _ in range(chance.randint(1, 9))) for _ in range(400)]
    for line in lines:
        assert new(line) == bool(old.match(line)), line


_NAMES = ["CÔNG TY THAN MẠO KHÊ - TKV", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "BAN QUẢN LÝ DỰ ÁN", "SỞ Y TẾ"]


@pytest.mark.parametrize("name", _NAMES)
def test_the_body_finds_the_letterhead_s_words_as_the_pattern_found_them(name: str) -> None:
    words = name.split()
    written = " ".join(word[:1] + word[1:].lower() for word in words)
    pieces = [
        *words,
        *(word.lower() for word in words),
        written,
        "-",
        "–",
        " - ",
        "  ",
        "\n",
        "x",
        "_",
        "ban hành",
    ]
    texts = [
        f"Công ty Than Mạo Khê - TKV ban hành {written}.",
        f"{written}-{written} {name} x{written} {written}x",
        written.replace(" ", " - "),
        written.replace(" ", " -  – "),
    ]
    chance = random.Random(name)
    texts += [
        "".join(chance.choice(pieces) + chance.choice(" \n") for _ in range(chance.randint(1, 14)))
        for _ in range(400)
    ]
    for text in texts:
        assert list(_written_in_order(words, text)) == _old_written_in_order(words, text), text


def test_the_locality_is_read_as_the_patterns_read_it() -> None:
    issuer, place = "Ban Quản lý các khu công nghiệp", "Bắc Ninh"
    pieces = [
        issuer,
        place,
        "tỉnh",
        "Tỉnh",
        "thành phố",
        "Thành phố",
        "TỈNH",
        "Bắc Ninh",
        "bắc ninh",
        "Lào Cai",
        "x",
    ]
    chance = random.Random(7)
    texts = [f"{issuer} tỉnh Bắc Ninh ban hành", f"{issuer}  {issuer} Thành phố Hà Nội", "tỉnhtỉnh Bắc Ninh"]
    texts += [" ".join(chance.choice(pieces) for _ in range(chance.randint(1, 10))) for _ in range(600)]
    for text in texts:
        expected = _old_locality_explicit(issuer, text) or _old_locality_level(place, text)
        assert _locality_for(issuer, [], text, place) == expected, text


def test_two_documents_with_different_names_in_one_process() -> None:
    # what one document's number, letterhead and place find is not carried to the next
    first = _running_header("63/KH-UBND")
    second = _running_header("88/KH-SYT")
    assert first is not None and second is not None
    assert first("UBND xã Tân Lập - Kế hoạch số 63/KH-UBND   2")
    assert not second("UBND xã Tân Lập - Kế hoạch số 63/KH-UBND   2")
    assert second("Kế hoạch số 88/KH-SYT ngày 02/3/2027 của Sở Y tế")
    body = "Công ty Than Mạo Khê - TKV ban hành kế hoạch. Ủy ban nhân dân xã Tân Lập phối hợp."
    assert _as_the_body_writes("CÔNG TY THAN MẠO KHÊ TKV", body) == "Công ty Than Mạo Khê - TKV"
    assert _as_the_body_writes("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", body) == "Ủy ban nhân dân xã Tân Lập"
    assert _as_the_body_writes("SỞ TÀI CHÍNH", body) == "SỞ TÀI CHÍNH"


def _plan(left: str, number: str, place: str, footer: str) -> str:
    return (
        f"{left}\nSố: {number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"{place}, ngày 12 tháng 3 năm 2027\nKẾ HOẠCH\nCông tác dân vận năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nGần dân, sát dân.\nII. NHIỆM VỤ\n"
        "1. Tổ chức đối thoại với người dân, hoàn thành trước ngày 30/6/2027.\n"
        f"{footer}\n"
        "2. Rà soát thủ tục hành chính, hoàn thành trong quý III/2027./.\n"
        "GIÁM ĐỐC\nNguyễn Văn Bình\nNơi nhận:\n- Lưu: VT.\n"
    )


def test_two_parses_in_one_process_each_skip_their_own_running_header() -> None:
    first = parse_text(
        _plan(
            "UBND TỈNH HÀ GIANG\nSỞ Y TẾ",
            "21/KH-SYT",
            "Hà Giang",
            "Kế hoạch số 21/KH-SYT ngày 12/3/2027 - Trang 2",
        )
    )
    second = parse_text(
        _plan(
            "UBND TỈNH CÀ MAU\nSỞ TƯ PHÁP",
            "34/KH-STP",
            "Cà Mau",
            "Kế hoạch số 21/KH-SYT ngày 12/3/2027 - Trang 2",  # another document's number: not its own header
        )
    )
    # the first skips the footer naming its own number; the second reads the same line as text (not its number)
    assert first.tasks[0].text == "Tổ chức đối thoại với người dân, hoàn thành trước ngày 30/6/2027."
    assert second.tasks[0].text.endswith("30/6/2027. Kế hoạch số 21/KH-SYT ngày 12/3/2027 - Trang 2")
    assert first.document.number == "21/KH-SYT" and second.document.number == "34/KH-STP"


def test_a_subject_read_twice_reads_the_same() -> None:
    # `unit_phrase` keeps what it read per text: the kept reading is the one read afresh, and one text's does not
    # stand for another's
    texts = [
        "Phòng Kinh tế chủ trì, phối hợp với các đơn vị liên quan.",
        "Trung tâm Y tế huyện Mường Tè phối hợp thực hiện.",
        "Phòng Kinh tế",
        "công tác dân vận",
    ]
    first = [unit_phrase(text) for text in texts]
    assert first == [unit_phrase(text) for text in reversed(texts)][::-1]
    assert first == [unit_phrase.__wrapped__(text) for text in texts]
    assert first[:2] == ["Phòng Kinh tế", "Trung tâm Y tế huyện Mường Tè"]


# The inline time expression looks at one character before trying its alternatives (`tasks._TIME_STARTS`, or a
# space before): every alternative must start with one of those characters, a digit, or after a space. Read from
# the parsed expression, so that an alternative added later with another first letter fails here, not silently.
def _starts_in_class(op: object, av: object) -> bool:
    from re import _constants as sre  # type: ignore[attr-defined]

    if op is sre.LITERAL:
        return chr(av) in _TIME_STARTS or chr(av).isdecimal()  # type: ignore[arg-type]  # `\d` takes decimals
    if op is not sre.IN:
        return False
    for kind, value in av:  # type: ignore[attr-defined]
        if kind is sre.LITERAL and chr(value) in _TIME_STARTS:
            continue
        if kind is sre.RANGE and all(
            chr(c) in _TIME_STARTS or chr(c).isdecimal() for c in range(value[0], value[1] + 1)
        ):
            continue
        if kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            continue
        return False
    return True


def _after_a_space(items: list) -> bool:  # type: ignore[type-arg]
    from re import _constants as sre  # type: ignore[attr-defined]

    op, av = items[-1]
    return (op is sre.LITERAL and chr(av).isspace()) or (
        op is sre.IN and all(kind is sre.CATEGORY and value is sre.CATEGORY_SPACE for kind, value in av)
    )


def _covered(items: list) -> bool:  # type: ignore[type-arg]
    """Whether every match of the sequence starts where the look allows."""
    from re import _constants as sre  # type: ignore[attr-defined]

    if not items:
        return False  # an empty match could start anywhere
    (op, av), rest = items[0], items[1:]
    if op is sre.ASSERT and av[0] == -1 and _after_a_space(list(av[1])):
        return True
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return _covered(rest)
    if op is sre.SUBPATTERN:
        return _covered(list(av[-1]) + rest)
    if op is sre.BRANCH:
        return all(_covered(list(alternative) + rest) for alternative in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, body = av
        return _covered(list(body) + rest) and (low > 0 or _covered(rest))
    return _starts_in_class(op, av)


def test_every_inline_time_starts_where_the_look_allows() -> None:
    from re import _parser  # type: ignore[attr-defined]

    parsed = list(_parser.parse(_INLINE_DEADLINE_ALTERNATIVES))
    assert _covered(parsed)
    assert not _covered(
        list(_parser.parse(r"(?:[Tt]rước\s+ngày|[Aa]n toàn)"))
    )  # "A" is no time's first letter


def test_the_look_finds_the_times_the_expression_found() -> None:
    plain = re.compile(_INLINE_DEADLINE_ALTERNATIVES)
    texts = [
        "Phòng Kinh tế chủ trì thực hiện, hoàn thành trước ngày 30/6/2027.",
        "Tổ chức tập huấn 02 lần/năm. Thời gian: thường xuyên; tăng thời lượng từ tháng 9 đến tháng 12/2027.",
        "Sơ kết 6 tháng đầu năm 2027, tổng kết cuối năm; định kỳ hằng tháng, trước ngày 25.",
        "Rà soát các dự án giải ngân chậm, quý II/2027.",
        "(Phòng Bảo tồn thực hiện; Quý I/2027). Tiến độ: 3 lần/tuần trong mùa mưa",
        "mỗi tuần vào Chủ nhật; ít nhất 01 ngày trong tuần (sáng thứ Năm); từ nay đến hết tháng 02/2027",
    ]
    for text in texts:
        assert [m.span() for m in _INLINE_DEADLINE.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert list(_INLINE_DEADLINE.finditer(text))
