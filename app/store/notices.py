"""Notices about the store's file kept in a small file beside it (``store-notice.json``), so that
"your file was moved aside" survives a new store, a full disk and the app being closed, and is
repeated until the user has seen it in the app."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

NOTICE_FILE_NAME = "store-notice.json"


def notice_file(folder: Path) -> Path:
    return folder / NOTICE_FILE_NAME


def read_notices(folder: Path) -> list[str]:
    """The notices not yet dismissed, oldest first (none when there is no notice file)."""
    path = notice_file(folder)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        logger.warning("The store's notice file %s cannot be read: %s", path, exc)
        return [f"A note about your saved-profiles file could not be read ({path})."]
    try:
        kept = json.loads(raw).get("notices", [])
        return [str(entry["text"]) for entry in kept if isinstance(entry, dict)]
    except (ValueError, AttributeError, KeyError, TypeError) as exc:
        logger.warning("The store's notice file %s is not as written: %s", path, exc)
        return [f"A note about your saved-profiles file could not be read ({path})."]


def add_notice(folder: Path, text: str) -> None:
    """Keep one more notice (written atomically, readable by the owner alone).

    Raises OSError when it cannot be written: the caller then changes nothing."""
    entries = [{"text": t} for t in read_notices(folder)]
    entries.append({"text": text, "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
    _write(notice_file(folder), json.dumps({"notices": entries}, ensure_ascii=False, indent=2))


def remove_notice(folder: Path, text: str) -> None:
    """Take back a notice just added (its change did not happen after all); best effort."""
    remaining = [t for t in read_notices(folder) if t != text]
    try:
        if remaining:
            _write(notice_file(folder), json.dumps({"notices": [{"text": t} for t in remaining]}))
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
