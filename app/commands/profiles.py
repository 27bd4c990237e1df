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
    as_of_help,
    data_dir_arg,
    error_line,
    json_help,
    json_text,
    metavar_file,
    metavar_number,
    metavar_profile,
    parse_as_of,
    printable,
    rules_problem,
)
from app.i18n import _, format_date, format_datetime, ngettext
from app.profile import brief

if TYPE_CHECKING:
    from app.store import Store, StoredProfile

# Spelled here so building the parser imports no engine (app.report.group holds the same).
REPORT_FORMATS = ("csv", "xlsx", "pdf", "json")
REPORT_FILTERS = ("blocked", "needs-answers", "ready")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "profiles",
        help=_("list, show, export, import, rename, duplicate or delete saved profiles"),
        description=_(
            "The profiles saved by the app (in --data-dir, or the user data folder). "
            "{profile} is a saved profile's name or its number from `profiles list`."
        ).format(profile=metavar_profile()),
    )
    # Translators: the name of the sub-command's action argument (list, show...), in capitals.
    actions = parser.add_subparsers(dest="action", metavar=_("ACTION"), required=True)

    listing = actions.add_parser(
        "list", help=_("one line per profile: number, name, edited, readiness")
    )
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.add_argument(
        "--deleted", action="store_true", help=_("list deleted profiles instead")
    )
    listing.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=_("judge readiness as on this date (default: today)"),
    )
    listing.set_defaults(handler=run_list)

    show = actions.add_parser("show", help=_("print a profile's saved answers"))
    show.add_argument("profile", metavar=metavar_profile())
    show.add_argument("--json", action="store_true", help=_("print it as profile JSON v2"))
    show.add_argument(
        "--documents",
        action="store_true",
        help=_(
            "print the identifiers, each document's status, case number and history, and the "
            "name check"
        ),
    )
    show.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=_("judge the documents as on this date (default: today)"),
    )
    show.set_defaults(handler=run_show)

    export = actions.add_parser("export", help=_("write a profile to a JSON v1 file"))
    export.add_argument("profile", metavar=metavar_profile())
    export.add_argument("file", metavar=metavar_file(), type=Path)
    export.set_defaults(handler=run_export)

    importing = actions.add_parser(
        "import",
        help=_("add profiles from JSON files, folders of them, or a CSV roster"),
        description=_(
            "Import profile files (JSON), every .json and .csv file directly inside a "
            "folder, or a CSV roster (name, school, country, graduation_date, target_year: one "
            "applicant per row). Each file is checked in full and imported whole or not at all; "
            "the files with problems are named and skipped (exit code 2 when any was)."
        ),
    )
    importing.add_argument(
        # Translators: the name of a command-line argument (a file or a folder), in capitals.
        "file", metavar=_("FILE_OR_FOLDER"), type=Path, nargs="+"
    )
    importing.add_argument(
        "--if-name-exists",
        choices=("keep-both", "fail"),
        default="keep-both",
        help=_('keep both (the new one is named "NAME (2)"; default) or refuse that file'),
    )
    importing.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help=_("check dates as on this day (default: today)")
    )
    importing.set_defaults(handler=run_import)

    report = actions.add_parser(
        "report",
        help=_("one row per applicant: verdict, items, what holds them back, next deadline"),
        description=_(
            "The group report: every saved profile's overall verdict, each item's "
            "status, the item that holds the applicant back (its reason and next step), the next "
            "deadline of the plan and the advisor's note. The PDF adds a table of contents and "
            "each applicant's checklist."
        ),
    )
    report.add_argument("-o", "--output", metavar=metavar_file(), type=Path, required=True)
    report.add_argument(
        "--format", choices=REPORT_FORMATS, help=_("default: the output file's suffix")
    )
    report.add_argument("--as-of", metavar="YYYY-MM-DD", help=as_of_help())
    report.add_argument(
        "--filter",
        choices=REPORT_FILTERS,
        help=_("only the applicants blocked, needing answers, or ready"),
    )
    report.add_argument("--paper", choices=("a4", "letter"), help=_("the PDF's paper size"))
    report.set_defaults(handler=run_report)

    note = actions.add_parser("note", help=_("show or set the advisor's note on a profile"))
    note.add_argument("profile", metavar=metavar_profile())
    note.add_argument(
        # Translators: the name of a command-line argument (the note's text), in capitals.
        "text", metavar=_("TEXT"), nargs="?", help=_('the new note ("" removes it)')
    )
    note.set_defaults(handler=run_note)

    rename = actions.add_parser("rename", help=_("give a profile its own name"))
    rename.add_argument("profile", metavar=metavar_profile())
    rename.add_argument(
        # Translators: the name of a command-line argument (a profile's new name), in capitals.
        "name", metavar=_("NEW_NAME"), help=_('"" goes back to the applicant\'s name')
    )
    rename.set_defaults(handler=run_rename)

    duplicate = actions.add_parser("duplicate", help=_("copy a profile with all its answers"))
    duplicate.add_argument("profile", metavar=metavar_profile())
    duplicate.add_argument("--name", help=_('name of the copy (default: "NAME (copy)")'))
    duplicate.set_defaults(handler=run_duplicate)

    delete = actions.add_parser("delete", help=_("delete a profile (undo with `restore`)"))
    delete.add_argument("profile", metavar=metavar_profile())
    delete.set_defaults(handler=run_delete)

    restore = actions.add_parser(
        "restore", help=_("bring back a deleted profile by its number")
    )
    restore.add_argument("number", metavar=metavar_number(), type=int)
    restore.set_defaults(handler=run_restore)

    backups = actions.add_parser(
        "backups", help=_("list the automatic backups, newest first")
    )
    backups.set_defaults(handler=run_backups)

    restore_backup = actions.add_parser(
        "restore-backup",
        help=_("replace the saved profiles with a backup's (latest by default)"),
    )
    restore_backup.add_argument("file", metavar=metavar_file(), type=Path, nargs="?")
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
                print(note_line(line), file=sys.stderr)
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


