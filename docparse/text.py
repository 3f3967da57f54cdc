"""Vietnamese text normalisation shared by the parser and the app.

`normalize()` makes text NFC with the old tone placement used by state documents ("Ủy", "hòa");
`fold()` makes a matching key that ignores case, diacritics and tone placement ("uy ban nhan dan").
"""

from __future__ import annotations

import functools
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
