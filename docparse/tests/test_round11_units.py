"""The unit rules of the eleventh tuning round (docs/docparse.md, "Eleventh round", **Units (r11-units)**).

Every rule is a rule of the genre (how a plan names who leads and who takes part in a task), read on documents written
here for other provinces, other bodies and other wording than the tuning documents that showed the miss. For each rule
one document was kept back: written after the rule was done, checked once; each docstring says whether it fails
without the rule (the parser of ad3e831).
"""

from docparse.tables import tasks_from_table
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
            ["1", "Tập huấn nghiệp vụ cho cán bộ cơ sở", "Phòng Tổ chức", "Hội Nông dân các xã", "Quý II/2027"],
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
        [["STT", "Công việc", "Thực hiện", "Thời gian"], ["1", "Rà soát hồ sơ", "Phòng Nội vụ", "Tháng 3/2027"]],
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
