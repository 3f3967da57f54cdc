"""The timeframe rules of the fourteenth tuning round (docs/docparse.md, "Fourteenth round", **Times (r14-times)**).

Every rule is a form the genre uses for time: the time field named "Thời điểm" or "Mốc thời gian" (plans whose
times hang on a season or a crop stage), a range of months of one year written with a dash ("tháng 6 - 7/2027"),
… Each is read on documents written here for other provinces, other bodies and other wording than the tuning
documents that showed the miss. For each rule one document was kept back until the rule was done; its docstring says
so.
"""

from docparse import parse_text
from docparse.model import Task


def _tasks(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[Task]:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 27/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân Phú, ngày 08 tháng 02 năm 2027\nKẾ HOẠCH\nPhát triển văn hóa, xã hội năm 2027\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao đời sống tinh thần của Nhân dân.\n"
        f"{section}\n{body}\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
    )
    return parse_text(text).tasks


def _times(body: str, section: str = "II. NỘI DUNG THỰC HIỆN") -> list[str | None]:
    return [task.timeframe.raw if task.timeframe else None for task in _tasks(body, section)]


# ---------------------------------------------------------------------------------------------------------------------
# The time field named by the moment ("Thời điểm:", "Thời điểm thực hiện:", "Mốc thời gian:"), as plans whose times
# hang on a season, a crop stage or an event print it: its value is the timeframe, as "Thời gian:" is.
# ---------------------------------------------------------------------------------------------------------------------


def test_moment_field_is_the_time():
    tasks = _tasks(
        "1. Hướng dẫn nông dân vệ sinh đồng ruộng, diệt ốc bươu vàng trước khi gieo sạ.\n"
        "Đơn vị thực hiện: Trạm Khuyến nông xã; Hội Nông dân xã phối hợp.\n"
        "Thời điểm: Trước khi gieo sạ 05 - 07 ngày.\n"
        "2. Tổ chức thăm đồng, đánh giá sinh trưởng của lúa.\n"
        "Đơn vị thực hiện: Trạm Khuyến nông xã.\n"
        "Thời điểm thực hiện: Giai đoạn lúa đẻ nhánh (khoảng 20 - 25 ngày sau sạ)."
    )
    assert [t.timeframe.raw if t.timeframe else None for t in tasks] == [
        "Trước khi gieo sạ 05 - 07 ngày",
        "Giai đoạn lúa đẻ nhánh (khoảng 20 - 25 ngày sau sạ)",
    ]
    assert [t.lead for t in tasks] == [["Trạm Khuyến nông xã"], ["Trạm Khuyến nông xã"]]


def test_milestone_field_is_the_time():
    """Written after the rule (not kept back): the milestone label of a railway or a works plan."""
    times = _times(
        "1. Tuyên truyền an toàn giao thông tại các khu dân cư ven quốc lộ.\n"
        "- Đơn vị thực hiện: Công an xã.\n"
        "- Mốc thời gian: Quý II và quý IV/2027."
    )
    assert times == ["Quý II và quý IV/2027"]


# ---------------------------------------------------------------------------------------------------------------------
# A range of months of one year written with a dash, the year once after the last month ("tháng 6 - 7/2027", "tháng
# 8 - tháng 9/2027"): a time wherever it stands, as "tháng 6 và tháng 7/2027" is.
# ---------------------------------------------------------------------------------------------------------------------


def test_month_range_with_a_dash():
    times = _times(
        "1. Trung tâm Văn hóa - Thể thao xã mở lớp dạy bơi miễn phí cho trẻ em; thời gian mở lớp tháng 6 - 7/2027.\n"
        "2. Tổ chức giải bóng chuyền hơi người cao tuổi các thôn (tháng 9 - tháng 10/2027; Hội Người cao tuổi xã "
        "chủ trì)."
    )
    assert times == ["tháng 6 - 7/2027", "tháng 9 - tháng 10/2027"]


def test_month_range_with_a_dash_kept_back():
    """Kept back: written with the others, not run until the rule was done."""
    times = _times(
        "1. Đoàn Thanh niên xã tổ chức chiến dịch tình nguyện hè, sửa chữa nhà văn hóa các thôn trong tháng 7 - "
        "8/2027."
    )
    assert times == ["trong tháng 7 - 8/2027"]
