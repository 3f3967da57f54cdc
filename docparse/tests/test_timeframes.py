"""Timeframes as printed in plans are read into kind/start/end/due."""

import pytest

from docparse.timeframes import parse_timeframe


@pytest.mark.parametrize(
    ("raw", "kind", "start", "end", "due"),
    [
        ("Thường xuyên", "continuous", None, None, None),
        ("Hằng tháng", "continuous", None, None, None),
        ("Định kỳ 6 tháng", "continuous", None, None, None),
        ("Quý IV/2026", "quarter", "2026-10-01", "2026-12-31", "2026-12-31"),
        ("Trong quý III/2025", "quarter", "2025-07-01", "2025-09-30", "2025-09-30"),
        ("Tháng 10, 11/2025", "month", "2025-10-01", "2025-11-30", "2025-11-30"),
        ("Trong tháng 9 năm 2025", "month", "2025-09-01", "2025-09-30", "2025-09-30"),
        ("Từ tháng 3 đến tháng 6/2026", "range", "2026-03-01", "2026-06-30", "2026-06-30"),
        ("Năm 2026", "year", "2026-01-01", "2026-12-31", "2026-12-31"),
        ("6 tháng cuối năm 2025", "half_year", "2025-07-01", "2025-12-31", "2025-12-31"),
        ("6 tháng cuối năm 2025 và các năm tiếp theo", "open_ended", "2025-07-01", None, None),
        ("Hoàn thành trước ngày 15/8/2025", "by_date", None, "2025-08-15", "2025-08-15"),
        ("trước ngày 15/8/2025", "by_date", None, "2025-08-15", "2025-08-15"),
        ("Kỳ họp HĐND thành phố cuối năm 2025", "event", None, "2025-12-31", "2025-12-31"),
        ("Theo yêu cầu", "event", None, None, None),
        ("Giai đoạn 2021 - 2025", "range", "2021-01-01", "2025-12-31", "2025-12-31"),
        ("Từ nay đến cuối năm 2025", "range", None, "2025-12-31", "2025-12-31"),
        ("Quý III, IV/2025", "range", "2025-07-01", "2025-12-31", "2025-12-31"),
        ("Khi nào xong thì thôi", "unknown", None, None, None),
    ],
)
def test_timeframe_is_read(raw, kind, start, end, due):
    timeframe = parse_timeframe(raw, default_year=2025)
    assert timeframe is not None
    assert (timeframe.raw, timeframe.kind, timeframe.start, timeframe.end, timeframe.due) == (
        raw,
        kind,
        start,
        end,
        due,
    )


def test_day_and_month_take_the_plan_year():
    timeframe = parse_timeframe("Trước ngày 10/12", default_year=2026)
    assert timeframe is not None and timeframe.due == "2026-12-10"


def test_empty_timeframe_is_none():
    assert parse_timeframe("  ") is None


@pytest.mark.parametrize(
    ("raw", "kind", "start", "end"),
    [
        ("Tháng 7, 8/2026", "month", "2026-07-01", "2026-08-31"),
        ("Tháng 3 và tháng 9/2026", "month", "2026-03-01", "2026-09-30"),
        ("Từ tháng 5 đến tháng 10/2026", "range", "2026-05-01", "2026-10-31"),
        ("Định kỳ hằng quý", "continuous", None, None),
        ("Theo mùa vụ", "continuous", None, None),
        ("02 lần/năm", "continuous", None, None),
        ("01 lần/quý", "continuous", None, None),
        ("Đầu mỗi học kỳ", "continuous", None, None),
        ("tháng 01 hằng năm", "continuous", None, None),
        ("Kỳ họp HĐND tỉnh cuối năm 2026", "event", None, "2026-12-31"),
        ("Trong năm học 2026 - 2027", "range", "2026-09-01", "2027-05-31"),
        ("Năm học 2026-2027", "range", "2026-09-01", "2027-05-31"),
        ("Tuần đầu tháng 12/2026", "month", "2026-12-01", "2026-12-31"),
        ("6 tháng đầu năm 2026", "half_year", "2026-01-01", "2026-06-30"),
        ("Giữa năm 2026", "by_date", None, "2026-06-30"),
        ("Quý II và quý IV/2026", "range", "2026-04-01", "2026-12-31"),
        ("Tháng 01/2026", "month", "2026-01-01", "2026-01-31"),
    ],
)
def test_the_genres_other_timeframe_forms(raw, kind, start, end):
    timeframe = parse_timeframe(raw, 2026)
    assert timeframe is not None
    assert (timeframe.raw, timeframe.kind, timeframe.start, timeframe.end) == (raw, kind, start, end)


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_empty_cells_give_no_timeframe(raw):
    assert parse_timeframe(raw, 2026) is None


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Dịp 27/7/2026", "2026-07-27"),
        ("Dịp khai giảng năm học mới", None),
        ("Dịp Tết Nguyên đán Bính Ngọ", None),
    ],
)
def test_an_occasion_printed_in_a_time_field_is_an_event(raw, due):
    # The time column or "Thời gian:" field is the timeframe as printed (LABELING.md §3); whether an occasion
    # written inside a sentence governs the task is decided where inline deadlines are picked (tasks.py).
    timeframe = parse_timeframe(raw, 2026)
    assert timeframe is not None
    assert (timeframe.raw, timeframe.kind, timeframe.due) == (raw, "event", due)


