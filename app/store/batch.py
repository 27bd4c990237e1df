"""Many profiles at once, for advisors: importing a folder or several files (profile JSON, or a
CSV roster of applicants), and reading every profile in one pass for the group table and report.

Nothing is half-written: each profile file is imported in one transaction of its own (with its
advisor note), so a file either comes in whole or not at all; a roster's good rows all go in one
transaction (the rows with problems are named and left out).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

from app.checklist import Overall
from app.engine.items import field_label
from app.i18n import _, ngettext, pgettext
from app.input_files import InputFileError, decode_json, os_reason, read_regular_file
from app.profile import Problem, Profile
from app.store import answers as answer_codec
from app.store import readiness
from app.store.failures import StoreError, StoreUnavailable
from app.store.models import Answer, StoredProfileRow, utc_now
from app.store.notes import AdvisorNote, NoteProblem, note_in_document, set_note
from app.store.profiles import insert_profile_rows
from app.store.records import (
    ImportProblems,
    ProfileSummary,
    aware,
    display_name,
    free_name,
    key_date,
    names_in_use,
    overall_or_none,
    plain_message,
    unnamed,
)
from app.store.roster import grouped

if TYPE_CHECKING:
    from app.store.store import Store

logger = logging.getLogger(__name__)

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]
Conflict = Literal["keep_both", "fail"]

# A folder of one office's exported profiles; more is a wrong folder (a home folder).
MAX_FILES = 20_000
ROSTER_SUFFIX = ".csv"


@dataclass(frozen=True)
class Imported:
    """A profile file (or roster line) imported, and the profile it made."""

    source: str  # the file's name (a roster's: "roster.csv line 4")
    profile_id: int
    name: str  # the name the profile is shown by ("Ana Lima (2)" when the name was taken)


@dataclass(frozen=True)
class Refused:
    """A profile file (or roster line) not imported, and why."""

    source: str
    problems: tuple[str, ...]  # each in the user's words ("Step 2 CK score: 999 is outside…")

    def __str__(self) -> str:
        return f"{self.source}: " + "; ".join(self.problems)


@dataclass
class BatchImport:
    """What a batch import did: every source imported or refused, and why it stopped early."""

    imported: list[Imported] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    stopped: str = ""  # "" when every file was tried; else why not, in the user's words
    store_failed: bool = False  # stopped because the store cannot be written (a full disk)

    def summary(self) -> str:
        """'12 imported, 2 refused' (and why the rest was not tried)."""
        text = _("{imported} imported, {refused} refused").format(
            imported=len(self.imported), refused=len(self.refused)
        )
        if not self.stopped:
            return text
        # Translators: the separator between clauses listed in one sentence ("; ").
        return pgettext("separator between clauses", "; ").join((text, self.stopped))


def profile_sources(paths: Sequence[Path]) -> tuple[list[Path], list[Refused]]:
    """The files to import: each file named, and the ``.json`` and ``.csv`` files directly inside
    each folder named (by name, in order). A path that is neither is refused."""
    found: list[Path] = []
    refused: list[Refused] = []
    for given in paths:
        path = Path(given)
        try:
            is_folder = path.is_dir()
            exists = is_folder or path.exists()
        except (OSError, ValueError):  # a name too long, a NUL
            is_folder, exists = False, False
        if not exists:
            refused.append(Refused(str(path), (_("no such file or folder"),)))
        elif is_folder:
            try:
                inside = sorted(
                    (p for p in path.iterdir() if p.suffix.lower() in (".json", ROSTER_SUFFIX)),
                    key=lambda p: p.name.casefold(),
                )
                inside = [p for p in inside if p.is_file()]
            except OSError as exc:
                # Translators: {reason} is why the system could not read it ("permission denied").
                why = _("cannot be read: {reason}").format(reason=os_reason(exc))
                refused.append(Refused(str(path), (why,)))
                continue
            if not inside:
                refused.append(Refused(str(path), (_("the folder holds no .json or .csv file"),)))
            found.extend(inside)
        else:
            found.append(path)
        if len(found) > MAX_FILES:
            too_many = _("more than {count} files to import").format(count=grouped(MAX_FILES))
            return [], [Refused(str(path), (too_many,))]
    return found, refused


def import_sources(
    store: Store,
    paths: Sequence[Path],
    *,
    on_conflict: Conflict = "keep_both",
    as_of: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchImport:
    """Import every profile file and roster among ``paths`` (files or folders), each checked in
    full first. Stops early only when cancelled or when the store cannot be written (a full
    disk): ``stopped`` then says why and which files were not tried."""
    report = progress or (lambda _percent, _message: None)
    files, outcome_refused = profile_sources(paths)
    outcome = BatchImport(refused=outcome_refused)
    for number, path in enumerate(files):
        if cancelled is not None and cancelled():
            left = len(files) - number
            outcome.stopped = ngettext(
                "cancelled; {count} file(s) not tried", "cancelled; {count} file(s) not tried", left
            ).format(count=left)
            break
        # Translators: {name} is a file's name.
        report(int(100 * number / max(1, len(files))), _("Importing {name}").format(name=path.name))
        try:
            if path.suffix.lower() == ROSTER_SUFFIX:
                imported, refused = import_roster(store, path, on_conflict=on_conflict, as_of=as_of)
                outcome.imported.extend(imported)
                outcome.refused.extend(refused)
            else:
                outcome.imported.append(
                    import_profile_file(store, path, on_conflict=on_conflict, as_of=as_of)
                )
        except (StoreUnavailable, DBAPIError) as exc:
            why = str(exc) if isinstance(exc, StoreUnavailable) else plain_message(exc, False)
            outcome.refused.append(Refused(path.name, (why,)))
            left = len(files) - number - 1
            outcome.stopped = ngettext(
                "the store cannot be written; {count} not tried",
                "the store cannot be written; {count} not tried",
                left,
            ).format(count=left)
            outcome.store_failed = True
            break
        except ImportProblems as exc:
            outcome.refused.append(Refused(path.name, tuple(in_words(exc.problems))))
        except StoreError as exc:  # a name taken (--if-name-exists fail), a note too long
            outcome.refused.append(Refused(path.name, (str(exc),)))
    report(100, _("Done"))
    return outcome


def in_words(problems: Sequence[Problem]) -> list[str]:
    """Problems with their field in the wizard's words ("Step 2 CK score: …")."""
    return [f"{field_label(p.field)}: {p.message}" for p in problems]


