"""The store's files as a person is told of them: a backup as "a copy from yesterday 21:40 with
3 profiles", the damaged file that was set aside (its folder and its name), and a path shown so
that it wraps at its separators rather than in the middle of a name.

Reads backups with plain ``sqlite3``, read-only and immutable (nothing is written beside them);
no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.i18n import ENGLISH, _, format_date, language, ngettext
from app.store.notices import BACKUP_SENTENCE, DAMAGED_SENTENCE, EMPTY_SENTENCE

# What the store calls a file it set aside (app/store/files.py: aside_name), and the sentences
# of its notice (app/store/notices.py); tests/test_ui_store_recovery.py damages a real store, so
# a change of wording there fails a test here. The notice is kept as data and told in the
# language in use (app/store/notices.py), so it is read back here with that language's
# sentences, and with the English ones (a notice an older version kept in English).
_SET_ASIDE_LABEL = ".damaged-"


def _pattern(template: str, **groups: str) -> re.Pattern[str]:
    """A notice sentence as a pattern: its placeholders match the given groups' patterns."""
    pattern = re.escape(template)
    for name, group in groups.items():
        pattern = pattern.replace(re.escape("{" + name + "}"), group)
    return re.compile(pattern)


def _patterns(template: str, **groups: str) -> list[re.Pattern[str]]:
    """The sentence in the language in use, then in English."""
    shown = _(template)
    return [_pattern(t, **groups) for t in dict.fromkeys((shown, template))]


# The words an older version kept (its notice in the store's settings), read as before.
_LEGACY_REASON = re.compile(r"could not be used because (?P<reason>.+?)\. It was moved to ")
_LEGACY_EMPTY = "was empty, so a new store was started"


def _reasons() -> list[re.Pattern[str]]:
    return [*_patterns(DAMAGED_SENTENCE, reason="(?P<reason>.+?)", moved=".+?"), _LEGACY_REASON]


def _raw_backup_sentences() -> list[re.Pattern[str]]:
    """Sentences of the notice that name a backup by its raw file name: said better here."""
    return [re.compile(r"\s*" + p.pattern) for p in _patterns(BACKUP_SENTENCE, backup=".*?")]


ZERO_WIDTH_SPACE = "\u200b"
WORD_JOINER = "\u2060"  # after a hyphen: no break there, and the hyphen stays a hyphen


@dataclass(frozen=True)
class BackupCopy:
    """One backup of the saved profiles, as the user is told of it."""

    path: Path
    made_at: dt.datetime | None  # aware; None when neither its name nor the file says
    profile_count: int | None  # None when it cannot be read
    kind: str  # "auto", "before-restore", "before-upgrade", or "" when unknown

    def words(self, now: dt.datetime | None = None) -> str:
        """'a copy from yesterday 21:40 with 3 profiles'."""
        when = when_words(self.made_at, now) if self.made_at else _("an unknown time")
        # Translators: {when} is "yesterday 21:40" (or "20 November 2026, 21:40"); {count} is
        # "with 3 profiles".
        return _("a copy from {when} {count}").format(
            when=when, count=count_words(self.profile_count)
        )


def when_words(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """'today 09:15', 'yesterday 21:40', or '20 November 2026, 21:40', in local time."""
    local = moment.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        # Translators: {clock} is a time of day (21:40).
        return _("today {clock}").format(clock=clock)
    if local.date() == today - dt.timedelta(days=1):
        return _("yesterday {clock}").format(clock=clock)
    if language() == ENGLISH:
        day = f"{local.day} {local.strftime('%B')} {local.year}"
    else:
        day = format_date(local.date())
    # Translators: a day and a time of day: "20 November 2026, 21:40".
    return _("{day}, {clock}").format(day=day, clock=clock)


def count_words(count: int | None) -> str:
    """'with 3 profiles', 'with 1 profile', 'with no profiles'."""
    if count is None:
        return _("(how many profiles it holds cannot be read)")
    if count == 0:
        return _("with no profiles")
    return ngettext("with {count} profile", "with {count} profiles", count).format(count=count)


def profiles_in(backup: Path) -> int | None:
    """How many saved profiles (not deleted) a backup holds; None when it cannot be read.
    Opened read-only and immutable, so no -wal or -shm is left beside the backup."""
    try:
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, OSError):
        return None
    try:
        row = conn.execute("SELECT count(*) FROM profiles WHERE deleted_at IS NULL").fetchone()
        return int(row[0])
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        conn.close()


def _kind(backup: Path) -> str:
    stem = backup.stem
    for kind in ("before-restore", "before-upgrade", "auto"):
        if stem.endswith(f"-{kind}"):
            return kind
    return ""


def describe_backup(backup: Path, made_at: dt.datetime | None = None) -> BackupCopy:
    """The backup's time (from ``made_at``, the store's ``backup_time``, else the file's
    modification time) and how many profiles it holds."""
    if made_at is None:
        try:
            made_at = dt.datetime.fromtimestamp(backup.stat().st_mtime, dt.UTC)
        except OSError:
            made_at = None
    return BackupCopy(backup, made_at, profiles_in(backup), _kind(backup))


def set_aside_files(store_path: Path, notice: str) -> list[Path]:
    """The damaged files the notice speaks of, as they are on disk now (newest first)."""
    pattern = f"{store_path.stem}{_SET_ASIDE_LABEL}*{store_path.suffix}"
    found = sorted(store_path.parent.glob(pattern), key=lambda p: p.name, reverse=True)
    return [path for path in found if path.name in notice]


def damage_reason(notice: str) -> str | None:
    """Why the store said its file could not be used ('it is not a database file'), if it did."""
    for pattern in _reasons():
        found = pattern.search(notice)
        if found:
            return found.group("reason")
    return None


def was_empty(notice: str) -> bool:
    """True when the notice is that the file was empty (nothing damaged, nothing set aside)."""
    return _(EMPTY_SENTENCE) in notice or _LEGACY_EMPTY in notice


def other_notices(notice: str) -> list[str]:
    """The notice's lines that are neither the damage nor the empty file (said apart), without
    the raw backup file names."""
    kept = []
    for line in notice.splitlines():
        if damage_reason(line) is not None or was_empty(line):
            continue
        for pattern in _raw_backup_sentences():
            line = pattern.sub("", line)
        line = line.strip()
        if line:
            kept.append(line)
    return kept


def breakable_path(path: Path | str) -> str:
    """The path for display: a line may break after each separator and nowhere else (a hyphen
    in a name does not break). Copy the real path from elsewhere: this one holds invisible
    characters."""
    text = str(path)
    separators = {os.sep, *([os.altsep] if os.altsep else [])}
    shown = []
    for ch in text:
        shown.append(ch)
        if ch == "-":
            shown.append(WORD_JOINER)
        elif ch in separators:
            shown.append(ZERO_WIDTH_SPACE)
    return "".join(shown)
