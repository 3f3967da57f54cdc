"""Who issues a document and how it is signed: the letterhead (`issuer_for`), the issuer part of the symbol
(`issuer_abbreviation`) and the usual signature of an organisation's head (`default_signature`), from the
organisation tree. Used by every generated document (plans, catalogs, reports)."""

from __future__ import annotations

import unicodedata

from danvan.documents import outgoing
from danvan.organizations.models import Organization
from docparse import fold

PEOPLES_COMMITTEE = "Ủy ban nhân dân"
PEOPLES_COMMITTEE_KINDS = frozenset({Organization.Kind.PROVINCE, *Organization.COMMUNE_KINDS})

# --- the issuing body --------------------------------------------------------------------------------------


def upper_nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())


def committee_area(organization: Organization) -> str:
    """ "thành phố Hải Phòng" for "Ủy ban nhân dân thành phố Hải Phòng", "xã Cẩm Giang" for "Xã Cẩm Giang"."""
    name = organization.name.strip()
    if fold(name).startswith(fold(PEOPLES_COMMITTEE)):
        return name[len(PEOPLES_COMMITTEE) :].strip()
    return name[:1].lower() + name[1:]


def committee_level(organization: Organization) -> str:
    """The level word of a People's Committee ("thành phố", "tỉnh", "xã"), without the place name."""
    area = committee_area(organization)
    locality = organization.locality.strip()
    if locality and fold(area).endswith(fold(locality)):
        return area[: len(area) - len(locality)].strip()
    return area


def party_committee(province: Organization) -> str:
    """The Party committee of a province-level People's Committee: "Thành ủy" for a city directly under the
    central government, "Tỉnh ủy" for a province (the recipient "Ban Tuyên giáo và Dân vận Thành ủy/Tỉnh ủy")."""
    return "Tỉnh ủy" if fold(committee_area(province)).startswith(fold("tỉnh ")) else "Thành ủy"


def is_peoples_committee(organization: Organization) -> bool:
    return organization.kind in PEOPLES_COMMITTEE_KINDS


def issuer_for(owner: Organization, parent: Organization | None) -> outgoing.Issuer:
    """The letterhead of the owner: "UBND THÀNH PHỐ HẢI PHÒNG" over "SỞ CÔNG THƯƠNG", or "ỦY BAN NHÂN DÂN" /
    "THÀNH PHỐ HẢI PHÒNG" for a People's Committee, which has no governing body line."""
    if is_peoples_committee(owner):
        return outgoing.Issuer(
            name=(upper_nfc(PEOPLES_COMMITTEE), upper_nfc(committee_area(owner))),
            full_name=f"{PEOPLES_COMMITTEE} {committee_level(owner)}".strip(),
        )
    governing: tuple[str, ...] = ()
    if parent is not None:
        governing = (
            (f"UBND {upper_nfc(committee_area(parent))}",)
            if is_peoples_committee(parent)
            else (upper_nfc(parent.name),)
        )
    return outgoing.Issuer(name=(upper_nfc(owner.name),), governing=governing, full_name=owner.name)


def issuer_abbreviation(owner: Organization) -> str:
    """The issuer part of the symbol: the organisation's abbreviation, "UBND" for a People's Committee,
    else the initials of its name ("Sở Công Thương" → "SCT")."""
    if owner.abbreviation.strip():
        return owner.abbreviation.strip()
    if is_peoples_committee(owner):
        return "UBND"
    return "".join(word[0] for word in owner.name.split() if word[:1].isalpha()).upper() or "CQ"


def default_signature(owner: Organization, *, name: str = "") -> outgoing.Signature:
    """What the head of the organisation signs as: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for a People's Committee,
    "GIÁM ĐỐC" for a Sở, "THỦ TRƯỞNG" otherwise."""
    if is_peoples_committee(owner):
        return outgoing.Signature(authority=("TM. ỦY BAN NHÂN DÂN",), position="CHỦ TỊCH", name=name)
    return outgoing.Signature(
        position="GIÁM ĐỐC" if fold(owner.name).startswith("so ") else "THỦ TRƯỞNG", name=name
    )
