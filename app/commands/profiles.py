"""`python -m app profiles list|show|export|import|report|note|rename|duplicate|delete|restore|
backups|restore-backup`: the saved profiles, from the command line (honours --data-dir)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from app.checklist import OVERALL_LABELS, Overall
from app.cli import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    PROG,
    CliError,
    data_dir_arg,
    json_text,
    parse_as_of,
    printable,
)
from app.profile import brief

if TYPE_CHECKING:
    from app.store import Store, StoredProfile

# Spelled here so building the parser imports no engine (app.report.group holds the same).
REPORT_FORMATS = ("csv", "xlsx", "pdf", "json")
REPORT_FILTERS = ("blocked", "needs-answers", "ready")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "profiles",
        help="list, show, export, import, rename, duplicate or delete saved profiles",
        description="The profiles saved by the app (in --data-dir, or the user data folder). "
        "PROFILE is a saved profile's name or its number from `profiles list`.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list", help="one line per profile: number, name, edited, readiness"
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.add_argument("--deleted", action="store_true", help="list deleted profiles instead")
    listing.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="judge readiness as on this date (default: today)"
    )
    listing.set_defaults(handler=run_list)

    show = actions.add_parser("show", help="print a profile's saved answers")
    show.add_argument("profile", metavar="PROFILE")
    show.add_argument("--json", action="store_true", help="print it as profile JSON v2")
    show.add_argument(
        "--documents",
        action="store_true",
        help="print the identifiers, each document's status, case number and history, and the "
        "name check",
    )
    show.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="judge the documents as on this date (default: today)"
    )
    show.set_defaults(handler=run_show)

    export = actions.add_parser("export", help="write a profile to a JSON v1 file")
    export.add_argument("profile", metavar="PROFILE")
    export.add_argument("file", metavar="FILE", type=Path)
    export.set_defaults(handler=run_export)

    importing = actions.add_parser(
        "import",
        help="add profiles from JSON files, folders of them, or a CSV roster",
        description="Import profile files (JSON), every .json and .csv file directly inside a "
        "folder, or a CSV roster (name, school, country, graduation_date, target_year: one "
        "applicant per row). Each file is checked in full and imported whole or not at all; "
        "the files with problems are named and skipped (exit code 2 when any was).",
    )
    importing.add_argument("file", metavar="FILE_OR_FOLDER", type=Path, nargs="+")
    importing.add_argument(
        "--if-name-exists",
        choices=("keep-both", "fail"),
        default="keep-both",
        help='keep both (the new one is named "NAME (2)"; default) or refuse that file',
    )
    importing.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="check dates as on this day (default: today)"
    )
    importing.set_defaults(handler=run_import)

    report = actions.add_parser(
        "report",
        help="one row per applicant: verdict, items, what holds them back, next deadline",
        description="The group report: every saved profile's overall verdict, each item's "
        "status, the item that holds the applicant back (its reason and next step), the next "
        "deadline of the plan and the advisor's note. The PDF adds a table of contents and "
        "each applicant's checklist.",
    )
    report.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    report.add_argument(
        "--format", choices=REPORT_FORMATS, help="default: the output file's suffix"
    )
    report.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="judge as on this date (default: today)"
    )
    report.add_argument(
        "--filter",
        choices=REPORT_FILTERS,
        help="only the applicants blocked, needing answers, or ready",
    )
    report.add_argument("--paper", choices=("a4", "letter"), help="the PDF's paper size")
    report.set_defaults(handler=run_report)

    note = actions.add_parser("note", help="show or set the advisor's note on a profile")
    note.add_argument("profile", metavar="PROFILE")
    note.add_argument("text", metavar="TEXT", nargs="?", help='the new note ("" removes it)')
    note.set_defaults(handler=run_note)

    rename = actions.add_parser("rename", help="give a profile its own name")
    rename.add_argument("profile", metavar="PROFILE")
    rename.add_argument("name", metavar="NEW_NAME", help='"" goes back to the applicant\'s name')
    rename.set_defaults(handler=run_rename)

    duplicate = actions.add_parser("duplicate", help="copy a profile with all its answers")
    duplicate.add_argument("profile", metavar="PROFILE")
    duplicate.add_argument("--name", help='name of the copy (default: "NAME (copy)")')
    duplicate.set_defaults(handler=run_duplicate)

    delete = actions.add_parser("delete", help="delete a profile (undo with `restore`)")
    delete.add_argument("profile", metavar="PROFILE")
    delete.set_defaults(handler=run_delete)

    restore = actions.add_parser("restore", help="bring back a deleted profile by its number")
    restore.add_argument("number", metavar="NUMBER", type=int)
    restore.set_defaults(handler=run_restore)

    backups = actions.add_parser("backups", help="list the automatic backups, newest first")
    backups.set_defaults(handler=run_backups)

    restore_backup = actions.add_parser(
        "restore-backup", help="replace the saved profiles with a backup's (latest by default)"
    )
    restore_backup.add_argument("file", metavar="FILE", type=Path, nargs="?")
    restore_backup.set_defaults(handler=run_restore_backup)


@contextlib.contextmanager
def opened_store(args: argparse.Namespace) -> Iterator[Store]:
    """The store, with any store problem turned into plain error lines: exit 1 when the file,
    its folder or the disk is the problem (full, read-only, another account's, busy, from a
    newer app), exit 2 for bad input (a name taken, a broken import)."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from app.store import ImportProblems, StoreError, StoreUnavailable, open_store, store_path
    from app.store.failures import unavailable

    try:
        store = open_store(data_dir_arg(args))
    except StoreError as exc:
        raise CliError([str(exc)], code=EXIT_FAILURE) from None
    try:
        if store.recovery_notice:
            for line in store.recovery_notice.splitlines():
                print(f"note: {printable(line)}", file=sys.stderr)
        yield store
    except ImportProblems as exc:
        raise CliError(exc.problems) from None
    except StoreUnavailable as exc:
        raise CliError([str(exc)], code=EXIT_FAILURE) from None
    except StoreError as exc:
        raise CliError([str(exc)]) from None
    except (DBAPIError, sqlite3.Error) as exc:  # a read failing mid-way: the disk, not the input
        problem = unavailable(store_path(data_dir_arg(args)), exc)
        raise CliError([str(problem)], code=EXIT_FAILURE) from None
    finally:
        store.close()


