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


def _string_constants(root: Path) -> list[tuple[str, int, str]]:
    """(file, line, text) of every string constant in the Python files under ``root``."""
    import ast

    found = []
    for path in sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((path.relative_to(UI.parent).as_posix(), node.lineno, node.value))
    return found


def test_item_ids_are_named_by_their_enum_never_spelled_as_strings():
    # Each surface names a checklist item by ItemId, so a renamed id cannot leave one behind.
    from app.engine.items import ItemId

    ids = {item.value for item in ItemId}
    surfaces = [
        UI,
        UI.parent / "app" / "report",
        UI.parent / "app" / "commands",
        UI.parent / "tools",
    ]
    spelled = [
        f"{file}:{line}: {text!r}"
        for root in surfaces
        for file, line, text in _string_constants(root)
        if text in ids
    ]
    assert spelled == []


def test_wizard_fields_are_bound_to_field_paths_never_spelled_as_strings():
    from app.engine.items import FieldPath

    paths = {path.value for path in FieldPath}
    spelled = [
        f"{file}:{line}: {text!r}" for file, line, text in _string_constants(UI) if text in paths
    ]
    assert spelled == []
