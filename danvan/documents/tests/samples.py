"""The two documents the writers must handle well, built from the seeds through docparse.

`agency_plan()` is seed 000 (Kế hoạch of Sở Công Thương Hải Phòng, tasks as numbered text) and `catalog()` is
seed 004 (the city's Quyết định with its landscape appendix table). Their tasks come from `docparse.parse()` of
the seed text files, so the round-trip tests compare the writer against what docparse reads from the originals.
"""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path
from typing import Any

import docparse
from danvan.documents.outgoing import (
    BulletList,
    Heading,
    Issuer,
    OutgoingDocument,
    Paragraph,
    Section,
    Signature,
    Task,
    TaskItems,
    TaskLayout,
)

SEEDS = Path(__file__).resolve().parents[3] / "docparse" / "tests" / "data" / "seeds"

# Group rows of the seed 004 table: docparse does not report them as tasks, so they are taken from the seed.
CATALOG_GROUPS = {
    "1": (
        "CÁC NHIỆM VỤ VỀ XÂY DỰNG KẾ HOẠCH, TUYÊN TRUYỀN, PHỔ BIẾN CÁC CHỦ TRƯƠNG VỀ CÔNG TÁC DÂN VẬN",
        None,
    ),
    "2": ("THỰC HIỆN CÔNG TÁC DÂN VẬN GẮN VỚI CÁC NHIỆM VỤ THỰC HIỆN CHỦ ĐỀ NĂM 2025 CỦA THÀNH PHỐ", None),
    "3": (
        "CÁC NHIỆM VỤ TRIỂN KHAI CÁC QUY ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ LIÊN QUAN ĐẾN CÔNG TÁC DÂN VẬN "
        "VÀ DÂN CHỦ",
        None,
    ),
    "4": (
        "CÁC NHIỆM VỤ GẮN THỰC HIỆN CÔNG TÁC DÂN VẬN VỚI ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH VÀ GIẢI QUYẾT BỨC XÚC, "
        "KIẾN NGHỊ CỦA NGƯỜI DÂN",
        None,
    ),
    "5": (
        "CÁC NHIỆM VỤ VỀ SẮP XẾP TỔ CHỨC BỘ MÁY CÁC CƠ QUAN NHÀ NƯỚC TINH GỌN, HOẠT ĐỘNG HIỆU LỰC, HIỆU QUẢ; "
        "NÂNG CAO ĐẠO ĐỨC CÔNG VỤ, TINH THẦN TRÁCH NHIỆM, KỶ LUẬT, KỶ CƯƠNG",
        None,
    ),
    "3.4": ("Tham mưu Ủy ban nhân dân thành phố thi hành Luật Thực hiện dân chủ ở cơ sở", "3"),
}


@cache
def seed_dict(prefix: str) -> dict[str, Any]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    result: dict[str, Any] = docparse.parse(path.read_bytes(), path.name).to_dict()
    return result


def tasks_from_parsed(parsed: dict[str, Any]) -> tuple[Task, ...]:
    tasks = []
    for item in parsed["tasks"]:
        due = item["timeframe"].get("due")
        tasks.append(
            Task(
                no=item["no"],
                text=item["text"],
                lead=tuple(item["lead"]),
                coord=tuple(item["coord"]),
                timeframe=item["timeframe"]["raw"] or "",
                due=datetime.date.fromisoformat(due) if due else None,
                parent_no=item["parent_no"],
            )
        )
    return tuple(tasks)


