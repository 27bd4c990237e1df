"""Rule texts in Spanish and Arabic: every bundled rule has both, made from its current English;
a changed English shows the English (never a stale translation); imported rules fall back."""

from __future__ import annotations

import dataclasses
import logging
import re
import tomllib
from pathlib import Path

import pytest

from app.i18n import set_language
from app.rules import load_ruleset, rule_text
from app.rules.translations import (
    load_translations,
    same_english,
    translation_for,
    translations_dir,
    translations_file,
)

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("es", "ar")
RULES = load_ruleset()
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def numbers(text: str) -> set[str]:
    """The numbers a reader must find in any translation: an ISO date counts as its day and
    year (a translation writes the month as a word)."""
    text = ISO_DATE.sub(lambda m: f"{int(m.group(3))} {m.group(1)}", text)
    return set(re.findall(r"\d+", text))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_bundled_rule_has_a_translation_of_its_current_english(code: str) -> None:
    translations = load_translations(code)
    missing = [rule.id for rule in RULES.rules if rule.id not in translations]
    assert not missing, f"translate into {code}: {missing}"
    stale = [
        rule.id
        for rule in RULES.rules
        if not same_english(translations[rule.id].english, rule.text)
    ]
    assert not stale, (
        f"the English of these rules changed since their {code} translation; translate them "
        f"again and copy the new English into `en` in {translations_file(code)}: {stale}"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_translation_files_name_no_rule_that_is_gone(code: str) -> None:
    ids = {rule.id for rule in RULES.rules}
    assert set(load_translations(code)) <= ids


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_translation_is_translated_and_keeps_every_number(code: str) -> None:
    document = tomllib.loads(translations_file(code).read_text(encoding="utf-8"))
    assert document["language"] == code
    for rule in RULES.rules:
        text = rule_text(rule, code)
        assert text != rule.text, rule.id
        assert "{" not in text and "}" not in text, rule.id
        lost = numbers(rule.text) - numbers(text)
        assert not lost, f"{code} {rule.id}: numbers missing from the translation: {lost}"


def test_arabic_rule_texts_are_in_arabic_script_with_western_digits() -> None:
    for rule in RULES.rules:
        text = rule_text(rule, "ar")
        assert re.search(r"[\u0600-\u06FF]", text), rule.id
        assert not re.search(r"[\u0660-\u0669]", text), rule.id  # Arabic-Indic digits


def test_rule_text_follows_the_language_in_use() -> None:
    rule = RULES.get("exams.step2_ck.minimum.2025")
    assert rule_text(rule) == rule.text  # English by default
    set_language("es")
    assert rule_text(rule).startswith("Puntuación mínima aprobatoria de Step 2 CK: 218")
    set_language("ar")
    assert "218" in rule_text(rule) and "Step 2 CK" in rule_text(rule)
    set_language("en")
    assert rule_text(rule) == rule.text


def test_a_changed_english_shows_the_english_and_says_so_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rule = RULES.get("exams.step2_ck.minimum.2025")
    newer = dataclasses.replace(
        rule, text="Step 2 CK minimum passing score 222 for exams on or after 2025-07-01."
    )
    with caplog.at_level(logging.WARNING, logger="app.rules.translations"):
        assert rule_text(newer, "es") == newer.text
        assert rule_text(newer, "ar") == newer.text
    assert translation_for(newer, "es") is None
    assert "exams.step2_ck.minimum.2025" in caplog.text
    # Spacing and line breaks alone do not make the English another text.
    rewrapped = dataclasses.replace(rule, text=rule.text.replace(" ", "  \n", 1))
    assert rule_text(rewrapped, "es") == rule_text(rule, "es")


def test_an_imported_rule_without_a_translation_shows_its_english() -> None:
    rule = dataclasses.replace(
        RULES.get("exams.step2_ck.minimum.2025"),
        id="exams.step2_ck.minimum.2027",
        text="Step 2 CK minimum passing score 222 for exams on or after 2027-07-01.",
    )
    set_language("es")
    assert rule_text(rule) == rule.text


def test_no_file_for_a_language_means_english(tmp_path: Path) -> None:
    assert load_translations("es", tmp_path) == {}
    assert load_translations("en") == {}


def test_a_damaged_translation_file_is_logged_not_raised(tmp_path: Path) -> None:
    (tmp_path / "es.toml").write_text('[rule."match.cycle"\nen = ', encoding="utf-8")
    assert load_translations("es", tmp_path) == {}


def test_the_json_of_a_rule_keeps_its_english_text() -> None:
    set_language("es")
    rule = RULES.get("match.cycle")
    assert rule.to_dict()["text"] == rule.text


def test_the_translations_are_shipped_in_the_wheel() -> None:
    # data/rules/translations/*.toml installs as package data of app.data.rules.
    assert translations_dir() == ROOT / "data" / "rules" / "translations"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["app.data.rules"]
    shipped = {
        path
        for pattern in patterns
        for path in (ROOT / "data" / "rules").glob(pattern)
        if path.is_file()
    }
    for code in LANGUAGES:
        assert translations_file(code) in shipped, (
            'add "translations/*.toml" to [tool.setuptools.package-data] "app.data.rules"'
        )


def test_the_rules_loader_and_the_export_ignore_the_translations_folder() -> None:
    # The loader reads data/rules/*.toml only: a translation file is never taken for rules.
    files = sorted(p.name for p in (ROOT / "data" / "rules").glob("*.toml"))
    assert files == ["calendar.toml", "ecfmg.toml"]


@pytest.mark.parametrize("code", ["es", "ar"])
def test_the_pathway_descriptions_are_translated_for_the_clinical_page(code: str) -> None:
    """The six Pathway lines the clinical page lists come from the rules' parameters: each has a
    translation made from its current English."""
    from app.engine.clinical import pathway_descriptions
    from app.i18n import set_language
    from app.rules import load_ruleset

    ruleset = load_ruleset()
    set_language("en")
    english = pathway_descriptions(ruleset)
    set_language(code)
    translated = pathway_descriptions(ruleset)
    assert set(translated) == set(english) == {1, 2, 3, 4, 5, 6}
    assert all(translated[n] != english[n] for n in english)
    assert "Mini-CEX" in translated[6]  # the official name stays
