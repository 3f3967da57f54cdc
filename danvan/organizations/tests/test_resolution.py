"""Name resolution: what documents write as lead and coordinating units, resolved against the tree."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from danvan.organizations import actions
from danvan.organizations.loading import load_province
from danvan.organizations.models import Organization
from danvan.organizations.resolution import (
    GENERATED_NAME,
    OFFICIAL_NAME,
    RECORDED_NAME,
    WITHOUT_DIACRITICS,
    GroupKey,
    Resolution,
    UnitGroup,
    resolve_unit,
    resolve_units,
)

pytestmark = pytest.mark.django_db

Kind = Organization.Kind
LABELS = Path(__file__).resolve().parents[3] / "docparse" / "tests" / "data" / "labels"
HP = "Ủy ban nhân dân thành phố Hải Phòng"
QN = "Ủy ban nhân dân tỉnh Quảng Ngãi"
CT = "Sở Công Thương"
AFTER_MERGER = datetime.date(2025, 9, 1)

# Internal units of Sở Công Thương Hải Phòng as seed 000 names them.
CT_UNITS = [
    ("Văn phòng Sở", Kind.OFFICE),
    ("Phòng Quản lý Công nghiệp", Kind.DIVISION),
    ("Phòng Quản lý Thương mại", Kind.DIVISION),
    ("Phòng Quản lý Năng lượng", Kind.DIVISION),
    ("Phòng Quản lý Đầu tư và Hợp tác quốc tế", Kind.DIVISION),
    ("Phòng Kỹ thuật An toàn - Môi trường", Kind.DIVISION),
]


# --- helpers --------------------------------------------------------------------------------------------------


def make_org(name: str, kind: str, parent: Organization | None = None, **fields: Any) -> Organization:
    return actions.create_organization(actor=None, name=name, kind=kind, parent=parent, **fields)


def seed_names(seed: str) -> list[str]:
    """Every lead and coordinating unit of a seed's ground truth, once, in order of appearance."""
    (path,) = LABELS.glob(f"{seed}_*.json")
    names: list[str] = []
    for task in json.loads(path.read_text(encoding="utf-8"))["tasks"]:
        for name in [*(task.get("lead") or []), *(task.get("coord") or [])]:
            if name not in names:
                names.append(name)
    return names


def org(name: str, under: str = HP) -> tuple[str, ...]:
    return ("organization", name, under)


def group(key: GroupKey, anchor: str = HP, *, select: bool = False) -> tuple[str, ...]:
    return ("group", key.value, anchor, *(["select"] if select else []))


def ambiguous(*names: str) -> tuple[str, ...]:
    return ("ambiguous", *sorted(names))


UNRESOLVED = ("unresolved",)


def outcome(result: Resolution) -> tuple[str, ...]:
    """A resolution as a comparable tuple, in the shape of the expected tables."""
    if result.status == Resolution.Status.ORGANIZATION:
        assert result.organization is not None
        parent = result.organization.parent
        return ("organization", result.organization.name, parent.name if parent else "")
    if result.status == Resolution.Status.GROUP:
        assert result.group is not None
        return group(result.group.key, result.group.anchor.name, select=result.needs_selection)
    if result.status == Resolution.Status.AMBIGUOUS:
        return ambiguous(*(c.name for c in result.candidates))
    return UNRESOLVED


def outcomes(names: list[str], context: Organization, on: datetime.date = AFTER_MERGER) -> dict[str, Any]:
    return {r.text: outcome(r) for r in resolve_units(names, context, on=on)}


@pytest.fixture
def haiphong() -> Organization:
    """The bundled Hải Phòng list: the city, 13 departments, 114 communes, party and mass bodies."""
    province, _result = load_province()
    return province


@pytest.fixture
def cong_thuong(haiphong: Organization) -> Organization:
    department = Organization.objects.get(name=CT, parent=haiphong)
    for name, kind in CT_UNITS:
        make_org(name, kind, department)
    return department


