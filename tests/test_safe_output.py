"""Issue 10, item 4: stored or imported text never reaches the terminal raw. A shared profile or
school list holding ESC[2J (clear screen), an OSC title (ESC ] 0 ; … BEL) or the 8-bit CSI is
printed with those characters escaped by assess, plan, schools search and every error line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from profile_builder import FIXTURES, fixture_dict

from app.cli import json_text, main, printable
from app.profile import read_profile

ROOT = Path(__file__).parents[1]
AS_OF = "2026-12-02"
CLEAR = "\x1b[2J\x1b[H"
RETITLE = "\x1b]0;pwned\x07"
CSI8 = "\x9b31m"
HOSTILE_NAME = f"Amira{CLEAR} Hassan{RETITLE}{CSI8}\x7f"
RAW_BYTES = ("\x1b", "\x07", "\x9b", "\x7f")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_no_raw_controls(*texts: str) -> None:
    for text in texts:
        assert not any(c in text for c in RAW_BYTES), repr(text[:200])


# -- the helper ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Amira\x1b[2J", "Amira\\x1b[2J"),
        ("a\x1b]0;t\x07b", "a\\x1b]0;t\\x07b"),
        ("a\x9bb\x85c", "a\\x9bb\\x85c"),
        ("del\x7f nul\x00", "del\\x7f nul\\x00"),
        ("tab\tline\nreturn\r", "tab\\tline\\nreturn\\r"),
        ("lone \ud800", "lone \\ud800"),
        ("Ünïcödé اسم 名前 \u00a0", "Ünïcödé اسم 名前 \u00a0"),
    ],
)
def test_printable_escapes_what_a_terminal_would_act_on(text: str, shown: str) -> None:
    assert printable(text) == shown
    printable(text).encode("utf-8")  # never a UnicodeEncodeError on output


def test_multiline_text_keeps_its_line_breaks_and_tabs_only() -> None:
    assert printable("a\tb\nc\r\x1b", multiline=True) == "a\tb\nc\\r\\x1b"


def test_json_output_escapes_c1_del_and_surrogates_and_stays_the_same_json() -> None:
    document = {"name": HOSTILE_NAME + "\ud800", "plain": "é"}
    text = json_text(document)
    assert_no_raw_controls(text)
    text.encode("utf-8")
    assert "é" in text
    assert json.loads(text) == document


# -- a stored profile with a hostile name --------------------------------------------------------


@pytest.fixture
def hostile_store(data_dir: Path) -> int:
    """A saved profile whose name came from a shared file: the store keeps answers as typed."""
    from app.store import open_store

    profile, _ = read_profile(fixture_dict("fresh_graduate"))
    profile.applicant.full_name = HOSTILE_NAME
    profile.education.diploma_title = f"MBBCh{CLEAR}{RETITLE}"
    with open_store(data_dir) as store:
        return store.create_profile(profile).id


def test_assess_prints_a_stored_hostile_name_escaped(
    capsys: pytest.CaptureFixture[str], hostile_store: int
) -> None:
    code, out, err = run(capsys, "assess", str(hostile_store), "--as-of", AS_OF)
    assert (code, err) == (0, "")
    assert_no_raw_controls(out)
    assert "IMG Readiness checklist for Amira\\x1b[2J\\x1b[H Hassan\\x1b]0;pwned\\x07" in out
    assert "MBBCh\\x1b[2J" in out  # the diploma title, quoted in a reason


def test_assess_json_of_a_stored_hostile_profile_has_no_raw_control(
    capsys: pytest.CaptureFixture[str], hostile_store: int
) -> None:
    code, out, _ = run(capsys, "assess", str(hostile_store), "--as-of", AS_OF, "--json")
    assert code == 0
    assert_no_raw_controls(out)
    assert any("MBBCh\x1b[2J" in item["reason"] for item in json.loads(out)["items"])


def test_plan_prints_a_stored_hostile_name_escaped(
    capsys: pytest.CaptureFixture[str], hostile_store: int
) -> None:
    code, out, err = run(capsys, "plan", str(hostile_store), "--as-of", AS_OF)
    assert (code, err) == (0, "")
    assert_no_raw_controls(out)
    assert out.startswith("Plan for Amira\\x1b[2J\\x1b[H Hassan")
    code, out, _ = run(capsys, "plan", str(hostile_store), "--as-of", AS_OF, "--json")
    assert code == 0
    assert_no_raw_controls(out)


def test_a_hostile_name_in_a_process_writes_no_escape_byte(
    data_dir: Path, hostile_store: int
) -> None:
    for command in ("assess", "plan"):
        result = subprocess.run(
            [sys.executable, "-m", "app", command, str(hostile_store), "--as-of", AS_OF],
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "IMG_READINESS_DATA_DIR": str(data_dir)},
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout
        assert "\x9b".encode() not in result.stdout


# -- refused at validation, and the error line is escaped too ------------------------------------


def test_a_profile_file_with_an_escape_in_the_name_is_refused_without_echoing_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = fixture_dict("fresh_graduate")
    document["applicant"]["full_name"] = HOSTILE_NAME
    document["education"]["status"] = CLEAR
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run(capsys, "assess", str(path))
    assert (code, out) == (2, "")
    assert_no_raw_controls(err)
    assert err.splitlines() == [
        "error: education.status: '\\x1b[2J\\x1b[H' is not one of: student, graduate",
        "error: applicant.full_name: holds a control character (U+001B), which cannot be kept "
        "in this field; remove it",
    ]


def test_every_error_line_is_escaped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "assess", str(FIXTURES / "student.json"), "--as-of", CLEAR)
    assert code == 2
    assert_no_raw_controls(err)
    folder = tmp_path / f"out{RETITLE}"
    code, _, err = run(capsys, "checklist", str(FIXTURES / "student.json"), "-o", f"{folder}/c.pdf")
    assert code == 2
    assert_no_raw_controls(err)
    assert "out\\x1b]0;pwned\\x07 does not exist" in err


def test_an_unexpected_failure_line_is_escaped_too(tmp_path: Path) -> None:
    blocker = tmp_path / f"data{CLEAR}"
    blocker.write_text("a file where the data folder should be")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(blocker),
            "schools",
            "add",
            "X",
            "--country",
            "UG",
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert b"\x1b" not in result.stderr and b"Traceback" not in result.stderr


def test_a_school_with_an_escape_cannot_be_recorded(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "schools", "add", f"Kigezi{CLEAR}", "--country", "UG")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "error: NAME: holds a control character (U+001B), which cannot be kept in this field; "
        "remove it"
    ]


# -- schools: imported lists are cleaned; older stored rows are escaped when printed --------------


def test_an_imported_list_loses_its_control_characters_and_says_how_many(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / f"office{RETITLE}.csv"
    path.write_text(
        "name,country,city,sponsor_note\n"
        f"Kigezi{CLEAR} Faculty of Medicine,UG,Kabale{CSI8},"
        '"Graduation Year:\t2015 -\nCurrent\x07"\n'
        "Mbarara University,UG,Mbarara,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "schools", "import", str(path))
    assert (code, err) == (0, "")
    assert_no_raw_controls(out)
    assert out.splitlines()[0] == (
        "2 of 2 rows imported from office\\x1b]0;pwned\\x07.csv; "
        "4 control characters removed (the first on line 2)."
    )
    code, out, _ = run(capsys, "schools", "search", "kigezi", "--limit", "1")
    assert code == 0
    assert out.startswith(" 1. Kigezi[2J[H Faculty of Medicine — Kabale31m, Uganda · Imported")

    from app.directory import load_directory
    from app.store import open_store

    with open_store() as store:
        found = load_directory(store).search("kigezi", limit=1)[0]
    assert found.sponsor_note == "Graduation Year:\t2015 -\nCurrent"  # line breaks kept


def test_schools_stored_by_an_older_version_are_printed_escaped(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    from app.store import open_store
    from app.store.models import ImportedSchool, UserSchool

    with open_store(data_dir) as store, store.session() as session:
        session.add(UserSchool(name=f"Hostile{CLEAR} Medical College", city=RETITLE, country="UG"))
        session.add(
            ImportedSchool(
                name=f"Hostile{CSI8} Faculty of Medicine",
                other_names=f"Old{RETITLE}|Older\x7f",
                country="UG",
                source_file=f"list{CLEAR}.csv",
            )
        )
    code, out, err = run(capsys, "schools", "search", "hostile")
    assert (code, err) == (0, "")
    assert_no_raw_controls(out)
    assert "Hostile\\x1b[2J\\x1b[H Medical College — \\x1b]0;pwned\\x07, Uganda" in out
    assert "also: Old\\x1b]0;pwned\\x07; Older\\x7f" in out
    code, out, _ = run(capsys, "schools", "search", "hostile", "--json")
    assert code == 0
    assert_no_raw_controls(out)
    assert {r["name"] for r in json.loads(out)["results"]} >= {
        f"Hostile{CLEAR} Medical College",
        f"Hostile{CSI8} Faculty of Medicine",
    }


def test_a_search_for_escapes_echoes_them_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schools", "search", f"zzzqqq{CLEAR}", "--country", "AQ")
    assert code == 0
    assert_no_raw_controls(out)
    assert out.startswith("No school matches 'zzzqqq\\x1b[2J\\x1b[H'.")