def find(store: Store, name_or_number: str) -> StoredProfile:
    found = store.find_profile(name_or_number)
    if found is None:
        raise CliError([f"PROFILE: no saved profile named or numbered {brief(name_or_number)}"])
    return found


def overall_text(overall: Overall | None) -> str:
    return OVERALL_LABELS[overall].split(":")[0] if overall else "Unknown"


def run_list(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args.as_of)
    with opened_store(args) as store:
        summaries = (
            store.list_deleted_profiles() if args.deleted else store.list_profiles(as_of=as_of)
        )
    if args.json:
        rows = [
            {
                "id": s.id,
                "name": s.name,
                "updated_at": s.updated_at.isoformat(),
                "overall": s.overall.value if s.overall else None,
            }
            for s in summaries
        ]
        print(json_text(rows))
        return 0
    if not summaries:
        print("No deleted profiles." if args.deleted else "No saved profiles yet.")
        return 0
    width = max(4, *(shown_width(printable(s.name)) for s in summaries))
    print(f"{'#':>4}  {padded('Name', width)}  {'Last edited':<16}  Readiness")
    for s in summaries:
        edited = s.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        name = padded(printable(s.name), width)
        print(f"{s.id:>4}  {name}  {edited:<16}  {overall_text(s.overall)}")
    return 0