def import_profile_file(
    store: Store, path: Path, *, on_conflict: Conflict = "keep_both", as_of: dt.date | None = None
) -> Imported:
    """One profile file (any format the store imports), with the advisor note it carries; the
    profile and its note come in together or not at all. Raises ImportProblems, NameTaken,
    NoteProblem or StoreUnavailable."""
    note = _note_of_file(path)
    stored = store.import_profile(path, on_conflict=on_conflict, as_of=as_of)
    if note is not None:
        try:
            set_note(store, stored.id, note.text, note.dated)
        except StoreError:
            _forget(store, stored.id)  # the profile without its note would be half a file
            raise
    return Imported(path.name, stored.id, stored.name)


def _note_of_file(path: Path) -> AdvisorNote | None:
    """The advisor note in a profile file; a file that cannot be read is left for the store's
    import to name."""
    from app.input_files import MAX_PROFILE_BYTES

    try:
        document = decode_json(read_regular_file(path, MAX_PROFILE_BYTES, "a profile file"))
    except InputFileError:
        return None
    try:
        return note_in_document(document)
    except NoteProblem as exc:
        raise ImportProblems([Problem("advisor_note", str(exc))]) from None


def _forget(store: Store, profile_id: int) -> None:
    """Remove a profile just imported (and its answers) for good."""
    try:
        with store._writing() as conn:
            conn.execute(delete(Answer).where(Answer.profile_id == profile_id))
            conn.execute(delete(StoredProfileRow).where(StoredProfileRow.id == profile_id))
    except StoreError:
        logger.warning(
            "Profile %d was imported without its note and could not be taken back", profile_id
        )


# -- a roster: one applicant per row -------------------------------------------------------------


def import_roster(
    store: Store, path: Path, *, on_conflict: Conflict = "keep_both", as_of: dt.date | None = None
) -> tuple[list[Imported], list[Refused]]:
    """A CSV roster (name, school, country, graduation date, target year): each good row
    becomes a new profile, all of them in one transaction; each row with a problem is refused
    with its line number. Raises ImportProblems when the file cannot be used at all."""
    from app.store.roster import read_roster

    rows, refused = read_roster(path, as_of or dt.date.today())
    names = [(line_of(path, line), leaves) for line, leaves in rows]
    inserted, taken = insert_profiles(
        store, names, if_taken="fail" if on_conflict == "fail" else "number"
    )
    refused.extend(
        Refused(source, (_("a profile named {name} already exists").format(name=repr(name)),))
        for source, name in taken
    )
    return [Imported(source, number, name) for source, number, name in inserted], refused


def line_of(path: Path, line: int) -> str:
    """'roster.csv line 4': where a roster's row came from."""
    # Translators: {file} is a roster file's name, {line} a line number in it.
    return _("{file} line {line}").format(file=path.name, line=line)


