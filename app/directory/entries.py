"""The schools the directory knows about, and the words used to show them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.i18n import N_, _
from app.paths import data_dir

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a search's start)
if TYPE_CHECKING:
    from typing import Literal

    from pycountry.db import Country

    Kind = Literal["medical_school", "university", "user", "imported"]


# In English; match_of() gives them in the language in use.
KIND_LABELS: dict[str, str] = {
    # Translators: a school the user recorded themself.
    "user": N_("Added by you"),
    # Translators: a school imported from a directory file.
    "imported": N_("Imported"),
    "medical_school": N_("Medical school"),
    "university": N_("University (may hold a medical faculty)"),
}
# On equal scores, a school the user recorded comes first, then an imported (licensed) row, then
# a medical school, then a university.
KIND_RANK: dict[str, int] = {"user": 0, "imported": 1, "medical_school": 2, "university": 3}

BUNDLED_SOURCE = "ROR v2.9 (2026-06-23), CC0"
BUNDLED_FILE = "schools/schools.csv"

# User-assigned codes that pycountry (ISO 3166-1) does not hold but ROR uses.
EXTRA_COUNTRIES = {"XK": "Kosovo"}


@dataclass(frozen=True, slots=True)
class SchoolEntry:
    """One school as stored: bundled (ROR), recorded by the user, or imported from a file."""

    name: str
    kind: Kind
    country: str
    city: str = ""
    other_names: tuple[str, ...] = ()
    source: str = BUNDLED_SOURCE
    ror_id: str | None = None
    directory_id: str | None = None
    sponsor_note: str | None = None
    store_id: int | None = None  # row id in the local store, for user and imported schools


@dataclass(slots=True)  # not frozen: built 20 times per keystroke, and frozen costs 2x
class SchoolMatch:
    """One search result, best first, in the user's words."""

    name: str
    kind: Kind
    kind_label: str
    city: str
    country: str
    country_name: str
    other_names: tuple[str, ...]
    source: str
    score: float
    directory_id: str | None = None
    sponsor_note: str | None = None
    ror_id: str | None = field(default=None)

    @property
    def ror_url(self) -> str | None:
        return f"https://ror.org/{self.ror_id}" if self.ror_id else None

    def to_json(self) -> dict[str, object]:
        """The CLI's JSON shape for one result."""
        return {
            "name": self.name,
            "kind": self.kind,
            "city": self.city,
            "country": self.country,
            "other_names": list(self.other_names),
            "source": self.source,
            "score": self.score,
        }


# Names of countries as country_name() gives them, read with the prebuilt school index (built from
# the same pycountry data, checked by its hash): showing results need not import pycountry (40 ms).
_KNOWN_NAMES: dict[str, str] = {}


def remember_country_names(names: dict[str, str]) -> None:
    """Country names that country_name() would give, as stored with the prebuilt index."""
    _KNOWN_NAMES.update(names)


def _country(code: str) -> Country | None:
    import pycountry  # lazy: 40 ms to import, and a search rarely needs it

    return pycountry.countries.get(alpha_2=code)


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str:
    """The English name of an alpha-2 code ("EG" -> "Egypt"); the code itself if unknown."""
    if not code:
        return ""
    code = code.strip().upper()
    known = _KNOWN_NAMES.get(code)
    if known is not None:
        return known
    if code in EXTRA_COUNTRIES:
        return EXTRA_COUNTRIES[code]
    country = _country(code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def shown_country_name(code: str | None) -> str:
    """The name of an alpha-2 code as a person reads it, in the language in use: CLDR's name
    through Babel in Spanish or Arabic ("EG" -> "Egipto", "مصر"), else ``country_name``. Search
    matches the English names; only what is shown changes."""
    from app.i18n import ENGLISH, language

    chosen = language()
    if code and chosen != ENGLISH:
        named = _territory_name(code.strip().upper(), chosen)
        if named:
            return named
    return country_name(code)


@lru_cache(maxsize=1024)
def _territory_name(code: str, language_code: str) -> str | None:
    from babel import Locale  # lazy: only when a translated name is shown

    named = Locale.parse(language_code).territories.get(code)
    return str(named) if named else None


def is_known_country(code: str | None) -> bool:
    if not code or len(code.strip()) != 2:
        return False
    code = code.strip().upper()
    return code in EXTRA_COUNTRIES or _country(code) is not None


def country_code_for(text: str | None) -> str | None:
    """An alpha-2 code from what a user or a file gives: "eg", "EGY", "Egypt"; None if unknown."""
    if not text or not text.strip():
        return None
    text = text.strip()
    if is_known_country(text):
        return text.upper()
    for code, name in EXTRA_COUNTRIES.items():
        if text.casefold() == name.casefold():
            return code
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return None


def is_canadian(country_code: str | None) -> bool:
    """Whether a school's country is Canada (its graduates follow other rules)."""
    return (country_code or "").strip().upper() == "CA"


def country_words(code: str) -> list[str]:
    """Names a user may type for a country: short, common and official names."""
    if code in EXTRA_COUNTRIES:
        return [EXTRA_COUNTRIES[code]]
    country = _country(code)
    if country is None:
        return []
    names = [country.name]
    for attribute in ("common_name", "official_name"):
        value = getattr(country, attribute, None)
        if value and value not in names:
            names.append(value)
    return names


def all_country_codes() -> list[str]:
    """Every alpha-2 code a school may have (pycountry's, and the extra ones ROR uses)."""
    import pycountry

    return sorted({c.alpha_2 for c in pycountry.countries} | set(EXTRA_COUNTRIES))


def split_names(joined: str | None) -> tuple[str, ...]:
    if not joined:
        return ()
    return tuple(name.strip() for name in joined.split("|") if name.strip())


def read_bundled(path: Path | None = None) -> list[SchoolEntry]:
    """The schools shipped in data/schools/schools.csv (medical schools first)."""
    import csv  # only to build the index (make schools, or a stale prebuilt one)

    path = path or data_dir() / BUNDLED_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            SchoolEntry(
                name=row["name"],
                kind="medical_school" if row["kind"] == "medical_school" else "university",
                country=row["country"],
                city=row["city"],
                other_names=split_names(row["other_names"]) + split_names(row["former_names"]),
                ror_id=row["ror_id"] or None,
            )
            for row in csv.DictReader(handle)
        ]


def match_of(entry: SchoolEntry, score: float) -> SchoolMatch:
    return SchoolMatch(
        name=entry.name,
        kind=entry.kind,
        kind_label=_(KIND_LABELS[entry.kind]),
        city=entry.city,
        country=entry.country,
        country_name=country_name(entry.country),
        other_names=entry.other_names,
        source=entry.source,
        score=score,
        directory_id=entry.directory_id,
        sponsor_note=entry.sponsor_note,
        ror_id=entry.ror_id,
    )


def imported_entry(
    store_id: int,
    name: str,
    other_names: str | None,
    city: str | None,
    country: str | None,
    directory_id: str | None,
    sponsor_note: str | None,
    source_file: str | None,
) -> SchoolEntry:
    """A school row imported from a list file, as the search shows it."""
    return SchoolEntry(
        name=name,
        kind="imported",
        country=country or "",
        city=city or "",
        other_names=split_names(other_names),
        source=f"Imported from {source_file}" if source_file else "Imported",
        directory_id=directory_id,
        sponsor_note=sponsor_note,
        store_id=store_id,
    )
