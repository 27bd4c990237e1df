"""House rules for ui/: Qt is reached through ui/qt.py only, and no rule (a score, a date, a
cut-off) is written in the wizard: verdicts come from the core."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "ui"
SOURCES = sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def test_only_ui_qt_imports_pyside6():
    importing = [
        p.relative_to(UI.parent).as_posix()
        for p in SOURCES
        if p.name != "qt.py" and re.search(r"^\s*(from|import) PySide6", p.read_text(), re.M)
    ]
    assert importing == []


def test_no_threshold_or_cut_off_is_written_in_the_wizard():
    # The thresholds and dates the rules hold; none of them may appear as a literal in ui/.
    rule_values = r"\b(209|214|218|300|350|2025-07-01|2022-04-01|2014-07-01)\b"
    found = [
        f"{p.relative_to(UI.parent).as_posix()}:{n}: {line.strip()}"
        for p in SOURCES
        for n, line in enumerate(p.read_text().splitlines(), start=1)
        if re.search(rule_values, line) and not line.strip().startswith("#")
    ]
    assert found == []
