"""Build test profiles from the example fixtures, changing only what a story needs."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from app.checklist import Checklist
from app.engine.evaluate import evaluate
from app.profile import Profile, profile_from_dict
from app.rules import load_ruleset

FIXTURES = Path(__file__).parent / "fixtures"
AS_OF = dt.date(2026, 11, 25)
_INDEX = re.compile(r"^(\w+)\[(\d+)\]$")


def fixture_dict(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def changed(data: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` with each dotted path ("exams.step2_ck.score", "clinical_skills.oet[0]
    .writing") set to its new value."""
    result = copy.deepcopy(data)
    for path, value in changes.items():
        target: Any = result
        parts = path.split(".")
        for part in parts[:-1]:
            match = _INDEX.match(part)
            target = target[match.group(1)][int(match.group(2))] if match else target[part]
        last = _INDEX.match(parts[-1])
        if last:
            target[last.group(1)][int(last.group(2))] = value
        else:
            target[parts[-1]] = value
    return result


def profile(
    base: str = "fresh_graduate", paths: dict[str, Any] | None = None, **changes: Any
) -> Profile:
    """A fixture profile with changes as keyword paths (exams__step2_ck__score=213) or as
    dotted paths in ``paths`` ({"clinical_skills.oet[0].writing": 290})."""
    dotted = {k.replace("__", "."): v for k, v in changes.items()} | (paths or {})
    return profile_from_dict(changed(fixture_dict(base), dotted), today=AS_OF)


def assess(
    base: str = "fresh_graduate",
    as_of: dt.date = AS_OF,
    paths: dict[str, Any] | None = None,
    **changes: Any,
) -> Checklist:
    return evaluate(profile(base, paths, **changes), load_ruleset(), as_of)
