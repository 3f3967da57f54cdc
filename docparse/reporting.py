"""Reporting obligations (chế độ báo cáo): what is reported and when ("lần 1 trước ngày 05/9/2025 …")."""

from __future__ import annotations

import re

from docparse.dates import DATE, date_from_match, iso
from docparse.model import ReportingItem
from docparse.text import fold

_REPORT = re.compile(r"\b(?:báo cáo|Báo cáo|chấm điểm|gửi kết quả)\b")
_ROUNDS = re.compile(
    r"lần\s+(\d+)\s*(?:vào\s+)?(?:trước|chậm nhất|trong)?\s*(?:ngày\s+)?(\d{1,2}/\d{1,2}(?:/\d{4})?)"
)
_DATE_LIST = re.compile(r"\(\s*((?:\d{1,2}/\d{1,2}(?:/\d{4})?\s*[;,]\s*)+\d{1,2}/\d{1,2}(?:/\d{4})?)\s*\)")
_BEFORE = re.compile(r"(?:trước|chậm nhất(?: là)?|vào)\s+ngày\s+(\d{1,2}/\d{1,2}(?:/\d{4})?)")
_LOOSE = re.compile(r"(?:vào\s+)?(cuối|đầu|giữa)\s+(?:tháng|quý|năm)\s+[\dIVX]+(?:/\d{4})?")
_AD_HOC = re.compile(r"báo cáo đột xuất\s*(?:\(([^)]*)\))?")
_AS_REQUIRED = re.compile(r"\b(theo quy định|theo yêu cầu|khi có yêu cầu[^.;,)]*)")


def _due(printed: str, default_year: int | None) -> str | None:
    full = DATE.search(printed)
    if full:
        return date_from_match(full)
    day_month = re.search(r"(\d{1,2})/(\d{1,2})", printed)
    if day_month and default_year:
        return iso(default_year, int(day_month[2]), int(day_month[1]))
    return None


def _what(clause: str) -> str:
    start = _REPORT.search(clause)
    words = clause[start.start() if start else 0 :].split()
    short = " ".join(words[:14])
    return re.split(r"\s+(?:lần\s+\d|trước ngày|theo các thời điểm|\(|vào cuối)", short)[0].strip(" ,;:")


def extract_reporting(paragraphs: list[str], default_year: int | None) -> list[ReportingItem]:
    """Reporting obligations stated in the given paragraphs (Tổ chức thực hiện, Điều … of a decision)."""
    items: list[ReportingItem] = []
    for paragraph in paragraphs:
        for clause in re.split(r"(?<=[.;])\s+(?=[A-ZĐ-])|\s+-\s+", paragraph):
            if not _REPORT.search(clause) or re.search(r"\bđăng ký\b", clause):
                continue
            before_count = len(items)
            what = _what(clause)
            rounds = list(_ROUNDS.finditer(clause))
            for match in rounds:
                items.append(
                    ReportingItem(f"{what} - lần {match[1]}", _due(match[2], default_year), match[0].strip())
                )
            listed = _DATE_LIST.search(clause)
            if not rounds and listed:
                for printed in re.split(r"\s*[;,]\s*", listed[1]):
                    items.append(ReportingItem(what, _due(printed, default_year), printed))
            if len(items) == before_count:
                for match in _BEFORE.finditer(clause):
                    items.append(ReportingItem(what, _due(match[1], default_year), match[0]))
            if len(items) == before_count:
                loose = _LOOSE.search(clause)
                if loose:
                    items.append(ReportingItem(what, None, loose[0].removeprefix("vào ").strip()))
            ad_hoc = _AD_HOC.search(clause)
            if ad_hoc:
                items.append(ReportingItem("báo cáo đột xuất", None, (ad_hoc[1] or "đột xuất").strip()))
            if len(items) == before_count:
                required = _AS_REQUIRED.search(clause)
                if required and "báo cáo" in fold(clause).replace("bao cao", "báo cáo"):
                    items.append(ReportingItem(what, None, required[1].strip()))
    return items
