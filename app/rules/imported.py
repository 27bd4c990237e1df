"""Newer rules without a new build: import one TOML file holding a whole ruleset, go back to
the bundled rules, export the rules in use, and tell what an import changes.

The imported file lives in the store's data folder (``rules/imported.toml``) and is used only
while its version is newer than the bundled one. A damaged file never stops the app: it is
logged and the bundled rules are used. No Qt, and no SQLAlchemy until saved profiles are read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import _
from app.paths import user_data_dir
from app.rules.loader import (
    RulesError,
    Ruleset,
    default_rules_dir,
    load_ruleset,
    parse_rules_files,
    version_key,
)

if TYPE_CHECKING:
    from app.rules.changes import ImportReport, VerdictChange

logger = logging.getLogger(__name__)

RULES_FOLDER_NAME = "rules"
IMPORTED_FILE_NAME = "imported.toml"
MAX_RULES_FILE_BYTES = 5 * 1024 * 1024  # the bundled set is ~100 KB; larger is not a rules file

_lock = threading.Lock()
# imported file -> ((mtime_ns, size, inode), its ruleset or None when it cannot be used)
_imported_cache: dict[Path, tuple[tuple[int, int, int], Ruleset | None]] = {}


# -- where, and which set is in use --------------------------------------------------------------


def rules_folder(data_dir: Path | None = None) -> Path:
    """The ``rules/`` folder inside the store's data folder (None: the store's default one)."""
    return Path(data_dir or user_data_dir()) / RULES_FOLDER_NAME


def imported_file(data_dir: Path | None = None) -> Path:
    """Where an imported ruleset is kept (it may not exist)."""
    return rules_folder(data_dir) / IMPORTED_FILE_NAME


def active_ruleset(data_dir: Path | None = None) -> Ruleset:
    """The rules every verdict uses: the imported set when its version is newer than the
    bundled one, else the bundled set. Cheap enough for every keystroke (one stat when the
    file is unchanged). Raises RulesError only when the bundled rules themselves are broken."""
    folder = Path(data_dir or user_data_dir())
    bundled = load_ruleset(cache_dir=folder)  # the parsed TOML kept in the data folder
    imported = _imported_ruleset(folder / RULES_FOLDER_NAME / IMPORTED_FILE_NAME)
    if imported is not None and version_key(imported.version) > version_key(bundled.version):
        return imported
    return bundled


def _imported_ruleset(path: Path) -> Ruleset | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        logger.warning("Imported rules %s cannot be read (%s); using the bundled rules", path, exc)
        return None
    stamp = (status.st_mtime_ns, status.st_size, status.st_ino)
    with _lock:
        cached = _imported_cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    ruleset: Ruleset | None = None
    try:
        ruleset = _parse_imported(path, _read_rules_text(path))
    except RulesError as exc:
        logger.warning("Imported rules cannot be used, so the bundled rules are: %s", exc)
    except Exception as exc:  # a file that trips the parser itself must not stop the app
        logger.warning(
            "Imported rules %s cannot be used (%s: %s); using the bundled rules",
            path,
            type(exc).__name__,
            exc,
        )
    with _lock:
        _imported_cache[path] = (stamp, ruleset)
    return ruleset


def _remember(path: Path, ruleset: Ruleset) -> None:
    """Cache the file just written, so the next look-up need not parse it again."""
    with contextlib.suppress(OSError):
        status = path.stat()
        with _lock:
            _imported_cache[path] = ((status.st_mtime_ns, status.st_size, status.st_ino), ruleset)


def _parse_imported(path: Path, text: str) -> Ruleset:
    return dataclasses.replace(parse_rules_files([(path, text)], path), origin="imported")


def _read_rules_text(file: Path) -> str:
    """The file's text; RulesError naming the file when it is unreadable, huge or not UTF-8."""
    from app.input_files import InputFileError, read_regular_file

    try:  # a regular file, read no further than the limit: never a FIFO or /dev/zero
        raw = read_regular_file(file, MAX_RULES_FILE_BYTES, "a rules file")
    except InputFileError as exc:
        raise RulesError(f"{file}: {exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RulesError(
            _("{file}: is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8").format(
                file=file, byte=exc.start + 1
            )
        ) from None


def _verdict_changes(
    before: Ruleset, after: Ruleset, data_dir: Path | None, as_of: dt.date
) -> tuple[tuple[VerdictChange, ...], int, str]:
    """Saved profiles whose overall differs; (changes, profiles checked, note when not)."""
    from app.store import StoreError, open_store, store_path  # lazy: SQLAlchemy is heavy

    path = store_path(Path(data_dir) if data_dir is not None else None)
    if not path.exists():
        return (), 0, _("No saved profiles to check (no store yet).")
    try:
        from app.engine.evaluate import evaluate
        from app.rules.changes import VerdictChange

        changes: list[VerdictChange] = []
        with open_store(data_dir) as store:
            summaries = store.list_profiles(refresh=False)
            for summary in summaries:
                profile = store.get_profile(summary.id).profile
                old = evaluate(profile, before, as_of).overall
                new = evaluate(profile, after, as_of).overall
                if old != new:
                    changes.append(VerdictChange(summary.name, old, new))
        return tuple(changes), len(summaries), ""
    except StoreError as exc:
        logger.warning("Saved profiles could not be checked: %s", exc)
        return (), 0, _("Saved profiles could not be checked: {error}").format(error=exc)
    except Exception as exc:  # the rules are in place already; a report line, not a failure
        logger.warning("Saved profiles could not be checked: %s: %s", type(exc).__name__, exc)
        return (
            (),
            0,
            _("Saved profiles could not be checked ({error}).").format(
                error=f"{type(exc).__name__}: {exc}"
            ),
        )


