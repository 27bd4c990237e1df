"""An advisor brings a whole office in at once: a folder of exported profiles, several files, or
a CSV roster of applicants; the good ones come in, the bad ones are named with their problems,
and nothing is ever half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.store import StoreUnavailable
from app.store.batch import import_sources
from tests.advisor_group import AS_OF, group_profiles, write_profile_files

FIXTURES = Path(__file__).parent / "fixtures"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def office_folder(tmp_path: Path) -> Path:
    """Eight good exported profiles and three bad files, as an office's shared folder has."""
    folder = tmp_path / "office"
    write_profile_files(folder, group_profiles(8))
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "score-999.json").write_text(
        json.dumps(
            {"format": "img-readiness-profile", "version": 1, "exams": {"step2_ck": {"score": 999}}}
        ),
        encoding="utf-8",
    )
    (folder / "from-the-future.json").write_text(
        json.dumps({"format": "img-readiness-profile", "version": 99}), encoding="utf-8"
    )
    (folder / "notes.txt").write_text("not a profile, and not looked at", encoding="utf-8")
    return folder


def test_a_folder_with_some_bad_files_imports_the_good_ones_and_names_the_bad_ones(
    store, office_folder: Path
) -> None:
    outcome = import_sources(store, [office_folder], as_of=AS_OF)
    assert len(outcome.imported) == 8
    refused = {item.source: item.problems for item in outcome.refused}
    assert set(refused) == {"broken.json", "score-999.json", "from-the-future.json"}
    assert any("not valid JSON" in p for p in refused["broken.json"])
    # Each problem names its field in the wizard's words, not as a data path.
    assert any(p.startswith("Step 2 CK score: ") for p in refused["score-999.json"])
    assert any("newer IMG Readiness" in p for p in refused["from-the-future.json"])
    assert len(store.list_profiles(refresh=False)) == 8
    assert outcome.summary() == "8 imported, 3 refused"


def test_the_command_line_imports_a_folder_and_several_files_then_sums_up(
    office_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "profiles", "import", str(office_folder), "--as-of", "2026-11-25")
    assert code == 2  # some were refused: a script can tell
    assert out.count("Imported ") == 8 and out.rstrip().endswith("8 imported, 3 refused.")
    assert "error: score-999.json: Step 2 CK score: " in err
    assert "error: broken.json: " in err
    good = [FIXTURES / "student.json", FIXTURES / "oet_retaker.json"]
    code, out, err = run(capsys, "profiles", "import", *map(str, good))
    assert code == 0 and err == "" and "2 imported, 0 refused." in out


def test_a_single_file_imports_as_before_with_every_problem_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "profiles", "import", str(FIXTURES / "student.json"))
    assert code == 0 and out.startswith("Imported ") and ": Priya Raghunathan" in out
    code, _, err = run(capsys, "profiles", "import", str(tmp_path / "missing.json"))
    assert code == 2 and err.startswith("error: ")


def test_a_file_whose_note_cannot_be_kept_is_refused_whole(store, tmp_path: Path) -> None:
    document = json.loads((FIXTURES / "student.json").read_text(encoding="utf-8"))
    document["advisor_note"] = {"text": "x" * 6000, "dated": "2026-11-01T09:00:00+00:00"}
    path = tmp_path / "long-note.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    outcome = import_sources(store, [path])
    assert not outcome.imported and "at most 5,000" in outcome.refused[0].problems[0]
    assert store.list_profiles(refresh=False) == []  # not the profile without its note


