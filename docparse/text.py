"""Vietnamese text normalisation shared by the parser and the app.

`normalize()` makes text NFC with the old tone placement used by state documents ("Ủy", "hòa");
`fold()` makes a matching key that ignores case, diacritics and tone placement ("uy ban nhan dan").
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_WORD_END = r"(?![\w\u0300-\u036f])"
# "oà"/"oè"/"uỷ" at the end of a syllable carry the tone on the first vowel in the old style
# ("hòa", "Ủy"), except after "q" where "u" is part of the consonant ("quý", "quả").
_NEW_TO_OLD = re.compile(
    rf"(?<![qQ])([oO])([aAeE])([{_TONES}]){_WORD_END}|(?<![qQ])([uU])([yY])([{_TONES}]){_WORD_END}"
)
# The precomposed a/e/y that carry a tone mark ("à", "ẻ", "ỷ", …). In NFC text every tone that `_NEW_TO_OLD`
# could move sits on one of them, at the end of a word, after an "o"/"u" not preceded by "q".
_TONED_PAIRS = {vowel + tone for vowel in "aAeEyY" for tone in _TONES}
_TONED_AEY = "".join(
    char for char in map(chr, range(0x00C0, 0x1F00)) if unicodedata.normalize("NFD", char)[:2] in _TONED_PAIRS
)
# (The "q" test follows the "o"/"u", so that the search can skip quickly to the next "o"/"u".)
_MAY_NEED_MOVE = re.compile(f"[oOuU](?<![qQ][oOuU])[{_TONED_AEY}]{_WORD_END}")


def _move_tone(match: re.Match[str]) -> str:
    if match[1]:
        return match[1] + match[3] + match[2]
    return match[4] + match[6] + match[5]


# The Icelandic eth (Ð, ð) that legacy Vietnamese fonts (TCVN3, VNI) leave in PDF text in place of Đ, đ: it looks
# the same, but no Vietnamese word holds it ("Ðoàn Thanh niên" is "Đoàn Thanh niên").
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def normalize(text: str) -> str:
    """Return `text` in NFC with old-style tone placement ("Uỷ ban" -> "Ủy ban", "hoà" -> "hòa") and Đ for a
    look-alike eth ("Ðoàn" -> "Đoàn")."""
    composed = unicodedata.normalize("NFC", text)
    if "\u00d0" in composed or "\u00f0" in composed:
        composed = composed.translate(_ETH)
    if not _MAY_NEED_MOVE.search(composed):
        return composed  # what the full pass below returns, without decomposing the whole text
    decomposed = unicodedata.normalize("NFD", composed)
    return unicodedata.normalize("NFC", _NEW_TO_OLD.sub(_move_tone, decomposed))


class _StripMarks(dict[int, str]):
    """str.translate table, filled on first use: each character without its combining marks, "đ" as "d"."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code))
        value = (
            "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
        )
        self[code] = value
        return value


_STRIP_MARKS = _StripMarks()


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Return a matching key: no diacritics, "đ" as "d", case-folded, whitespace collapsed."""
    return " ".join(text.translate(_STRIP_MARKS).casefold().split())


# A heading set with letter-spacing comes out of a PDF's text layer (or was typed) as letters one space apart:
# "K Ế H O Ạ C H", "I I I . T Ổ C H Ứ C T H Ự C H I Ệ N"; wider gaps, when the tool keeps them, are the word gaps.
_LETTER_SPACED = re.compile(r" *\S[,.;:)]?(?: {1,3}\S[,.;:)]?){3,} *")
_GLUED = (",", ".", ";", ":", ")")
_WORD_GAP = re.compile(r" {2,}")
_ONSETS: tuple[str, ...] = (
    "ngh",
    "ng",
    "nh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ph",
    "th",
    "tr",
    "qu",
    *"bcdđghklmnprstvx",
    "",
)
_CODAS: tuple[str, ...] = ("ng", "nh", "ch", "c", "m", "n", "p", "t", "")
_STOPS = ("c", "ch", "p", "t")  # a syllable ending in one carries the sắc or the nặng tone
_STOP_TONES = ("\u0301", "\u0323")
_VOWELS = "aăâeêioôơuưy"
_RUN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_ROMAN = re.compile(r"[IVXL]+")


def _letter(char: str) -> tuple[str, str]:
    """The letter without its tone (lower case) and the tone mark of one character."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    tone = next((mark for mark in decomposed if mark in _TONES), "")
    return unicodedata.normalize("NFC", decomposed.replace(tone, "") if tone else decomposed), tone


