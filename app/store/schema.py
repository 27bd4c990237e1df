"""The tables, columns and primary keys each schema revision has, checked at open with plain
``sqlite3`` (no SQLAlchemy needed): a file missing any of them is damaged, not a store to use.

A test checks the head revision against the models and every revision against what its Alembic
migrations build.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class TableShape:
    """The columns and primary key a table of the store must have."""

    columns: frozenset[str]
    primary_key: tuple[str, ...]


def _table(primary_key: tuple[str, ...], *others: str) -> TableShape:
    return TableShape(frozenset((*primary_key, *others)), primary_key)


_SCHOOL_TABLES = {
    "user_schools": _table(
        ("id",), "name", "city", "country", "directory_id", "sponsor_note", "created_at"
    ),
    "imported_schools": _table(
        ("id",),
        "directory_id",
        "name",
        "other_names",
        "city",
        "country",
        "sponsor_note",
        "source_file",
        "line_number",
        "imported_at",
    ),
}
_PROFILE_COLUMNS = (
    "custom_name",
    "applicant_name",
    "created_at",
    "updated_at",
    "last_page",
    "deleted_at",
)
_ANSWERS = _table(("profile_id", "field_path"), "value_json", "saved_at")
_SETTINGS = _table(("key",), "value")

EXPECTED_TABLES: dict[str, dict[str, TableShape]] = {
    "0001": {
        "profiles": _table(("id",), *_PROFILE_COLUMNS),
        "answers": _ANSWERS,
        "settings": _SETTINGS,
        **_SCHOOL_TABLES,
    },
    "0002": {
        "profiles": _table(("id",), *_PROFILE_COLUMNS, "overall", "overall_key"),
        "answers": _ANSWERS,
        "settings": _SETTINGS,
        **_SCHOOL_TABLES,
    },
    # Profile format v2: each profile says which format its answers follow.
    "0003": {
        "profiles": _table(("id",), *_PROFILE_COLUMNS, "overall", "overall_key", "answers_format"),
        "answers": _ANSWERS,
        "settings": _SETTINGS,
        **_SCHOOL_TABLES,
    },
}


def shape_of(conn: sqlite3.Connection, table: str) -> TableShape | None:
    """The table's columns and primary key as the file has them; None when it has no such table."""
    rows = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    if not rows:
        return None
    columns = frozenset(str(r[1]) for r in rows)
    primary_key = tuple(str(r[1]) for r in sorted((r for r in rows if r[5]), key=lambda r: r[5]))
    return TableShape(columns, primary_key)


def missing_parts(conn: sqlite3.Connection, revision: str) -> list[str]:
    """What the file lacks for its revision, in plain words ("the answers table", "column
    overall of profiles"); empty when every table, column and primary key is there. Extra
    tables or columns are allowed."""
    missing: list[str] = []
    for table, expected in EXPECTED_TABLES.get(revision, {}).items():
        found = shape_of(conn, table)
        if found is None:
            missing.append(f"the {table} table")
            continue
        missing.extend(
            f"column {column} of {table}" for column in sorted(expected.columns - found.columns)
        )
        if found.primary_key != expected.primary_key and expected.columns <= found.columns:
            missing.append(f"the key of {table}")
    return missing
