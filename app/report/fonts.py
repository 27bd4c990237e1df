"""The embedded fonts, registered with reportlab once, and the choice of font for each character.

Noto Sans draws Latin, Cyrillic and Greek; Noto Sans Arabic, Hebrew, Devanagari and Bengali their
scripts; WenQuanYi Micro Hei (one TrueType collection) Chinese, Japanese kana and Korean Hangul.
reportlab subsets every font it embeds, so only the glyphs used reach the PDF.
"""

from __future__ import annotations

import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from app.paths import resources_dir

Weight = Literal["regular", "bold"]


class Script(StrEnum):
    LATIN = "latin"  # also Cyrillic, Greek and the common punctuation
    ARABIC = "arabic"
    HEBREW = "hebrew"
    DEVANAGARI = "devanagari"
    BENGALI = "bengali"
    CJK = "cjk"


@dataclass(frozen=True)
class FontFile:
    """A font file shipped in resources/fonts, and the face in it (a .ttc holds several)."""

    file: str
    subfont_index: int = 0


# Bold falls back to regular where the family has no bold face (the CJK font).
FONT_FILES: dict[Script, dict[Weight, FontFile]] = {
    Script.LATIN: {
        "regular": FontFile("NotoSans-Regular.ttf"),
        "bold": FontFile("NotoSans-Bold.ttf"),
    },
    Script.ARABIC: {
        "regular": FontFile("NotoSansArabic-Regular.ttf"),
        "bold": FontFile("NotoSansArabic-Bold.ttf"),
    },
    Script.HEBREW: {
        "regular": FontFile("NotoSansHebrew-Regular.ttf"),
        "bold": FontFile("NotoSansHebrew-Bold.ttf"),
    },
    Script.DEVANAGARI: {
        "regular": FontFile("NotoSansDevanagari-Regular.ttf"),
        "bold": FontFile("NotoSansDevanagari-Bold.ttf"),
    },
    Script.BENGALI: {
        "regular": FontFile("NotoSansBengali-Regular.ttf"),
        "bold": FontFile("NotoSansBengali-Bold.ttf"),
    },
    Script.CJK: {"regular": FontFile("wqy-microhei.ttc", subfont_index=0)},
}

# Scripts whose letters need OpenType shaping (joining forms, conjuncts, vowel signs, marks).
COMPLEX_SCRIPTS = frozenset({Script.ARABIC, Script.HEBREW, Script.DEVANAGARI, Script.BENGALI})

_SCRIPT_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0590, 0x05FF, Script.HEBREW),
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x08A0, 0x08FF, Script.ARABIC),
    (0x0900, 0x097F, Script.DEVANAGARI),
    (0x0980, 0x09FF, Script.BENGALI),
    (0x1100, 0x11FF, Script.CJK),  # Hangul Jamo
    (0x2E80, 0x2FDF, Script.CJK),  # CJK radicals
    (0x3000, 0x303F, Script.CJK),  # CJK punctuation
    (0x3040, 0x30FF, Script.CJK),  # Hiragana, Katakana
    (0x3130, 0x318F, Script.CJK),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF, Script.CJK),
    (0x3400, 0x4DBF, Script.CJK),
    (0x4E00, 0x9FFF, Script.CJK),
    (0xA8E0, 0xA8FF, Script.DEVANAGARI),
    (0xAC00, 0xD7AF, Script.CJK),  # Hangul syllables
    (0xF900, 0xFAFF, Script.CJK),
    (0xFB1D, 0xFB4F, Script.HEBREW),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE70, 0xFEFF, Script.ARABIC),
    (0xFF00, 0xFFEF, Script.CJK),  # full-width forms
)

# The ranges as sorted starts, for a bisection instead of a scan of every range per character.
_RANGE_STARTS = tuple(low for low, _, _ in _SCRIPT_RANGES)
assert list(_RANGE_STARTS) == sorted(_RANGE_STARTS), "keep _SCRIPT_RANGES sorted"

_ZERO_WIDTH_JOINERS = {"\u200c", "\u200d"}

_registered = False
_register_lock = threading.Lock()
_coverage: dict[Script, frozenset[int]] = {}


def font_name(script: Script, weight: Weight = "regular") -> str:
    """The reportlab name of a registered font; bold falls back to regular where there is none."""
    faces = FONT_FILES[script]
    chosen = weight if weight in faces else "regular"
    return f"IMGReadiness-{script.value}-{chosen}"


def register_fonts() -> None:
    """Register every embedded font with reportlab, once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _register_lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = resources_dir() / "fonts"
        for script, faces in FONT_FILES.items():
            for weight, font_file in faces.items():
                font = TTFont(
                    font_name(script, weight),
                    str(folder / font_file.file),
                    subfontIndex=font_file.subfont_index,
                )
                pdfmetrics.registerFont(font)
                if weight == "regular":
                    _coverage[script] = frozenset(font.face.charToGlyph)
        global _latin_covers_ascii
        _latin_covers_ascii = all(code in _coverage[Script.LATIN] for code in range(0x20, 0x7F))
        _registered = True


def covers(script: Script, char: str) -> bool:
    return ord(char) in _coverage[script]


def latin_covers_ascii() -> bool:
    """Whether the Latin font draws every printable ASCII character (text made of them alone
    is then one Latin run: app/report/text.py takes that short cut). After register_fonts()."""
    return _latin_covers_ascii


_latin_covers_ascii = False
_script_cache: dict[str, Script | None] = {}
_attached_cache: dict[str, bool] = {}


def script_of(char: str) -> Script | None:
    """The script whose font must draw this character, or None for a neutral one (digits,
    punctuation, marks) that can go with its neighbours. Remembered per character."""
    try:
        return _script_cache[char]
    except KeyError:
        pass
    code = ord(char)
    found: Script | None = None
    position = bisect_right(_RANGE_STARTS, code) - 1
    if position >= 0 and code <= _SCRIPT_RANGES[position][1]:
        found = _SCRIPT_RANGES[position][2]
    elif char.isalpha():
        found = Script.LATIN
    if len(_script_cache) < 65536:
        _script_cache[char] = found
    return found


def is_attached(char: str) -> bool:
    """True for a character that must stay in its predecessor's run (combining marks, joiners)."""
    try:
        return _attached_cache[char]
    except KeyError:
        pass
    attached = char in _ZERO_WIDTH_JOINERS or unicodedata.category(char) in ("Mn", "Mc", "Me")
    if len(_attached_cache) < 65536:
        _attached_cache[char] = attached
    return attached


def fallback_script(char: str) -> Script:
    """The first font that has a glyph for a character no script claims (symbols, arrows)."""
    for script in (Script.LATIN, Script.CJK, Script.ARABIC, Script.DEVANAGARI, Script.BENGALI):
        if covers(script, char):
            return script
    return Script.LATIN


def embedded_font_files() -> list[str]:
    """The font files the PDF may embed (for the README and the tests)."""
    return sorted({f.file for faces in FONT_FILES.values() for f in faces.values()})