def _syllable(letters: list[tuple[str, str]]) -> bool | None:
    """None if the letters are no Vietnamese syllable, else whether it starts with a consonant."""
    base = "".join(letter for letter, _ in letters)
    tones = [tone for _, tone in letters if tone]
    if len(tones) > 1:
        return None
    for onset in _ONSETS:
        if not base.startswith(onset):
            continue
        rest = base[len(onset) :]
        vowels = len(rest) - len(rest.lstrip(_VOWELS))
        nucleus, coda = rest[:vowels], rest[vowels:]
        if not 1 <= vowels <= 3 or coda not in _CODAS:
            continue
        # a glide that ends the vowels ends the syllable ("HỘI" / "CHỦ"), except "uy" in "huynh", "khuỷu"
        glide_coda = coda and vowels > 1 and nucleus[-1] in "iyuo" and nucleus[-2:] != "uy"
        if glide_coda or (coda in _STOPS and (not tones or tones[0] not in _STOP_TONES)):
            continue
        return onset != ""
    return None


def _syllables(word: str, known: frozenset[str]) -> list[str]:
    """`word` (letters written without their spaces) cut into the fewest Vietnamese syllables; on a tie, those the
    document writes elsewhere (`known`, lower case: "CHỦNGHĨA" is "CHỦ NGHĨA", not "CHỦNG HĨA"), then those with a
    consonant first ("BANHÀNH" is "BAN HÀNH"), then the longer first syllable; as it is when it cannot be cut (an
    abbreviation)."""
    letters = [_letter(char) for char in word]
    # best[i]: (syllables, syllables the document does not write, syllables without a consonant first, cuts)
    best: list[tuple[int, int, int, list[int]] | None] = [None] * len(word) + [(0, 0, 0, [])]
    for start in range(len(word) - 1, -1, -1):
        for end in range(min(len(word), start + 7), start, -1):
            rest = best[end]
            onset = _syllable(letters[start:end]) if rest is not None else None
            if rest is None or onset is None:
                continue
            unknown = word[start:end].lower() not in known
            score = (rest[0] + 1, rest[1] + unknown, rest[2] + (not onset), [end, *rest[3]])
            current = best[start]
            if current is None or score[:3] < current[:3]:
                best[start] = score
    found = best[0]
    if found is None:
        return [word]
    cuts = [0, *found[3]]
    return [word[a:b] for a, b in itertools.pairwise(cuts)]


def _joined_word(group: str, known: frozenset[str]) -> str:
    runs = _RUN.findall(group.replace(" ", ""))
    out = ""
    for index, run in enumerate(runs):
        if run in ".,;:)!?/":
            out = out.rstrip() + run + ("" if run == "/" else " ")
        elif run in "(/":
            out += run
        elif run[0].isalpha() and not (
            _ROMAN.fullmatch(run) and index + 1 < len(runs) and runs[index + 1] in ".)"
        ):
            out += " ".join(_syllables(run, known)) + " "
        else:
            out += run + " "
    return out.strip()


def is_letter_spaced(line: str) -> bool:
    """Whether `line` is letters one space apart (a punctuation mark may follow a letter): "K Ế H O Ạ C H"."""
    if not _LETTER_SPACED.fullmatch(line):
        return False
    tokens = line.split()
    return all(len(token) == 1 or token[1:] in _GLUED for token in tokens) and (
        sum(token[0].isalpha() for token in tokens) >= 4
    )


def join_letter_spaced(line: str, known: frozenset[str] = frozenset()) -> str:
    """`line` with letter-spaced words joined back into syllables ("K Ế H O Ạ C H" -> "KẾ HOẠCH"), `known` the
    words (lower case) the document writes elsewhere; any other line as it is."""
    if not is_letter_spaced(line):
        return line
    return " ".join(_joined_word(group, known) for group in _WORD_GAP.split(line.strip()))
