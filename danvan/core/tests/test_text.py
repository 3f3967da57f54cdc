from __future__ import annotations

from danvan.core.text import LABEL_LENGTH, short_text


def test_a_long_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    text = "Các xã, phường, đặc khu chỉ đạo Ủy ban nhân dân cấp xã tăng cường đối thoại, tiếp xúc trực tiếp với Nhân dân"
    label = short_text(text)
    assert len(label) <= LABEL_LENGTH and label.endswith("…")
    assert text.startswith(label[:-1].rstrip())
    assert not label.endswith("dâ…")  # whole words only


def test_a_short_text_is_left_alone_and_one_long_word_is_still_cut() -> None:
    assert short_text("Nhiệm vụ 1.2") == "Nhiệm vụ 1.2"
    assert short_text("  hai   dòng\nvăn bản ") == "hai dòng văn bản"
    assert short_text("x" * 200) == "x" * (LABEL_LENGTH - 1) + "…"
