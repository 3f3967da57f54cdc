"""Citations are found whatever the symbol grammar, once each, with date and issuer."""

from docparse.citations import extract_citations


def _numbers(text):
    return [(c.type, c.number, c.date, c.issuer) for c in extract_citations(text)[0]]


def test_state_party_law_and_joint_symbols():
    text = (
        "Căn cứ Quyết định số 3177/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân thành phố; Quyết định số 23-QĐ/TW "
        "ngày 30/7/2021 của Bộ Chính trị về việc ban hành; Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 "
        "của Chính phủ quy định; Chương trình phối hợp số 05-CTrPH/BDVTU-BCSĐ ngày 12/3/2024 giữa Ban Dân vận "
        "Tỉnh ủy và Ban cán sự đảng UBND tỉnh về công tác dân vận."
    )
    assert _numbers(text) == [
        ("Quyết định", "3177/QĐ-UBND", "2025-08-06", "Ủy ban nhân dân thành phố"),
        ("Quyết định", "23-QĐ/TW", "2021-07-30", "Bộ Chính trị"),
        ("Nghị định", "59/2023/NĐ-CP", "2023-08-14", "Chính phủ"),
        (
            "Chương trình",
            "05-CTrPH/BDVTU-BCSĐ",
            "2024-03-12",
            "Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh",
        ),
    ]


def test_wrapped_and_spaced_symbols_are_normalised_and_listed_once():
    text = "Chỉ thị số 07 - CT/TU ngày 08/9/2021 của Ban Thường vụ Thành uỷ; Chỉ thị số 07-CT/TU; Nghị quyết số 1669/NQ- UBTVQH15"
    numbers = [n for _, n, _, _ in _numbers(text)]
    assert numbers == ["07-CT/TU", "1669/NQ-UBTVQH15"]


def test_list_head_gives_type_and_issuer():
    text = "Căn cứ các Nghị định của Chính phủ: số 59/2023/NĐ-CP ngày 14/8/2023 quy định; số 61/2023/NĐ-CP ngày 16/8/2023 về hương ước;"
    assert [(t, i) for t, _, _, i in _numbers(text)] == [
        ("Nghị định", "Chính phủ"),
        ("Nghị định", "Chính phủ"),
    ]


def test_blank_self_reference_and_laws_without_number_are_not_citations():
    text = "(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2025); Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022"
    assert _numbers(text) == []


def test_malformed_symbol_is_kept_and_flagged():
    citations, warnings = extract_citations("Chỉ thị số 33/CTTTg ngày 26/11/2021 của Thủ tướng Chính phủ")
    assert citations[0].number == "33/CTTTg"
    assert any("33/CTTTg" in w for w in warnings)
