"""Whatever a user types or a file holds, search and import answer plainly and never crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.directory import SchoolDirectory, load_directory
from app.directory.importer import (
    DirectoryImportError,
    ImportReport,
    read_rows,
    validated_chunks,
)

DIRECTORY: SchoolDirectory | None = None


def directory() -> SchoolDirectory:
    global DIRECTORY
    if DIRECTORY is None:
        DIRECTORY = load_directory().warm_up()
    return DIRECTORY


@settings(max_examples=150, deadline=None)
@given(
    query=st.text(max_size=80),
    country=st.one_of(st.none(), st.text(max_size=3), st.sampled_from(["EG", "in", "XK"])),
    limit=st.integers(min_value=-2, max_value=60),
)
def test_any_typed_text_gives_a_short_list_and_never_an_error(
    query: str, country: str | None, limit: int
) -> None:
    results = directory().search(query, country=country, limit=limit)
    assert len(results) <= max(limit, 0)
    assert all(0.0 <= match.score <= 100.0 for match in results)
    assert [m.score for m in results] == sorted((m.score for m in results), reverse=True)


CSV_PIECES = st.sampled_from(
    [
        "name",
        "country",
        "directory_id",
        "city",
        ",",
        ";",
        "\n",
        '"',
        "|",
        "EG",
        "F0000001",
        "Cairo",
        "\ufeff",
        "\r\n",
        " ",
        "Ω",
        "\x00",
        "é",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.one_of(st.binary(max_size=300), st.lists(CSV_PIECES, max_size=60).map("".join)))
def test_any_file_is_either_refused_with_a_reason_or_read_row_by_row(
    tmp_path: Path, content: bytes | str
) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    report = ImportReport(source_file=path.name)
    try:
        parsed = read_rows(path, report)
    except DirectoryImportError as refused:
        assert refused.problems and all(p.startswith("any.csv: ") for p in refused.problems)
        return
    good = [row for _, chunk in validated_chunks(parsed, report, path.name) for row in chunk]
    assert report.rows_read == len(parsed.rows)
    assert len(good) + report.bad_row_count == report.rows_read
    assert all(row["name"] and row["country"] for row in good)


@pytest.mark.parametrize("country", ["", "  ", "Narnia", "12"])
def test_a_blank_or_unknown_country_filter_never_fails(country: str) -> None:
    results = directory().search("university", country=country, limit=5)
    assert len(results) == (5 if not country.strip() else 0)