def _report(
    action: str,
    before: Ruleset,
    after: Ruleset,
    data_dir: Path | None,
    as_of: dt.date,
    file: Path | None,
) -> ImportReport:
    from app.rules.changes import ImportReport, RulesetInfo, compare_rules

    added, ended, changed = compare_rules(before, after)
    verdicts, checked, note = _verdict_changes(before, after, data_dir, as_of)
    return ImportReport(
        action=action,
        previous=RulesetInfo.of(before),
        active=RulesetInfo.of(after),
        as_of=as_of,
        file=file,
        added=added,
        ended=ended,
        changed=changed,
        verdict_changes=verdicts,
        profiles_checked=checked,
        profiles_note=note,
    )


# -- import, revert, export ----------------------------------------------------------------------


def import_rules(file: Path, data_dir: Path | None = None, *, as_of: dt.date) -> ImportReport:
    """Check ``file`` in full and, when its version is newer than the rules in use, keep it as
    the imported rules. Raises RulesError (naming the file, rule and field, or both versions)
    and leaves everything as it was when the file cannot be used."""
    file = Path(file)
    text = _read_rules_text(file)
    candidate = _parse_imported(file, text)
    before = active_ruleset(data_dir)
    if version_key(candidate.version) <= version_key(before.version):
        if before.origin == "imported":
            refusal = _(
                "{file}: rules version {version} is not newer than the imported rules in use "
                "(version {in_use}); nothing was imported"
            )
        else:
            refusal = _(
                "{file}: rules version {version} is not newer than the bundled rules in use "
                "(version {in_use}); nothing was imported"
            )
        raise RulesError(
            refusal.format(file=file, version=candidate.version, in_use=before.version)
        )
    target = imported_file(data_dir)
    _make_private_folder(target.parent)
    _write_atomically(target, text.encode("utf-8"))
    _remember(target, candidate)
    return _report("import", before, candidate, data_dir, as_of, target)


def revert_rules(data_dir: Path | None = None, *, as_of: dt.date) -> ImportReport:
    """Remove the imported rules, so the bundled ones are used again. With nothing imported the
    report's ``did_anything`` is False and nothing changes."""
    target = imported_file(data_dir)
    before = active_ruleset(data_dir)
    if not target.exists():
        from app.rules.changes import ImportReport, RulesetInfo

        info = RulesetInfo.of(before)
        return ImportReport("revert", info, info, as_of, None)
    try:
        target.unlink()
    except OSError as exc:
        raise RulesError(
            _("{file}: cannot be removed ({error})").format(file=target, error=exc.strerror or exc)
        ) from None
    with _lock:
        _imported_cache.pop(target, None)
    return _report("revert", before, active_ruleset(data_dir), data_dir, as_of, target)


def active_rules_text(data_dir: Path | None = None) -> str:
    """The rules in use as the text of one importable TOML file: the imported file as it is,
    or the bundled files joined (the one with the [ruleset] header first). Checked to parse
    back to the same rules."""
    ruleset = active_ruleset(data_dir)
    if ruleset.origin == "imported":
        text = _read_rules_text(imported_file(data_dir))
    else:
        files = sorted(default_rules_dir().glob("*.toml"))
        texts = [(f, _read_rules_text(f)) for f in files]
        texts.sort(key=lambda pair: "[ruleset]" not in pair[1].splitlines())
        text = "\n\n".join(t.rstrip("\n") for _f, t in texts) + "\n"
    where = Path(f"{ruleset.origin} rules")
    again = parse_rules_files([(where, text)], where)
    if _rows(again) != _rows(ruleset) or again.version != ruleset.version:
        raise RulesError(
            _("{file}: the files cannot be joined into one file with the same rules").format(
                file=where
            )
        )
    return text


def _rows(ruleset: Ruleset) -> dict[str, dict[str, object]]:
    return {rule.id: rule.to_dict() for rule in ruleset.rules}


def export_rules(path: Path, data_dir: Path | None = None) -> Path:
    """Write the rules in use as one importable TOML file (atomically, owner-only); returns it."""
    from app.input_files import output_problem

    path = Path(path)
    problem = output_problem(path)
    if problem:
        raise RulesError(problem)
    text = active_rules_text(data_dir)
    _write_atomically(path, text.encode("utf-8"))
    return path


def _make_private_folder(folder: Path) -> None:
    from app.store.files import StoreError, make_private_folder

    try:
        make_private_folder(folder)
    except StoreError as exc:
        raise RulesError(str(exc)) from None


def _write_atomically(target: Path, content: bytes) -> None:
    """Whole or not at all, readable by its owner alone."""
    from app.atomic import write_atomically  # tempfile and shutil: not needed to read rules

    try:
        write_atomically(target, content, private=True)
    except OSError as exc:
        raise RulesError(
            _("{file}: cannot be written ({error})").format(file=target, error=exc.strerror or exc)
        ) from None
