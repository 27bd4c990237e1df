"""Notices about the store's file kept in a small file beside it (``store-notice.json``), so that
"your file was moved aside" survives a new store, a full disk and the app being closed, and is
repeated until the user has seen it in the app.

Each notice is kept as data (what happened, why, where the file went, which backup) with its
English text, and told in the language in use when read: a notice written by the app in Arabic
reads in Spanish at the next start in Spanish."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from app.i18n import N_, _

logger = logging.getLogger(__name__)

NOTICE_FILE_NAME = "store-notice.json"

# What a notice says, kept as data beside its English text ("text": what older versions read) so
# that it is told in the language in use when shown, whatever language wrote it. The English
# text is always these sentences, joined by a space.
DAMAGED = "damaged"
EMPTY = "empty"
DAMAGED_SENTENCE = N_(
    "Your saved-profiles file could not be used because {reason}. It was moved to {moved} and a "
    "new, empty store was started."
)
EMPTY_SENTENCE = N_("Your saved-profiles file was empty, so a new store was started.")
BACKUP_SENTENCE = N_("The latest automatic backup ({backup}) can be restored.")


def notice_file(folder: Path) -> Path:
    return folder / NOTICE_FILE_NAME


def damaged_notice(
    reason: str, reason_detail: str, moved: Path, backup: str | None
) -> dict[str, Any]:
    """The notice that the damaged file was moved aside. ``reason`` is one of the reasons of
    app/store/files.py (English, with ``{detail}``), ``backup`` the latest backup's name."""
    return _entry(
        {"kind": DAMAGED, "reason": reason, "detail": reason_detail, "moved": str(moved)}, backup
    )


def empty_notice(backup: str | None) -> dict[str, Any]:
    """The notice that the file was empty and a new store started."""
    return _entry({"kind": EMPTY}, backup)


def _entry(fields: dict[str, Any], backup: str | None) -> dict[str, Any]:
    entry = {**fields, "backup": backup}
    entry["text"] = _notice_words(entry, translate=False)
    return entry


def _notice_words(entry: dict[str, Any], translate: bool = True) -> str:
    """The notice in the language in use (English with ``translate=False``). An entry without
    its data (written by an older version, or not as expected) is told by its kept text."""
    say = _ if translate else str
    try:
        if entry.get("kind") == DAMAGED:
            reason = say(str(entry["reason"])).format(detail=str(entry.get("detail", "")))
            sentences = [say(DAMAGED_SENTENCE).format(reason=reason, moved=str(entry["moved"]))]
        elif entry.get("kind") == EMPTY:
            sentences = [say(EMPTY_SENTENCE)]
        else:
            return str(entry["text"])
        if entry.get("backup"):
            sentences.append(say(BACKUP_SENTENCE).format(backup=str(entry["backup"])))
    except (KeyError, IndexError, ValueError, TypeError):
        return str(entry["text"])
    return " ".join(sentences)


def _entries(folder: Path) -> tuple[list[dict[str, Any]], str | None]:
    """The notices kept (as written), and what to tell when the file cannot be read."""
    path = notice_file(folder)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], None
    except (OSError, UnicodeDecodeError) as exc:
        logger.warning("The store's notice file %s cannot be read: %s", path, exc)
        return [], _unreadable(path)
    import json  # here: most starts find no notice file and never parse one

    try:
        kept = json.loads(raw).get("notices", [])
        entries = [dict(entry) for entry in kept if isinstance(entry, dict)]
        for entry in entries:
            entry["text"] = str(entry["text"])
    except (ValueError, AttributeError, KeyError, TypeError) as exc:
        logger.warning("The store's notice file %s is not as written: %s", path, exc)
        return [], _unreadable(path)
    return entries, None


def _unreadable(path: Path) -> str:
    return _("A note about your saved-profiles file could not be read ({path}).").format(path=path)


def read_notices(folder: Path) -> list[str]:
    """The notices not yet dismissed, oldest first, in the language in use (none when there is
    no notice file)."""
    entries, problem = _entries(folder)
    return [problem] if problem else [_notice_words(entry) for entry in entries]


def shown_notices(folder: Path, legacy: str | None) -> str | None:
    """What the user must be told, one notice a line: the notices kept beside the store, after
    ``legacy`` (a notice an older version kept in the store's settings, in English) unless it
    is one of them."""
    entries, problem = _entries(folder)
    shown = [problem] if problem else [_notice_words(entry) for entry in entries]
    if legacy and legacy not in shown and legacy not in (entry["text"] for entry in entries):
        shown.insert(0, legacy)
    return "\n".join(shown) if shown else None


def _text_of(entries: list[dict[str, Any]]) -> str:
    import json

    return json.dumps({"notices": entries}, ensure_ascii=False, indent=2)


def add_notice(folder: Path, notice: dict[str, Any]) -> None:
    """Keep one more notice (written atomically, readable by the owner alone); ``notice`` is
    made by :func:`damaged_notice` or :func:`empty_notice`.

    Raises OSError when it cannot be written: the caller then changes nothing."""
    entries, _problem = _entries(folder)
    entries.append({**notice, "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
    _write(notice_file(folder), _text_of(entries))


def remove_notice(folder: Path, notice: dict[str, Any]) -> None:
    """Take back a notice just added (its change did not happen after all); best effort."""
    entries, _problem = _entries(folder)
    remaining = [entry for entry in entries if entry["text"] != notice["text"]]
    try:
        if remaining:
            _write(notice_file(folder), _text_of(remaining))
        else:
            notice_file(folder).unlink(missing_ok=True)
    except OSError as exc:
        logger.warning("Could not take back a store notice: %s", exc)


def clear_notices(folder: Path) -> None:
    """The user has seen them. Raises OSError when the file cannot be removed."""
    notice_file(folder).unlink(missing_ok=True)


def _write(path: Path, text: str) -> None:
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
