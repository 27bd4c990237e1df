"""The bundled school list: clean, honest about what it is, and rebuildable."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from app.directory.entries import BUNDLED_FILE, is_known_country, read_bundled
from app.paths import data_dir
from tools import build_schools

SCHOOLS_CSV = data_dir() / BUNDLED_FILE
PROVENANCE = data_dir() / "schools" / "PROVENANCE.md"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with SCHOOLS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_school_has_a_name_a_kind_and_a_known_country(rows: list[dict[str, str]]) -> None:
    assert len(rows) > 10_000
    assert all(row["name"].strip() for row in rows)
    assert {row["kind"] for row in rows} == {"medical_school", "university"}
    unknown = sorted({row["country"] for row in rows if not is_known_country(row["country"])})
    assert unknown == []


def test_no_school_is_listed_twice(rows: list[dict[str, str]]) -> None:
    ids = Counter(row["ror_id"] for row in rows)
    assert [ror_id for ror_id, n in ids.items() if n > 1] == []
    lines = Counter(
        (row["name"].casefold(), row["other_names"], row["city"], row["country"]) for row in rows
    )
    assert [line for line, n in lines.items() if n > 1] == []


def test_medical_schools_are_kept_apart_from_universities(rows: list[dict[str, str]]) -> None:
    kinds = {row["name"]: row["kind"] for row in rows}
    assert kinds["Karolinska Institutet"] == "medical_school"
    assert kinds["Universidad de Guadalajara"] == "university"


def test_the_list_is_small_enough_to_ship() -> None:
    assert SCHOOLS_CSV.stat().st_size < 2_000_000


def test_bundled_entries_load_with_former_names_searchable() -> None:
    cairo = next(e for e in read_bundled() if e.name == "Cairo University")
    assert "King Fuad I University" in cairo.other_names
    assert cairo.source.startswith("ROR v2.9")


def test_provenance_says_this_is_not_the_world_directory() -> None:
    text = PROVENANCE.read_text(encoding="utf-8")
    assert "not the World Directory" in text
    assert "CC0" in text
    assert "search.wdoms.org" in text
    assert "sponsor note" in text.lower()


SHARED = build_schools.DEFAULT_SOURCE


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared ROR lists are not on this machine")
def test_the_build_script_reproduces_the_bundled_file(tmp_path: Path) -> None:
    rebuilt, _ = build_schools.build(SHARED)
    target = tmp_path / "schools.csv"
    build_schools.write(rebuilt, target)
    assert target.read_bytes() == SCHOOLS_CSV.read_bytes()
