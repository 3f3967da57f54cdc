"""The unit rules of the eleventh tuning round (docs/docparse.md, "Eleventh round", **Units (r11-units)**).

Every rule is a rule of the genre (how a plan names who leads and who takes part in a task), read on documents written
here for other provinces, other bodies and other wording than the tuning documents that showed the miss. For each rule
one document was kept back: written after the rule was done, checked once; each docstring says whether it fails
without the rule (the parser of ad3e831).
"""

from docparse.model import Task
from docparse.tables import tasks_from_table
from docparse.tasks import (
    Paragraph,
    agency_lines_as_headings,
    build_tree,
    inline_assignment,
    organisation_tasks,
)
from docparse.units import split_units

# ---------------------------------------------------------------------------------------------------------------------
# Units of one kind told apart by their number share the name: "Tổ công tác số 1, số 2".
# ---------------------------------------------------------------------------------------------------------------------


def test_numbered_units_share_their_name():
    assert split_units("Tổ kiểm tra liên ngành số 1, số 2") == [
        "Tổ kiểm tra liên ngành số 1",
        "Tổ kiểm tra liên ngành số 2",
    ]
    assert split_units("Đội Quản lý thị trường số 4 và số 7; Phòng Kinh tế") == [
        "Đội Quản lý thị trường số 4",
        "Đội Quản lý thị trường số 7",
        "Phòng Kinh tế",
    ]
    assert split_units("Phòng Giao dịch số 3") == ["Phòng Giao dịch số 3"]


