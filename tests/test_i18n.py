"""The core's language: picked from the environment as gettext does, English as the reference
(untouched by any catalog), dates in the locale's form elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest

from app import i18n


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        # LANGUAGE lists preferences: the first supported one wins.
        ({"LANGUAGE": "fr:es:en", "LANG": "fr_FR.UTF-8"}, "es"),
        # LC_ALL overrides LANG, as in gettext; the first LC_* set decides.
        ({"LC_ALL": "ar_SA.UTF-8", "LANG": "es_ES.UTF-8"}, "ar"),
        ({"LC_MESSAGES": "de_DE.UTF-8", "LANG": "es_ES.UTF-8"}, "en"),
    ],
)
def test_the_environment_picks_the_language(environ: dict[str, str], expected: str) -> None:
    assert i18n.language_from_environment(environ) == expected


def test_an_unknown_language_is_english_and_english_is_the_source_text() -> None:
    assert i18n.set_language("xx") == "en"
    assert i18n._("Ready") == "Ready"
    assert i18n.ngettext("{count} day", "{count} days", 2) == "{count} days"
    assert i18n.format_date(dt.date(2027, 3, 19)) == "2027-03-19"
    assert i18n.format_month(dt.date(2027, 3, 19)) == "March 2027"


def test_dates_read_in_the_language_chosen() -> None:
    day = dt.date(2027, 3, 19)
    assert i18n.set_language("es") == "es"
    assert i18n.format_date(day) == "19 mar 2027"
    assert i18n.format_month(day) == "marzo de 2027"
    assert i18n.set_language("ar") == "ar"
    assert i18n.is_right_to_left()
    # Western digits, as on the applicant's documents; the month in Arabic.
    assert i18n.format_date(day) == "19 مارس 2027"
    assert i18n.format_month(day) == "مارس 2027"


def test_spanish_and_arabic_catalogs_translate_a_status() -> None:
    i18n.set_language("es")
    spanish = i18n._("Ready")
    i18n.set_language("ar")
    arabic = i18n._("Ready")
    assert (spanish, arabic) == ("Listo", "جاهز")
