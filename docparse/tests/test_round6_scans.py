"""Scans: the stamp and the signature (sixth round, docs/docparse.md "Sixth round").

A signed document is scanned with a red seal over the signature. The OCR drops coloured ink before Tesseract reads
the page, and the header reads a signature block whose authority words the OCR misread. The documents are written
for other bodies and places than the tuning scans the rules were read from.
"""

import io
import random

import pytest

from docparse import parse, parse_text
from docparse.blocks import Table
from docparse.readers.pdf import _ocr_fixes, _read_quarters, _without_colour, tesseract_has_vietnamese
from docparse.text import fold

SEAL_RED = (200, 30, 35)  # the corpus builder's stamp colour


def test_coloured_ink_becomes_paper_and_black_print_stays(tmp_path):
    from PIL import Image

    page = Image.new("RGB", (6, 1), "white")
    for x, colour in enumerate(
        [(0, 0, 0), (128, 128, 128), SEAL_RED, (30, 40, 190), (240, 230, 200), (40, 30, 35)]
    ):
        page.putpixel((x, 0), colour)
    rendered = tmp_path / "page-1.tif"
    page.save(rendered)
    grey = Image.open(_without_colour(rendered))
    # black and grey print keep their value; the seal, blue ink and yellowed paper become white; black print under
    # red ink (the seal stamped over a letter) stays dark
    assert [grey.getpixel((x, 0)) for x in range(6)] == [0, 128, 255, 255, 255, 50]
    assert not rendered.exists()  # the colour page is replaced by the grey one


def _sealed_scan() -> bytes:
    """One page at 150 dpi of a hospital's plan whose signature block carries a red seal over the authority lines
    and the signer's name, drawn as the corpus builder draws it (the seal's ink replaces the print under it)."""
    from PIL import Image, ImageDraw, ImageFont

    regular = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 28)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 28)
    page = Image.new("RGB", (1240, 1100), "white")
    draw = ImageDraw.Draw(page)
    lines = [
        (80, 60, "SỞ Y TẾ TỈNH GIA LAI", bold),
        (80, 100, "BỆNH VIỆN ĐA KHOA AN KHÊ", bold),
        (80, 160, "Số: 214/KH-BVAK", regular),
        (620, 160, "An Khê, ngày 18 tháng 5 năm 2027", regular),
        (520, 240, "KẾ HOẠCH", bold),
        (300, 285, "Đón tiếp người bệnh thân thiện năm 2027", bold),
        (80, 360, "1. Phòng Công tác xã hội bố trí nhân viên hướng dẫn tại khu khám bệnh.", regular),
        (80, 420, "Nơi nhận:", bold),
        (80, 460, "- Sở Y tế;", regular),
        (80, 500, "- Lưu: VT.", regular),
        (720, 420, "KT. GIÁM ĐỐC", bold),
        (700, 460, "PHÓ GIÁM ĐỐC", bold),
        (680, 700, "Đinh Thị Thu Hà", bold),
    ]
    for x, y, text, font in lines:
        draw.text((x, y), text, font=font, fill="black")
    rng = random.Random(7)
    for _ in range(400):  # the scanner's specks
        draw.point((rng.randrange(page.width), rng.randrange(page.height)), fill="black")
    cx, cy = 800, 555  # left of the name and above it, the ring crossing the authority lines
    for radius, width in ((125, 6), (100, 3)):
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=SEAL_RED, width=width)
    draw.regular_polygon((cx, cy, 38), 5, rotation=20, fill=SEAL_RED)
    palette = Image.new("P", (1, 1))
    palette.putpalette([255, 255, 255, 0, 0, 0, *SEAL_RED] + [0, 0, 0] * 253)
    out = io.BytesIO()
    page.quantize(palette=palette, dither=Image.Dither.NONE).save(out, "PDF", resolution=150)
    return out.getvalue()


@pytest.mark.skipif(not tesseract_has_vietnamese(), reason="Tesseract with Vietnamese data is not installed")
def test_the_signer_under_a_red_seal_is_read_from_a_scan():
    document = parse(_sealed_scan(), "ke-hoach.pdf").document
    assert document.signer is not None and fold(document.signer) == fold("Đinh Thị Thu Hà")
    assert document.authority == "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"


def _letter(signature: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA XUÂN\nSố: 305/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHòa Xuân, ngày 02 tháng 6 năm 2027\nKẾ HOẠCH\n"
        "Đối thoại với Nhân dân về chỉnh trang đô thị năm 2027\n"
        "I. NỘI DUNG\n1. Phòng Kinh tế tổ chức đối thoại với Nhân dân các tổ dân phố ven sông; trong quý III/2027.\n"
        + signature
    )


def test_authority_lines_misread_under_the_seal_still_lead_to_the_signer():
    # the two columns of the block on one line, a letter of each authority word misread where the seal crossed it
    document = parse_text(
        _letter(
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thành ủy; KT. CHỦ TỊCN\n- Lưu: VT. FHÓ CHỦ TỊCH\nVõ Thị Kim Liên\n"
        )
    ).document
    assert document.signer == "Võ Thị Kim Liên"
    assert document.authority == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"


