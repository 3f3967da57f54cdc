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
