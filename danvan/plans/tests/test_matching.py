"""The matcher on small made-up catalogs: which catalog task each agency task implements."""

from __future__ import annotations

from danvan.plans.matching import CLOSE_SHARE, MIN_SCORE, best_matches, score_matrix

CATALOG = [
    "Thực hiện công tác dân vận gắn với phát triển du lịch biển",  # 0
    "Thực hiện công tác dân vận gắn với bảo vệ rừng phòng hộ",  # 1
    "Tổ chức hội thi tìm hiểu pháp luật về đất đai",  # 2
    "Rà soát, ký cam kết không gây phiền hà cho người dân",  # 3
    "Thực hiện công tác dân vận gắn với xây dựng đường giao thông nông thôn",  # 4
    "Thực hiện công tác dân vận gắn với chuyển đổi số cấp xã",  # 5
    "Thực hiện công tác dân vận gắn với giải phóng mặt bằng các dự án trọng điểm",  # 6
    "Thực hiện công tác dân vận gắn với xây dựng nông thôn mới nâng cao",  # 7
]


def linked(
    tasks: list[str],
    catalog: list[str] = CATALOG,
    *,
    context: list[str] | None = None,
    eligible: list[int] | None = None,
) -> list[int | None]:
    matches = best_matches(tasks, catalog, context=context, eligible=eligible)
    return [None if m is None else m[0] for m in matches]


def test_a_rewritten_task_links_to_the_catalog_task_it_implements() -> None:
    [match] = best_matches(["Đẩy mạnh tuyên truyền, vận động Nhân dân bảo vệ rừng phòng hộ của xã"], CATALOG)
    assert match is not None
    assert match[0] == 1
    assert MIN_SCORE <= match[1] < 1


def test_a_verbatim_copy_scores_one() -> None:
    assert best_matches([CATALOG[2]], CATALOG) == [(2, 1.0)]


def test_words_every_catalog_task_uses_link_nothing() -> None:
    # Shares "thực hiện công tác dân vận gắn với" with six catalog tasks, and nothing that tells them apart.
    assert linked(["Thực hiện công tác dân vận gắn với nhiệm vụ chính trị của cơ quan"]) == [None]


def test_a_distinctive_phrase_outweighs_many_common_words() -> None:
    task = "Thực hiện công tác dân vận gắn với việc ký cam kết của công chức"
    assert linked([task]) == [3]


def test_an_unrelated_task_links_nothing() -> None:
    assert linked(["Tăng cường phối hợp với Mặt trận Tổ quốc trong công tác giảm nghèo"]) == [None]


def test_the_title_of_a_cited_document_weighs_less_than_the_task_itself() -> None:
    task = (
        "Tổ chức hội thi tìm hiểu pháp luật theo Kế hoạch số 12/KH-UBND ngày 01/3/2025 "
        "về bảo vệ rừng phòng hộ và phát triển du lịch biển"
    )
    assert linked([task]) == [2]


def test_a_second_task_takes_a_free_catalog_task_that_scores_nearly_as_well() -> None:
    catalog = [
        "Tuyên truyền an toàn giao thông trên tuyến đường ven biển",
        "Tuyên truyền an toàn giao thông trên tuyến đường ven sông",
        "Tổ chức hội thi tìm hiểu pháp luật về đất đai",
    ]
    tasks = [
        catalog[0],
        "Tuyên truyền an toàn giao thông trên tuyến đường ven biển và ven sông, trước hết ở vùng biển",
    ]
    scores = score_matrix(tasks, catalog)
    # On its own the second task would pick the first catalog task; the second is nearly as good.
    assert scores[1][0] > scores[1][1] >= CLOSE_SHARE * scores[1][0]
    assert linked(tasks, catalog) == [0, 1]


def test_two_tasks_share_a_catalog_task_when_nothing_else_comes_close() -> None:
    tasks = ["Vận động Nhân dân bảo vệ rừng phòng hộ", "Tuần tra, bảo vệ rừng phòng hộ mùa khô"]
    assert linked(tasks) == [1, 1]


def test_the_strongest_match_keeps_its_catalog_task_whatever_the_order() -> None:
    catalog = [*CATALOG[:2], "Thực hiện công tác dân vận gắn với phát triển du lịch sinh thái"]
    loose = "Thực hiện công tác dân vận gắn với phát triển du lịch biển: du lịch biển đảo, du lịch sinh thái"
    scores = score_matrix([loose], catalog)[0]
    assert (
        scores[0] > scores[2] >= CLOSE_SHARE * scores[0]
    )  # alone, the loose rewrite would take catalog task 0
    assert linked([loose], catalog) == [0]
    assert linked([loose, catalog[0]], catalog) == [2, 0]
    assert linked([catalog[0], loose], catalog) == [0, 2]


def test_only_eligible_catalog_tasks_are_proposed() -> None:
    task = "Vận động Nhân dân bảo vệ rừng phòng hộ"
    assert linked([task], eligible=[0, 2, 3, 4, 5, 6, 7]) == [None]
    assert linked([task], eligible=[1]) == [1]


def test_a_sub_task_is_read_with_its_parent() -> None:
    # The same sub-task wording under two parents: only the parent tells which one the agency implements.
    catalog = [
        "Đẩy mạnh chuyển đổi số",
        "tại hợp tác xã",
        "Triển khai thực hiện dân chủ ở cơ sở",
        "tại hợp tác xã",
    ]
    context = ["", catalog[0], "", catalog[2]]
    task = "Thực hiện dân chủ ở cơ sở tại các hợp tác xã nông nghiệp"
    plain = score_matrix([task], catalog)[0]
    assert plain[1] == plain[3]
    with_parent = score_matrix([task], catalog, context=context)[0]
    assert with_parent[3] > with_parent[1]
    assert linked([task], catalog, context=context) == [3]


def test_empty_inputs() -> None:
    assert best_matches(["Bảo vệ rừng phòng hộ"], []) == [None]
    assert best_matches([], CATALOG) == []
    assert best_matches([""], CATALOG) == [None]