@pytest.fixture
def quang_ngai() -> Organization:
    """A small Quảng Ngãi tree: its Sở Công Thương (seed 002) with office, divisions and market surveillance."""
    province = make_org(QN, Kind.PROVINCE, locality="Quảng Ngãi", aliases="Ủy ban nhân dân tỉnh\nUBND tỉnh")
    make_org("Sở Nội vụ", Kind.DEPARTMENT, province)
    department = make_org(CT, Kind.DEPARTMENT, province)
    make_org("Văn phòng Sở", Kind.OFFICE, department)
    make_org("Phòng Quản lý Thương mại", Kind.DIVISION, department)
    make_org("Phòng Quản lý Công nghiệp", Kind.DIVISION, department)
    make_org("Chi cục Quản lý thị trường", Kind.SUB_DEPARTMENT, department)
    make_org("Phường Trương Quang Trọng", Kind.WARD, province)
    return department


def department(name: str) -> Organization:
    return Organization.objects.get(name=name, parent__parent__isnull=True, parent__name=HP)


# --- every unit name of the seeds -----------------------------------------------------------------------------

SEED_000 = {  # Kế hoạch of Sở Công Thương Hải Phòng
    "Văn phòng Sở": org("Văn phòng Sở", CT),
    "Các phòng chuyên môn, đơn vị thuộc Sở": group(GroupKey.INTERNAL_UNITS, CT),
    "Phòng Quản lý Công nghiệp": org("Phòng Quản lý Công nghiệp", CT),
    "Phòng Quản lý Thương mại": org("Phòng Quản lý Thương mại", CT),
    "Phòng Quản lý Năng lượng": org("Phòng Quản lý Năng lượng", CT),
    "Phòng Quản lý Đầu tư và Hợp tác quốc tế": org("Phòng Quản lý Đầu tư và Hợp tác quốc tế", CT),
    "Phòng Kỹ thuật An toàn - Môi trường": org("Phòng Kỹ thuật An toàn - Môi trường", CT),
    "phòng Quản lý Thương mại": org("Phòng Quản lý Thương mại", CT),
    "Các phòng chuyên môn thuộc Sở": group(GroupKey.INTERNAL_DIVISIONS, CT),
}

SEED_002 = {  # Kế hoạch of Sở Công Thương Quảng Ngãi
    "Văn phòng Sở": org("Văn phòng Sở", CT),
    "Các phòng thuộc Sở": group(GroupKey.INTERNAL_DIVISIONS, CT),
    "Chi cục Quản lý thị trường": org("Chi cục Quản lý thị trường", CT),
    "các phòng thuộc Sở": group(GroupKey.INTERNAL_DIVISIONS, CT),
}

SEED_003 = {  # Kế hoạch of Sở Ngoại vụ Hải Phòng
    "các sở, ngành, địa phương": group(GroupKey.DEPARTMENTS_AND_COMMUNES),
    "Lãnh đạo Sở": org("Sở Ngoại vụ"),
}

