"""What the start does not load: the checklist (the first list's verdicts) needs neither the
rules' loader nor tomllib, and the engine's patterns are compiled when first matched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-800:]
    return done.stdout.strip()


def test_the_checklist_loads_without_the_rules_loader() -> None:
    out = _run(
        "import sys, app.checklist, app.store.records\n"
        "print(sorted(m for m in ('tomllib', 'app.rules.loader', 'app.rules.translations')"
        " if m in sys.modules))"
    )
    assert out == "[]"


def test_standing_is_one_class_wherever_it_is_imported_from() -> None:
    from app import rules
    from app.checklist import ChecklistItem
    from app.rules import loader, standing

    assert rules.Standing is loader.Standing is standing.Standing
    assert ChecklistItem.__dataclass_fields__["standing"].default is standing.Standing.CONFIRMED
    assert rules.load_ruleset is loader.load_ruleset
    assert set(rules.__all__) <= set(dir(rules)) | set(rules._LAZY)


def test_the_sponsor_note_patterns_are_compiled_on_first_use() -> None:
    out = _run(
        "import app.engine.evaluate, app.sponsor_note as s\n"
        "print('search' in vars(s._RANGE))\n"
        "print(s.read_sponsor_note('Graduation Year: 1980 - Current').ranges)\n"
        "print('finditer' in vars(s._RANGE))"
    )
    assert out.splitlines() == ["False", "((1980, None),)", "True"]