def agency_plan(*, number: int | None = None, date: datetime.date | None = None) -> OutgoingDocument:
    """Seed 000: the Sở Công Thương plan, tasks as numbered paragraphs."""
    parsed = seed_dict("000")
    return OutgoingDocument(
        kind="Kế hoạch",
        type_abbreviation="KH",
        issuer_abbreviation="SCT",
        issuer=Issuer(
            governing=("UBND THÀNH PHỐ HẢI PHÒNG",), name=("SỞ CÔNG THƯƠNG",), full_name="Sở Công Thương"
        ),
        number=number,
        date=date,
        year=2025,
        place="Hải Phòng",
        title="Thực hiện công tác dân vận 6 tháng cuối năm 2025 tại Sở Công Thương",
        preamble=(
            "Thực hiện Quyết định số 3177/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân thành phố về việc ban hành "
            "danh mục nhiệm vụ thực hiện công tác dân vận 6 tháng cuối năm 2025 của cơ quan hành chính nhà nước, "
            "chính quyền các cấp trên địa bàn thành phố Hải Phòng, căn cứ các nhiệm vụ được giao trong Danh mục "
            "nhiệm vụ ban hành kèm theo Quyết định số 3177/QĐ-UBND; Sở Công Thương xây dựng Kế hoạch triển khai "
            "thực hiện công tác dân vận 6 tháng cuối năm 2025, cụ thể như sau:",
        ),
        sections=(
            Section(
                "I. MỤC ĐÍCH, YÊU CẦU",
                (
                    Heading("1. Mục đích"),
                    BulletList(
                        (
                            "Nâng cao hơn nữa nhận thức của công chức, viên chức và người lao động về quan điểm, "
                            "chủ trương của Đảng, chính sách, pháp luật của Nhà nước đối với công tác dân vận.",
                            "Cải tiến lề lối, đổi mới phương thức làm việc theo hướng “Gần dân, tôn trọng dân, có "
                            "trách nhiệm với dân”.",
                        )
                    ),
                    Heading("2. Yêu cầu"),
                    BulletList(
                        (
                            "Đổi mới nội dung, phương thức thực hiện công tác dân vận, đảm bảo thiết thực, hiệu "
                            "quả, phù hợp với tình hình thực tế.",
                        )
                    ),
                ),
            ),
            Section("II. NỘI DUNG THỰC HIỆN", (TaskItems(),)),
            Section(
                "III. TỔ CHỨC THỰC HIỆN",
                (
                    Heading("1. Văn phòng Sở"),
                    BulletList(
                        (
                            "Tổng hợp, đôn đốc, theo dõi việc thực hiện các nhiệm vụ được giao trong Kế hoạch này.",
                        )
                    ),
                    Paragraph(
                        "Trong quá trình thực hiện, căn cứ vào chỉ đạo của Ủy ban nhân dân thành phố và tình hình "
                        "cụ thể của Sở sẽ điều chỉnh bổ sung nội dung của Kế hoạch cho phù hợp./."
                    ),
                ),
            ),
        ),
        tasks=tasks_from_parsed(parsed),
        task_layout=TaskLayout.TEXT,
        recipients=(
            "UBND thành phố (để b/c)",
            "Sở Nội vụ",
            "Giám đốc, các PGĐ Sở",
            "Các phòng, đơn vị thuộc Sở",
        ),
        filing="Lưu: VT, VP.",
        signature=Signature(position="GIÁM ĐỐC", name="Nguyễn Hoàng Long"),
    )


def catalog_tasks() -> tuple[Task, ...]:
    """Seed 004's tasks with the group rows added (1–5 and 3.4), in printing order."""
    leaves = tasks_from_parsed(seed_dict("004"))
    groups = tuple(
        Task(no=no, text=text, parent_no=parent)
        for no, (text, parent) in CATALOG_GROUPS.items()
        if parent is None
    )
    nested_groups = tuple(
        Task(no=no, text=text, parent_no=parent)
        for no, (text, parent) in CATALOG_GROUPS.items()
        if parent is not None
    )
    return (*groups, *leaves, *nested_groups)


def catalog(
    *, number: int | None = None, date: datetime.date | None = None, layout: TaskLayout = TaskLayout.APPENDIX
) -> OutgoingDocument:
    """Seed 004: the city's decision, its catalog in a landscape appendix table."""
    return OutgoingDocument(
        kind="Quyết định",
        type_abbreviation="QĐ",
        issuer_abbreviation="UBND",
        issuer=Issuer(name=("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"), full_name="Ủy ban nhân dân thành phố"),
        number=number,
        date=date,
        year=2025,
        place="Hải Phòng",
        title=(
            "Ban hành danh mục nhiệm vụ thực hiện công tác dân vận 6 tháng cuối năm 2025 của cơ quan hành chính "
            "nhà nước, chính quyền các cấp trên địa bàn thành phố Hải Phòng"
        ),
        preamble_heading="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
        preamble=(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về tiếp tục tăng cường "
            "và đổi mới công tác dân vận của các cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình "
            "mới;",
            "Theo đề nghị của Sở Nội vụ tại Công văn số 4782/SNV-XDCQ&CTTN ngày 18 tháng 7 năm 2025.",
        ),
        preamble_italic=True,
        preamble_closing="QUYẾT ĐỊNH:",
        sections=(
            Section(
                "",
                (
                    Paragraph(
                        "Ban hành kèm theo Quyết định này danh mục nhiệm vụ thực hiện công tác dân vận 6 tháng "
                        "cuối năm 2025 của cơ quan hành chính nhà nước, chính quyền các cấp trên địa bàn thành phố "
                        "Hải Phòng.",
                        lead="Điều 1.",
                    ),
                    Paragraph("Quyết định có hiệu lực kể từ ngày ký.", lead="Điều 2."),
                    Paragraph(
                        "Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban "
                        "nhân dân cấp xã và thủ trưởng các cơ quan, đơn vị căn cứ Quyết định thi hành./.",
                        lead="Điều 3.",
                    ),
                ),
            ),
        ),
        tasks=catalog_tasks(),
        task_layout=layout,
        appendix_title=(
            "DANH MỤC",
            "Nhiệm vụ thực hiện công tác dân vận 6 tháng cuối năm 2025 của cơ quan hành chính nhà nước, "
            "chính quyền các cấp trên địa bàn thành phố Hải Phòng",
        ),
        recipients=(
            "Như Điều 3",
            "TTTU, TT HĐND TP",
            "CT, các PCT UBND TP",
            "UBMTTQ VN TP",
            "Các Phòng: NVKTGS, VX, HCQT",
        ),
        filing="Lưu: VT, P.T. Nguyệt.",
        signature=Signature(
            authority=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
            position="PHÓ CHỦ TỊCH",
            name="Nguyễn Minh Hùng",
        ),
    )
