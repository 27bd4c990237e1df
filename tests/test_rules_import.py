"""Newer rules without a new build: `python -m app rules import / revert / export`, and every
verdict afterwards judged by the imported set (until it is reverted or damaged)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.rules import RulesError, load_ruleset
from app.rules.imported import (
    active_ruleset,
    export_rules,
    import_rules,
    imported_file,
    rules_folder,
)
from app.store import open_store, readiness

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
AS_OF = "2026-11-25"
NEWER = "2027.01.15"
NEW_ROW = """
[[rule]]
id = "exams.step2_ck.minimum.2027"
family = "exams.step2_ck.minimum"
text = "Step 2 CK minimum passing score 222 for exams on or after 2027-07-01."
applies_by = "test_date"
effective_from = 2027-07-01
source = "https://www.usmle.org/common-questions?category=Scores"
checked = 2027-01-15
standing = "confirmed"
evidence = "CONFIRMED: a usmle.org announcement, for this test."
[rule.params]
minimum_score = 222
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def exported(capsys: pytest.CaptureFixture[str], folder: Path) -> str:
    """The rules in use, written by `rules export` as one file."""
    path = folder / "current.toml"
    code, out, _ = run(capsys, "rules", "export", str(path))
    assert code == 0 and out.strip() == str(path)
    return path.read_text(encoding="utf-8")


def edit_rule(text: str, rule_id: str, old: str, new: str) -> str:
    """Replace ``old`` by ``new`` inside the [[rule]] block of ``rule_id`` only."""
    at = text.index(f'id = "{rule_id}"\n')
    start = text.rindex("[[rule]]", 0, at)
    end = text.find("\n[[rule]]", at)
    end = len(text) if end < 0 else end
    block = text[start:end]
    assert old in block, f"{old!r} not in {rule_id}"
    return text[:start] + block.replace(old, new, 1) + text[end:]


def with_version(text: str, version: str) -> str:
    old_version = load_ruleset().version
    return text.replace(f'version = "{old_version}"', f'version = "{version}"', 1)


def newer_rules(text: str, version: str = NEWER) -> str:
    """Version bumped, one rule's params changed, one row ended and one row added."""
    text = with_version(text, version)
    text = edit_rule(
        text, "credentials.credit_years", "minimum_credit_years = 4", "minimum_credit_years = 7"
    )
    text = edit_rule(
        text,
        "exams.step2_ck.minimum.2025",
        "effective_from = 2025-07-01\n",
        "effective_from = 2025-07-01\neffective_to = 2027-06-30\n",
    )
    return text + NEW_ROW


@pytest.fixture
def saved_profiles(data_dir: Path) -> None:
    """Amira Hassan (Ready today, with 6 credit years) and a Canadian 2024 graduate."""
    with open_store(data_dir) as store:
        store.import_profile(FIXTURES / "fresh_graduate.json")
        store.import_profile(FIXTURES / "canadian_2024_graduate.json")


@pytest.fixture
def newer_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "newer rules.toml"
    path.write_text(newer_rules(exported(capsys, tmp_path)), encoding="utf-8")
    return path


def imported_once(capsys: pytest.CaptureFixture[str], newer_file: Path) -> str:
    code, out, err = run(capsys, "rules", "import", str(newer_file), "--as-of", AS_OF)
    assert code == 0, err
    return out


# -- importing ------------------------------------------------------------------------------------


def test_a_newer_file_is_imported_and_the_report_lists_what_changed_and_whose_verdict_flips(
    saved_profiles: None, newer_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled = load_ruleset().version
    out = imported_once(capsys, newer_file)
    lines = out.splitlines()
    assert lines[0] == f"Rules version {bundled} → {NEWER}"
    assert "  before: bundled rules version" in out
    assert f"  now:    imported rules version {NEWER}" in out
    assert lines.index("Added (1):") < lines.index("Ended (1):") < lines.index("Changed (1):")
    assert "  exams.step2_ck.minimum.2027: new, in force on or after 2027-07-01" in lines
    assert "  exams.step2_ck.minimum.2025: ends 2027-06-30" in lines
    assert "  credentials.credit_years: changed: params" in lines
    assert "  Amira Hassan: Ready → Not ready yet" in lines
    assert not any("Canadian" in line or "Not eligible →" in line for line in lines)
    assert out.index("Changed (1):") < out.index("Amira Hassan")
    kept = imported_file(data_dir)
    assert kept.read_text(encoding="utf-8") == newer_file.read_text(encoding="utf-8")
    if os.name == "posix":
        assert kept.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in kept.parent.iterdir()] == ["imported.toml"]  # no temporary left


