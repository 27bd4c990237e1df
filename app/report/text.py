"""Text in any script, laid out for reportlab: font runs, OpenType shaping, bidi order, lines.

reportlab's own Paragraph shapes a whole word with the font of its first letter and turns on
discretionary ligatures; its bidi needs a library that is not on PyPI. So text is cut here into runs
of one font and one direction, complex scripts are shaped with HarfBuzz (required features plus
kern and liga only), and right-to-left runs are put in visual order per line, the way the Unicode
bidi algorithm places them in a left-to-right document.

A document in a right-to-left language (Arabic) has right-to-left paragraphs: there the Unicode
bidi algorithm (python-bidi's reference implementation, paragraph level 1) gives every character
its level, runs are cut where the level changes, and each line is reordered by those levels
(rule L2), so that a school's English name, "USMLE Step 1", a date or a score sits in an Arabic
sentence where an Arabic reader expects it.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from app.report.fonts import (
    COMPLEX_SCRIPTS,
    Script,
    Weight,
    covers,
    fallback_script,
    font_name,
    is_attached,
    latin_covers_ascii,
    register_fonts,
    script_of,
)

# Discretionary ligatures stay off: they turn a name such as "محمد" into one decorative glyph.
SHAPING_FEATURES = {"kern": True, "liga": True}

# Shaping adds private glyph codes to reportlab's shared font objects: one shaper at a time.
_shaping_lock = threading.Lock()

_WHITESPACE = re.compile(r"(\s+)")
_LONG_WORD = 28  # a word longer than this (an address) may break after "/" or "-"


@dataclass(frozen=True)
class Span:
    """A stretch of text in one weight: ``Span("Next step: ", "bold")``."""

    text: str
    weight: Weight = "regular"


@dataclass(frozen=True)
class Run:
    """Text of one font and one direction, ready for ``textOut``; width in points."""

    font: str
    glyphs: str  # a ShapedStr for shaped runs
    width: float
    direction: str  # "ltr" (has a left-to-right letter), "rtl", or "neutral"
    text: str  # the characters in reading order
    script: Script
    weight: Weight
    size: float
    level: int = 0  # the bidi embedding level (right-to-left paragraphs only; odd = rtl)

    @property
    def synthetic_bold(self) -> bool:
        """Bold asked for, but the script's font has no bold face."""
        return self.weight == "bold" and self.font == font_name(self.script, "regular")


@dataclass
class Word:
    """An unbreakable piece of a line: its runs and the space in front of it (0 = glued)."""

    runs: list[Run] = field(default_factory=list)
    space_before: float = 0.0
    space_level: int = 1  # the bidi level of that space (right-to-left paragraphs only)
    # The width, remembered with the number of runs it was summed over: runs are only ever
    # appended, and line breaking asks for it a dozen times per word.
    _width: tuple[int, float] = field(default=(0, 0.0), repr=False, compare=False)

    @property
    def width(self) -> float:
        counted, width = self._width
        if counted != len(self.runs):
            width = sum(r.width for r in self.runs)
            self._width = (len(self.runs), width)
        return width


@dataclass(frozen=True)
class Placed:
    """A run of text placed on its line, for drawing."""

    run: Run
    x: float
    logical: int  # position in reading order: drawing in this order keeps copied text readable