def note_line(text: str) -> str:
    """A line of a note for the terminal (stderr): "note: " and the text, escaped."""
    # Translators: the start of a line telling something that is not an error.
    return _("note: {text}").format(text=printable(text))


def find(store: Store, name_or_number: str) -> StoredProfile:
    found = store.find_profile(name_or_number)
    if found is None:
        raise CliError(
            [
                _("{field}: no saved profile named or numbered {value}").format(
                    field=metavar_profile(), value=brief(name_or_number)
                )
            ]
        )
    return found


def overall_text(overall: Overall | None) -> str:
    """The overall verdict's first words ("Not ready yet"), or "Unknown"."""
    # The label says "Ready: every requirement is met"; its words before the colon are shown.
    return _(OVERALL_LABELS[overall]).split(":")[0] if overall else _("Unknown")


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
        print(_("No deleted profiles.") if args.deleted else _("No saved profiles yet."))
        return 0
    name_title, edited_title = _("Name"), _("Last edited")
    width = max(shown_width(name_title), *(shown_width(printable(s.name)) for s in summaries))
    edited = [format_datetime(s.updated_at.astimezone()) for s in summaries]
    edited_width = max(16, shown_width(edited_title), *(shown_width(e) for e in edited))
    print(
        f"{'#':>4}  {padded(name_title, width)}  {padded(edited_title, edited_width)}  "
        + _("Readiness")
    )
    for s, when in zip(summaries, edited, strict=True):
        name = padded(printable(s.name), width)
        print(f"{s.id:>4}  {name}  {padded(when, edited_width)}  {overall_text(s.overall)}")
    return 0


def shown_width(text: str) -> int:
    """Columns a terminal gives the text: CJK characters take two, combining marks and
    invisible format characters (the right-to-left mark in an Arabic date) none."""
    return sum(
        0
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf"
        else 2
        if unicodedata.east_asian_width(ch) in "WF"
        else 1
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
        count = len(unreadable)
        damaged = ngettext(
            "{count} saved answer(s) of profile {number} could not be read (damaged in the "
            "file); they count as not answered until answered again.",
            "{count} saved answer(s) of profile {number} could not be read (damaged in the "
            "file); they count as not answered until answered again.",
            count,
        )
        print(note_line(damaged.format(count=count, number=stored.id)), file=sys.stderr)
    if args.documents:
        return _show_documents(args, stored)
    if args.json:
        print(json_text(document_of(answers)))
        return 0
    edited = format_datetime(stored.updated_at.astimezone())
    print(
        _("Profile {number}: {name} (last edited {edited})").format(
            number=stored.id, name=printable(stored.name), edited=edited
        )
    )
    for path, value in flatten(document_of(answers)).items():
        shown = _("(could not be read)") if path in unreadable else _shown(value)
        print(f"  {path}: {printable(shown)}")
    for path in sorted(unreadable - known_paths()):
        print(f"  {printable(path)}: " + _("(could not be read; not a field of this version)"))
    for problem in stored.problems:
        # Translators: a line under a profile's answers naming one answer to check.
        print("  " + _("check: {problem}").format(problem=printable(str(problem))))
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
    print(
        _("Profile {number}: {name}").format(number=stored.id, name=printable(stored.name))
    )
    print_documents(stored.profile, ruleset, as_of)
    return 0


def _shown(value: Any) -> str:
    if value is None:
        return _("(not answered)")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False) if value else _("(none)")
    return str(value)