def test_after_an_import_assess_and_the_saved_verdicts_use_the_imported_rules(
    saved_profiles: None, newer_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported_once(capsys, newer_file)
    code, out, _ = run(capsys, "assess", str(FIXTURES / "fresh_graduate.json"), "--as-of", AS_OF)
    assert code == 0
    assert f"rules version {NEWER}" in out
    assert "Overall: Not ready yet" in out
    assert "You have 6 credit years; at least 7 are needed." in out
    as_of = dt.date.fromisoformat(AS_OF)
    assert readiness.readiness_key(None, as_of) == f"{NEWER}|{AS_OF}"  # cached verdicts are redone
    code, out, _ = run(capsys, "rules")
    assert out.splitlines()[0].startswith(f"Rules version {NEWER} (updated 2026-12-02), imported")
    assert "for the 2024–2028 Matches" in out.splitlines()[0]


def test_import_json_is_for_scripts(
    saved_profiles: None, newer_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "rules", "import", str(newer_file), "--json", "--as-of", AS_OF)
    document = json.loads(out)
    assert code == 0
    assert document["action"] == "import" and document["done"] is True
    assert document["previous"]["origin"] == "bundled"
    assert document["active"] == {
        "origin": "imported",
        "version": NEWER,
        "updated": "2026-12-02",
        "match_years": [2024, 2028],
    }
    assert [c["id"] for c in document["added"]] == ["exams.step2_ck.minimum.2027"]
    assert [c["id"] for c in document["ended"]] == ["exams.step2_ck.minimum.2025"]
    assert document["changed"] == [
        {"id": "credentials.credit_years", "detail": "changed: params", "fields": ["params"]}
    ]
    assert document["profiles"]["checked"] == 2
    assert document["profiles"]["verdict_changes"] == [
        {"name": "Amira Hassan", "from": "ready", "to": "not_ready"}
    ]


def test_without_saved_profiles_the_report_says_so(
    newer_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = imported_once(capsys, newer_file)
    assert "No saved profiles to check (no store yet)." in out
    assert not (data_dir / "img-readiness.sqlite3").exists()  # not created just to look


def test_a_store_that_cannot_be_opened_is_a_report_line_not_a_failure(
    saved_profiles: None, newer_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    import app.store
    from app.store import StoreError

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StoreError("The saved profiles are from a newer version of IMG Readiness")

    monkeypatch.setattr(app.store, "open_store", refuse)
    out = imported_once(capsys, newer_file)
    assert "Saved profiles could not be checked: The saved profiles are from a newer" in out
    assert active_ruleset().version == NEWER


def test_no_saved_profile_changing_is_said_in_words(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with open_store(data_dir) as store:
        store.import_profile(FIXTURES / "canadian_2024_graduate.json")
    path = tmp_path / "only newer.toml"
    path.write_text(with_version(exported(capsys, tmp_path), NEWER), encoding="utf-8")
    out = imported_once(capsys, path)
    assert "Added: none" in out and "Ended: none" in out and "Changed: none" in out
    assert "  No saved profile changes its overall verdict." in out.splitlines()


# -- refusing -------------------------------------------------------------------------------------


def test_an_equal_version_is_refused_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    same = tmp_path / "same.toml"
    same.write_text(exported(capsys, tmp_path), encoding="utf-8")
    version = load_ruleset().version
    code, out, err = run(capsys, "rules", "import", str(same), "--as-of", AS_OF)
    assert code == 2 and out == ""
    assert err == (
        f"error: {same}: rules version {version} is not newer than the bundled rules in use "
        f"(version {version}); nothing was imported\n"
    )
    assert not rules_folder(data_dir).exists()
    assert active_ruleset().origin == "bundled"


def test_an_older_version_than_the_imported_one_is_refused_and_the_imported_one_stays(
    newer_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    imported_once(capsys, newer_file)
    before = imported_file(data_dir).read_bytes()
    older = tmp_path / "older.toml"  # newer than the bundled rules, older than the imported
    older.write_text(
        newer_file.read_text(encoding="utf-8").replace(NEWER, "2027.01.10"), encoding="utf-8"
    )
    code, _, err = run(capsys, "rules", "import", str(older), "--as-of", AS_OF)
    assert code == 2
    assert "rules version 2027.01.10 is not newer than the imported rules in use" in err
    assert f"(version {NEWER})" in err
    assert imported_file(data_dir).read_bytes() == before
    assert active_ruleset().version == NEWER


BROKEN = {
    "bad TOML": (lambda t: t.replace("[ruleset]", "[ruleset", 1), ["not valid TOML"]),
    "a rule missing a field": (
        lambda t: edit_rule(
            t,
            "credentials.credit_years",
            'source = "https://www.ecfmg.org/2024ib/credentials-requirements.html"\n',
            "",
        ),
        ["rule 'credentials.credit_years'", "source must be https://"],
    ),
    "a missing required rule": (
        lambda t: t.replace('id = "application.submitted"', 'id = "application.sent"'),
        ["rules the checklist needs are missing: application.submitted"],
    ),
    "overlapping rows": (
        lambda t: edit_rule(
            t,
            "exams.step2_ck.minimum.2022",
            "effective_to = 2025-06-30",
            "effective_to = 2025-07-15",
        ),
        ["'exams.step2_ck.minimum.2022' and 'exams.step2_ck.minimum.2025'", "overlap"],
    ),
    "a family declared with the wrong picking date": (
        lambda t: t.replace(
            '"exams.step2_ck.minimum" = "test_date"', '"exams.step2_ck.minimum" = "match_year"'
        ),
        ["family 'exams.step2_ck.minimum' is declared picked by match_year", "test_date"],
    ),
}


@pytest.mark.parametrize("problem", list(BROKEN))
def test_a_malformed_file_is_refused_naming_file_rule_and_field_and_nothing_changes(
    problem: str,
    newer_file: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
) -> None:
    imported_once(capsys, newer_file)
    before = imported_file(data_dir).read_bytes()
    breaking, expected = BROKEN[problem]
    text = newer_file.read_text(encoding="utf-8").replace(NEWER, "2027.02.01")
    broken = tmp_path / "broken rules.toml"
    broken.write_text(breaking(text), encoding="utf-8")
    assert broken.read_text(encoding="utf-8") != text
    code, out, err = run(capsys, "rules", "import", str(broken), "--as-of", AS_OF)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"error: {broken}: ")
    for words in expected:
        assert words in err
    assert imported_file(data_dir).read_bytes() == before
    assert active_ruleset().version == NEWER
    assert [p.name for p in rules_folder(data_dir).iterdir()] == ["imported.toml"]


def test_a_file_that_is_not_utf8_or_not_there_is_refused_plainly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('# règles\n[ruleset]\nversion = "2099.1"\n'.encode("latin-1"))
    code, _, err = run(capsys, "rules", "import", str(latin1))
    assert code == 2 and f"error: {latin1}: is not UTF-8 text" in err
    code, _, err = run(capsys, "rules", "import", str(tmp_path / "nowhere.toml"))
    assert code == 2 and "nowhere.toml: cannot be read" in err


def test_a_write_that_fails_half_way_leaves_no_file_behind(
    newer_file: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(RulesError, match="No space left on device"):
        import_rules(newer_file, data_dir, as_of=dt.date.fromisoformat(AS_OF))
    assert list(rules_folder(data_dir).iterdir()) == []
    assert active_ruleset(data_dir).origin == "bundled"


def test_a_real_process_refuses_a_broken_file_with_exit_code_2_and_no_traceback(
    newer_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[ruleset]\nversion = 2027\n", encoding="utf-8")
    env = {**os.environ, "IMG_READINESS_DATA_DIR": str(data_dir)}

    def python_m_app(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    bad = python_m_app("rules", "import", str(broken), "--as-of", AS_OF)
    assert bad.returncode == 2, bad.stderr
    assert bad.stderr == (
        f'error: {broken}: [ruleset] version must be numbers with dots, like "2026.12.02"\n'
    )
    good = python_m_app("rules", "import", str(newer_file), "--as-of", AS_OF)
    assert good.returncode == 0 and f"→ {NEWER}" in good.stdout and "Traceback" not in good.stderr


# -- going back, a damaged file, exporting, --stale -----------------------------------------------


def test_revert_goes_back_to_the_bundled_rules_and_says_what_changes_back(
    saved_profiles: None, newer_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported_once(capsys, newer_file)
    code, out, _ = run(capsys, "rules", "revert", "--as-of", AS_OF)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"Rules version {NEWER} → {load_ruleset().version}"
    assert "  exams.step2_ck.minimum.2027: removed" in lines
    assert "  Amira Hassan: Not ready yet → Ready" in lines
    assert not imported_file(data_dir).exists()
    assert active_ruleset().origin == "bundled"
    code, out, _ = run(capsys, "rules", "revert")
    assert code == 0
    assert out.startswith("No imported rules to go back from: the bundled rules version")


def test_a_damaged_imported_file_is_logged_and_the_bundled_rules_are_used(
    data_dir: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = imported_file(data_dir)
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b'[ruleset]\nversion = "2099.1.1"\n\x00\xff garbage')
    with caplog.at_level(logging.WARNING, logger="app.rules.imported"):
        assert active_ruleset() is load_ruleset()
        assert active_ruleset() is load_ruleset()  # cached: told once, not on every keystroke
    assert len(caplog.records) == 1
    assert str(damaged) in caplog.records[0].getMessage()
    code, out, _ = run(capsys, "assess", str(FIXTURES / "fresh_graduate.json"), "--as-of", AS_OF)
    assert code == 0 and f"rules version {load_ruleset().version}" in out


def test_an_imported_file_older_than_the_bundled_rules_is_not_used(data_dir: Path) -> None:
    text = with_version(
        Path(export_rules(data_dir.parent / "x.toml")).read_text(encoding="utf-8"), "2000.1"
    )
    imported_file(data_dir).parent.mkdir(parents=True)
    imported_file(data_dir).write_text(text, encoding="utf-8")
    assert active_ruleset(data_dir) is load_ruleset()


def test_the_active_ruleset_is_cached_until_the_file_changes(
    newer_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported_once(capsys, newer_file)
    first = active_ruleset(data_dir)
    assert first.origin == "imported" and active_ruleset(data_dir) is first
    imported_file(data_dir).write_text(
        newer_file.read_text(encoding="utf-8").replace(NEWER, "2027.03.01"), encoding="utf-8"
    )
    assert active_ruleset(data_dir).version == "2027.03.01"


def test_export_writes_the_rules_in_use_as_one_file_that_loads_the_same(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, newer_file: Path
) -> None:
    text = exported(capsys, tmp_path)
    assert text.count("[ruleset]") == 1 and text.count("[families]") == 1
    again = load_ruleset(tmp_path / "current.toml")
    assert again.version == load_ruleset().version
    assert {r.id for r in again.rules} == {r.id for r in load_ruleset().rules}
    imported_once(capsys, newer_file)
    code, _, _ = run(capsys, "rules", "export", str(tmp_path / "again.toml"))
    assert code == 0
    assert (tmp_path / "again.toml").read_text(encoding="utf-8") == newer_file.read_text(
        encoding="utf-8"
    )


def test_stale_is_judged_as_of_the_date_given_not_the_computer_clock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "rules", "--json", "--stale", "0", "--as-of", "2000-01-01")
    document = json.loads(out)
    assert document["rules"] == [] and document["as_of"] == "2000-01-01"
    assert document["origin"] == "bundled" and document["match_years"] == [2024, 2028]
    _, out, _ = run(capsys, "rules", "--json", "--stale", "0", "--as-of", "2100-01-01")
    assert len(json.loads(out)["rules"]) == len(load_ruleset().rules)
    code, out, _ = run(capsys, "rules", "--stale", "30", "--as-of", "2100-01-01")
    assert code == 0 and "not checked within 30 days of 2100-01-01" in out.splitlines()[0]
    code, _, err = run(capsys, "rules", "--as-of", "2026-13-01")
    assert code == 2 and err.startswith("error: --as-of:")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_like_a_rules_file_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pipe = tmp_path / "rules.toml"
    os.mkfifo(pipe)  # opening it for reading would wait forever for a writer
    code, _, err = run(capsys, "rules", "import", str(pipe), "--as-of", AS_OF)
    assert code == 2
    assert "is a pipe (FIFO), not a regular file" in err


def test_a_rule_text_with_terminal_escapes_is_printed_harmless(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = exported(capsys, tmp_path)
    hostile = edit_rule(
        newer_rules(text),
        "match.cycle",
        'text = "The NRMP',
        'text = "\\u001b[2J\\u001b]0;owned\\u0007The NRMP',
    )
    path = tmp_path / "hostile.toml"
    path.write_text(hostile, encoding="utf-8")
    code, out, err = run(capsys, "rules", "import", str(path), "--as-of", AS_OF)
    assert code == 0, err
    code, out, _ = run(capsys, "rules", "--as-of", AS_OF)
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out