def test_numbered_units_share_their_name_kept_back():
    """Kept back; fails without the rule (one unit "Trạm Y tế khu vực số 2, số 3, số 5")."""
    assert split_units("Trạm Y tế khu vực số 2, số 3, số 5") == [
        "Trạm Y tế khu vực số 2",
        "Trạm Y tế khu vực số 3",
        "Trạm Y tế khu vực số 5",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A table with a "Chủ trì (thực hiện)" column and a "Thực hiện" column: those who carry out the task coordinate.
# ---------------------------------------------------------------------------------------------------------------------


def test_the_doers_column_beside_the_leading_column_coordinates():
    tasks = tasks_from_table(
        [
            ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị thực hiện", "Thời gian"],
            [
                "1",
                "Tập huấn nghiệp vụ cho cán bộ cơ sở",
                "Phòng Tổ chức",
                "Hội Nông dân các xã",
                "Quý II/2027",
            ],
            ["2", "Kiểm tra việc thực hiện", "Văn phòng", "Phòng Kiểm tra", "Tháng 10/2027"],
        ],
        2027,
    )
    assert [(t.lead, t.coord) for t in tasks] == [
        (["Phòng Tổ chức"], ["Hội Nông dân các xã"]),
        (["Văn phòng"], ["Phòng Kiểm tra"]),
    ]
    # a table with one unit column that carries the task out: those are the lead
    alone = tasks_from_table(
        [
            ["STT", "Công việc", "Thực hiện", "Thời gian"],
            ["1", "Rà soát hồ sơ", "Phòng Nội vụ", "Tháng 3/2027"],
        ],
        2027,
    )
    assert (alone[0].lead, alone[0].coord) == (["Phòng Nội vụ"], [])


def test_the_doers_column_beside_the_leading_column_coordinates_kept_back():
    """Kept back; fails without the rule (the first column naming a doer, "Bộ phận thực hiện", led)."""
    tasks = tasks_from_table(
        [
            ["STT", "Bộ phận thực hiện", "Nhiệm vụ", "Bộ phận chủ trì", "Thời hạn"],
            ["1", "Tổ chuyên môn", "Xây dựng kế hoạch dạy học", "Phó Hiệu trưởng", "Tháng 9/2027"],
        ],
        2027,
    )
    assert (tasks[0].lead, tasks[0].coord) == (["Phó Hiệu trưởng"], ["Tổ chuyên môn"])


# ---------------------------------------------------------------------------------------------------------------------
# Agency headings without number or colon over bullets: units listed after their shared kind ("Các phòng: A, B"), a
# body with where it is in brackets ("Ban … các xã (nơi …)").
# ---------------------------------------------------------------------------------------------------------------------


def _per_agency(lines: list[str]) -> list[Task]:
    """The tasks of a part assigned per agency read from a Word document: bold lines, then "List Bullet" paragraphs."""
    paragraphs = [
        Paragraph("dash", line[2:]) if line.startswith("- ") else Paragraph("text", line) for line in lines
    ]
    return organisation_tasks(build_tree(agency_lines_as_headings(paragraphs)), 2027)


def test_agency_lines_with_a_shared_kind_or_a_place_in_brackets_head_their_bullets():
    tasks = _per_agency(
        [
            "Phòng Cải cách hành chính",
            "- Kiểm tra công tác cải cách hành chính tại các xã.",
            "Các phòng: Tổ chức biên chế, Công chức và Viên chức",
            "- Rà soát vị trí việc làm của các cơ quan.",
            "- Tổ chức thi tuyển công chức trong quý III/2027.",
            "Trung tâm Phục vụ hành chính công các xã (nơi thí điểm chuyển đổi số)",
            "- Số hóa hồ sơ thủ tục hành chính.",
        ]
    )
    assert [t.lead for t in tasks] == [
        ["Phòng Cải cách hành chính"],
        ["Phòng Tổ chức biên chế", "Phòng Công chức và Viên chức"],
        ["Phòng Tổ chức biên chế", "Phòng Công chức và Viên chức"],
        ["Trung tâm Phục vụ hành chính công các xã"],
    ]


def test_agency_lines_with_a_shared_kind_or_a_place_in_brackets_head_their_bullets_kept_back():
    """Kept back; fails without the rule (the bullets under both lines went to "Văn phòng Đảng ủy")."""
    tasks = _per_agency(
        [
            "Văn phòng Đảng ủy",
            "- Tham mưu tổ chức hội nghị sơ kết.",
            "Các ban: Tuyên giáo và Dân vận, Tổ chức",
            "- Hướng dẫn các chi bộ sinh hoạt chuyên đề.",
            "Ủy ban Mặt trận Tổ quốc các phường (ở khu vực biên giới)",
            "- Vận động nhân dân tham gia bảo vệ đường biên, mốc giới.",
        ]
    )
    assert [t.lead for t in tasks] == [
        ["Văn phòng Đảng ủy"],
        ["Ban Tuyên giáo và Dân vận", "Ban Tổ chức"],
        ["Ủy ban Mặt trận Tổ quốc các phường"],
    ]


# ---------------------------------------------------------------------------------------------------------------------
# In prose: the partners named after the lead before the verb ("X chủ trì, Y phối hợp tuyên truyền …"); the doer in a
# bracket inside the sentence ("… (Phòng X thực hiện), trước ngày …").
# ---------------------------------------------------------------------------------------------------------------------


def test_partners_after_the_lead_and_a_doer_in_a_bracket():
    assert inline_assignment(
        "Ba là, Trung tâm Y tế chủ trì, Trạm Y tế các xã phối hợp tổ chức tiêm chủng mở rộng, trong quý II/2027."
    )[:2] == (["Trung tâm Y tế"], ["Trạm Y tế các xã"])
    assert inline_assignment(
        "Rà soát, cập nhật hồ sơ hộ nghèo (Phòng Văn hóa - Xã hội thực hiện), trước ngày 30/6/2027."
    )[:2] == (["Phòng Văn hóa - Xã hội"], [])


def test_partners_after_the_lead_and_a_doer_in_a_bracket_kept_back():
    """Kept back; fails without the rule (no partner; no lead)."""
    assert inline_assignment(
        "Đồn Biên phòng chủ trì, Công an xã phối hợp tuần tra khu vực biên giới, định kỳ hằng tháng."
    )[:2] == (["Đồn Biên phòng"], ["Công an xã"])
    assert inline_assignment(
        "Sửa chữa nhà văn hóa các thôn (Văn phòng Sở chủ trì); hoàn thành trong năm 2027."
    )[:2] == (["Văn phòng Sở"], [])


def test_a_body_that_supports_the_lead_coordinates():
    assert inline_assignment(
        "Tổ chức Ngày hội đọc sách; Trung tâm Thông tin chủ trì, Phòng Hành chính bố trí kinh phí, hậu cần."
    )[:2] == (["Trung tâm Thông tin"], ["Phòng Hành chính"])


def test_a_body_that_supports_the_lead_coordinates_kept_back():
    """Kept back; fails without the rule (no partner)."""
    assert inline_assignment(
        "Hai là, Đài Phát thanh chủ trì, Trung tâm Văn hóa hỗ trợ thiết bị, âm thanh cho buổi giao lưu."
    )[:2] == (["Đài Phát thanh"], ["Trung tâm Văn hóa"])