def run_export(args: argparse.Namespace) -> int:
    from app.store.notes import export_profile_with_note  # an advisor's note goes with it

    with opened_store(args) as store:
        stored = find(store, args.profile)
        written = export_profile_with_note(store, stored.id, args.file)
    print(
        _("Exported {name} to {file}").format(
            name=printable(stored.name), file=printable(str(written))
        )
    )
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
        print(
            _("Imported {file} as profile {number}: {name}").format(
                file=printable(str(single)),
                number=stored.profile_id,
                name=printable(stored.name),
            )
        )
        return 0
    with opened_store(args) as store:
        outcome = import_sources(store, sources, on_conflict=on_conflict, as_of=as_of)
    for imported in outcome.imported:
        print(
            _("Imported {file} as profile {number}: {name}").format(
                file=printable(imported.source),
                number=imported.profile_id,
                name=printable(imported.name),
            )
        )
    for refused in outcome.refused:
        for problem in refused.problems:
            print(error_line(f"{refused.source}: {problem}"), file=sys.stderr)
    print(f"{outcome.summary()}.")
    if outcome.store_failed:
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
            [
                _("--format: give one of {formats}, or an --output file ending in one").format(
                    formats=", ".join(FORMATS)
                )
            ],
            code=EXIT_BAD_INPUT,
        )
    try:
        ruleset = active_ruleset(data_dir_arg(args))
    except RulesError as exc:
        raise CliError([rules_problem(exc)], code=EXIT_FAILURE) from None
    only = StatusFilter(args.filter) if args.filter else None
    with opened_store(args) as store:
        report = build_group_report(store, ruleset, as_of, only)
    try:
        write_group_report(report, path, fmt, paper=args.paper or _default_paper())
    except GroupReportError as exc:
        raise CliError(
            [_("--output: {problem}").format(problem=exc)], code=EXIT_FAILURE
        ) from None
    count = len(report.lines)
    wrote = ngettext(
        "Wrote {count} applicant to {file}", "Wrote {count} applicants to {file}", count
    )
    print(wrote.format(count=count, file=printable(str(path))))
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
        if args.text is None:
            print(_("No advisor note on {name}.").format(name=name))
        else:
            print(_("Note removed from {name}.").format(name=name))
        return 0
    print(_("Advisor's note on {name} ({date}):").format(name=name, date=format_date(note.day)))
    print(printable(note.text, multiline=True))
    return 0


def run_rename(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        stored = find(store, args.profile)
        store.rename_profile(stored.id, args.name)
        renamed = store.get_profile(stored.id)
    print(
        _("Profile {number} is now named {name}").format(
            number=renamed.id, name=printable(renamed.name)
        )
    )
    return 0


def run_duplicate(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        copy = store.duplicate_profile(find(store, args.profile).id, args.name)
    print(
        _("Copied to profile {number}: {name}").format(number=copy.id, name=printable(copy.name))
    )
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        stored = find(store, args.profile)
        store.delete_profile(stored.id)
    print(
        _(
            "Deleted profile {number}: {name}. Undo within 30 days with: {command}"
        ).format(
            number=stored.id,
            name=printable(stored.name),
            command=f"{PROG} profiles restore {stored.id}",
        )
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        if args.number not in {s.id for s in store.list_deleted_profiles()}:
            raise CliError(
                [
                    _("{field}: no deleted profile numbered {number}").format(
                        field=metavar_number(), number=args.number
                    )
                ]
            )
        restored = store.restore_deleted_profile(args.number)
    print(
        _("Restored profile {number}: {name}").format(
            number=restored.id, name=printable(restored.name)
        )
    )
    return 0


def run_backups(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        backups = store.backups()
    if not backups:
        print(_("No backups yet (one is made each day the app is opened with saved profiles)."))
    for backup in backups:
        print(backup)
    return 0


def run_restore_backup(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        chosen = args.file or store.latest_backup()
        if chosen is None:
            raise CliError(
                [_("{field}: there is no backup to restore").format(field=metavar_file())]
            )
        if not Path(chosen).is_file():
            raise CliError(
                [
                    _("{field}: {file} does not exist").format(
                        field=metavar_file(), file=chosen
                    )
                ]
            )
        store.restore_backup(Path(chosen))
        count = len(store.list_profiles())
    restored = ngettext(
        "Restored {count} profile(s) from {file}; the previous contents were backed up first",
        "Restored {count} profile(s) from {file}; the previous contents were backed up first",
        count,
    )
    print(restored.format(count=count, file=chosen))
    return 0
