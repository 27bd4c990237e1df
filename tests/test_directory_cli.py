"""`python -m app schools ...`: what a script or an advisor at a terminal gets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_has_exactly_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schools", "search", "universidade de sao paulo", "--json")
    assert code == 0
    payload = json.loads(out)
    assert list(payload) == ["query", "results"]
    assert payload["query"] == "universidade de sao paulo"
    first = payload["results"][0]
    assert list(first) == ["name", "kind", "city", "country", "other_names", "source", "score"]
    assert first["name"] == "Universidade de São Paulo"
    assert first["kind"] == "medical_school"
    assert first["country"] == "BR"
    assert "USP" in first["other_names"]
    scores = [r["score"] for r in payload["results"]]
    assert scores == sorted(scores, reverse=True)


def test_search_honours_country_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "schools",
        "search",
        "medical college",
        "--country",
        "Nepal",
        "--limit",
        "3",
        "--json",
    )
    results = json.loads(out)["results"]
    assert code == 0
    assert len(results) == 3
    assert {r["country"] for r in results} == {"NP"}


def test_plain_search_reminds_that_this_is_not_the_world_directory(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "schools", "search", "makerere")
    assert code == 0
    assert out.startswith(" 1. Makerere University — Kampala, Uganda · University")
    assert "not the World Directory of Medical Schools" in out
    assert "https://search.wdoms.org/" in out


def test_nothing_found_says_how_to_record_the_school(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schools", "search", "qqqqxxxxzzzz")
    assert code == 0
    assert "No school matches" in out
    assert "schools add" in out


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--country", "Atlantis"], "error: --country: 'Atlantis' is not a country code or name"),
        (["--limit", "0"], "error: --limit: must be between 1 and 200"),
    ],
)
def test_bad_search_options_exit_2_naming_the_option(
    capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    code, out, err = run(capsys, "schools", "search", "cairo", *argv)
    assert code == 2
    assert err.strip() == line
    assert out == ""


def test_a_recorded_school_is_found_by_a_later_search_in_the_same_data_dir(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "elsewhere")
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "schools",
        "add",
        "Okapi Medical College",
        "--country",
        "CD",
        "--city",
        "Kisangani",
        "--directory-id",
        "F0001234",
    )
    assert code == 0
    assert "Recorded: Okapi Medical College (Kisangani, Congo, The Democratic Republic" in out
    assert "https://search.wdoms.org/home/SchoolDetail/F0001234" in out
    code, out, _ = run(capsys, "--data-dir", data, "schools", "search", "okapi", "--json")
    assert json.loads(out)["results"][0]["kind"] == "user"
    code, out, _ = run(capsys, "schools", "search", "okapi", "--json")  # another data dir
    assert all(r["kind"] != "user" for r in json.loads(out)["results"])


def test_adding_a_bad_school_exits_2_with_one_line_per_field(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "schools", "add", "", "--country", "ZZ", "--directory-id", "12")
    assert code == 2
    assert err.splitlines() == [
        "error: NAME: is empty: type the school's name",
        "error: --country: 'ZZ' is not a country name or code",
        "error: --directory-id: '12' is not a World Directory ID (F and 7 digits, F0000578)",
    ]


def test_import_reports_counts_and_bad_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "office.csv"
    path.write_text(
        "Name;Country;WDOMS ID;Notes\nZarqa Faculty of Medicine;JO;F0000124;x\nNo Country;;;\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "schools", "import", str(path))
    assert code == 0
    assert out.splitlines() == [
        "1 of 2 rows imported from office.csv; 1 skipped.",
        "Columns ignored: Notes",
        "skipped line 3: country: is empty: choose the school's country",
    ]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "office.csv: is empty"),
        (b"\xff\xfe n\x00a\x00m\x00e\x00", 'office.csv: is UTF-16 text (Excel\'s "Unicode Text")'),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "office.csv: is not a text file"),
        (b"id,title\n1,x\n", "office.csv: has no 'name' or 'country' column"),
    ],
)
def test_import_of_an_unusable_file_exits_2_with_the_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, says: str
) -> None:
    path = tmp_path / "office.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "schools", "import", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {says}")
    assert "Traceback" not in err


def test_import_of_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "schools", "import", "/no/such/file.csv")
    assert code == 2
    assert err.startswith("error: file.csv: cannot be read")