def test_a_misread_word_before_ban_nhan_dan_and_a_seal_speck_in_a_title_word_are_restored():
    document = parse_text(
        _letter("Nơi nhận: T/M I'J BAN NHÂN DÂN\n- Như trên; GIÁM! ĐỐC\nPhan Văn Đức\n")
    ).document
    assert document.signer == "Phan Văn Đức"
    assert document.authority == "TM. ỦY BAN NHÂN DÂN / GIÁM ĐỐC"


def test_an_authority_whose_marks_the_ocr_lost_gets_them_back():
    document = parse_text(
        _letter("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT GIAM DOC\nPHO GIAM DOC\nNguyen Huu Phuoc\n")
    ).document
    assert document.signer == "Nguyen Huu Phuoc"
    assert document.authority == "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"


def test_a_signing_mark_and_a_capital_the_ocr_read_otherwise_still_make_an_authority():
    document = parse_text(_letter("Nơi nhận:\n- Lưu: VT.\nK.T CHỦ TỊCh\nPHÓ CHỦ TỊCH\nLê Văn Tám\n")).document
    assert document.signer == "Lê Văn Tám"
    assert document.authority == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"


def test_a_speck_read_beside_the_signers_name_is_no_part_of_it():
    document = parse_text(
        _letter("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n' Hà Văn Sơn .\n")
    ).document
    assert document.signer == "Hà Văn Sơn"


def test_a_recipient_in_capitals_is_no_authority_and_gives_no_signer():
    document = parse_text(
        _letter("Nơi nhận:\n- UBND THÀNH PHỐ;\n- Như trên; CÁC PHÒNG\nTrần Quang Vinh\n")
    ).document
    assert document.signer is None


def test_a_letters_subject_runs_to_the_addressee_even_on_a_capitalised_line():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ QUỐC\nSố: 77/UBND-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nPhú Quốc, ngày 09 tháng 10 năm 2027\n"
        "V/V hưởng ứng Tháng hành động\nVì người nghèo năm 2027\nKính gửi: Các ấp trên địa bàn xã.\n"
        "Ủy ban nhân dân xã đề nghị các ấp tiếp tục vận động Nhân dân ủng hộ Quỹ Vì người nghèo.\n"
    )
    document = parse_text(text).document
    assert document.type == "Công văn"
    assert document.title == "hưởng ứng Tháng hành động Vì người nghèo năm 2027"


def test_a_party_name_misread_in_the_letterhead_is_not_part_of_the_issuer():
    text = (
        "TỈNH ỦY ĐỒNG NAI ĐĂNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\n"
        "Số 45-TB/BTGDVTU Đồng Nai, ngày 14 tháng 4 năm 2027\nTHÔNG BÁO\n"
        "Kết luận của Thường trực Ban về công tác dân vận quý I/2027\n"
        "1. Giao Phòng Dân vận theo dõi việc thực hiện; thường xuyên.\n"
    )
    assert parse_text(text).document.issuer == "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"


def test_ocr_reads_a_speck_between_two_vietnamese_words_as_a_space():
    assert [_ocr_fixes(w) for w in ["y.tế", "trước.ngày", "hoabinh.gov.vn", "v.v."]] == [
        "y tế",
        "trước ngày",
        "hoabinh.gov.vn",
        "v.v.",
    ]


def test_a_quarter_whose_numeral_starts_the_next_line_of_a_cell_is_restored():
    table = _read_quarters(Table(rows=[["2", "Kiểm tra", "Quý\n1112027"], ["3", "Rà soát", "quý 1/2028"]]))
    assert isinstance(table, Table)
    assert [row[2] for row in table.rows] == ["Quý\nIII/2027", "quý I/2028"]


def test_two_syllables_the_ocr_glued_are_split_and_words_that_are_no_syllable_stay():
    glued = ["tếcác", "khoalâm,", "Nguyễn", "HĐND", "Đắk", "QĐ-UBND", "Knơng", "online"]
    assert [_ocr_fixes(w) for w in glued] == [
        "tế các",
        "khoa lâm,",
        "Nguyễn",
        "HĐND",
        "Đắk",
        "QĐ-UBND",
        "Knơng",
        "online",
    ]


def test_the_locality_ending_the_issuer_is_spelled_as_in_the_date_line():
    text = (
        "ĐẢNG BỘ TỈNH ĐỒNG THÁP\nĐẢNG ỦY XÃ CHỢ GẠO\nSố: 21-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Chợ Gạo, ngày 03 tháng 3 năm 2027\nKẾ HOẠCH\nCông tác dân vận năm 2027\n"
        "1. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện; thường xuyên.\n"
    )
    document = parse_text(text).document
    assert document.place == "Chợ Gạo"
    assert document.issuer is not None and document.issuer.endswith("xã Chợ Gạo")