def shown_width(text: str) -> int:
    """Columns a terminal gives the text: CJK characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def padded(text: str, width: int) -> str:
    return text + " " * max(0, width - shown_width(text))


def run_show(args: argparse.Namespace) -> int:
    from app.store.answers import document_of, flatten, known_paths

    with opened_store(args) as store:
        stored = find(store, args.profile)
        answers = store.get_answers(stored.id)
    unreadable = set(stored.unreadable_fields)
    if unreadable:
        print(
            f"note: {len(unreadable)} saved answer(s) of profile {stored.id} could not be read "
            "(damaged in the file); they count as not answered until answered again.",
            file=sys.stderr,
        )
    if args.documents:
        return _show_documents(args, stored)
    if args.json:
        print(json_text(document_of(answers)))
        return 0
    edited = stored.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Profile {stored.id}: {printable(stored.name)} (last edited {edited})")
    for path, value in flatten(document_of(answers)).items():
        shown = "(could not be read)" if path in unreadable else _shown(value)
        print(f"  {path}: {printable(shown)}")
    for path in sorted(unreadable - known_paths()):
        print(f"  {printable(path)}: (could not be read; not a field of this version)")
    for problem in stored.problems:
        print(f"  check: {printable(str(problem))}")
    return 0


def _show_documents(args: argparse.Namespace, stored: StoredProfile) -> int:
    """`show --documents`: the documents as of --as-of (today by default), text or JSON."""
    from app.report.documents_text import documents_json, print_documents
    from app.rules.imported import active_ruleset

    as_of = parse_as_of(args.as_of)
    ruleset = active_ruleset(data_dir_arg(args))
    if args.json:
        print(json_text(documents_json(stored.profile, ruleset, as_of)))
        return 0
    print(f"Profile {stored.id}: {printable(stored.name)}")
    print_documents(stored.profile, ruleset, as_of)
    return 0


def _shown(value: Any) -> str:
    if value is None:
        return "(not answered)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False) if value else "(none)"
    return str(value)


def run_export(args: argparse.Namespace) -> int:
    from app.store.notes import export_profile_with_note  # an advisor's note goes with it

    with opened_store(args) as store:
        stored = find(store, args.profile)
        written = export_profile_with_note(store, stored.id, args.file)
    print(f"Exported {printable(stored.name)} to {printable(str(written))}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """One profile file: imported or every problem named (exit 2). Several files, a folder or
    a roster: each source imported or refused with its problems, then a summary."""
    from app.store.batch import ROSTER_SUFFIX, import_profile_file, import_sources

    on_conflict: Literal["fail", "keep_both"] = (
        "fail" if args.if_name_exists == "fail" else "keep_both"
    )
    as_of = parse_as_of(args.as_of) if args.as_of else None
    sources: list[Path] = args.file
    single = sources[0]
    if len(sources) == 1 and single.suffix.lower() != ROSTER_SUFFIX and not single.is_dir():
        with opened_store(args) as store:
            stored = import_profile_file(store, single, on_conflict=on_conflict, as_of=as_of)
        name = printable(stored.name)
        print(f"Imported {printable(str(single))} as profile {stored.profile_id}: {name}")
        return 0
    with opened_store(args) as store:
        outcome = import_sources(store, sources, on_conflict=on_conflict, as_of=as_of)
    for imported in outcome.imported:
        print(
            f"Imported {printable(imported.source)} as profile {imported.profile_id}: "
            f"{printable(imported.name)}"
        )
    for refused in outcome.refused:
        for problem in refused.problems:
            print(f"error: {printable(refused.source)}: {printable(problem)}", file=sys.stderr)
    print(f"{outcome.summary()}.")
    if outcome.stopped.startswith("the store"):
        return EXIT_FAILURE
    return EXIT_BAD_INPUT if outcome.refused else 0


def run_report(args: argparse.Namespace) -> int:
    from app.cli import output_arg
    from app.report.group import (
        FORMATS,
        GroupReportError,
        StatusFilter,
        build_group_report,
        write_group_report,
    )
    from app.rules import RulesError
    from app.rules.imported import active_ruleset

    as_of = parse_as_of(args.as_of)
    path = output_arg(args.output, "--output")
    fmt = args.format or path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise CliError(
            [f"--format: give one of {', '.join(FORMATS)}, or an --output file ending in one"],
            code=EXIT_BAD_INPUT,
        )
    try:
        ruleset = active_ruleset(data_dir_arg(args))
    except RulesError as exc:
        raise CliError([f"rules: {exc}"], code=EXIT_FAILURE) from None
    only = StatusFilter(args.filter) if args.filter else None
    with opened_store(args) as store:
        report = build_group_report(store, ruleset, as_of, only)
    try:
        write_group_report(report, path, fmt, paper=args.paper or _default_paper())
    except GroupReportError as exc:
        raise CliError([f"--output: {exc}"], code=EXIT_FAILURE) from None
    count = len(report.lines)
    print(f"Wrote {count} applicant{'s' if count != 1 else ''} to {printable(str(path))}")
    return 0


def _default_paper() -> str:
    from app.report.paper import default_paper

    return default_paper()


def run_note(args: argparse.Namespace) -> int:
    from app.store.notes import note_of, set_note

    with opened_store(args) as store:
        stored = find(store, args.profile)
        if args.text is None:
            note = note_of(store, stored.id)
        else:
            note = set_note(store, stored.id, args.text)
    name = printable(stored.name)
    if note is None:
        print(f"No advisor note on {name}." if args.text is None else f"Note removed from {name}.")
        return 0
    print(f"Advisor's note on {name} ({note.day.isoformat()}):")
    print(printable(note.text, multiline=True))
    return 0


def run_rename(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        stored = find(store, args.profile)
        store.rename_profile(stored.id, args.name)
        renamed = store.get_profile(stored.id)
    print(f"Profile {renamed.id} is now named {printable(renamed.name)}")
    return 0


def run_duplicate(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        copy = store.duplicate_profile(find(store, args.profile).id, args.name)
    print(f"Copied to profile {copy.id}: {printable(copy.name)}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        stored = find(store, args.profile)
        store.delete_profile(stored.id)
    print(
        f"Deleted profile {stored.id}: {printable(stored.name)}. "
        f"Undo within 30 days with: {PROG} profiles restore {stored.id}"
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        if args.number not in {s.id for s in store.list_deleted_profiles()}:
            raise CliError([f"NUMBER: no deleted profile numbered {args.number}"])
        restored = store.restore_deleted_profile(args.number)
    print(f"Restored profile {restored.id}: {printable(restored.name)}")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        backups = store.backups()
    if not backups:
        print("No backups yet (one is made each day the app is opened with saved profiles).")
    for backup in backups:
        print(backup)
    return 0


def run_restore_backup(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        chosen = args.file or store.latest_backup()
        if chosen is None:
            raise CliError(["FILE: there is no backup to restore"])
        if not Path(chosen).is_file():
            raise CliError([f"FILE: {chosen} does not exist"])
        store.restore_backup(Path(chosen))
        count = len(store.list_profiles())
    print(f"Restored {count} profile(s) from {chosen}; the previous contents were backed up first")
    return 0