class Shaper:
    """Shapes and measures runs for one document; caches what it has shaped (not shared).

    ``rtl``: the document's paragraphs run right to left (default: the language in use is
    written right to left)."""

    def __init__(self, rtl: bool | None = None) -> None:
        register_fonts()
        self._cache: dict[tuple[str, str, float, bool], Run] = {}
        if rtl is None:
            from app.i18n import is_right_to_left

            rtl = is_right_to_left()
        self.rtl = rtl

    def run(self, text: str, script: Script, weight: Weight, size: float, rtl: bool) -> Run:
        font = font_name(script, weight)
        key = (font, text, size, rtl)
        cached = self._cache.get(key)
        if cached is None:
            if script in COMPLEX_SCRIPTS:
                glyphs, width = _shape(font, text, size, rtl)
            else:
                glyphs, width = text, pdfmetrics.stringWidth(text, font, size)
                if rtl:  # neutrals laid right to left: reversed, brackets mirrored (L4)
                    glyphs = "".join(_MIRRORED.get(c, c) for c in reversed(text))
            direction = "rtl" if rtl else ("ltr" if _has_ltr_letter(text) else "neutral")
            cached = Run(font, glyphs, width, direction, text, script, weight, size)
            self._cache[key] = cached
        return cached

    def words(
        self, spans: Sequence[Span], size: float, base_level: int | None = None
    ) -> list[Word]:
        """Cut text into words (break opportunities) made of single-font runs.

        In a right-to-left document the words carry bidi levels: ``base_level`` 1 lays the text
        out as a right-to-left paragraph, 0 as a left-to-right one; None (the default) chooses
        right to left when the text has a right-to-left letter, so that a line of Latin text
        alone (an address, a name, a sentence not yet translated) keeps its own order."""
        if self.rtl:
            return self._rtl_words(spans, size, base_level)
        words: list[Word] = []
        current: Word | None = None
        pending_space = 0.0
        for span in spans:
            space = pdfmetrics.stringWidth(" ", font_name(Script.LATIN, span.weight), size)
            for piece in _WHITESPACE.split(printable(span.text)):
                if not piece:
                    continue
                if piece.isspace():
                    pending_space, current = space, None
                    continue
                for index, chunk in enumerate(_chunks(piece)):
                    if index == 0 and current is not None:
                        word = current
                    else:
                        word = Word(space_before=pending_space if index == 0 else 0.0)
                        words.append(word)
                    word.runs.extend(self._runs(chunk, span.weight, size))
                    current, pending_space = word, 0.0
        if words:
            words[0].space_before = 0.0
        return words

    def _rtl_words(self, spans: Sequence[Span], size: float, base_level: int | None) -> list[Word]:
        """Words of a paragraph in a right-to-left document: runs of one font, weight and bidi
        level."""
        pieces = [bidi_text(span.text) for span in spans]
        text = "".join(pieces)
        weights: list[Weight] = []
        for span, piece in zip(spans, pieces, strict=True):
            weights.extend([span.weight] * len(piece))
        if base_level is None:
            base_level = 1 if any(_is_rtl_letter(c) for c in text) else 0
        levels = bidi_levels(text, base_level)
        words: list[Word] = []
        current: Word | None = None
        pending_space, pending_level = 0.0, base_level
        for match in _PIECES.finditer(text):
            piece, start = match.group(), match.start()
            if piece.isspace():
                font = font_name(Script.LATIN, weights[start])
                pending_space = pdfmetrics.stringWidth(" ", font, size)
                pending_level, current = levels[start], None
                continue
            position = start
            for index, chunk in enumerate(_chunks(piece)):
                end = position + len(chunk)
                runs = self._level_runs(text, weights, levels, position, end, size)
                position = end
                if not runs:  # only bidi marks
                    continue
                if index == 0 and current is not None:
                    word = current
                else:
                    word = Word(space_before=pending_space if current is None else 0.0)
                    word.space_level = pending_level
                    words.append(word)
                word.runs.extend(runs)
                current, pending_space = word, 0.0
        if words:
            words[0].space_before = 0.0
        return words

    def _level_runs(
        self,
        text: str,
        weights: Sequence[Weight],
        levels: Sequence[int],
        start: int,
        end: int,
        size: float,
    ) -> list[Run]:
        runs: list[Run] = []
        current = ""
        key: tuple[Script, int, Weight] | None = None
        script: Script | None = None
        for i in range(start, end):
            char = text[i]
            if char in _BIDI_MARKS:
                continue
            if is_attached(char) and current:
                current += char
                continue
            found = script_of(char)
            if found is None:  # neutral: keep with its neighbour's font when it has the glyph
                found = script if script is not None and covers(script, char) else None
                found = found or fallback_script(char)
            elif not covers(found, char):
                found = fallback_script(char)
            script = found
            char_key = (found, levels[i], weights[i])
            if current and char_key != key:
                runs.append(self._level_run(current, key, size))
                current = ""
            current += char
            key = char_key
        if current:
            runs.append(self._level_run(current, key, size))
        return runs

    def _level_run(self, text: str, key: tuple[Script, int, Weight] | None, size: float) -> Run:
        assert key is not None
        script, level, weight = key
        run = self.run(text, script, weight, size, rtl=level % 2 == 1)
        return dataclasses.replace(run, level=level)

    def _runs(self, text: str, weight: Weight, size: float) -> list[Run]:
        runs: list[Run] = []
        for run_text, script, rtl in _segments(text):
            runs.append(self.run(run_text, script, weight, size, rtl))
        return runs


