"""The rules engine: ``evaluate(profile, ruleset, as_of) -> Checklist``, pure and clock-free.

Modules: ``items`` (item ids, areas, field paths), ``verdicts`` (building items), ``eligibility``,
``exams``, ``clinical``, ``credentials``, ``calendar`` (the Match cycle), ``evaluate``.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # Lazy, so that app.checklist can import app.engine.items without a cycle.
    if name == "evaluate":
        from app.engine.evaluate import evaluate

        return evaluate
    raise AttributeError(name)
