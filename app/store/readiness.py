"""Each profile's overall readiness, computed by the rules engine and kept with the profile.

The cached verdict is keyed by the rules' version and the day it was computed for, so a new
ruleset or a new day recomputes it (a date passing can change a verdict).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import DBAPIError

from app.checklist import Overall
from app.profile import Profile
from app.store import answers as answer_codec
from app.store.models import Answer, StoredProfileRow

logger = logging.getLogger(__name__)
_told: list[str] = []  # the last reason the rules could not be loaded, logged once


def _ruleset(data_dir: Path | None) -> Any | None:
    """The rules in use (the imported set when newer than the bundled one), or None when the
    rules cannot be loaded. Asked on every call, so an import or a revert is noticed at once
    (the look-up is cached by the imported file's time)."""
    try:
        from app.rules.imported import active_ruleset  # lazy: only needed for verdicts

        return active_ruleset(data_dir)
    except Exception as exc:  # a broken rules file must not stop anyone reaching their answers
        why = f"{type(exc).__name__}: {exc}"
        if _told != [why]:
            _told[:] = [why]
            logger.warning("No rules for verdicts, so none are shown: %s", why)
        return None


def readiness_key(data_dir: Path | None, as_of: dt.date | None = None) -> str | None:
    """What a cached overall must match to be current; None when no rules are available.
    ``data_dir`` is the store's folder, where imported rules are kept."""
    ruleset = _ruleset(data_dir)
    if ruleset is None:
        return None
    return f"{getattr(ruleset, 'version', '?')}|{(as_of or dt.date.today()).isoformat()}"


def overall_for(
    profile: Profile, data_dir: Path | None, as_of: dt.date | None = None
) -> Overall | None:
    """The engine's overall verdict for the profile today, or None if it cannot be worked out."""
    ruleset = _ruleset(data_dir)
    if ruleset is None:
        return None
    try:
        from app.engine.evaluate import evaluate

        return evaluate(profile, ruleset, as_of or dt.date.today()).overall
    except Exception:  # the engine promises not to raise; if it does, show "unknown", not a crash
        logger.exception("The engine could not judge a saved profile")
        return None


def keep_verdicts(
    reader: Engine,
    best_effort: Engine,
    ids: list[int],
    key: str,
    data_dir: Path | None,
    as_of: dt.date | None = None,
) -> dict[int, Overall | None]:
    """Evaluate the profiles ``ids`` (their readable answers) and keep each verdict with its
    key. Keeping them is only a cache: behind another window's write, or on a read-only or full
    disk, it is skipped at once (``best_effort`` has a tiny busy timeout) and worked out again
    next time; the verdicts are returned either way."""
    rows_of: dict[int, list[tuple[Any, Any]]] = {profile_id: [] for profile_id in ids}
    with reader.connect() as conn:
        for chunk in range(0, len(ids), 500):
            rows = conn.execute(
                select(Answer.profile_id, Answer.field_path, Answer.value_json).where(
                    Answer.profile_id.in_(ids[chunk : chunk + 500])
                )
            )
            for profile_id, path, text in rows:
                rows_of[profile_id].append((path, text))
    verdicts = {
        profile_id: overall_for(
            answer_codec.profile_of(answer_codec.read_saved(given)[0])[0], data_dir, as_of
        )
        for profile_id, given in rows_of.items()
    }
    try:
        with best_effort.begin() as conn:
            for profile_id, overall in verdicts.items():
                conn.execute(
                    update(StoredProfileRow)
                    .where(StoredProfileRow.id == profile_id)
                    .values(overall=overall.value if overall else None, overall_key=key)
                )
    except DBAPIError as exc:
        logger.info("Readiness verdicts not kept this time: %s", exc.orig)
    return verdicts
