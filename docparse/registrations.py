"""Registration tables of "Dân vận khéo" models (Tên mô hình | Loại | Đơn vị/cá nhân thực hiện | Lĩnh vực | Thời gian).

Agencies keep their model registrations in Word tables. Such a table is never a task table (`tables.py` refuses
it as tasks); here it becomes `registrations`, one per row. A table headed "Tên mô hình" that lacks one of the
needed columns gives no rows and a warning naming the missing columns, so nothing is half-read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docparse.blocks import Block, Table
from docparse.text import fold

# Column -> pattern of its folded header cell. "name" marks the table as a registration table.
_COLUMNS = {
    "no": re.compile(r"^(?:tt|stt|so tt)$"),
    "name": re.compile(r"ten mo hinh|mo hinh dang ky"),
    "kind": re.compile(r"^loai|loai mo hinh|tap the.*ca nhan"),
    "performer": re.compile(r"don vi|ca nhan|nguoi thuc hien|chu tri|thuc hien"),
    "field": re.compile(r"linh vuc"),
    "time": re.compile(r"thoi gian|thoi han|tien do"),
}
REQUIRED = ("name", "kind", "performer", "field", "time")
LABELS = {
    "name": "Tên mô hình",
    "kind": "Loại",
    "performer": "Đơn vị/cá nhân thực hiện",
    "field": "Lĩnh vực",
    "time": "Thời gian",
}
MISSING_WARNING = "Bảng đăng ký mô hình thiếu cột"


@dataclass
class Registration:
    """One registered model as printed: `holder` is "collective", "individual" or None when the Loại cell says
    neither; `kind` is "grassroots_democracy" when the row or its Loại names dân chủ cơ sở, else "dan_van_kheo"."""

    no: str | None
    name: str
    holder: str | None
    kind: str
    performer: str
    field: str
    timeframe: str

    def to_dict(self) -> dict[str, object]:
        return {
            "no": self.no,
            "name": self.name,
            "holder": self.holder,
            "kind": self.kind,
            "performer": self.performer,
            "field": self.field,
            "timeframe": self.timeframe,
        }


def _columns(cells: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = fold(cell).strip(" .:()")
        if not key:
            continue
        for name in ("no", "name", "field", "time", "kind", "performer"):
            if name not in found and _COLUMNS[name].search(key):
                found[name] = index
                break
    return found


def is_registration_header(cells: list[str]) -> bool:
    """Whether a table row is the header of a registration table (readers keep such a table whole)."""
    return "name" in _columns([" ".join((c or "").split()) for c in cells])


def _holder(text: str) -> str | None:
    key = fold(text)
    if "ca nhan" in key:
        return "individual"
    if "tap the" in key:
        return "collective"
    return None


def registrations_from_table(rows: list[list[str]]) -> tuple[list[Registration], list[str]] | None:
    """The registrations of a table and the labels of its missing columns; None when it is not a registration
    table (no "Tên mô hình" header within its first three rows)."""
    start, columns = next(
        (
            (index, found)
            for index, found in (
                (i, _columns([" ".join((c or "").split()) for c in header]))
                for i, header in enumerate(rows[:3])
            )
            if "name" in found
        ),
        (-1, {}),
    )
    if start < 0:
        return None
    missing = [LABELS[name] for name in REQUIRED if name not in columns]
    if missing:
        return [], missing
    found: list[Registration] = []
    for raw in rows[start + 1 :]:
        cells = [" ".join((c or "").split()) for c in raw]

        def cell(name: str, values: list[str] = cells) -> str:
            index = columns.get(name)
            return values[index] if index is not None and index < len(values) else ""

        name = cell("name")
        if not name or _columns(cells).get("name") is not None or re.fullmatch(r"\(?\d{1,2}\)?", name):
            continue  # an empty row, a repeated header or the "(1) (2) (3)" numbering row
        kind_text = cell("kind")
        democracy = "dan chu" in fold(f"{kind_text} {name}")
        found.append(
            Registration(
                no=cell("no").strip(" .)") or None,
                name=name.rstrip(" ."),
                holder=_holder(kind_text),
                kind="grassroots_democracy" if democracy else "dan_van_kheo",
                performer=cell("performer"),
                field=cell("field"),
                timeframe=cell("time"),
            )
        )
    return found, []


def registrations_from_blocks(blocks: list[Block]) -> tuple[list[Registration], list[str]]:
    """Every registration of a document's tables, and a warning per registration table missing columns."""
    registrations: list[Registration] = []
    warnings: list[str] = []
    for block in blocks:
        if not isinstance(block, Table):
            continue
        result = registrations_from_table(block.rows)
        if result is None:
            continue
        rows, missing = result
        if missing:
            warnings.append(
                f"{MISSING_WARNING}: {', '.join(missing)} / registration table without these columns"
            )
        registrations.extend(rows)
    return registrations, warnings