# Bidi controls are not drawn: the layout here decides the order (they would print as boxes).
_BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _keeps(c: str) -> bool:
    return c.isspace() or (unicodedata.category(c) != "Cc" and c not in _BIDI_CONTROLS)


# What printable() does to each ASCII character, as one str.translate table (ASCII is NFC).
_ASCII_PRINTABLE = {
    code: (" " if chr(code).isspace() else chr(code)) if _keeps(chr(code)) else None
    for code in range(0x80)
}


def printable(text: str) -> str:
    """NFC text without control characters (a NUL or a bell pasted into a name) or bidi controls;
    line breaks and tabs become spaces."""
    if text.isascii():
        return text.translate(_ASCII_PRINTABLE)
    return "".join(
        " " if c.isspace() else c for c in unicodedata.normalize("NFC", text) if _keeps(c)
    )


# Marks that decide the bidi levels of their neighbours (babel puts them in Arabic dates), then
# are dropped: LRM, RLM, ALM.
_BIDI_MARKS = frozenset("\u200e\u200f\u061c")
_PIECES = re.compile(r"\s+|\S+")
# Brackets and the like drawn by a plain font in a right-to-left run (HarfBuzz mirrors shaped ones).
_MIRRORED = {
    "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
    "«": "»", "»": "«", "‹": "›", "›": "‹",
}  # fmt: skip


def bidi_text(text: str) -> str:
    """:func:`printable` text that keeps the bidi marks (LRM, RLM, ALM) for :func:`bidi_levels`."""
    if text.isascii():
        return text.translate(_ASCII_PRINTABLE)
    return "".join(
        " " if c.isspace() else c
        for c in unicodedata.normalize("NFC", text)
        if c in _BIDI_MARKS or _keeps(c)
    )


@lru_cache(maxsize=4096)
def bidi_levels(text: str, base_level: int = 1) -> tuple[int, ...]:
    """Each character's resolved bidi embedding level (rules P to I of the Unicode bidi
    algorithm) in a paragraph of ``base_level`` (1: right to left). ``text`` has no explicit
    embeddings, overrides or isolates (:func:`bidi_text`); a character the algorithm sets aside
    (a joiner) takes its predecessor's level."""
    if not text:
        return ()
    from bidi import algorithm  # python-bidi's reference implementation, step by step

    storage = algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = "R" if base_level % 2 else "L"
    algorithm.get_embedding_levels(text, storage)
    chars = list(storage["chars"])
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    _resolve_paired_brackets(storage["chars"], "R" if base_level % 2 else "L")
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    kept = {id(c) for c in storage["chars"]}
    levels: list[int] = []
    for char in chars:
        level = char["level"] if id(char) in kept or not levels else levels[-1]
        levels.append(level)
    return tuple(levels)


_OPENING_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSING_BRACKETS = frozenset(_OPENING_BRACKETS.values())


def _strong(bidi_type: str) -> str | None:
    """A resolved type as the bracket rule sees it: numbers count as right to left."""
    if bidi_type == "L":
        return "L"
    return "R" if bidi_type in ("R", "AL", "EN", "AN") else None


