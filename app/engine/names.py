"""Is it the same name? The name of record (the application's, which must be the passport's)
against the name printed on the passport and on each document.

Names are compared after Unicode normalisation (NFKC, letter case, punctuation) and, where
scripts or accents differ, after transliteration to Latin letters (anyascii). What differs only
in how a name is written is allowed and shown: accents, another script, word order, initials,
words written together or apart, connecting words (bin, binti, de, y). A word missing, added or
spelled otherwise is a real difference. Where a script writes no short vowels (Arabic) or
transliterates loosely (Devanagari), the comparison is loose, and a mismatch there is reported
as not confirmed, never as a real difference.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from app.checklist import Status
from app.i18n import ENGLISH, N_, _, language, ngettext, pgettext
from app.profile import Profile

# Connecting words that patronymics and double surnames carry, as transliterated: present in one
# name and not in the other, they are shown, not counted as a difference. "ben", "do", "le" and
# "di" are left out: they are also given names and surnames.
CONNECTING_WORDS = frozenset(
    {
        *("bin", "binti", "bint", "binte", "bte", "bt", "ibn", "bn", "bnt"),
        *("y", "e", "de", "del", "da", "dos", "das", "la", "las", "los"),
        *("van", "von", "der", "den"),
    }
)
# Scripts written without short vowels, or whose transliteration drops vowels and aspirates:
# compared by their consonants ("mhmd" is Mohammed).
_LOOSE_SCRIPTS = frozenset(
    {
        *("ARABIC", "HEBREW", "SYRIAC", "THAANA"),
        *("DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU"),
        *("KANNADA", "MALAYALAM", "SINHALA"),
    }
)
_SCRIPT_NAMES = {"CJK": N_("Chinese characters"), "HANGUL": N_("Hangul"), "HIRAGANA": N_("kana")}
# Other scripts are named by their Unicode name ("Arabic", "Cyrillic"); these are translated.
_OTHER_SCRIPTS = (
    *(N_("Arabic"), N_("Hebrew"), N_("Syriac"), N_("Thaana"), N_("Cyrillic"), N_("Greek")),
    *(N_("Armenian"), N_("Georgian"), N_("Devanagari"), N_("Bengali"), N_("Gurmukhi")),
    *(N_("Gujarati"), N_("Oriya"), N_("Tamil"), N_("Telugu"), N_("Kannada"), N_("Malayalam")),
    *(N_("Sinhala"), N_("Thai"), N_("Lao"), N_("Khmer"), N_("Myanmar"), N_("Ethiopic")),
    *(N_("Tibetan"), N_("Katakana")),
)


# The patterns are compiled on first use (2 ms at import otherwise, on a first start's path to
# the wizard). Scripts written without spaces: each character is a word (a syllable) of its own.
@functools.cache
def _ideographic() -> re.Pattern[str]:
    return re.compile(
        "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
    )


@functools.cache
def _apostrophes() -> re.Pattern[str]:
    return re.compile("['’ʼ`]")


# Aspirated and doubled consonants, as transliterations write them or leave them out.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    *(("sh", "s"), ("ch", "c"), ("kh", "k"), ("ph", "f"), ("th", "t"), ("dh", "d")),
    *(("gh", "g"), ("bh", "b"), ("jh", "j")),
)
_LOOSE_LETTERS = str.maketrans({"m": "n", "g": "j", "q": "k", "c": "k", "v": "b"})


# ---------------------------------------------------------------------------------------------
# Words that join the parts of a sentence, in the language in use (English as always written)


def quoted(text: str) -> str:
    """A name quoted inside a sentence: ‘Ahmed’ (the language's own quotation marks elsewhere)."""
    # Translators: how a name (or a word of it) is quoted inside a sentence; keep {name}.
    return pgettext("quoting a name", "‘{name}’").format(name=text)


def join_and(items: Iterable[str], *, commas: bool = True) -> str:
    """'a and b', 'a, b and c' (without ``commas``: 'a and b and c', as some English sentences
    here have always read); the language's own list ('a, b y c') elsewhere."""
    words = list(items)
    if language() != ENGLISH:
        from babel.lists import format_list  # lazy: only for a translation

        return format_list(words, locale=language())
    if commas and len(words) > 2:
        return ", ".join(words[:-1]) + " and " + words[-1]
    return " and ".join(words)


def join_clauses(parts: Iterable[str]) -> str:
    """Clauses listed in one sentence: 'a; b' (the Arabic semicolon in Arabic)."""
    # Translators: the separator between clauses listed in one sentence ("; ").
    return pgettext("separator between clauses", "; ").join(parts)


def join_commas(parts: Iterable[str]) -> str:
    """Items listed with commas: 'a, b' (the Arabic comma in Arabic)."""
    # Translators: the separator between items listed with commas (", ").
    return pgettext("separator between items", ", ").join(parts)


class Likeness(StrEnum):
    SAME = "same"  # the same letters, letter case and punctuation aside
    VARIANT = "variant"  # the same name written differently (shown, allowed)
    UNCERTAIN = "uncertain"  # another script: transliteration does not confirm it
    DIFFERENT = "different"  # a real difference: a word missing, added or spelled otherwise


_HEADS = {
    Likeness.SAME: N_("same name"),
    Likeness.VARIANT: N_("same name, written differently"),
    Likeness.UNCERTAIN: N_("not confirmed"),
    Likeness.DIFFERENT: N_("a different name"),
}
_HEADS_WITH_NOTES = {
    # Translators: {notes} lists how two names differ ("the words are in another order; …").
    Likeness.SAME: N_("same name: {notes}"),
    Likeness.VARIANT: N_("same name, written differently: {notes}"),
    Likeness.UNCERTAIN: N_("not confirmed: {notes}"),
    Likeness.DIFFERENT: N_("a different name: {notes}"),
}


@dataclass(frozen=True)
class NameComparison:
    """How alike two names are, and what differs, in words."""

    likeness: Likeness
    notes: tuple[str, ...] = ()  # what differs, in words, for the user
    # A word shortened to its initial, or a connecting word left out or added: ECFMG asks for
    # documentation that such a name is the applicant's.
    shortened: bool = False

    @property
    def summary(self) -> str:
        """'same name' or 'same name: word order differs; initial ‘M’ for ‘Mohammed’'."""
        if not self.notes:
            return _(_HEADS[self.likeness])
        return _(_HEADS_WITH_NOTES[self.likeness]).format(notes=join_clauses(self.notes))


@dataclass(frozen=True)
class _Token:
    """One word of a name, as written and as compared."""

    shown: str  # the word as written (one character for Chinese, Japanese, Korean)
    exact: str  # NFKC, case-folded
    key: str  # what is compared: transliterated, or its consonants for loose scripts


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return "UNKNOWN"


def _scripts(text: str) -> set[str]:
    return {_script(ch) for ch in text if ch.isalpha()}


def script_words(name: str) -> str | None:
    """The script a name is written in when it is not Latin ('Arabic', 'Chinese characters')."""
    others = sorted(_scripts(name) - {"LATIN"})
    if not others:
        return None
    first = others[0]
    return _(_SCRIPT_NAMES.get(first, first.title()))


def _folded(word: str) -> str:
    if word.isascii():
        text = word
    else:
        # Imported here: anyascii imports importlib.resources (4 ms), which a start with no
        # name outside ASCII never needs.
        from anyascii import anyascii

        text = anyascii(word)
    return re.sub(r"[^a-z0-9]", "", _apostrophes().sub("", text.lower()))


def _consonants(folded: str) -> str:
    key = folded
    for pair, single in _DIGRAPHS:
        key = key.replace(pair, single)
    key = re.sub("[aeiouhwy]", "", key).translate(_LOOSE_LETTERS)
    return re.sub(r"(.)\1+", r"\1", key) or folded


def _words(text: str) -> list[str]:
    """The words of a name: runs of letters, digits and combining marks (Devanagari vowel signs
    are marks), apostrophes dropped ('O'Brien' is one word), anything else a separator."""
    words: list[str] = []
    word = ""
    for ch in _apostrophes().sub("", text):
        if ch.isalnum() or unicodedata.category(ch).startswith("M"):
            word += ch
        elif word:
            words.append(word)
            word = ""
    if word:
        words.append(word)
    return words


@lru_cache(maxsize=1024)
def _tokens(name: str, loose: bool) -> tuple[_Token, ...]:
    tokens: list[_Token] = []
    for word in _words(unicodedata.normalize("NFKC", name)):
        for piece in _split_ideographs(word):
            folded = _folded(piece)
            if folded:
                key = _consonants(folded) if loose else folded
                tokens.append(_Token(piece, piece.casefold(), key))
    return tuple(tokens)


def _split_ideographs(word: str) -> list[str]:
    """'王伟' -> ['王', '伟']; 'Li王' -> ['Li', '王']; any other word stays whole."""
    if not _ideographic().search(word):
        return [word]
    pieces: list[str] = []
    run = ""
    for ch in word:
        if _ideographic().match(ch):
            if run:
                pieces.append(run)
                run = ""
            pieces.append(ch)
        else:
            run += ch
    if run:
        pieces.append(run)
    return pieces


def _quoted(tokens: list[_Token]) -> str:
    text = ""
    for token in tokens:
        # Chinese, Japanese and Korean syllables are written together, other words apart.
        together = text and _ideographic().match(token.shown) and _ideographic().match(text[-1])
        text += token.shown if together or not text else " " + token.shown
    return quoted(text)


def compare_names(record: str, other: str) -> NameComparison:
    """How ``other`` (a name as printed) stands against ``record`` (the name of record)."""
    record_tokens, other_tokens = _tokens(record, False), _tokens(other, False)
    if [t.exact for t in record_tokens] == [t.exact for t in other_tokens]:
        return NameComparison(Likeness.SAME)
    scripts = _scripts(record) | _scripts(other)
    loose = bool(scripts & _LOOSE_SCRIPTS)
    both_latin = scripts <= {"LATIN"}
    if loose:
        record_tokens, other_tokens = _tokens(record, True), _tokens(other, True)
    notes: list[str] = []
    script = script_words(other) or script_words(record)
    if script:
        # Translators: {script} is the name of a script: Arabic, Chinese characters, Devanagari.
        notes.append(_("written in {script}: compared by transliteration").format(script=script))
    alignment = _Alignment(list(record_tokens), list(other_tokens))
    notes.extend(alignment.notes(both_latin))
    if alignment.record_left or alignment.other_left:
        notes.extend(alignment.leftover_notes())
        likeness = Likeness.DIFFERENT if both_latin else Likeness.UNCERTAIN
        return NameComparison(likeness, tuple(notes), alignment.shortened)
    return NameComparison(Likeness.VARIANT, tuple(notes), alignment.shortened)


class _Alignment:
    """Pairs the words of two names, from the surest kind of pair to the loosest."""

    def __init__(self, record: list[_Token], other: list[_Token]) -> None:
        self.record_left = list(record)
        self.other_left = list(other)
        self.order: list[tuple[int, int]] = []  # (place in other, place in record) of pairs
        self._record_place = {id(t): i for i, t in enumerate(record)}
        self._other_place = {id(t): i for i, t in enumerate(other)}
        self.accents: list[tuple[_Token, _Token]] = []
        self.joined: list[tuple[list[_Token], list[_Token]]] = []
        self.initials: list[tuple[_Token, _Token]] = []
        self.connecting: list[tuple[str, _Token]] = []
        self._pair_equal()
        self._pair_joined()
        self._pair_initials()
        self._drop_connecting_words()

    def _pair(self, record: list[_Token], other: list[_Token]) -> None:
        for token in record:
            self.record_left.remove(token)
        for token in other:
            self.other_left.remove(token)
        self.order.append((self._other_place[id(other[0])], self._record_place[id(record[0])]))

    def _pair_equal(self) -> None:
        for token in list(self.other_left):
            match = next((t for t in self.record_left if t.key == token.key), None)
            if match is not None:
                self._pair([match], [token])
                if match.exact != token.exact:
                    self.accents.append((match, token))

    def _pair_joined(self) -> None:
        # 'Abdelrahman' and 'Abdel Rahman'; 'Xiaoming' and '小明'.
        for one_side, many_side, one_is_record in (
            (self.other_left, self.record_left, False),
            (self.record_left, self.other_left, True),
        ):
            for token in list(one_side):
                run = _run_spelling(token.key, many_side)
                if run is None:
                    continue
                if one_is_record:
                    self._pair([token], run)
                    self.joined.append(([token], run))
                else:
                    self._pair(run, [token])
                    self.joined.append((run, [token]))

    def _pair_initials(self) -> None:
        for short_side, long_side, short_is_record in (
            (self.other_left, self.record_left, False),
            (self.record_left, self.other_left, True),
        ):
            for token in list(short_side):
                if len(token.key) != 1 or not token.key.isalpha():
                    continue
                match = next(
                    (t for t in long_side if len(t.key) > 1 and t.key[0] == token.key), None
                )
                if match is None:
                    continue
                if short_is_record:
                    self._pair([token], [match])
                else:
                    self._pair([match], [token])
                self.initials.append((token, match))

    def _drop_connecting_words(self) -> None:
        for side, where in ((self.record_left, "record"), (self.other_left, "other")):
            for token in list(side):
                if _folded(token.shown) in CONNECTING_WORDS:
                    side.remove(token)
                    self.connecting.append((where, token))

    @property
    def shortened(self) -> bool:
        """A word written as its initial, or a connecting word in one name only."""
        record_words = any(w == "record" for w, _t in self.connecting)
        other_words = any(w == "other" for w, _t in self.connecting)
        return bool(self.initials) or record_words != other_words

    def notes(self, both_latin: bool) -> list[str]:
        notes: list[str] = []
        others = [o for o, _r in sorted(self.order)]
        places = [r for _o, r in sorted(self.order)]
        if places != sorted(places) and others:
            notes.append(_("the words are in another order"))
        if both_latin and self.accents:
            # Translators: {written} is a word as printed, {record} as in the name of record.
            pairs = [
                _("{written} for {record}").format(written=_quoted([b]), record=_quoted([a]))
                for a, b in self.accents
            ]
            # Translators: {pairs} lists words spelled with other letters ("‘José’ for ‘Jose’").
            notes.append(_("letters written otherwise: {pairs}").format(pairs=join_commas(pairs)))
        for record, other in self.joined:
            # Translators: a name written as one word for two, or two for one.
            notes.append(
                _("{written} written for {record}").format(
                    written=_quoted(other), record=_quoted(record)
                )
            )
        for short, full in self.initials:
            notes.append(
                _("initial {initial} for {word}").format(
                    initial=_quoted([short]), word=_quoted([full])
                )
            )
        record_words = [t for w, t in self.connecting if w == "record"]
        other_words = [t for w, t in self.connecting if w == "other"]
        if record_words and other_words:
            # Translators: connecting words are bin, binti, de, y, van der… in a name.
            notes.append(
                _("connecting word {written} written for {record}").format(
                    written=_quoted(other_words), record=_quoted(record_words)
                )
            )
        elif record_words:
            notes.append(_("connecting word {word} left out").format(word=_quoted(record_words)))
        elif other_words:
            notes.append(_("connecting word {word} added").format(word=_quoted(other_words)))
        return notes

    def leftover_notes(self) -> list[str]:
        missing, extra = self.record_left, self.other_left
        if missing and extra and len(missing) == len(extra) == 1:
            # Translators: {written} is the word printed, {record} the word of the name of record.
            return [
                _("{written} instead of {record}").format(
                    written=_quoted(extra), record=_quoted(missing)
                )
            ]
        notes = []
        if missing:
            # Translators: {words} lists words of the name of record that this name lacks.
            notes.append(
                ngettext("{words} missing", "{words} missing", len(missing)).format(
                    words=_each(missing)
                )
            )
        if extra:
            # Translators: {words} lists words this name has and the name of record lacks.
            notes.append(
                ngettext("{words} added", "{words} added", len(extra)).format(words=_each(extra))
            )
        return notes


def _each(tokens: list[_Token]) -> str:
    """‘Ahmed’ and ‘Khan’: each word quoted on its own (they need not stand together)."""
    return join_and(_quoted([t]) for t in tokens)


def _run_spelling(key: str, tokens: list[_Token]) -> list[_Token] | None:
    """Two to four consecutive tokens whose keys, joined, spell ``key``; None when none do."""
    for start in range(len(tokens)):
        joined = ""
        for end in range(start, min(start + 4, len(tokens))):
            joined += tokens[end].key
            if joined == key and end > start:
                return tokens[start : end + 1]
            if not key.startswith(joined):
                break
    return None


# ---------------------------------------------------------------------------------------------
# The check across a profile


@dataclass(frozen=True)
class NameFinding:
    """One name compared with the name of record."""

    index: int | None  # its document's place in profile.documents; None: the application
    label: str  # "Passport", "Final medical diploma", "Your application"
    name: str | None  # as printed; None when not given
    comparison: NameComparison | None  # None when there is no name to compare
    name_proof: str | None = None  # what proves a different name is (or was) the applicant's
    kind: str | None = None  # the document's kind

    @property
    def status(self) -> Status:
        """This one name's mark: the same name (written the same or differently) or a different
        one explained by a proof is met; a different one otherwise is not; a name not given or
        not confirmed across scripts asks for an answer. A passport's name cannot be explained:
        the name of record must be changed to match it."""
        if self.comparison is None:
            return Status.NEEDS_INFO
        likeness = self.comparison.likeness
        if likeness is Likeness.UNCERTAIN:
            return Status.NEEDS_INFO
        if likeness is Likeness.DIFFERENT:
            explained = self.name_proof is not None and self.kind != "passport"
            return Status.MET if explained else Status.NOT_MET
        return Status.MET

    @property
    def words(self) -> str:
        """The finding for one document, as the documents tables print it: 'same name',
        'a different name: ‘Khan’ instead of ‘Ahmed’ · proof of name: marriage certificate'."""
        if self.name is None:
            return _("name not given")
        if self.comparison is None:
            return _("not compared: your own name is not given")
        words = self.comparison.summary
        if self.name_proof and self.comparison.likeness is not Likeness.SAME:
            # Translators: {finding} is the name check ("a different name: …"), {proof} the
            # document the applicant named as proof (as typed: "marriage certificate").
            words = _("{finding} · proof of name: {proof}").format(
                finding=words, proof=self.name_proof
            )
        return words


@dataclass(frozen=True)
class NameCheck:
    """Every document's name compared with the name of the applicant's record."""

    record_name: str | None  # what every name is compared with
    record_from: str  # "your application" or "your passport"
    findings: tuple[NameFinding, ...]

    def finding_for(self, index: int) -> NameFinding | None:
        """The finding for document ``index`` of the profile (None: not compared)."""
        return next((f for f in self.findings if f.index == index), None)


APPLICATION_LABEL = N_("Your application")


def check_names(profile: Profile) -> NameCheck:
    """Each document's name, and the passport's, against the name of record (the applicant's
    full name as typed for the application; the current passport's when that is not given)."""
    from app.engine.documents import kind_label

    typed = (profile.applicant.full_name or "").strip()
    passports = [
        (i, d)
        for i, d in enumerate(profile.documents)
        if d.kind == "passport" and (d.name_as_printed or "").strip()
    ]
    current_passport = passports[-1][0] if passports else None  # the one entered last
    if typed:
        record, record_from = typed, _("your application")
    elif current_passport is not None:
        record = (profile.documents[current_passport].name_as_printed or "").strip()
        record_from = _("your passport")
    else:
        record, record_from = None, _("your application")
    findings: list[NameFinding] = []
    if not typed:
        findings.append(NameFinding(None, _(APPLICATION_LABEL), None, None))
    for index, document in enumerate(profile.documents):
        if not typed and index == current_passport:
            continue  # it is the name of record itself
        printed = (document.name_as_printed or "").strip() or None
        comparison = compare_names(record, printed) if record and printed else None
        proof = (document.name_proof or "").strip() or None
        label = kind_label(document.kind, index)
        findings.append(NameFinding(index, label, printed, comparison, proof, document.kind))
    return NameCheck(record, record_from, tuple(findings))
