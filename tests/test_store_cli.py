"""`python -m app profiles ...` and saved profiles in `assess`, as seen at a terminal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.profile import Applicant, Profile
from app.store import open_store, store_path
from tests.store_helpers import every_field_profile


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def two_profiles(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.create_profile(every_field_profile())
        store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima")))


def test_list_shows_each_profile_with_its_number_name_and_readiness(
    two_profiles: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "profiles", "list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["#", "Name", "Last", "edited", "Readiness"]
    assert lines[1].split()[:3] == ["2", "Ana", "Lima"]
    assert "José Núñez-محمد 王伟" in lines[2]


def test_list_json_is_for_scripts(two_profiles: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "profiles", "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["name"] for r in rows] == ["Ana Lima", "José Núñez-محمد 王伟"]
    assert set(rows[0]) == {"id", "name", "updated_at", "overall"}


def test_the_data_dir_option_picks_the_store(
    two_profiles: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "elsewhere"), "profiles", "list")
    assert code == 0 and out.strip() == "No saved profiles yet."
    assert store_path(tmp_path / "elsewhere").exists()


def test_export_import_rename_duplicate_delete_and_restore_from_the_terminal(
    two_profiles: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "ana.json"
    assert run(capsys, "profiles", "export", "ana lima", str(exported))[0] == 0
    code, out, _ = run(capsys, "profiles", "import", str(exported))
    assert code == 0 and "Ana Lima (2)" in out
    code, _, err = run(capsys, "profiles", "import", str(exported), "--if-name-exists", "fail")
    assert code == 2 and "already exists" in err
    assert run(capsys, "profiles", "rename", "Ana Lima (2)", "Ana – plan B")[0] == 0
    assert run(capsys, "profiles", "duplicate", "Ana – plan B", "--name", "Ana C")[0] == 0
    code, out, _ = run(capsys, "profiles", "delete", "Ana C")
    assert code == 0 and "profiles restore 4" in out
    names = [r["name"] for r in json.loads(run(capsys, "profiles", "list", "--json")[1])]
    assert "Ana C" not in names and "Ana – plan B" in names
    assert run(capsys, "profiles", "restore", "4")[0] == 0
    names = [r["name"] for r in json.loads(run(capsys, "profiles", "list", "--json")[1])]
    assert "Ana C" in names


def test_show_prints_every_saved_answer_and_json_on_request(
    two_profiles: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "profiles", "show", "1")
    assert code == 0
    assert "exams.step2_ck.score: 241" in out
    code, out, _ = run(capsys, "profiles", "show", "1", "--json")
    assert json.loads(out)["exams"]["step2_ck"]["score"] == 241


def test_a_broken_import_prints_one_line_per_problem_and_exits_2(
    two_profiles: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "img-readiness-profile",
                "version": 1,
                "exams": {"step2_ck": {"score": "high"}},
                "education": {"graduation_date": "30/06/2024"},
            }
        )
    )
    code, _, err = run(capsys, "profiles", "import", str(bad))
    lines = err.splitlines()
    assert code == 2
    assert any(line.startswith("error: exams.step2_ck.score:") for line in lines)
    assert any(line.startswith("error: education.graduation_date:") for line in lines)
    assert "Traceback" not in err


def test_an_unknown_profile_is_named_plainly(
    two_profiles: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "profiles", "show", "Nobody Here")
    assert code == 2 and "no saved profile named or numbered 'Nobody Here'" in err


def test_assess_accepts_a_saved_profiles_name(
    two_profiles: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "assess", "Ana Lima", "--json")
    assert code == 0
    assert json.loads(out)["overall"] in {"ready", "not_eligible", "not_ready", "incomplete"}


def test_a_name_two_profiles_share_asks_for_the_number(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(data_dir) as store:
        for _ in range(2):
            store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima")))
    code, _, err = run(capsys, "assess", "Ana Lima")
    assert code == 2 and "use a number instead (1, 2)" in err


def test_a_store_from_a_newer_app_is_refused_with_a_plain_line(
    two_profiles: None, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(store_path(data_dir)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    code, _, err = run(capsys, "profiles", "list")
    assert code == 1
    assert err.startswith("error: ") and "newer version of IMG Readiness" in err
    assert len(err.splitlines()) == 1


def test_a_recovered_store_says_so_on_every_command_until_dismissed(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    store_path(data_dir).write_text("not a database")
    code, out, err = run(capsys, "profiles", "list")
    assert code == 0 and "No saved profiles yet." in out
    assert err.startswith("note: Your saved-profiles file could not be used")


def test_list_judges_readiness_as_of_the_date_given(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture = Path(__file__).parent / "fixtures" / "fresh_graduate.json"
    with open_store(data_dir) as store:
        store.import_profile(fixture)
    # Ready while the 2027 Match is ahead; the day after its Match Day the target is over.
    for as_of, overall in (("2027-03-19", "ready"), ("2027-03-20", "incomplete")):
        code, out, _ = run(capsys, "profiles", "list", "--json", "--as-of", as_of)
        assert code == 0
        assert json.loads(out)[0]["overall"] == overall
    code, _, err = run(capsys, "profiles", "list", "--as-of", "2027-02-30")
    assert code == 2 and "--as-of" in err


def test_a_name_with_terminal_escapes_is_printed_escaped_by_list_and_show(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(data_dir) as store:
        store.create_profile(Profile(applicant=Applicant(full_name="Ana Lima")))
        store.rename_profile(1, "Ana\x1b]0;owned\x07\x1b[2J")  # retitle, then clear the screen
    for argv in (("profiles", "list"), ("profiles", "show", "1")):
        code, out, _ = run(capsys, *argv)
        assert code == 0 and "\x1b" not in out and "\x07" not in out
        assert "Ana\\x1b]0;owned" in out