SEED_004 = {  # the city's catalog (QĐ of UBND thành phố Hải Phòng)
    "Các sở, ban, ngành": group(GroupKey.DEPARTMENTS),
    "Ủy ban nhân dân cấp xã": group(GroupKey.COMMUNES),
    "các cơ quan, đơn vị, tổ chức": group(GroupKey.AGENCIES_AND_UNITS),
    "Các sở, ngành, đơn vị": group(GroupKey.AGENCIES_AND_UNITS),
    "Sở Nội vụ": org("Sở Nội vụ"),
    "Sở Xây dựng": org("Sở Xây dựng"),
    "Sở Tài chính": org("Sở Tài chính"),
    "Sở Nông nghiệp và Môi trường": org("Sở Nông nghiệp và Môi trường"),
    "Ủy ban nhân dân cấp xã có liên quan": group(GroupKey.COMMUNES, select=True),
    "Ủy ban nhân dân cấp xã liên quan": group(GroupKey.COMMUNES, select=True),
    "Ban Tuyên giáo và Dân vận Thành ủy": org("Ban Tuyên giáo và Dân vận Thành ủy"),
    "các sở, ngành": group(GroupKey.DEPARTMENTS),
    "Sở Khoa học và Công nghệ": org("Sở Khoa học và Công nghệ"),
    "Sở Ngoại vụ": org("Sở Ngoại vụ"),
    "Các sở, ngành, địa phương": group(GroupKey.DEPARTMENTS_AND_COMMUNES),
    # Foreign and central bodies are outside the tree: reported, never guessed.
    "các cơ quan ngoại giao liên quan trong và ngoài nước": UNRESOLVED,
    "Các sở, ngành": group(GroupKey.DEPARTMENTS),
    "các cơ quan, đơn vị": group(GroupKey.AGENCIES_AND_UNITS),
    "các cơ quan, đơn vị, tổ chức, doanh nghiệp": group(GroupKey.AGENCIES_AND_UNITS),
    "đơn vị sự nghiệp công lập": group(GroupKey.PUBLIC_SERVICE_UNITS),
    "các doanh nghiệp nhà nước trực thuộc UBND thành phố": group(GroupKey.STATE_ENTERPRISES),
    "Ủy ban Mặt trận Tổ quốc thành phố": org("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
    # Not in the bundled reference list (a Party committee): unresolved until it is recorded (see below).
    "Đảng ủy cơ quan Đảng thành phố": UNRESOLVED,
    "Văn phòng Ủy ban nhân dân thành phố": org("Văn phòng Ủy ban nhân dân thành phố"),
    "Thanh tra thành phố": org("Thanh tra thành phố"),
    "cơ quan, đơn vị, tổ chức": group(GroupKey.AGENCIES_AND_UNITS),
    "các đơn vị sự nghiệp": group(GroupKey.PUBLIC_SERVICE_UNITS),
}


def test_seed_000_names_resolve_in_so_cong_thuong(cong_thuong: Organization) -> None:
    assert list(SEED_000) == seed_names("000")
    assert outcomes(seed_names("000"), cong_thuong) == SEED_000


def test_seed_001_names_no_units_and_the_commune_resolves_its_own_genre(haiphong: Organization) -> None:
    # Seed 001 (Xã Cẩm Giang) assigns no lead or coordinating units; its context still reads the usual names.
    assert seed_names("001") == []
    cam_giang = Organization.objects.get(name="Xã Cẩm Giang")
    make_org("Phòng Văn hóa - Xã hội", Kind.DIVISION, cam_giang)
    make_org("Văn phòng HĐND và UBND", Kind.OFFICE, cam_giang)
    names = [
        "UBND xã",
        "Ủy ban nhân dân xã",
        "Phòng Văn hoá – Xã hội",
        "Văn phòng HĐND và UBND xã",
        "UBND thành phố",
    ]
    assert outcomes(names, cam_giang) == {
        "UBND xã": org("Xã Cẩm Giang"),
        "Ủy ban nhân dân xã": org("Xã Cẩm Giang"),
        "Phòng Văn hoá – Xã hội": org("Phòng Văn hóa - Xã hội", "Xã Cẩm Giang"),
        "Văn phòng HĐND và UBND xã": org("Văn phòng HĐND và UBND", "Xã Cẩm Giang"),
        "UBND thành phố": org(HP, ""),
    }


def test_seed_002_names_resolve_in_quang_ngai_and_never_in_hai_phong(
    haiphong: Organization, quang_ngai: Organization
) -> None:
    assert list(SEED_002) == seed_names("002")
    results = resolve_units(seed_names("002"), quang_ngai, on=AFTER_MERGER)
    assert {r.text: outcome(r) for r in results} == SEED_002
    province_path = quang_ngai.path.split("/")[0]
    for result in results:
        found = result.organization or (result.group.anchor if result.group else None)
        assert found is not None and found.path.startswith(province_path)


def test_seed_003_names_resolve_in_so_ngoai_vu(haiphong: Organization) -> None:
    assert list(SEED_003) == seed_names("003")
    assert outcomes(seed_names("003"), department("Sở Ngoại vụ")) == SEED_003


def test_seed_004_names_resolve_in_the_city(haiphong: Organization) -> None:
    assert list(SEED_004) == seed_names("004")
    assert outcomes(seed_names("004"), haiphong) == SEED_004


def test_seed_resolutions_carry_confidence_and_what_they_matched(cong_thuong: Organization) -> None:
    province = cong_thuong.parent
    assert province is not None
    for context, names in [(cong_thuong, seed_names("000")), (province, seed_names("004"))]:
        for result in resolve_units(names, context, on=AFTER_MERGER):
            assert result.matched
            if result.is_resolved:
                assert 0.8 <= result.confidence <= 1.0, result
            else:
                assert result.confidence == 0.0


def test_a_party_committee_resolves_once_it_is_recorded(haiphong: Organization) -> None:
    make_org(
        "Đảng ủy các cơ quan Đảng thành phố",
        Kind.PARTY,
        haiphong,
        aliases="Đảng ủy cơ quan Đảng thành phố",
    )
    result = resolve_unit("Đảng ủy cơ quan Đảng thành phố", haiphong)
    assert outcome(result) == org("Đảng ủy các cơ quan Đảng thành phố")
    assert result.confidence == RECORDED_NAME
    assert "tên gọi khác" in result.matched  # the explanation reads in Vietnamese


# --- the issue's examples -------------------------------------------------------------------------------------


def test_issue_examples_in_a_department(cong_thuong: Organization) -> None:
    make_org("Chi cục Quản lý thị trường", Kind.SUB_DEPARTMENT, cong_thuong)
    assert outcomes(
        [
            "Sở Nội vụ",
            "Văn phòng Sở",
            "UBND xã Cẩm Giang",
            "Các sở, ban, ngành",
            "Ủy ban nhân dân cấp xã",
            "Ủy ban nhân dân cấp xã có liên quan",
            "Các phòng chuyên môn, đơn vị thuộc Sở",
            "Chi cục Quản lý thị trường",
            "UBMTTQ",
        ],
        cong_thuong,
    ) == {
        "Sở Nội vụ": org("Sở Nội vụ"),
        "Văn phòng Sở": org("Văn phòng Sở", CT),
        "UBND xã Cẩm Giang": org("Xã Cẩm Giang"),
        "Các sở, ban, ngành": group(GroupKey.DEPARTMENTS),
        "Ủy ban nhân dân cấp xã": group(GroupKey.COMMUNES),
        "Ủy ban nhân dân cấp xã có liên quan": group(GroupKey.COMMUNES, select=True),
        "Các phòng chuyên môn, đơn vị thuộc Sở": group(GroupKey.INTERNAL_UNITS, CT),
        "Chi cục Quản lý thị trường": org("Chi cục Quản lý thị trường", CT),
        "UBMTTQ": org("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
    }


def test_abbreviations_and_generated_variants(haiphong: Organization) -> None:
    assert outcomes(
        [
            "UBND thành phố",
            "UBND TP",
            "Sở NN&MT",
            "Sở KH&CN",
            "Sở VHTT&DL",
            "Sở GD&ĐT",
            "VP UBND thành phố",
            "SNV",
            "Sở Công Thương thành phố Hải Phòng",
            "Sở Nội vụ Hải Phòng",
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng",
            "MTTQ thành phố",
            "Ủy ban nhân dân xã Cẩm Giàng",
            "UBND phường Hồng Bàng",
            "UBND đặc khu Bạch Long Vĩ",
            "Ủy ban nhân dân xã Cẩm Giang, thành phố Hải Phòng",
        ],
        haiphong,
    ) == {
        "UBND thành phố": org(HP, ""),
        "UBND TP": org(HP, ""),
        "Sở NN&MT": org("Sở Nông nghiệp và Môi trường"),
        "Sở KH&CN": org("Sở Khoa học và Công nghệ"),
        "Sở VHTT&DL": org("Sở Văn hóa, Thể thao và Du lịch"),
        "Sở GD&ĐT": org("Sở Giáo dục và Đào tạo"),
        "VP UBND thành phố": org("Văn phòng Ủy ban nhân dân thành phố"),
        "SNV": org("Sở Nội vụ"),
        "Sở Công Thương thành phố Hải Phòng": org(CT),
        "Sở Nội vụ Hải Phòng": org("Sở Nội vụ"),
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng": org(
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"
        ),
        "MTTQ thành phố": org("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
        "Ủy ban nhân dân xã Cẩm Giàng": org("Xã Cẩm Giàng"),
        "UBND phường Hồng Bàng": org("Phường Hồng Bàng"),
        "UBND đặc khu Bạch Long Vĩ": org("Đặc khu Bạch Long Vĩ"),
        "Ủy ban nhân dân xã Cẩm Giang, thành phố Hải Phòng": org("Xã Cẩm Giang"),
    }


def test_confidence_follows_what_was_matched(haiphong: Organization) -> None:
    assert resolve_unit("Sở Nội vụ", haiphong).confidence == OFFICIAL_NAME
    assert resolve_unit("Sở NN&MT", haiphong).confidence == OFFICIAL_NAME  # standard abbreviation expanded
    assert resolve_unit("UBND thành phố", haiphong).confidence == RECORDED_NAME
    assert resolve_unit("SNV", haiphong).confidence == RECORDED_NAME
    assert resolve_unit("UBND xã Cẩm Giang", haiphong).confidence == GENERATED_NAME
    assert resolve_unit("So Noi vu", haiphong).confidence == OFFICIAL_NAME * WITHOUT_DIACRITICS


def test_tone_placement_and_case_never_matter(haiphong: Organization) -> None:
    assert outcomes(
        [
            "Uỷ ban nhân dân xã Cẩm Giang",
            "Sở Văn hoá, Thể thao và Du lịch",
            "Xã Kiến Thuỵ",
            "Phường Việt Hoà",
            "Phường Thuỷ Nguyên",
            "SỞ NỘI VỤ",
            "sở nội vụ",
            "Uỷ ban Mặt trận Tổ quốc thành phố",
        ],
        haiphong,
    ) == {
        "Uỷ ban nhân dân xã Cẩm Giang": org("Xã Cẩm Giang"),
        "Sở Văn hoá, Thể thao và Du lịch": org("Sở Văn hóa, Thể thao và Du lịch"),
        "Xã Kiến Thuỵ": org("Xã Kiến Thụy"),
        "Phường Việt Hoà": org("Phường Việt Hòa"),
        "Phường Thuỷ Nguyên": org("Phường Thủy Nguyên"),
        "SỞ NỘI VỤ": org("Sở Nội vụ"),
        "sở nội vụ": org("Sở Nội vụ"),
        "Uỷ ban Mặt trận Tổ quốc thành phố": org("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
    }
    assert resolve_unit("Phường Việt Hoà", haiphong).confidence == OFFICIAL_NAME


@pytest.mark.parametrize("context_name", [HP, "Xã Cẩm Giang", "Xã Cẩm Giàng"])
def test_cam_giang_and_cam_giang_with_grave_stay_distinct_both_ways(
    haiphong: Organization, context_name: str
) -> None:
    context = Organization.objects.get(name=context_name)
    written = {
        "Xã Cẩm Giang": "Xã Cẩm Giang",
        "UBND xã Cẩm Giang": "Xã Cẩm Giang",
        "Ủy ban nhân dân xã Cẩm Giang": "Xã Cẩm Giang",
        "Xã Cẩm Giàng": "Xã Cẩm Giàng",
        "UBND xã Cẩm Giàng": "Xã Cẩm Giàng",
        "Ủy ban nhân dân xã Cẩm Giàng": "Xã Cẩm Giàng",
    }
    assert outcomes(list(written), context) == {text: org(name) for text, name in written.items()}


def test_text_without_diacritics_fitting_several_names_is_ambiguous(haiphong: Organization) -> None:
    cam_giang = Organization.objects.get(name="Xã Cẩm Giang")
    for context in (haiphong, cam_giang):
        for text in ("UBND xa Cam Giang", "Xa Cam Giang", "xa cam giang"):
            result = resolve_unit(text, context)
            assert outcome(result) == ambiguous("Xã Cẩm Giang", "Xã Cẩm Giàng")
            assert result.organization is None
            assert 0 < result.confidence < 0.5


def test_text_without_diacritics_fitting_one_name_resolves_with_lower_confidence(
    haiphong: Organization,
) -> None:
    result = resolve_unit("UBND xa Nam Sach", haiphong)
    assert outcome(result) == org("Xã Nam Sách")
    assert result.confidence == GENERATED_NAME * WITHOUT_DIACRITICS
    assert "không dấu" in result.matched


def test_text_with_other_diacritics_is_unresolved_with_the_near_misses(haiphong: Organization) -> None:
    # "Cẩm Giảng" exists nowhere: it is neither of the two real communes, whatever the letters say.
    result = resolve_unit("Xã Cẩm Giảng", haiphong)
    assert result.status == Resolution.Status.UNRESOLVED
    assert result.organization is None and result.confidence == 0.0
    assert sorted(c.name for c in result.candidates) == ["Xã Cẩm Giang", "Xã Cẩm Giàng"]
    assert "chỉ khác dấu" in result.matched


def test_cam_giang_never_becomes_cam_giang_with_grave_when_only_that_exists(haiphong: Organization) -> None:
    # Seed 001's commune missing from the tree (another province's list): the look-alike is shown, not picked.
    cam_giang = Organization.objects.get(name="Xã Cẩm Giang")
    actions.dissolve_organization(actor=None, organization=cam_giang, on=datetime.date(2025, 7, 1))
    result = resolve_unit("UBND xã Cẩm Giang", haiphong, on=AFTER_MERGER)
    assert result.status == Resolution.Status.UNRESOLVED
    assert [c.name for c in result.candidates] == ["Xã Cẩm Giang"]


# --- context-relative names -----------------------------------------------------------------------------------


def test_leadership_stands_for_its_unit(cong_thuong: Organization) -> None:
    assert outcomes(
        ["Lãnh đạo Sở", "Ban Giám đốc Sở", "Giám đốc Sở Nội vụ", "Thủ trưởng các sở, ban, ngành"], cong_thuong
    ) == {
        "Lãnh đạo Sở": org(CT),
        "Ban Giám đốc Sở": org(CT),
        "Giám đốc Sở Nội vụ": org("Sở Nội vụ"),
        "Thủ trưởng các sở, ban, ngành": group(GroupKey.DEPARTMENTS),
    }
    result = resolve_unit("Lãnh đạo Sở", cong_thuong)
    assert result.matched.startswith("lãnh đạo của")
    assert result.confidence < 1.0


def test_internal_unit_of_the_context_comes_first_and_relative_names_stay_inside(
    cong_thuong: Organization,
) -> None:
    ngoai_vu = department("Sở Ngoại vụ")
    # Sở Ngoại vụ has no Văn phòng recorded: never Sở Công Thương's.
    assert outcome(resolve_unit("Văn phòng Sở", ngoai_vu)) == UNRESOLVED
    # A unit named in full is found in its department from anywhere in the province.
    assert outcome(resolve_unit("Phòng Quản lý Thương mại Sở Công Thương", ngoai_vu)) == org(
        "Phòng Quản lý Thương mại", CT
    )
    # The same name in two departments: the context's own first.
    make_org("Văn phòng Sở", Kind.OFFICE, ngoai_vu)
    assert outcome(resolve_unit("Văn phòng Sở", ngoai_vu)) == org("Văn phòng Sở", "Sở Ngoại vụ")
    assert outcome(resolve_unit("Văn phòng Sở", cong_thuong)) == org("Văn phòng Sở", CT)
    assert outcome(resolve_unit("Văn phòng", cong_thuong)) == org("Văn phòng Sở", CT)
    # From the city, "Văn phòng Sở" could be either.
    province = cong_thuong.parent
    assert province is not None
    assert outcome(resolve_unit("Văn phòng Sở", province)) == ambiguous("Văn phòng Sở", "Văn phòng Sở")


def test_an_internal_unit_as_context_reads_its_agency_names(cong_thuong: Organization) -> None:
    office = Organization.objects.get(name="Văn phòng Sở", parent=cong_thuong)
    assert outcomes(["Lãnh đạo Sở", "Phòng Quản lý Thương mại", "Các phòng thuộc Sở"], office) == {
        "Lãnh đạo Sở": org(CT),
        "Phòng Quản lý Thương mại": org("Phòng Quản lý Thương mại", CT),
        "Các phòng thuộc Sở": group(GroupKey.INTERNAL_DIVISIONS, CT),
    }


def test_thanh_tra_thanh_pho_is_not_the_departments_own_inspectorate(cong_thuong: Organization) -> None:
    make_org("Thanh tra Sở", Kind.DIVISION, cong_thuong)
    assert outcome(resolve_unit("Thanh tra thành phố", cong_thuong)) == org("Thanh tra thành phố")
    assert outcome(resolve_unit("Thanh tra Sở", cong_thuong)) == org("Thanh tra Sở", CT)


# --- groups ---------------------------------------------------------------------------------------------------


def test_collective_names_as_documents_write_them(cong_thuong: Organization) -> None:
    province = cong_thuong.parent
    assert province is not None
    assert outcomes(
        [
            "Các sở, ban, ngành và Ủy ban nhân dân cấp xã",
            "UBND các xã, phường, đặc khu",
            "các sở, ban, ngành thành phố",
            "Các sở, ngành có liên quan",
            "các đơn vị sự nghiệp thuộc Sở Y tế",
            "các phòng thuộc Sở Công Thương",
            "các sở, ngành và đơn vị sự nghiệp",
            "cac so, ban, nganh",
            "UBND các xã",
            "các phường",
        ],
        province,
    ) == {
        "Các sở, ban, ngành và Ủy ban nhân dân cấp xã": group(GroupKey.DEPARTMENTS_AND_COMMUNES),
        "UBND các xã, phường, đặc khu": group(GroupKey.COMMUNES),
        "các sở, ban, ngành thành phố": group(GroupKey.DEPARTMENTS),
        "Các sở, ngành có liên quan": group(GroupKey.DEPARTMENTS, select=True),
        "các đơn vị sự nghiệp thuộc Sở Y tế": group(GroupKey.PUBLIC_SERVICE_UNITS, "Sở Y tế"),
        "các phòng thuộc Sở Công Thương": group(GroupKey.INTERNAL_DIVISIONS, CT),
        # Only a wider group covers it: the coordinator picks the members.
        "các sở, ngành và đơn vị sự nghiệp": group(GroupKey.AGENCIES_AND_UNITS, select=True),
        "cac so, ban, nganh": group(GroupKey.DEPARTMENTS),
        # "xã" stands for the level; "phường" only for some of it: the coordinator picks.
        "UBND các xã": group(GroupKey.COMMUNES),
        "các phường": group(GroupKey.COMMUNES, select=True),
    }


def test_single_nouns_are_not_groups(cong_thuong: Organization) -> None:
    # "Sở" alone is the department itself; "Phòng" or "Ban" alone name nothing.
    assert outcome(resolve_unit("Sở", cong_thuong)) == org(CT)
    assert outcome(resolve_unit("Phòng", cong_thuong)) == UNRESOLVED
    assert outcome(resolve_unit("Ban", cong_thuong)) == UNRESOLVED


def test_group_members_match_the_loaded_list(
    cong_thuong: Organization, django_assert_num_queries: Any
) -> None:
    province = Organization.objects.get(name=HP)

    def members(key: GroupKey, anchor: Organization = province) -> list[Organization]:
        with django_assert_num_queries(1):
            return list(UnitGroup(key, anchor).members(on=AFTER_MERGER))

    departments = members(GroupKey.DEPARTMENTS)
    # 13 departments (sở and equivalents) plus the "ban" of the list, Ban Quản lý Khu kinh tế.
    assert len(departments) == 14
    assert sum(o.kind == Kind.DEPARTMENT for o in departments) == 13
    assert {o.name for o in departments if o.kind == Kind.AGENCY} == {"Ban Quản lý Khu kinh tế Hải Phòng"}
    communes = members(GroupKey.COMMUNES)
    assert len(communes) == 114
    assert [sum(o.kind == k for o in communes) for k in (Kind.WARD, Kind.COMMUNE, Kind.SPECIAL_ZONE)] == [
        45,
        67,
        2,
    ]
    assert len(members(GroupKey.DEPARTMENTS_AND_COMMUNES)) == 128
    # Everything but the city itself and internal units: 14 + 114 + Ban Tuyên giáo và Dân vận + UBMTTQ.
    assert len(members(GroupKey.AGENCIES_AND_UNITS)) == 130
    assert members(GroupKey.PUBLIC_SERVICE_UNITS) == []
    assert members(GroupKey.STATE_ENTERPRISES) == []
    assert [o.name for o in members(GroupKey.INTERNAL_UNITS, cong_thuong)] == [n for n, _k in CT_UNITS]
    assert [o.name for o in members(GroupKey.INTERNAL_DIVISIONS, cong_thuong)] == [
        n for n, _k in CT_UNITS[1:]
    ]


def test_group_members_follow_the_tree_and_the_date(cong_thuong: Organization) -> None:
    province = cong_thuong.parent
    assert province is not None
    health = department("Sở Y tế")
    hospital = make_org("Bệnh viện Việt Tiệp", Kind.PUBLIC_SERVICE_UNIT, health)
    closed = Organization.objects.get(name="Xã Cẩm Giàng")
    actions.merge_organizations(
        actor=None, sources=[closed], into=Organization.objects.get(name="Xã Cẩm Giang"), on=AFTER_MERGER
    )
    day_after = AFTER_MERGER + datetime.timedelta(days=1)
    assert list(UnitGroup(GroupKey.PUBLIC_SERVICE_UNITS, province).members()) == [hospital]
    assert list(UnitGroup(GroupKey.PUBLIC_SERVICE_UNITS, health).members()) == [hospital]
    assert hospital in UnitGroup(GroupKey.AGENCIES_AND_UNITS, province).members()
    assert UnitGroup(GroupKey.COMMUNES, province).members(on=day_after).count() == 113
    assert (
        UnitGroup(GroupKey.COMMUNES, province).members(on=AFTER_MERGER - datetime.timedelta(days=1)).count()
        == 114
    )


def test_group_labels_are_translatable_and_say_the_anchor(cong_thuong: Organization) -> None:
    result = resolve_unit("Các phòng chuyên môn, đơn vị thuộc Sở", cong_thuong)
    assert result.group is not None
    assert result.group.label == str(GroupKey.INTERNAL_UNITS.label)
    assert str(result.group).endswith(CT)
    assert CT in result.matched


# --- closed units ---------------------------------------------------------------------------------------------


def test_a_unit_closed_by_a_merge_resolves_to_its_successor(haiphong: Organization) -> None:
    old = make_org("Xã Cũ", Kind.COMMUNE, haiphong)
    new = Organization.objects.get(name="Xã Nam Sách")
    actions.merge_organizations(actor=None, sources=[old], into=new, on=datetime.date(2025, 7, 1))
    result = resolve_unit("UBND xã Cũ", haiphong, on=AFTER_MERGER)
    assert outcome(result) == org("Xã Nam Sách")
    assert "đã giải thể ngày 01/07/2025" in result.matched and "Xã Nam Sách" in result.matched
    assert result.confidence < GENERATED_NAME
    # Before the merge the old commune is itself.
    assert outcome(resolve_unit("UBND xã Cũ", haiphong, on=datetime.date(2025, 6, 30))) == org("Xã Cũ")


def test_a_dissolved_unit_is_unresolved_and_shown(haiphong: Organization) -> None:
    old = make_org("Xã Cũ", Kind.COMMUNE, haiphong)
    actions.dissolve_organization(actor=None, organization=old, on=datetime.date(2025, 7, 1))
    result = resolve_unit("Xã Cũ", haiphong, on=AFTER_MERGER)
    assert result.status == Resolution.Status.UNRESOLVED
    assert result.candidates == (old,)
    assert "không có đơn vị kế thừa" in result.matched


# --- input handling and cost ----------------------------------------------------------------------------------


def test_a_string_is_split_only_at_semicolons_and_line_breaks(haiphong: Organization) -> None:
    results = resolve_units("Sở Nội vụ; Các sở, ban, ngành\n- UBND xã Cẩm Giang.\n\n", haiphong)
    assert [r.text for r in results] == ["Sở Nội vụ", "Các sở, ban, ngành", "UBND xã Cẩm Giang"]
    assert [r.status for r in results] == ["organization", "group", "organization"]
    assert resolve_units("", haiphong) == []


def test_unknown_names_are_reported_never_guessed(haiphong: Organization) -> None:
    for text in ["Sở Công Thương tỉnh Quảng Ngãi", "Bộ Ngoại giao", "Công an thành phố", "Sở Du lịch"]:
        result = resolve_unit(text, haiphong)
        assert result.status == Resolution.Status.UNRESOLVED, text
        assert result.organization is None and result.group is None and result.confidence == 0.0


def test_resolving_a_whole_document_reads_the_province_once(
    cong_thuong: Organization, django_assert_max_num_queries: Any
) -> None:
    province = cong_thuong.parent
    assert province is not None
    names = seed_names("004") + seed_names("000") + ["UBND xa Cam Giang", "Lãnh đạo Sở Nội vụ"]
    with django_assert_max_num_queries(1):
        results = resolve_units(names * 3, province, on=AFTER_MERGER)
    assert len(results) == len(names) * 3
    with django_assert_max_num_queries(1):
        resolve_units(seed_names("000"), cong_thuong, on=AFTER_MERGER)
