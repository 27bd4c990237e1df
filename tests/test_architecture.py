"""House rules that keep the core usable without a window."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_core_never_imports_qt_or_the_ui() -> None:
    offenders = []
    for source in sorted((ROOT / "app").rglob("*.py")):
        for name in _imported_modules(source):
            top = name.split(".")[0]
            if top in {"PySide6", "PyQt5", "PyQt6", "shiboken6", "ui"}:
                offenders.append(f"{source.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_every_cli_command_loads_without_qt() -> None:
    code = (
        "import sys, app.cli; app.cli.build_parser(); "
        "print(','.join(m for m in ('PySide6', 'sqlalchemy', 'reportlab') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == ""
