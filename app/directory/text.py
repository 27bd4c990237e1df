"""Folding school names and queries into plain ASCII words, the same way on both sides.

"São Paulo" and "sao paulo" give the same words; "St. George's" gives ``st georges``; Cyrillic,
Arabic and Greek are transliterated by anyascii; each Chinese, Japanese or Korean character becomes
its own word, so a query for part of a name still matches whole words.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Small words that neither narrow a search nor count towards an acronym.
STOPWORDS = frozenset(
    {
        *("of", "the", "and", "for", "at", "in", "on", "a", "an"),
        *("de", "del", "della", "dei", "des", "du", "la", "le", "les", "el", "los", "las"),
        *("da", "do", "dos", "das", "di", "e", "y", "et", "und", "der", "die", "fur", "von", "zu"),
    }
)

# What users type for what names say (both directions are tried).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "st": ("saint",),
    "saint": ("st",),
    "ste": ("sainte",),
    "mt": ("mount",),
    "mount": ("mt",),
    "univ": ("university",),
    "uni": ("university",),
    "med": ("medical",),
    "coll": ("college",),
    "inst": ("institute",),
    "intl": ("international",),
    "govt": ("government",),
    "gov": ("government",),
}

_APOSTROPHES = re.compile(r"['`\u2019\u02bc\u02bb]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


# Han, kana and Hangul: scripts written without spaces between words.
_IDEOGRAPHIC_CLASS = (
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)


@lru_cache(maxsize=1)
def _ideographic() -> re.Pattern[str]:
    """Compiled on the first non-ASCII text (2 ms: a one-shot search of ASCII words never)."""
    return re.compile(_IDEOGRAPHIC_CLASS)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces."""
    if not text.isascii():
        from anyascii import anyascii  # lazy: 12 ms to import, for non-ASCII text only

        text = anyascii(_ideographic().sub(lambda found: f" {found.group()} ", text))
    text = _APOSTROPHES.sub("", text.lower().replace("&", " and "))
    return _NOT_WORD.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The folded words of a name or query, in order."""
    folded = fold(text)
    return folded.split() if folded else []


def initials(name_words: list[str]) -> str | None:
    """The acronym a name's words spell ("king edward medical university" -> "kemu")."""
    letters = [w[0] for w in name_words if w not in STOPWORDS and w[0].isalpha()]
    return "".join(letters) if len(letters) >= 2 else None


def joined_letters(name_words: list[str]) -> list[str]:
    """Initials written apart, joined ("b p koirala" -> ["bp"]), as users type them."""
    runs: list[str] = []
    run = ""
    for word in [*name_words, ""]:
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if len(run) >= 2:
            runs.append(run)
        run = ""
    return runs
