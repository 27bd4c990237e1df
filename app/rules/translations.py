"""A rule's text in the applicant's language: the translations beside the rules.

The English ``text`` of each row in ``data/rules/*.toml`` is the reference (with its source
link). ``data/rules/translations/<code>.toml`` holds, per rule id, a translation and a copy of
the English it translates (``en``)::

    [rule."match.cycle"]
    en = "The NRMP Main Residency Match is held each year in the third week of March; …"
    text = "El Match principal de residencias del NRMP se celebra cada año …"

``rule_text(rule)`` gives the translation only while its ``en`` is still the rule's English (a
changed rule shows its new English, and says so in the log, until someone translates it again);
a rule with no translation (a row of imported rules, a language without a file) shows its
English. Every surface that shows a rule's text to a person gets it from ``rule_text``; the JSON
and the rules files keep the English ``text``.
"""

from __future__ import annotations

import functools
import logging
import threading
import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.i18n import ENGLISH, language
from app.rules.loader import Rule, default_rules_dir

logger = logging.getLogger(__name__)

TRANSLATIONS_FOLDER_NAME = "translations"

_lock = threading.Lock()
_warned: set[tuple[str, str]] = set()  # (language, rule id) already logged as out of date


@dataclass(frozen=True)
class RuleTranslation:
    """One rule's text in one language, and the English it was made from."""

    rule_id: str
    english: str
    text: str


def translations_dir() -> Path:
    """The shipped folder of rule-text translations (``data/rules/translations``)."""
    return default_rules_dir() / TRANSLATIONS_FOLDER_NAME


def translations_file(code: str, folder: Path | None = None) -> Path:
    return Path(folder or translations_dir()) / f"{code}.toml"


def same_english(one: str, other: str) -> bool:
    """Whether two English texts are the same rule text (line breaks and spacing aside)."""
    return one.split() == other.split()


def load_translations(code: str, folder: Path | None = None) -> dict[str, RuleTranslation]:
    """Rule id → translation for language ``code`` ({} for English, or when there is no file
    or it cannot be read: logged, never raised, since English is always there to show)."""
    if code == ENGLISH:
        return {}
    return _load_cached(translations_file(code, folder).resolve())


@functools.lru_cache(maxsize=8)
def _load_cached(file: Path) -> dict[str, RuleTranslation]:
    try:
        document = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        logger.info("No rule translations in %s; rules are shown in English", file)
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        logger.warning("Rule translations %s cannot be used (%s); English is shown", file, exc)
        return {}
    table = document.get("rule", {})
    if not isinstance(table, dict):
        logger.warning('Rule translations %s: [rule."<id>"] tables expected', file)
        return {}
    found: dict[str, RuleTranslation] = {}
    for rule_id, entry in table.items():
        if (
            isinstance(entry, dict)
            and isinstance(entry.get("en"), str)
            and isinstance(entry.get("text"), str)
            and entry["text"].strip()
        ):
            found[rule_id] = RuleTranslation(rule_id, entry["en"].strip(), entry["text"].strip())
        else:
            logger.warning("Rule translations %s: %r needs text `en` and `text`", file, rule_id)
    return found


def translation_for(rule: Rule, code: str | None = None) -> RuleTranslation | None:
    """The translation of ``rule`` into ``code`` (default: the language in use) that still
    matches the rule's English, or None (English then)."""
    code = code or language()
    found = load_translations(code).get(rule.id)
    if found is None:
        return None
    if not same_english(found.english, rule.text):
        key = (code, rule.id)
        with _lock:
            first = key not in _warned
            _warned.add(key)
        if first:
            logger.warning(
                "The %s translation of rule %s was made for another English text; the English "
                "is shown until it is translated again",
                code,
                rule.id,
            )
        return None
    return found


def rule_text(rule: Rule, code: str | None = None) -> str:
    """The rule's text as a person reads it, in the language in use (or ``code``): the
    translation while it matches the rule's current English, else the English ``rule.text``."""
    found = translation_for(rule, code)
    return rule.text if found is None else found.text


def param_text(rule: Rule, param: str, key: str, code: str | None = None) -> str:
    """A text parameter of a rule (``descriptions`` of ``clinical.pathways``, key ``"1"``) as a
    person reads it: the translation under ``[rule."<id>".<param>.<key>]`` (``en`` and
    ``text``, as for the rule's own text) while its ``en`` matches, else the English."""
    english = str(rule.params.get(param, {}).get(key, ""))
    code = code or language()
    if code == ENGLISH or not english:
        return english
    entry = _param_tables(translations_file(code).resolve()).get((rule.id, param, key))
    if entry is None or not same_english(entry[0], english):
        if entry is not None:
            logger.warning(
                "The %s translation of %s %s %s was made for another English text",
                code, rule.id, param, key,
            )
        return english
    return entry[1]


@functools.lru_cache(maxsize=8)
def _param_tables(file: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(rule id, parameter, key) → (English, translation), from the same file."""
    try:
        document = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}  # _load_cached has said why
    found: dict[tuple[str, str, str], tuple[str, str]] = {}
    for rule_id, entry in document.get("rule", {}).items():
        if not isinstance(entry, dict):
            continue
        for param, table in entry.items():
            if not isinstance(table, dict):
                continue
            for key, texts in table.items():
                if isinstance(texts, dict) and isinstance(texts.get("en"), str) and isinstance(
                    texts.get("text"), str
                ):
                    found[(rule_id, param, key)] = (texts["en"].strip(), texts["text"].strip())
    return found
