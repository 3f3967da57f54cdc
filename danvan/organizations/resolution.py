"""Name resolution: the unit names documents write, turned into organisations or groups of organisations.

Documents name their lead and coordinating units the way Vietnamese administrative texts do: full names
("Sở Nội vụ"), abbreviations ("UBND xã Cẩm Giang", "Sở NN&MT"), names relative to the issuing body
("Văn phòng Sở", "Lãnh đạo Sở") and collective names ("Các sở, ban, ngành", "Ủy ban nhân dân cấp xã có liên
quan"). `resolve_units()` reads them relative to the organisation whose document it is and answers, for each
name, an organisation, a group, an ambiguity with its candidates, or "unresolved" — never a silent guess.

The rules and the confidence levels are explained in docs/name-resolution.md.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from danvan.core.dateformat import short_date
from danvan.organizations.models import PATH_SEGMENT, Organization
from docparse import fold, normalize

Kind = Organization.Kind

# Confidence of a match by what it matched (docs/name-resolution.md, "Confidence").
OFFICIAL_NAME = 1.0  # the official name, as written
RECORDED_NAME = 0.95  # a short name, alias or abbreviation recorded on the organisation
GENERATED_NAME = 0.9  # a generated variant: "UBND xã X", locality suffix, "Văn phòng Sở" inside the Sở
CONTEXT_ITSELF = 0.95  # "Sở", "UBND xã": the agency whose document it is
GROUP = 0.95  # a collective name with a fixed meaning ("Các sở, ban, ngành")
GROUP_SUPERSET = 0.8  # a collective name only covered by a wider group; the coordinator picks members
WITHOUT_DIACRITICS = 0.75  # factor for text written without diacritics ("UBND xa Cam Giang")
VIA_SUCCESSOR = 0.9  # factor for a unit closed by a merge, answered by its successor
LEADERSHIP = 0.95  # factor for "Lãnh đạo Sở", "Thủ trưởng các sở": the leaders stand for the unit

_TIER_CONFIDENCE = (OFFICIAL_NAME, RECORDED_NAME, GENERATED_NAME)
_OFFICIAL, _RECORDED, _GENERATED = 0, 1, 2


def _to_select() -> str:
    return gettext(", members to be selected")


# Abbreviations written inside unit names (reference/domain-rules.md §6), by their lower-case form.
_ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "mttq": "mặt trận tổ quốc",
    "vp": "văn phòng",
    "tp": "thành phố",
    "nn&mt": "nông nghiệp và môi trường",
    "kh&cn": "khoa học và công nghệ",
    "vhtt&dl": "văn hóa thể thao và du lịch",
    "gd&đt": "giáo dục và đào tạo",
    "qltt": "quản lý thị trường",
    "qltm": "quản lý thương mại",
    "vhxh": "văn hóa xã hội",
    "tg&dv": "tuyên giáo và dân vận",
    "bql": "ban quản lý",
    "đvsn": "đơn vị sự nghiệp",
    "đvsncl": "đơn vị sự nghiệp công lập",
    "dnnn": "doanh nghiệp nhà nước",
}
# Text typed without diacritics writes "HDND", "GD&DT": accept those spellings too.
_ABBREVIATIONS |= {fold(abbr): expansion for abbr, expansion in _ABBREVIATIONS.items()}
_TOKEN = re.compile(r"[\w&]+")

# Words that open the name of an agency; the first one found is how its own documents call it ("Sở").
_HEAD_NOUNS = (
    "ủy ban nhân dân",
    "ủy ban",
    "văn phòng",
    "thanh tra",
    "chi cục",
    "trung tâm",
    "sở",
    "ban",
    "cục",
    "đảng ủy",
)
_COMMUNE_NOUNS = ("xã", "phường", "đặc khu")
_PEOPLES_COMMITTEE = "ủy ban nhân dân"

# People who stand for their unit: "Lãnh đạo Sở", "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND xã".
_LEADERSHIP = re.compile(
    r"^(?:ban lanh dao|lanh dao|ban giam doc|pho giam doc|giam doc|thu truong|nguoi dung dau|pho chu tich|chu tich)"
    r"(?= )"
)


# ---------------------------------------------------------------------------------------------------------------
# Groups


class GroupKey(models.TextChoices):
    """The collective names documents use for sets of organisations."""

    # "Các sở, ban, ngành": departments and the other agencies directly under the provincial People's Committee.
    DEPARTMENTS = "departments", _("All departments")
    # "Ủy ban nhân dân cấp xã": every commune, ward and special zone of the province.
    COMMUNES = "communes", _("All commune-level people's committees")
    # "Các sở, ngành, địa phương"; "Các sở, ban, ngành và Ủy ban nhân dân cấp xã".
    DEPARTMENTS_AND_COMMUNES = "departments_and_communes", _("All departments and communes")
    # "Các cơ quan, đơn vị, tổ chức": every organisation of the province except internal units.
    AGENCIES_AND_UNITS = "agencies_and_units", _("All agencies and units")
    # "Đơn vị sự nghiệp công lập".
    PUBLIC_SERVICE_UNITS = "public_service_units", _("Public service units")
    # "Các doanh nghiệp nhà nước trực thuộc UBND thành phố".
    STATE_ENTERPRISES = "state_enterprises", _("State enterprises")
    # "Các phòng chuyên môn, đơn vị thuộc Sở": offices, divisions, sub-departments and centres of the anchor.
    INTERNAL_UNITS = "internal_units", _("Internal units")
    # "Các phòng thuộc Sở", "Các phòng chuyên môn": the divisions (phòng) of the anchor only.
    INTERNAL_DIVISIONS = "internal_divisions", _("Internal divisions")


# Internal units that are "đơn vị thuộc Sở" (a Party cell is not one of the agency's units).
_INTERNAL_UNIT_KINDS = frozenset({Kind.OFFICE, Kind.DIVISION, Kind.SUB_DEPARTMENT, Kind.CENTER})


def _valid_on(on: datetime.date) -> Q:
    return (Q(valid_from__isnull=True) | Q(valid_from__lte=on)) & (
        Q(valid_until__isnull=True) | Q(valid_until__gt=on)
    )


@dataclass(frozen=True)
class UnitGroup:
    """A collective name resolved to a rule over the tree: `key` anchored at `anchor`.

    The anchor is the province for province-wide groups and the agency itself for its internal units.
    """

    key: GroupKey
    anchor: Organization

    @property
    def label(self) -> str:
        return str(self.key.label)

    def __str__(self) -> str:
        return f"{self.label} — {self.anchor.name}"

    def members(self, on: datetime.date | None = None) -> QuerySet[Organization]:
        """The organisations of the group that exist on `on` (default today), in one query."""
        day = on or timezone.localdate()
        valid = _valid_on(day)
        subtree = Organization.objects.filter(valid, path__startswith=self.anchor.path)
        match self.key:
            case GroupKey.DEPARTMENTS:
                return subtree.filter(parent=self.anchor, kind__in=[Kind.DEPARTMENT, Kind.AGENCY])
            case GroupKey.COMMUNES:
                return subtree.filter(kind__in=Organization.COMMUNE_KINDS)
            case GroupKey.DEPARTMENTS_AND_COMMUNES:
                return subtree.filter(
                    Q(parent=self.anchor, kind__in=[Kind.DEPARTMENT, Kind.AGENCY])
                    | Q(kind__in=Organization.COMMUNE_KINDS)
                )
            case GroupKey.AGENCIES_AND_UNITS:
                return subtree.exclude(pk=self.anchor.pk).exclude(kind__in=Organization.INTERNAL_KINDS)
            case GroupKey.PUBLIC_SERVICE_UNITS:
                return subtree.filter(kind=Kind.PUBLIC_SERVICE_UNIT)
            case GroupKey.STATE_ENTERPRISES:
                return subtree.filter(kind=Kind.STATE_ENTERPRISE)
            case GroupKey.INTERNAL_UNITS:
                return subtree.filter(parent=self.anchor, kind__in=_INTERNAL_UNIT_KINDS)
            case GroupKey.INTERNAL_DIVISIONS:
                return subtree.filter(parent=self.anchor, kind=Kind.DIVISION)
        raise AssertionError(self.key)  # pragma: no cover - every key is handled above


class _Part(Enum):
    """What one word of a collective name stands for."""

    DEPARTMENT = "department"
    COMMUNE = "commune"
    UNIT = "unit"
    PUBLIC_SERVICE_UNIT = "public_service_unit"
    STATE_ENTERPRISE = "state_enterprise"
    DIVISION = "division"


# The words of collective names (diacritic-free), with whether the word is collective on its own
# ("cấp xã", "đơn vị sự nghiệp") or only after "các" or in an enumeration ("các sở", "sở, ban, ngành").
_GROUP_WORDS: dict[str, tuple[_Part, bool]] = {
    "so": (_Part.DEPARTMENT, False),
    "ban": (_Part.DEPARTMENT, False),
    "nganh": (_Part.DEPARTMENT, False),
    "so nganh": (_Part.DEPARTMENT, False),
    "ban nganh": (_Part.DEPARTMENT, False),
    "so ban nganh": (_Part.DEPARTMENT, True),
    "co quan chuyen mon": (_Part.DEPARTMENT, True),
    "xa": (_Part.COMMUNE, False),
    "phuong": (_Part.COMMUNE, False),
    "dac khu": (_Part.COMMUNE, False),
    "thi tran": (_Part.COMMUNE, False),
    "xa phuong": (_Part.COMMUNE, False),
    "xa phuong dac khu": (_Part.COMMUNE, False),
    "xa phuong thi tran": (_Part.COMMUNE, False),
    "cap xa": (_Part.COMMUNE, True),
    "dia phuong": (_Part.COMMUNE, False),
    "co quan": (_Part.UNIT, False),
    "don vi": (_Part.UNIT, False),
    "to chuc": (_Part.UNIT, False),
    "doanh nghiep": (_Part.UNIT, False),
    "co quan don vi": (_Part.UNIT, False),
    "co quan nha nuoc": (_Part.UNIT, False),
    "co quan hanh chinh nha nuoc": (_Part.UNIT, False),
    "don vi su nghiep": (_Part.PUBLIC_SERVICE_UNIT, True),
    "don vi su nghiep cong lap": (_Part.PUBLIC_SERVICE_UNIT, True),
    "doanh nghiep nha nuoc": (_Part.STATE_ENTERPRISE, True),
    "phong": (_Part.DIVISION, False),
    "phong ban": (_Part.DIVISION, False),
    "phong chuyen mon": (_Part.DIVISION, True),
    "phong nghiep vu": (_Part.DIVISION, True),
    "phong chuyen mon nghiep vu": (_Part.DIVISION, True),
}
# Commune words that name only some kinds of commune ("các phường" are not the xã); "xã" alone stands for
# the whole level ("UBND các xã" = "Ủy ban nhân dân cấp xã").
_SOME_COMMUNES = frozenset({"phuong", "dac khu", "thi tran"})
_PLURAL = ("tat ca cac", "toan bo cac", "toan bo", "cac", "nhung", "moi")
# "Ủy ban nhân dân cấp xã", "chính quyền các xã": the commune words may carry these in front.
_COMMUNE_BODY = ("uy ban nhan dan", "chinh quyen")
_RELATED = (("co", "lien", "quan"), ("lien", "quan"))
_QUALIFIERS = (("truc", "thuoc"), ("thuoc",), ("cua",), ("tren", "dia", "ban"))
_PROVINCE_LEVEL = (("cap", "tinh"), ("cap", "thanh", "pho"))
# Sets of parts answered by one group of the province.
_PROVINCE_GROUPS = {
    frozenset({_Part.DEPARTMENT}): GroupKey.DEPARTMENTS,
    frozenset({_Part.COMMUNE}): GroupKey.COMMUNES,
    frozenset({_Part.DEPARTMENT, _Part.COMMUNE}): GroupKey.DEPARTMENTS_AND_COMMUNES,
    frozenset({_Part.PUBLIC_SERVICE_UNIT}): GroupKey.PUBLIC_SERVICE_UNITS,
    frozenset({_Part.STATE_ENTERPRISE}): GroupKey.STATE_ENTERPRISES,
}


# ---------------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Resolution:
    """What one unit name, as written, resolved to."""

    class Status(models.TextChoices):
        ORGANIZATION = "organization", _("Organisation")
        GROUP = "group", _("Group")
        # Several organisations fit equally well; `candidates` lists them and a person must choose.
        AMBIGUOUS = "ambiguous", _("Ambiguous")
        # Nothing fits; `candidates` may list near misses (same letters, other diacritics) for a person.
        UNRESOLVED = "unresolved", _("Unresolved")

    text: str
    status: Status
    organization: Organization | None = None
    group: UnitGroup | None = None
    confidence: float = 0.0
    matched: str = ""
    candidates: tuple[Organization, ...] = ()
    # "Ủy ban nhân dân cấp xã có liên quan": the group only says where to look; the coordinator picks members.
    needs_selection: bool = False

    @property
    def is_resolved(self) -> bool:
        return self.status in (self.Status.ORGANIZATION, self.Status.GROUP)


def resolve_unit(name: str, context: Organization, *, on: datetime.date | None = None) -> Resolution:
    """Resolve one unit name written in a document of `context`. One query."""
    return _Resolver(context, on or timezone.localdate()).resolve(name)


def resolve_units(
    text: str | Iterable[str], context: Organization, *, on: datetime.date | None = None
) -> list[Resolution]:
    """Resolve the unit names of a document of `context`, valid on `on` (default today).

    A string is split at ";" and line breaks only (the parser splits lists). The organisations of the
    province are read once per call: one query, or two when a merged unit's successor lies outside it.
    """
    names = re.split(r"[;\r\n]+", text) if isinstance(text, str) else list(text)
    pieces = [p for p in (n.strip().strip("-–—•+*.,:").strip() for n in names) if p]
    if not pieces:
        return []
    resolver = _Resolver(context, on or timezone.localdate())
    return [resolver.resolve(piece) for piece in pieces]


# ---------------------------------------------------------------------------------------------------------------
# Text keys


def _clean(text: str) -> str:
    """NFC, old tone placement, lower case, abbreviations expanded; punctuation kept (commas split groups)."""
    text = re.sub(r"\s*&\s*", "&", normalize(text).casefold())
    text = _TOKEN.sub(lambda m: _ABBREVIATIONS.get(m[0], m[0]), text)
    return " ".join(text.split())


def _key(clean: str) -> str:
    """The matching key of cleaned text: words only ("Văn hóa, Thể thao" = "Văn hóa Thể thao", "&" = "và")."""
    return " ".join(re.sub(r"[^\w]+", " ", clean.replace("&", " và ")).split())


def _has_diacritics(text: str) -> bool:
    """Whether the writer typed diacritics, judged on words other than abbreviations and codes.

    "UBND xa Cam Giang" has none; "UBND", "SNV" or "VP" alone say nothing, and are read as written.
    """
    words = [t for t in _TOKEN.findall(normalize(text)) if t.casefold() not in _ABBREVIATIONS]
    if any(fold(w) != w.casefold() for w in words):
        return True
    is_code = len(words) == 1 and sum(c.isupper() for c in words[0]) >= 2
    return not words or is_code


def _ends_with(key: str, suffix: str) -> bool:
    return key == suffix or key.endswith(" " + suffix)


# ---------------------------------------------------------------------------------------------------------------
# The resolver: the province's organisations, indexed by every key they can be written as


@dataclass(frozen=True)
class _Entry:
    organization: Organization
    tier: int  # _OFFICIAL, _RECORDED or _GENERATED
    label: str  # human-readable: 'name "Xã Cẩm Giang", as its people's committee'
    key: str  # the key with diacritics, to tell "cẩm giang" from "cẩm giàng" when the text has none


_Hit = _Entry


class _Resolver:
    """Resolves names for one context on one day; reads the province's organisations once."""

    def __init__(self, context: Organization, on: datetime.date) -> None:
        if not context.path:
            raise ValueError("The context organisation must be saved in the tree.")
        self.on = on
        organizations = list(Organization.objects.filter(path__startswith=context.path[: PATH_SEGMENT + 1]))
        self.by_id = {o.pk: o for o in organizations}
        self._load_missing_successors()
        self.context = self.by_id.get(context.pk, context)
        self.province = self.by_id[self.context.province_pk]
        self.agency = self._agency_of(self.context)
        locality = _key(_clean(self.province.locality)) if self.province.locality else ""
        # Longest first: "thành phố hải phòng" before "hải phòng" before "thành phố".
        self.locality_suffixes = [
            s
            for s in (f"thành phố {locality}", f"tỉnh {locality}", locality, "thành phố", "tỉnh")
            if s.strip()
        ]
        self.exact: dict[str, list[_Entry]] = {}
        self.folded: dict[str, list[_Entry]] = {}
        self.abbreviations: dict[str, list[_Entry]] = {}
        for organization in organizations:
            self._index(organization)

    # -- loading and indexing -------------------------------------------------------------------------------

    def _load_missing_successors(self) -> None:
        # A merge may hand a unit to a successor outside the province: fetch those, a few hops at most.
        for _hop in range(3):
            missing = {o.successor_id for o in self.by_id.values() if o.successor_id} - set(self.by_id)
            if not missing:
                return
            self.by_id |= {o.pk: o for o in Organization.objects.filter(pk__in=missing)}

    def _agency_of(self, organization: Organization) -> Organization:
        """The nearest organisation that is not an internal unit (the Sở of its Văn phòng)."""
        current = organization
        while current.kind in Organization.INTERNAL_KINDS:
            parent = self.by_id.get(current.parent_id) if current.parent_id else None
            if parent is None:
                break
            current = parent
        return current

    def _self_nouns(self, agency: Organization) -> tuple[str, ...]:
        """How a body's own documents call it: "sở" for a Sở, "ủy ban nhân dân xã" for a xã."""
        if agency.kind == Kind.PROVINCE:
            return ("thành phố", "tỉnh")
        key = _key(_clean(agency.name))
        if agency.kind in Organization.COMMUNE_KINDS:
            noun = next((n for n in _COMMUNE_NOUNS if key.startswith(n + " ")), "")
            return (
                (f"{_PEOPLES_COMMITTEE} {noun}", noun, _PEOPLES_COMMITTEE) if noun else (_PEOPLES_COMMITTEE,)
            )
        return tuple(n for n in _HEAD_NOUNS if key.startswith(n + " "))[:1]

    def _variants(self, key: str) -> list[tuple[str, str]]:
        """Equivalent spellings of a key, each with what was changed (empty for the key itself)."""
        variants = [(key, "")]
        for rule in (self._drop_viet_nam, self._drop_committee, self._drop_locality):
            for text, note in list(variants):
                changed = rule(text)
                if changed and changed[0] not in {v for v, _n in variants}:
                    variants.append((changed[0], f"{note}, {changed[1]}" if note else changed[1]))
        return variants

    @staticmethod
    def _drop_viet_nam(key: str) -> tuple[str, str] | None:
        # "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" = "Ủy ban Mặt trận Tổ quốc thành phố".
        if "mặt trận tổ quốc việt nam" in key:
            return key.replace("mặt trận tổ quốc việt nam", "mặt trận tổ quốc"), gettext("without “Việt Nam”")
        return None

    @staticmethod
    def _drop_committee(key: str) -> tuple[str, str] | None:
        # "MTTQ thành phố" stands for its Ủy ban.
        if key.startswith("ủy ban mặt trận tổ quốc"):
            return key.removeprefix("ủy ban "), gettext("without “Ủy ban”")
        return None

    def _drop_locality(self, key: str) -> tuple[str, str] | None:
        # "Sở Công Thương thành phố Hải Phòng" = "Sở Công Thương"; never down to a bare "phường".
        for suffix in self.locality_suffixes:
            if key.endswith(" " + suffix):
                rest = key.removesuffix(" " + suffix)
                if len(rest.split()) >= 2:
                    return rest, gettext("locality suffix dropped")
        return None

    def _add(self, key: str, entry: _Entry) -> None:
        self.exact.setdefault(key, []).append(entry)
        self.folded.setdefault(fold(key), []).append(entry)

    def _index(self, organization: Organization) -> None:
        names = [(organization.name, _OFFICIAL, gettext("name"))]
        if organization.short_name:
            names.append((organization.short_name, _RECORDED, gettext("short name")))
        names += [(alias, _RECORDED, gettext("alias")) for alias in organization.alias_list()]
        keys: list[tuple[str, int, str]] = []
        for name, tier, what in names:
            for key, note in self._variants(_key(_clean(name))):
                label = f"{what} “{name}”" + (f", {note}" if note else "")
                keys.append((key, tier if not note else _GENERATED, label))
        if organization.is_commune:
            # "Xã Cẩm Giang" is written "Ủy ban nhân dân xã Cẩm Giang" / "UBND xã Cẩm Giang".
            keys += [
                (f"{_PEOPLES_COMMITTEE} {key}", _GENERATED, label + gettext(", as its people's committee"))
                for key, _tier, label in list(keys)
                if key.split(" ", 1)[0] in ("xã", "phường", "đặc")
            ]
        if organization.is_internal:
            keys += self._internal_keys(organization, keys)
        for key, tier, label in keys:
            self._add(key, _Entry(organization, tier, label, key))
        if organization.abbreviation:
            abbreviation = organization.abbreviation
            entry = _Entry(
                organization,
                _RECORDED,
                gettext("abbreviation “%(abbreviation)s”") % {"abbreviation": abbreviation},
                abbreviation,
            )
            self.abbreviations.setdefault(fold(abbreviation).replace(" ", ""), []).append(entry)

    def _internal_keys(
        self, organization: Organization, keys: list[tuple[str, int, str]]
    ) -> list[tuple[str, int, str]]:
        """ "Văn phòng Sở" is also "Văn phòng" inside the Sở and "Văn phòng Sở Công Thương" anywhere."""
        agency = self._agency_of(organization)
        if agency.pk == organization.pk:
            return []
        nouns = self._self_nouns(agency)
        agency_key = _key(_clean(agency.name))
        agency_keys = [agency_key]
        if agency.is_commune:
            agency_keys.append(f"{_PEOPLES_COMMITTEE} {agency_key}")
        extra: list[tuple[str, int, str]] = []
        for key, _tier, label in keys:
            base = next((key.removesuffix(" " + n) for n in nouns if key.endswith(" " + n)), key)
            # Relative forms are marked with the agency's pk so they only match inside that agency.
            for relative in {base, *(f"{base} {n}" for n in nouns)} - {key}:
                extra.append(
                    (
                        f"@{agency.pk} {relative}",
                        _GENERATED,
                        label + gettext(", relative to “%(agency)s”") % {"agency": agency.name},
                    )
                )
            for qualified in agency_keys:
                for form in (f"{base} {qualified}", f"{base} thuộc {qualified}"):
                    extra.append(
                        (form, _GENERATED, label + gettext(", of “%(agency)s”") % {"agency": agency.name})
                    )
        return extra

    # -- resolution -----------------------------------------------------------------------------------------

    def resolve(self, text: str) -> Resolution:
        accented = _has_diacritics(text)
        result = self._resolve_clean(text, _clean(text), accented)
        if result is not None:
            return result
        return self._unresolved(text, _clean(text), accented)

    def _resolve_clean(self, text: str, clean: str, accented: bool) -> Resolution | None:
        group = self._group(text, clean, accented)
        if group is not None:
            return group
        named = self._named(text, clean, accented)
        if named is not None:
            return named
        leader = _LEADERSHIP.match(fold(clean))
        if leader:
            rest = " ".join(clean.split()[len(leader[0].split()) :])
            inner = self._resolve_clean(text, rest, accented) if rest else None
            if inner is not None:
                return Resolution(
                    text=text,
                    status=inner.status,
                    organization=inner.organization,
                    group=inner.group,
                    confidence=inner.confidence * LEADERSHIP,
                    matched=gettext("leadership of: %(inner)s") % {"inner": inner.matched},
                    candidates=inner.candidates,
                    needs_selection=inner.needs_selection,
                )
        return None

    def _unresolved(self, text: str, clean: str, accented: bool) -> Resolution:
        near: list[Organization] = []
        if accented:
            # Same letters, other diacritics ("Xã Cẩm Giang" when only "Xã Cẩm Giàng" exists): show, never pick.
            folded = self._named(text, clean, False)
            if folded is not None:
                near = [folded.organization] if folded.organization else list(folded.candidates)
        matched = gettext("no organisation or group matches")
        if near:
            matched += "; " + gettext("differs only in diacritics from %(names)s") % {
                "names": ", ".join(f"“{o.name}”" for o in near)
            }
        return Resolution(
            text=text, status=Resolution.Status.UNRESOLVED, matched=matched, candidates=tuple(near)
        )

    def _active(self, organization: Organization) -> bool:
        return organization.is_active_on(self.on)

    def _hits(self, clean: str, *, accented: bool, raw: str = "") -> list[_Hit]:
        """Every indexed organisation one of the text's variants matches, with its tier and label."""
        hits: list[_Hit] = []
        table = self.exact if accented else self.folded
        for key, note in self._variants(_key(clean)):
            if not key:
                continue
            # Relative names ("Văn phòng" inside the Sở) only match the text as written: "Thanh tra thành
            # phố" with its locality dropped must not become the Sở's own "Thanh tra".
            lookups = [key] if note else [key, f"@{self.agency.pk} {key}"]
            for lookup in lookups:
                for entry in table.get(lookup if accented else fold(lookup), ()):
                    label = entry.label + (gettext(" (text %(note)s)") % {"note": note} if note else "")
                    tier = max(entry.tier, _GENERATED if note else _OFFICIAL)
                    hits.append(_Hit(entry.organization, tier, label, entry.key))
        abbreviation = raw.strip()
        if abbreviation and not re.search(r"\s", abbreviation):
            for entry in self.abbreviations.get(fold(normalize(abbreviation)), ()):
                hits.append(entry)
        return hits

    def _named(self, text: str, clean: str, accented: bool) -> Resolution | None:
        factor = 1.0 if accented else WITHOUT_DIACRITICS
        key = _key(clean)
        nouns = self._self_nouns(self.agency)
        as_written = key if accented else fold(key)
        # Only the text as written: "UBND thành phố" without its locality is not the xã's "UBND".
        if any(as_written == (noun if accented else fold(noun)) for noun in nouns):
            return Resolution(
                text=text,
                status=Resolution.Status.ORGANIZATION,
                organization=self.agency,
                confidence=CONTEXT_ITSELF * factor,
                matched=gettext("the organisation of the document, “%(name)s”") % {"name": self.agency.name},
            )
        hits = self._hits(clean, accented=accented, raw=text)
        # "Văn phòng Sở" in a Sở's document is that Sở's office: never another agency's.
        relative = any(_ends_with(as_written, n if accented else fold(n)) for n in nouns)
        scopes = [self.context.path, self.agency.path]
        if not relative or self.agency.kind == Kind.PROVINCE:
            scopes.append(self.province.path)
        active = [
            h for h in hits if self._active(h.organization) and h.organization.path.startswith(scopes[-1])
        ]
        if not accented and len({h.key for h in active}) > 1 and len({h.organization.pk for h in active}) > 1:
            # Without diacritics the text fits names that differ in them ("UBND xa Cam Giang": Cẩm Giang and
            # Cẩm Giàng): a person chooses, even when one of them is the context itself.
            return self._pick(text, active, accented)
        for scope in scopes:
            in_scope = [h for h in active if h.organization.path.startswith(scope)]
            if in_scope:
                return self._pick(text, in_scope, accented)
        closed = [
            h
            for h in hits
            if h.organization.path.startswith(scopes[-1])
            and not self._active(h.organization)
            and (h.organization.valid_until is not None and h.organization.valid_until <= self.on)
        ]
        if closed:
            return self._via_successor(text, closed, accented)
        return None

    def _pick(self, text: str, hits: list[_Hit], accented: bool) -> Resolution:
        best: dict[int, _Hit] = {}
        for hit in hits:
            if hit.organization.pk not in best or hit.tier < best[hit.organization.pk].tier:
                best[hit.organization.pk] = hit
        top = min(h.tier for h in best.values())
        # Without diacritics every candidate counts: "UBND xa Cam Giang" is Cẩm Giang or Cẩm Giàng.
        chosen = [h for h in best.values() if h.tier == top or not accented]
        chosen.sort(key=lambda h: h.organization.path)
        confidence = _TIER_CONFIDENCE[top] * (1.0 if accented else WITHOUT_DIACRITICS)
        if len(chosen) == 1:
            hit = chosen[0]
            matched = hit.label + ("" if accented else gettext(" (text without diacritics)"))
            return Resolution(
                text=text,
                status=Resolution.Status.ORGANIZATION,
                organization=hit.organization,
                confidence=confidence,
                matched=matched,
            )
        return Resolution(
            text=text,
            status=Resolution.Status.AMBIGUOUS,
            confidence=confidence / len(chosen),
            matched="; ".join(f"{h.label} ({h.organization.name})" for h in chosen),
            candidates=tuple(h.organization for h in chosen),
        )

    def _successor(self, organization: Organization) -> Organization | None:
        current: Organization | None = organization
        for _hop in range(10):
            if current is None or self._active(current):
                return current
            current = self.by_id.get(current.successor_id) if current.successor_id else None
        return None

    def _via_successor(self, text: str, closed: list[_Hit], accented: bool) -> Resolution:
        picked = self._pick(text, closed, accented)
        olds = [picked.organization] if picked.organization else list(picked.candidates)
        successors = _unique(s for s in (self._successor(o) for o in olds) if s is not None)
        notes = "; ".join(
            gettext("“%(name)s” closed on %(date)s") % {"name": o.name, "date": short_date(o.valid_until)}
            for o in olds
            if o.valid_until is not None
        )
        if len(successors) == 1 and len(olds) == 1:
            return Resolution(
                text=text,
                status=Resolution.Status.ORGANIZATION,
                organization=successors[0],
                confidence=picked.confidence * VIA_SUCCESSOR,
                matched=f"{picked.matched}; {notes}"
                + gettext(", succeeded by “%(name)s”") % {"name": successors[0].name},
            )
        if successors:
            return Resolution(
                text=text,
                status=Resolution.Status.AMBIGUOUS,
                confidence=picked.confidence * VIA_SUCCESSOR / len(successors),
                matched=f"{picked.matched}; {notes}; "
                + gettext("successors: %(names)s") % {"names": ", ".join(s.name for s in successors)},
                candidates=tuple(successors),
            )
        return Resolution(
            text=text,
            status=Resolution.Status.UNRESOLVED,
            matched=f"{picked.matched}; {notes}"
            + gettext(", with no successor on %(date)s") % {"date": short_date(self.on)},
            candidates=tuple(olds),
        )

    # -- groups ---------------------------------------------------------------------------------------------

    def _group(self, text: str, clean: str, accented: bool) -> Resolution | None:
        """Collective names: every part a group word ("Các sở, ban, ngành và Ủy ban nhân dân cấp xã")."""
        parts = [_key(p).split() for p in re.split(r"[,;]|\s+và\s+|&", clean)]
        parts = [p for p in parts if p]
        if not parts:
            return None
        needs_selection = False
        last = parts[-1]
        anchor: Organization | None = None
        folded_last = [fold(w) for w in last]
        for related in _RELATED:
            if tuple(folded_last[-len(related) :]) == related and len(folded_last) > len(related):
                needs_selection, last = True, last[: -len(related)]
                folded_last = folded_last[: -len(related)]
                break
        for qualifier in _QUALIFIERS:
            at = _find(folded_last, qualifier)
            if at is not None:
                anchor = self._qualifier_anchor(last[at + len(qualifier) :], accented)
                if anchor is None:
                    return None
                last, folded_last = last[:at], folded_last[:at]
                break
        else:
            stripped = self._strip_province_level(last)
            if stripped is not None:
                anchor, last = self.province, stripped
        parts[-1] = last
        found: set[_Part] = set()
        commune_words: set[str] = set()
        plural = False
        for index, words in enumerate(parts):
            folded = " ".join(fold(w) for w in words)
            folded, had_plural = _strip_prefix(folded, _PLURAL)
            folded, had_body = _strip_prefix(folded, _COMMUNE_BODY)
            if had_body:
                folded, had_plural_after = _strip_prefix(folded, _PLURAL)
                had_plural = had_plural or had_plural_after
            meaning = _GROUP_WORDS.get(folded)
            if meaning is None or (had_body and meaning[0] is not _Part.COMMUNE):
                return None
            found.add(meaning[0])
            if meaning[0] is _Part.COMMUNE:
                commune_words.add(folded)
            plural = plural or had_plural or meaning[1] or (index > 0)
        if not plural:
            return None
        factor = 1.0 if accented else WITHOUT_DIACRITICS
        result = self._group_result(text, found, anchor, needs_selection, factor)
        if (
            result is not None
            and result.group is not None
            and commune_words
            and commune_words <= _SOME_COMMUNES
        ):
            # "Các phường" names only some of the communes the group holds: a person picks the members.
            return replace(
                result,
                confidence=GROUP_SUPERSET * factor,
                needs_selection=True,
                matched=result.matched.removesuffix(_to_select()) + _to_select(),
            )
        return result

    def _group_result(
        self, text: str, found: set[_Part], anchor: Organization | None, needs_selection: bool, factor: float
    ) -> Resolution | None:
        internal_parts = {_Part.DIVISION, _Part.UNIT}
        confidence = GROUP
        key: GroupKey | None
        if _Part.DIVISION in found or (
            anchor is not None and anchor != self.province and found <= internal_parts
        ):
            # "Các phòng thuộc Sở", "Các phòng chuyên môn, đơn vị thuộc Sở", "các đơn vị trực thuộc".
            if not found <= internal_parts:
                return None
            anchor = anchor or self.agency
            key = GroupKey.INTERNAL_DIVISIONS if found == {_Part.DIVISION} else GroupKey.INTERNAL_UNITS
        elif anchor is not None and anchor != self.province:
            # "Các đơn vị sự nghiệp thuộc Sở Y tế": the public service units under that department.
            key = _PROVINCE_GROUPS.get(frozenset(found))
            if key not in (GroupKey.PUBLIC_SERVICE_UNITS, GroupKey.STATE_ENTERPRISES):
                return None
        else:
            anchor = self.province
            key = _PROVINCE_GROUPS.get(frozenset(found))
            if key is None:
                # "Các sở, ngành, đơn vị", "cơ quan, đơn vị, tổ chức, doanh nghiệp": every agency and unit.
                key = GroupKey.AGENCIES_AND_UNITS
                if _Part.UNIT not in found:
                    # Only a wider group covers "các sở, ngành và đơn vị sự nghiệp": a person picks.
                    confidence, needs_selection = GROUP_SUPERSET, True
        assert key is not None
        group = UnitGroup(key=key, anchor=anchor)
        matched = gettext("group “%(group)s” of “%(anchor)s”") % {"group": group.label, "anchor": anchor.name}
        if needs_selection:
            matched += _to_select()
        return Resolution(
            text=text,
            status=Resolution.Status.GROUP,
            group=group,
            confidence=confidence * factor,
            matched=matched,
            needs_selection=needs_selection,
        )

    def _strip_province_level(self, words: list[str]) -> list[str] | None:
        """ "các sở, ngành thành phố", "các sở, ngành cấp tỉnh": the province's own groups."""
        folded = [fold(w) for w in words]
        for level in _PROVINCE_LEVEL:
            if len(folded) > len(level) and tuple(folded[-len(level) :]) == level:
                return words[: -len(level)]
        key = " ".join(words)
        for suffix in self.locality_suffixes:
            if key.endswith(" " + suffix):
                return key.removesuffix(" " + suffix).split()
        return None

    def _qualifier_anchor(self, words: list[str], accented: bool) -> Organization | None:
        """The organisation after "thuộc", "trực thuộc", "của", "trên địa bàn"; the agency when none is named."""
        if not words:
            return self.agency
        key = " ".join(words)
        folded = fold(key)
        if any(fold(n) == folded for n in self._self_nouns(self.agency)):
            return self.agency
        if folded in {fold(s) for s in self.locality_suffixes}:
            return self.province
        result = self._named(key, key, accented)
        if result is not None and result.status == Resolution.Status.ORGANIZATION:
            return result.organization
        return None


def _find(words: list[str], phrase: tuple[str, ...]) -> int | None:
    for at in range(len(words) - len(phrase) + 1):
        if tuple(words[at : at + len(phrase)]) == phrase:
            return at
    return None


def _strip_prefix(folded: str, prefixes: tuple[str, ...]) -> tuple[str, bool]:
    for prefix in prefixes:
        if folded.startswith(prefix + " "):
            return folded.removeprefix(prefix + " "), True
    return folded, False


def _unique(organizations: Iterable[Organization]) -> list[Organization]:
    seen: dict[int, Organization] = {}
    for organization in organizations:
        seen.setdefault(organization.pk, organization)
    return sorted(seen.values(), key=lambda o: o.path)
