"""Paper size: Letter where the locale's country uses it, A4 everywhere else."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import Literal

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")

# Countries whose offices print on US Letter (the glibc LC_PAPER data, rounded to what matters).
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "NI", "PA", "PR", "SV", "DO", "BZ"}
)

# Windows names its locales in words ("English_United States.1252").
_WINDOWS_COUNTRY_NAMES = {
    "united states": "US",
    "canada": "CA",
    "mexico": "MX",
    "philippines": "PH",
}


def default_paper(environ: Mapping[str, str] | None = None) -> Paper:
    """ "letter" when the user's locale points to a Letter country, otherwise "a4"."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(variable)
        if value:
            country = _country_of(value)
            if country:
                return "letter" if country in LETTER_COUNTRIES else "a4"
    if environ is None:
        try:
            name = locale.getlocale()[0] or ""
        except ValueError:
            name = ""
        country = _country_of(name)
        if country:
            return "letter" if country in LETTER_COUNTRIES else "a4"
    return "a4"


def _country_of(locale_name: str) -> str | None:
    """The country part of "en_US.UTF-8", "fr_CA@euro" or "English_United States.1252"."""
    name = locale_name.split(".", 1)[0].split("@", 1)[0]
    if "_" not in name:
        return None
    territory = name.split("_", 1)[1]
    if len(territory) == 2 and territory.isalpha():
        return territory.upper()
    return _WINDOWS_COUNTRY_NAMES.get(territory.lower())