def test_a_store_that_cannot_be_written_stops_the_batch_and_says_what_was_not_tried(
    store, office_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store.import_profile
    calls: list[Path] = []

    def full_disk_on_the_third(path: Path, *args: object, **kwargs: object) -> object:
        calls.append(path)
        if len(calls) == 3:
            raise StoreUnavailable("Not done: the disk is full. Nothing was changed.")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(store, "import_profile", full_disk_on_the_third)
    outcome = import_sources(store, [office_folder], as_of=AS_OF)
    assert len(outcome.imported) == 2
    assert outcome.stopped.startswith("the store cannot be written")
    assert "the disk is full" in outcome.refused[-1].problems[0]


ROSTER = (
    "Name;School;Country;Graduation date;Target year\n"
    "Ana Lima;Universidade de São Paulo;Brazil;2023-12-15;2027\n"
    "Wei Zhang;Peking University;CN;2027-06-30;2028\n"
    ";No Name School;EG;2022-01-01;2027\n"
    "Bad Row;;Narnia;30/06/2024;20x7\n"
    "Ana Lima;Universidade Federal;BR;2024-01-10;\n"
)


def test_a_roster_makes_one_profile_per_good_row_and_names_each_bad_row_by_line(
    store, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("\ufeff" + ROSTER, encoding="utf-8")  # as Excel saves "CSV UTF-8"
    outcome = import_sources(store, [roster], as_of=AS_OF)
    assert [item.name for item in outcome.imported] == ["Ana Lima", "Wei Zhang", "Ana Lima (2)"]
    refused = {item.source: item.problems for item in outcome.refused}
    assert set(refused) == {"roster.csv line 4", "roster.csv line 5"}
    assert refused["roster.csv line 4"] == ("name: is empty; every applicant needs a name",)
    assert [p.split(":")[0] for p in refused["roster.csv line 5"]] == [
        "country",
        "graduation_date",
        "target_year",
    ]
    wei = store.get_profile(outcome.imported[1].profile_id).profile
    assert wei.school.country == "CN" and wei.education.status == "student"
    assert wei.target_match_year == 2028
    ana = store.get_profile(outcome.imported[0].profile_id).profile
    assert ana.school.country == "BR" and ana.education.status == "graduate"


def test_a_roster_that_cannot_be_used_changes_nothing(store, tmp_path: Path) -> None:
    utf16 = tmp_path / "unicode-text.csv"
    utf16.write_bytes("name,school\nAna,USP\n".encode("utf-16"))
    no_name = tmp_path / "no-name.csv"
    no_name.write_text("school,country\nUSP,BR\n", encoding="utf-8")
    outcome = import_sources(store, [utf16, no_name])
    assert not outcome.imported
    problems = [item.problems[0] for item in outcome.refused]
    assert "UTF-16" in problems[0] and "CSV UTF-8" in problems[0]
    assert "has no 'name' column" in problems[1]
    assert store.list_profiles(refresh=False) == []


def test_a_roster_with_names_taken_refuses_those_rows_when_asked_to(store, tmp_path: Path) -> None:
    store.import_profile(FIXTURES / "fresh_graduate.json")
    roster = tmp_path / "roster.csv"
    roster.write_text("name,target_year\nAmira Hassan,2027\nKofi Mensah,2028\n", "utf-8")
    outcome = import_sources(store, [roster], on_conflict="fail")
    assert [item.name for item in outcome.imported] == ["Kofi Mensah"]
    assert "already exists" in outcome.refused[0].problems[0]


def test_paths_that_are_not_there_or_hold_nothing_are_named(store, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    outcome = import_sources(store, [tmp_path / "nowhere", empty])
    assert [item.problems[0] for item in outcome.refused] == [
        "no such file or folder",
        "the folder holds no .json or .csv file",
    ]


def test_the_app_imports_a_folder_on_the_worker_and_sums_up(
    qtbot, store, office_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.profile_chooser import ProfileChooser
    from ui.worker import wait_for_background_work

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0
    )
    chooser = ProfileChooser()
    qtbot.addWidget(chooser)
    chooser.as_of = AS_OF
    chooser.show_profiles(store)
    chooser.import_many([office_folder])
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0][0] == "8 imported, 3 refused."
    assert "score-999.json: Step 2 CK score: " in shown[0][1]
    assert len(chooser.shown_names()) == 8 and len(chooser.selected_ids()) == 8
    assert chooser.undo_message.text() == "8 imported, 3 refused."
    wait_for_background_work()