def insert_profiles(
    store: Store,
    entries: Sequence[tuple[str, dict[str, Any]]],
    *,
    if_taken: Literal["fail", "number"] = "number",
) -> tuple[list[tuple[str, int, str]], list[tuple[str, str]]]:
    """Insert profiles (source, answered leaves) in ONE write transaction: all or none. A name
    already shown (or earlier in ``entries``) becomes "Name (2)", or with ``if_taken="fail"`` is
    left out. Returns (source, number, shown name) of each inserted, (source, name) of each left
    out."""
    now = utc_now()
    inserted: list[tuple[str, int, str]] = []
    left_out: list[tuple[str, str]] = []
    with store._writing() as conn:
        used = names_in_use(conn)
        for source, leaves in entries:
            full_name = leaves.get("applicant.full_name")
            shown = full_name.strip() if isinstance(full_name, str) and full_name.strip() else None
            custom: str | None = None
            if shown is not None and shown.casefold() in used:
                if if_taken == "fail":
                    left_out.append((source, used[shown.casefold()]))
                    continue
                custom = free_name(shown, used)
            if shown is not None:
                used[(custom or shown).casefold()] = custom or shown
            profile_id = insert_profile_rows(conn, custom, full_name, leaves, now)
            shown_as = custom or shown or unnamed(int(profile_id))
            inserted.append((source, int(profile_id), shown_as))
    return inserted, left_out


# -- reading many profiles at once ----------------------------------------------------------------


def listed_profiles(store: Store) -> list[tuple[int, str, dt.datetime]]:
    """(number, shown name, last edited) of every profile not deleted, in one query."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                StoredProfileRow.id,
                StoredProfileRow.custom_name,
                StoredProfileRow.applicant_name,
                StoredProfileRow.updated_at,
            ).where(StoredProfileRow.deleted_at.is_(None))
        ).all()
    return [(r.id, display_name(r), aware(r.updated_at)) for r in rows]


def read_profiles(store: Store, ids: Sequence[int]) -> dict[int, Profile]:
    """The saved profiles ``ids`` as the wizard reads them (readable answers; values that fail a
    check are kept for the engine to judge), in a few queries rather than one per profile."""
    given: dict[int, list[tuple[Any, Any]]] = {profile_id: [] for profile_id in ids}
    wanted = list(given)
    with store.engine.connect() as conn:
        for chunk in range(0, len(wanted), 500):
            rows = conn.execute(
                select(Answer.profile_id, Answer.field_path, Answer.value_json).where(
                    Answer.profile_id.in_(wanted[chunk : chunk + 500])
                )
            )
            for profile_id, path, text in rows:
                given[profile_id].append((path, text))
    return {
        profile_id: answer_codec.profile_of(answer_codec.read_saved(rows)[0])[0]
        for profile_id, rows in given.items()
    }


def kept_summaries(store: Store) -> list[ProfileSummary]:
    """Every profile not deleted, most recently edited first, with the verdict the store keeps
    (whatever day it was worked out for: ``overall_as_of``; None when never worked out). One
    light query, no judging: the first paint of 10,000 rows."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                StoredProfileRow.id,
                StoredProfileRow.custom_name,
                StoredProfileRow.applicant_name,
                StoredProfileRow.updated_at,
                StoredProfileRow.overall,
                StoredProfileRow.overall_key,
            )
            .where(StoredProfileRow.deleted_at.is_(None))
            .order_by(StoredProfileRow.updated_at.desc(), StoredProfileRow.id.desc())
        ).all()
    days = {key: key_date(key) for key in {r.overall_key for r in rows}}  # a few keys
    overalls = {value: overall_or_none(value) for value in {r.overall for r in rows}}
    return [
        ProfileSummary(
            r.id,
            display_name(r),
            aware(r.updated_at),
            overalls[r.overall],
            days[r.overall_key],
        )
        for r in rows
    ]


def judged_now(
    store: Store, ids: Sequence[int], as_of: dt.date | None = None
) -> dict[int, Overall | None]:
    """Work out the verdicts of these profiles now and keep them (a few never judged: just
    imported); about 0.5 ms a profile."""
    key = readiness.readiness_key(store.path.parent, as_of)
    return store._refresh_overall(list(ids), key, as_of)


def keep_overalls(
    store: Store, verdicts: dict[int, Overall | None], as_of: dt.date, read_at: dt.datetime
) -> None:
    """Keep verdicts worked out elsewhere (the advisor table's worker, from answers read at
    ``read_at``, naive UTC) as the store's cached readiness for ``as_of``; a profile edited
    since keeps its own. Best effort, like every cache write: skipped behind another window's
    write or on a read-only disk."""
    key = readiness.readiness_key(store.path.parent, as_of)
    if key is None or not verdicts:
        return
    try:
        with store._best_effort.begin() as conn:
            for profile_id, overall in verdicts.items():
                conn.execute(
                    update(StoredProfileRow)
                    .where(
                        StoredProfileRow.id == profile_id, StoredProfileRow.updated_at <= read_at
                    )
                    .values(overall=overall.value if overall else None, overall_key=key)
                )
    except DBAPIError as exc:
        logger.info("Readiness verdicts not kept this time: %s", exc.orig)
