"""The command line builds only the sub-command it runs (issue 13: CLI whole-process times):
``--version`` imports no command, ``schools search`` only its own, and the help still lists
every command with its help."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import app.commands
from app.cli import COMMANDS, chosen_command, main

ROOT = Path(__file__).resolve().parents[1]


def test_the_commands_table_is_the_commands_folder() -> None:
    found = sorted(m.name for m in pkgutil.iter_modules(app.commands.__path__))
    assert tuple(name for name in found if not name.startswith("_")) == COMMANDS


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["assess", "x.json"], "assess"),
        (["--data-dir", "schools", "assess", "x.json"], "assess"),  # a folder named schools
        (["--data-dir=/tmp/d", "plan", "x"], "plan"),
        (["--data", "/tmp/d", "rules"], "rules"),
        (["--", "rules"], "rules"),
        (["--version"], None),
        (["--help", "assess"], None),
        (["-h"], None),
        (["--he"], None),
        (["asess", "x.json"], None),  # a typo: argparse names every command
        ([], None),
    ],
)
def test_the_command_chosen(arguments: list[str], expected: str | None) -> None:
    assert chosen_command(arguments) == expected


_PROBE = """
import sys, app.cli
code = app.cli.main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith("app.commands.") or m == "app.profile")
print("loaded:", ",".join(loaded), file=sys.stderr)
"""


def _loaded(*arguments: str) -> tuple[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "", "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)},
    )
    line = next(ln for ln in done.stderr.splitlines() if ln.startswith("loaded:"))
    return done.stdout, [m for m in line.removeprefix("loaded:").strip().split(",") if m]


def test_version_is_answered_without_building_any_command() -> None:
    out, loaded = _loaded("--version")
    assert out.startswith("IMG Readiness ")
    assert loaded == []


def test_a_school_search_builds_only_its_own_command(tmp_path: Path) -> None:
    out, loaded = _loaded("--data-dir", str(tmp_path), "schools", "search", "cairo", "--limit", "1")
    assert "1. " in out
    assert loaded == ["app.commands.schools"]  # not app.profile either: nothing to tell


def test_the_help_lists_every_command_with_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert re.search(rf"^\s+{name}\s+\w", out, re.MULTILINE), (name, out)


def test_no_command_prints_the_whole_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    out = capsys.readouterr().out
    assert all(re.search(rf"^\s+{name}\s+\w", out, re.MULTILINE) for name in COMMANDS)


def test_a_typo_is_refused_naming_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["asess", "x.json"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err
    assert all(f"'{name}'" in err for name in COMMANDS)


def test_a_commands_own_help_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schools", "search", "--help"]) == 0
    assert "--country" in capsys.readouterr().out
    assert main(["plan"]) == 2  # its required PROFILE, said by its own parser
    assert "plan" in capsys.readouterr().err


# What a one-shot school search imports (issue 13: ≤ 3x `python -c pass`): the prebuilt index is
# read with the standard library's marshal and zlib (scored by rapidfuzz), and nothing is logged
# where there is no data folder. Each of these cost it milliseconds.
_HEAVY = ("hashlib", "json", "csv", "sqlite3", "pycountry", "app.logs")

_IMPORTS_PROBE = """
import sys, app.cli
code = app.cli.main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r} or m in {heavy!r})
print("heavy:", ",".join(heavy), file=sys.stderr)
raise SystemExit(code)
"""


def _search(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            _IMPORTS_PROBE.format(heavy=set(_HEAVY)),
            *("--data-dir", str(data_dir), "schools", "search", *arguments),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "", "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)},
    )


def test_a_school_search_imports_nothing_heavy(tmp_path: Path) -> None:
    missing = tmp_path / "no-data-yet"
    done = _search(missing, "univeristy of lagos", "--limit", "3")
    assert done.returncode == 0, done.stderr
    assert "University of Lagos" in done.stdout
    assert "heavy: \n" in done.stderr + "\n", done.stderr
    assert not missing.exists()  # a search creates no data folder, not even to log


def test_a_search_logs_where_there_is_a_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    done = _search(folder, "cairo", "--limit", "1")
    assert done.returncode == 0, done.stderr
    log = (folder / "logs" / "img-readiness.log").read_text(encoding="utf-8")
    assert "img-readiness-cli" in log and "Command: schools" in log


@pytest.mark.parametrize("columns", ["50", "120", "", "wide"])
def test_help_is_wrapped_to_the_width_argparse_itself_would_use(
    monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    """The CLI's help formatter works out the width without shutil (see app.cli._help_width):
    the same width argparse's own formatter takes, $COLUMNS or not."""
    import shutil

    from app import cli

    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    else:
        monkeypatch.delenv("COLUMNS", raising=False)
    assert cli._help_width() == shutil.get_terminal_size().columns - 2
