"""Rebuild data/schools/schools.csv from the CC0 ROR lists in ../shared/data/schools/, then its
prebuilt search index, data/schools/schools-index.bin.

    python -m tools.build_schools [SOURCE_DIR]      (or: make schools [SCHOOLS_SOURCE=DIR])
    python -m tools.build_schools --index-only      (the index of the schools.csv as it is)

SOURCE_DIR holds ror-medical-schools.csv and ror-universities.csv (see their PROVENANCE.md).

The bundled file keeps only what search and display need: kind, the short ROR id, names, city and
country. Rows that a user could not tell apart (same name, other names, city and country) are
merged into the first, so the directory never shows two identical lines. Nothing is added by hand.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "schools"  # ../shared/data/schools
TARGET = ROOT / "data" / "schools" / "schools.csv"
INDEX_TARGET = ROOT / "data" / "schools" / "schools-index.bin"
SOURCES = (
    ("ror-medical-schools.csv", "medical_school"),
    ("ror-universities.csv", "university"),
)
COLUMNS = ("kind", "ror_id", "name", "other_names", "former_names", "city", "country")
ROR_PREFIX = "https://ror.org/"


def read_source(path: Path, kind: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {
                "kind": kind,
                "ror_id": row["ror_id"].removeprefix(ROR_PREFIX),
                "name": row["name"].strip(),
                "other_names": _clean_names(row["other_names"], row["name"]),
                "former_names": _clean_names(row["former_names"], row["name"]),
                "city": row["city"].strip(),
                "country": row["country_code"].strip().upper(),
            }
            for row in csv.DictReader(handle)
        ]


def _clean_names(joined: str, own_name: str) -> str:
    """Pipe-separated names without blanks, repeats or a copy of the entry's own name."""
    seen = {own_name.strip().casefold()}
    kept = []
    for name in joined.split("|"):
        name = name.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            kept.append(name)
    return "|".join(kept)


def build(source_dir: Path) -> tuple[list[dict[str, str]], int]:
    """All rows, medical schools first; returns (rows, number of indistinguishable rows merged)."""
    rows: list[dict[str, str]] = []
    seen_ids: set[str] = set()
    seen_lines: set[tuple[str, ...]] = set()
    merged = 0
    for file_name, kind in SOURCES:
        for row in read_source(source_dir / file_name, kind):
            line = (row["name"].casefold(), row["other_names"], row["city"], row["country"])
            if row["ror_id"] in seen_ids or line in seen_lines:
                merged += 1
                continue
            seen_ids.add(row["ror_id"])
            seen_lines.add(line)
            rows.append(row)
    return rows, merged


def write(rows: list[dict[str, str]], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    temporary.replace(target)


def write_index(schools_csv: Path = TARGET, target: Path = INDEX_TARGET) -> int:
    """The prebuilt search index of schools_csv (what the app reads instead of building it at
    every start); tests/test_directory_index_files.py checks that it matches schools.csv."""
    from app.directory.directory import write_bundled_index

    return write_bundled_index(schools_csv, target)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["--index-only"]:
        source_dir = Path(args[0]) if args else DEFAULT_SOURCE
        rows, merged = build(source_dir)
        write(rows, TARGET)
        kinds = {kind: sum(1 for r in rows if r["kind"] == kind) for _, kind in SOURCES}
        print(
            f"wrote {TARGET.relative_to(ROOT)}: {len(rows)} schools {kinds}, "
            f"{merged} indistinguishable rows merged, {TARGET.stat().st_size:,} bytes"
        )
    size = write_index()
    print(
        f"wrote {INDEX_TARGET.relative_to(ROOT)}: the search index of {TARGET.name}, {size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
