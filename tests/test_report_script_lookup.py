"""The per-character look-ups of the PDF's text layout (a bisection and a cache instead of a scan
of every range, short cuts for ASCII) give exactly what the plain definitions give."""

from __future__ import annotations

import random
import string
import unicodedata

import pytest

from app.report import fonts, text
from app.report.fonts import _SCRIPT_RANGES, Script, is_attached, register_fonts, script_of


def scanned_script_of(char: str) -> Script | None:
    """The definition: the first range holding the character, else Latin for a letter."""
    code = ord(char)
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    return Script.LATIN if char.isalpha() else None


def test_every_code_point_gets_the_script_the_ranges_give() -> None:
    for code in range(0x110000):
        char = chr(code)
        assert script_of(char) is scanned_script_of(char), hex(code)
        assert script_of(char) is scanned_script_of(char), hex(code)  # from the cache too


def test_marks_and_joiners_are_attached_and_nothing_else_is() -> None:
    for code in range(0x30000):
        char = chr(code)
        expected = char in "\u200c\u200d" or unicodedata.category(char) in ("Mn", "Mc", "Me")
        assert is_attached(char) is expected, hex(code)


def plain_printable(value: str) -> str:
    return "".join(
        " " if c.isspace() else c
        for c in unicodedata.normalize("NFC", value)
        if c.isspace()
        or (unicodedata.category(c) != "Cc" and c not in "\u200e\u200f\u061c\u202a\u202b"
            "\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    )  # fmt: skip


def test_printable_ascii_takes_a_short_cut_to_the_same_text() -> None:
    every = "".join(chr(code) for code in range(0x80))
    assert text.printable(every) == plain_printable(every)
    rng = random.Random(13)
    for _ in range(500):
        sample = "".join(rng.choice(every) for _ in range(rng.randint(0, 40)))
        assert text.printable(sample) == plain_printable(sample)


def looped_chunks(word: str) -> list[str]:
    """_chunks without its short cut: the loop over every character."""
    chunks: list[str] = []
    buffer = ""
    for char in word:
        breaks_around = script_of(char) is Script.CJK and not ("\uac00" <= char <= "\ud7af")
        if breaks_around and not is_attached(char):
            if buffer:
                chunks.append(buffer)
            chunks.append(char)
            buffer = ""
            continue
        if chunks and is_attached(char) and not buffer:
            chunks[-1] += char
            continue
        buffer += char
        if char in "/-" and len(word) > text._LONG_WORD:
            chunks.append(buffer)
            buffer = ""
    if buffer:
        chunks.append(buffer)
    return chunks


def test_an_ascii_word_is_one_latin_run_as_the_loop_would_cut_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_fonts()
    assert fonts.latin_covers_ascii()
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + string.punctuation
    words = ["", "Cairo", "F0000578", "-", "2025-01-15", "https://search.wdoms.org/home/x-y/z"]
    words += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(300)]
    for word in [*words, "São Paulo", "北京大学", "जामिया"]:
        assert text._chunks(word) == looped_chunks(word), word
    quick = {word: list(text._segments(word)) for word in words}
    monkeypatch.setattr(text, "latin_covers_ascii", lambda: False)  # the loop, for each word
    for word in words:
        assert quick[word] == list(text._segments(word)), word
