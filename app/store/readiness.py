"""Each profile's overall readiness, computed by the rules engine and kept with the profile.

The cached verdict is keyed by the rules' version and the day it was computed for, so a new
ruleset or a new day recomputes it (a date passing can change a verdict).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.checklist import Overall
from app.profile import Profile

_ruleset_cache: list[Any] = []


def _ruleset() -> Any | None:
    """The shipped ruleset, or None when the engine or its data cannot be loaded."""
    if not _ruleset_cache:
        try:
            from app.rules import load_ruleset  # lazy: the engine is only needed for verdicts

            _ruleset_cache.append(load_ruleset())
        except Exception:  # a broken rules file must not stop anyone reaching their answers
            _ruleset_cache.append(None)
    return _ruleset_cache[0]


def readiness_key(as_of: dt.date | None = None) -> str | None:
    """What a cached overall must match to be current; None when no rules are available."""
    ruleset = _ruleset()
    if ruleset is None:
        return None
    return f"{getattr(ruleset, 'version', '?')}|{(as_of or dt.date.today()).isoformat()}"


def overall_for(profile: Profile, as_of: dt.date | None = None) -> Overall | None:
    """The engine's overall verdict for the profile today, or None if it cannot be worked out."""
    ruleset = _ruleset()
    if ruleset is None:
        return None
    try:
        from app.assess import evaluate

        return evaluate(profile, ruleset, as_of or dt.date.today()).overall
    except Exception:  # the engine promises not to raise; if it does, show "unknown", not a crash
        return None