@pytest.mark.parametrize(
    ("raw", "kind", "start", "end"),
    [
        # periodicities: days of every month, "mỗi … 01 lần", a count per period, "after each …"
        ("ngày 05 và ngày 20 hằng tháng", "continuous", None, None),
        ("trước ngày 10 hằng tháng trong mùa mưa bão", "continuous", None, None),
        ("định kỳ mỗi quý 01 lần", "continuous", None, None),
        ("Mỗi tuần", "continuous", None, None),
        ("03 lớp/năm", "continuous", None, None),
        ("ít nhất 01 buổi/tháng", "continuous", None, None),
        ("Sau mỗi đợt triều cường", "continuous", None, None),
        ("Trước, trong và sau mỗi kỳ nghỉ lễ", "continuous", None, None),
        # an open start
        ("từ quý II/2027", "open_ended", "2027-04-01", None),
        ("từ tháng 3/2027", "open_ended", "2027-03-01", None),
        # seasons, occasions relative to Tết and limits counted from an event: no calendar date
        ("trước vụ Hè Thu 2027", "event", None, None),
        ("trong mùa mưa bão", "event", None, None),
        ("sau Tết Nguyên đán", "event", None, None),
        ("trong thời hạn 03 ngày làm việc", "event", None, None),
        ("trong 10 ngày kể từ khi nhận được hồ sơ", "event", None, None),
        ("ngay sau khi có quyết định giao đất", "event", None, None),
        ("trong thời gian 30 ngày kể từ ngày ban hành Kế hoạch", "event", None, None),
        # a lunar date has no fixed day of the solar calendar
        ("vào ngày 15 tháng Giêng âm lịch", "event", None, None),
        ("ngày 10/3 âm lịch", "event", None, None),
        ("từ quý II đến quý IV/2027", "range", "2027-04-01", "2027-12-31"),
        ("trong năm 2027 và những năm tiếp theo", "open_ended", "2027-01-01", None),
        ("Hoàn thành trước ngày 30 tháng 6 năm 2027", "by_date", None, "2027-06-30"),
        ("trước tháng 6/2027", "by_date", None, "2027-05-31"),
        ("Hoàn thành trước quý III/2027", "by_date", None, "2027-06-30"),
        # "Cuối năm" without a year: the plan's year
        ("Cuối năm", "by_date", None, "2027-12-31"),
        ("trong 6 tháng cuối năm 2027", "half_year", "2027-07-01", "2027-12-31"),
        ("thứ Bảy tuần đầu của tháng 4 và tháng 10/2027", "month", "2027-04-01", "2027-10-31"),
    ],
)
def test_the_sixth_rounds_timeframe_forms(raw, kind, start, end):
    timeframe = parse_timeframe(raw, 2027)
    assert timeframe is not None
    assert (timeframe.raw, timeframe.kind, timeframe.start, timeframe.end) == (raw, kind, start, end)