def _resolve_paired_brackets(chars: list[dict[str, object]], base: str) -> None:
    """Rule N0 of the Unicode bidi algorithm, which python-bidi's reference implementation
    predates: a pair of brackets takes the direction of what it holds, so "(Mini-CEX)" in an
    Arabic sentence keeps both its brackets around the Latin word. ``chars`` are python-bidi's
    characters after the weak types are resolved (one level run: no explicit embeddings)."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(chars):
        letter = char["ch"]
        if letter in _OPENING_BRACKETS and char["type"] == "ON":
            if len(stack) == 63:  # BD16: too deep, stop looking for pairs
                break
            stack.append((_OPENING_BRACKETS[str(letter)], index))
        elif letter in _CLOSING_BRACKETS and char["type"] == "ON":
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == letter:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    for opening, closing in sorted(pairs):
        level = chars[opening]["level"]
        embedding = "R" if isinstance(level, int) and level % 2 else "L"
        inside = {_strong(str(chars[k]["type"])) for k in range(opening + 1, closing)} - {None}
        if not inside:
            continue
        chosen = embedding
        if embedding not in inside:  # only the other direction inside: look before the pair
            before = next(
                (
                    found
                    for k in range(opening - 1, -1, -1)
                    if (found := _strong(str(chars[k]["type"]))) is not None
                ),
                base,
            )
            chosen = before if before != embedding else embedding
        chars[opening]["type"] = chars[closing]["type"] = chosen


def paragraph_level(words: Sequence[Word]) -> int:
    """The base level the words of a right-to-left document were laid out at: 1 when any run
    is right to left (:meth:`Shaper.words` then chose a right-to-left paragraph), else 0."""
    return 1 if any(run.level % 2 for word in words for run in word.runs) else 0


def _has_ltr_letter(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "L" for c in text)


def _is_rtl_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _chunks(word: str) -> list[str]:
    """Where a word without spaces may still break: around each CJK character (Chinese and
    Japanese are written without spaces) and after "/" or "-" in a long address."""
    if word and word.isascii() and len(word) <= _LONG_WORD:  # no CJK nor marks, short: whole
        return [word]
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
        if char in "/-" and len(word) > _LONG_WORD:
            chunks.append(buffer)
            buffer = ""
    if buffer:
        chunks.append(buffer)
    return chunks


def _segments(text: str) -> Iterable[tuple[str, Script, bool]]:
    """Split text into (text, script, right-to-left) runs."""
    if text and text.isascii() and latin_covers_ascii():
        # Letters are Latin, the rest neutral and drawn by the Latin font: one run (what the
        # loop below gives, character by character, without looking at each one).
        yield text, Script.LATIN, False
        return
    current = ""
    current_script: Script | None = None
    current_rtl = False
    for char in text:
        if is_attached(char) and current:
            current += char
            continue
        script = script_of(char)
        if script is None:  # neutral: keep with its neighbour's font when it has the glyph
            script = (
                current_script
                if current_script is not None and covers(current_script, char)
                else fallback_script(char)
            )
        elif not covers(script, char):
            script = fallback_script(char)
        rtl = _is_rtl_letter(char)
        if current and (script is not current_script or rtl != current_rtl):
            yield current, current_script or Script.LATIN, current_rtl
            current = ""
        current += char
        current_script, current_rtl = script, rtl
    if current:
        yield current, current_script or Script.LATIN, current_rtl


def _shape(font: str, text: str, size: float, rtl: bool) -> tuple[str, float]:
    import uharfbuzz

    ttf = pdfmetrics.getFont(font)
    with _shaping_lock:
        hb_font = ttf.hbFont(size)
        buffer = uharfbuzz.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        uharfbuzz.shape(hb_font, buffer, SHAPING_FEATURES)
        chars: list[str] = []
        data: list[ShapeData] = []
        advance_total = 0.0
        for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            gid = info.codepoint
            x_advance = ttf.pdfScale(pos.x_advance)
            mapped = ttf.face.glyphToChar.get(gid)
            if mapped:
                code = mapped[0]
            else:  # a contextual form or conjunct with no code point of its own
                code = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, x_advance)
            chars.append(chr(code))
            data.append(
                ShapeData(
                    info.cluster,
                    x_advance,
                    ttf.pdfScale(pos.y_advance),
                    ttf.pdfScale(pos.x_offset),
                    ttf.pdfScale(pos.y_offset),
                    ttf.face.charWidths[code],
                )
            )
            advance_total += x_advance
    return ShapedStr("".join(chars), shapeData=data), advance_total * size / 1000.0


def break_lines(words: Sequence[Word], width: float) -> list[list[Word]]:
    """Greedy line breaking; a word wider than the line gets a line of its own."""
    lines: list[list[Word]] = []
    line: list[Word] = []
    used = 0.0
    for word in (piece for w in words for piece in _fit(w, width)):
        needed = (word.space_before if line else 0.0) + word.width
        if line and used + needed > width + 0.01:
            lines.append(line)
            line, used = [], 0.0
            needed = word.width
        line.append(word)
        used += needed
    if line:
        lines.append(line)
    return lines


def _fit(word: Word, width: float) -> list[Word]:
    """A word wider than the line, cut between letters so that no piece sticks out (a shaped
    run is cut only when it is itself wider than the line: cutting it breaks its joins)."""
    if word.width <= width:
        return [word]
    pieces = [Word(space_before=word.space_before)]
    for run in word.runs:
        if isinstance(run.glyphs, ShapedStr):
            parts = [run] if run.width <= width else _cut_shaped(run, width)
        else:
            parts = [
                dataclasses.replace(
                    run, glyphs=c, text=c, width=pdfmetrics.stringWidth(c, run.font, run.size)
                )
                for c in run.glyphs
            ]
        for part in parts:
            if pieces[-1].runs and pieces[-1].width + part.width > width:
                pieces.append(Word())
            pieces[-1].runs.append(part)
    return pieces


def _cut_shaped(run: Run, width: float) -> list[Run]:
    """A shaped run wider than the line (a long unbroken Arabic or Devanagari token), shaped
    again in pieces that each fit, cut between clusters (a mark stays with its letter)."""
    pieces: list[Run] = []
    text = run.text
    while text:
        count = max(1, int(len(text) * width / max(run.width, 1.0)))
        while True:
            end = min(len(text), count)
            while end < len(text) and is_attached(text[end]):
                end += 1
            glyphs, piece_width = _shape(run.font, text[:end], run.size, run.direction == "rtl")
            if piece_width <= width or count == 1:
                break
            count = max(1, count * 3 // 4)
        pieces.append(dataclasses.replace(run, glyphs=glyphs, width=piece_width, text=text[:end]))
        text = text[end:]
    return pieces


def line_width(line: Sequence[Word]) -> float:
    return sum(w.width + (w.space_before if i else 0.0) for i, w in enumerate(line))


def visual_order(line: Sequence[Word], shaper: Shaper | None = None) -> list[Placed]:
    """The runs of a line with their x positions, right-to-left stretches reversed (a
    left-to-right paragraph: neutrals between two right-to-left runs join them).

    With a shaper, a stretch of right-to-left words in one font is shaped as one run, spaces
    included, so that text copied from the PDF reads in the right order. With a right-to-left
    shaper, the line of a right-to-left paragraph (:func:`rtl_visual_order`)."""
    if shaper is not None and shaper.rtl:
        return rtl_visual_order(line, shaper)
    pieces: list[tuple[Run | None, float, int]] = []  # None = a space of that width
    for i, word in enumerate(line):
        if i and word.space_before:
            pieces.append((None, word.space_before, len(pieces)))
        for run in word.runs:
            pieces.append((run, run.width, len(pieces)))

    def kind(piece: tuple[Run | None, float, int]) -> str:
        return "neutral" if piece[0] is None else piece[0].direction

    ordered: list[tuple[Run | None, float, int]] = []
    i = 0
    while i < len(pieces):
        if kind(pieces[i]) != "rtl":
            ordered.append(pieces[i])
            i += 1
            continue
        end = i  # the last rtl piece reachable through neutrals only
        j = i + 1
        while j < len(pieces) and kind(pieces[j]) != "ltr":
            if kind(pieces[j]) == "rtl":
                end = j
            j += 1
        stretch = pieces[i : end + 1]
        merged = _merge_rtl(stretch, shaper) if shaper is not None and len(stretch) > 1 else None
        ordered.extend([merged] if merged else reversed(stretch))
        i = end + 1
    placed: list[Placed] = []
    x = 0.0
    for run, width, logical in ordered:
        if run is not None:
            placed.append(Placed(run, x, logical))
        x += width
    return placed


def _merge_rtl(
    stretch: Sequence[tuple[Run | None, float, int]], shaper: Shaper
) -> tuple[Run, float, int] | None:
    runs = [run for run, _, _ in stretch if run is not None]
    first = runs[0]
    if any(r.direction != "rtl" or r.font != first.font for r in runs):
        return None
    text = "".join(" " if run is None else run.text for run, _, _ in stretch)
    run = shaper.run(text, first.script, first.weight, first.size, rtl=True)
    return run, run.width, stretch[0][2]


def rtl_visual_order(line: Sequence[Word], shaper: Shaper) -> list[Placed]:
    """The runs of a right-to-left paragraph's line with their x positions from its left edge:
    reordered by their bidi levels (rule L2). Right-to-left words of one font and weight with
    the spaces between them are shaped as one run first, so copied text reads in order."""
    pieces: list[tuple[Run | None, float, int, int]] = []  # None = a space of that width
    for i, word in enumerate(line):
        if i and word.space_before:
            pieces.append((None, word.space_before, len(pieces), word.space_level))
        for run in word.runs:
            pieces.append((run, run.width, len(pieces), run.level))
    pieces = _merge_rtl_words(pieces, shaper)
    if not pieces:
        return []
    levels = [level for *_, level in pieces]
    lowest_odd = min(level for level in levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(pieces):
            if levels[i] < level:
                i += 1
                continue
            j = i
            while j < len(pieces) and levels[j] >= level:
                j += 1
            pieces[i:j] = reversed(pieces[i:j])
            levels[i:j] = reversed(levels[i:j])
            i = j
    placed: list[Placed] = []
    x = 0.0
    for drawn, width, logical, _level in pieces:
        if drawn is not None:
            placed.append(Placed(drawn, x, logical))
        x += width
    return placed


def _merge_rtl_words(
    pieces: list[tuple[Run | None, float, int, int]], shaper: Shaper
) -> list[tuple[Run | None, float, int, int]]:
    """Consecutive shaped right-to-left runs of one font and level, with the spaces between
    them at that level, as one shaped run."""
    merged: list[tuple[Run | None, float, int, int]] = []
    i = 0
    while i < len(pieces):
        run, _width, logical, level = pieces[i]
        if run is None or level % 2 == 0 or run.script not in COMPLEX_SCRIPTS:
            merged.append(pieces[i])
            i += 1
            continue
        j, end = i + 1, i
        while j < len(pieces) and pieces[j][3] == level:
            other = pieces[j][0]
            if other is not None:
                if other.font != run.font or other.script is not run.script:
                    break
                end = j
            j += 1
        if end == i:
            merged.append(pieces[i])
            i += 1
            continue
        text = "".join(" " if p[0] is None else p[0].text for p in pieces[i : end + 1])
        joined = dataclasses.replace(
            shaper.run(text, run.script, run.weight, run.size, rtl=True), level=level
        )
        merged.append((joined, joined.width, logical, level))
        i = end + 1
    return merged
