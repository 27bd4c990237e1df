"""Issue 10, item 3: every file the CLI reads is a regular file under a documented size, every
text field has a documented maximum length, and every exception bad input can raise is exit 2
with one short line naming the field (never Python's own words, never a whole bad value)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from profile_builder import FIXTURES, fixture_dict

from app.cli import main
from app.input_files import (
    MAX_PROFILE_BYTES,
    InputFileError,
    decode_json,
    output_problem,
    read_regular_file,
)
from app.profile import (
    ECHO_CHARS,
    MAX_OET_SITTINGS,
    TEXT_LIMITS,
    UnreadableNumber,
    profile_from_dict,
    read_profile,
)

ROOT = Path(__file__).parents[1]
FRESH = str(FIXTURES / "fresh_graduate.json")
AS_OF = "2026-12-02"
# An error line: "error: " + a field path + a message; a bad value is never repeated in full.
LONGEST_ERROR_LINE = 220

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*argv: str | bytes, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """The CLI in a child process: a FIFO that blocked would fail the test, not hang it."""
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def fresh_with(tmp_path: Path, old: str, new: str) -> str:
    """The fresh-graduate fixture as raw JSON text with one piece replaced (numbers that
    json.dumps cannot write: NaN, 5,000 digits)."""
    raw = json.dumps(fixture_dict("fresh_graduate"))
    assert old in raw
    path = tmp_path / "profile.json"
    path.write_text(raw.replace(old, new, 1), encoding="utf-8")
    return str(path)


def write_profile(tmp_path: Path, document: object, name: str = "profile.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def one_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert len(lines[0]) <= LONGEST_ERROR_LINE, lines[0]
    assert "Traceback" not in err
    return lines[0]


# -- regular files of a bounded size -------------------------------------------------------------


def test_dev_zero_is_refused_as_a_device_without_being_read() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    result = run_process("assess", "/dev/zero", "--as-of", AS_OF, timeout=30)
    assert result.returncode == 2
    assert result.stderr.decode() == "error: /dev/zero: is a device, not a regular file\n"
    assert result.stdout == b""


@needs_fifo
def test_a_fifo_named_json_is_refused_at_once_and_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "profile.json"
    os.mkfifo(fifo)
    result = run_process("assess", str(fifo), "--as-of", AS_OF, timeout=30)
    assert result.returncode == 2
    assert result.stderr.decode() == f"error: {fifo}: is a pipe (FIFO), not a regular file\n"


@needs_fifo
def test_a_fifo_without_the_json_ending_is_not_taken_for_a_saved_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "amira"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "plan", str(fifo), "--as-of", AS_OF)
    assert code == 2
    assert one_error(err).endswith("is a pipe (FIFO), not a regular file")


@needs_fifo
def test_the_reader_never_blocks_on_a_fifo_swapped_in_after_the_check(tmp_path: Path) -> None:
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)
    with pytest.raises(InputFileError, match="pipe"):
        read_regular_file(fifo, 100)


def test_a_folder_named_json_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "profile.json"
    folder.mkdir()
    code, _, err = run(capsys, "assess", str(folder))
    assert code == 2
    assert one_error(err) == f"error: {folder}: is a folder, not a file"


def test_a_profile_over_1_mb_is_refused_before_it_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:  # sparse: 3 MB long, nothing written
        handle.truncate(3 * 1024 * 1024)
    code, _, err = run(capsys, "assess", str(path))
    assert code == 2
    assert one_error(err) == f"error: {path}: is 3 MB; a profile file is at most 1 MB"
    assert MAX_PROFILE_BYTES == 1024 * 1024


def test_the_read_stops_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(b"x" * 10)
    assert read_regular_file(path, 10) == b"x" * 10
    with pytest.raises(InputFileError, match="at most 1 KB"):
        read_regular_file(path, 9, "a test file")


def test_a_missing_or_unreadable_profile_is_a_plain_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "assess", str(tmp_path / "none.json"))
    assert code == 2
    assert one_error(err) == f"error: {tmp_path / 'none.json'}: cannot be read: no such file"


def test_a_profile_name_too_long_for_the_system_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "assess", str(tmp_path / ("n" * 300 + ".json")))
    assert code == 2
    assert one_error(err).endswith("cannot be read: the file name is too long")


# -- numbers no field can hold -------------------------------------------------------------------


def test_a_5000_digit_integer_is_exit_2_naming_its_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = fresh_with(tmp_path, '"attempts": 1', '"attempts": ' + "9" * 5000)
    code, out, err = run(capsys, "assess", path, "--as-of", AS_OF)
    assert (code, out) == (2, "")
    assert one_error(err) == (
        "error: exams.step1.attempts: a number of 5,000 digits is far too large to be right"
    )


def test_a_5000_digit_integer_in_a_process_is_exit_2(tmp_path: Path) -> None:
    path = fresh_with(tmp_path, '"score": 244', '"score": -' + "1" * 5000)
    result = run_process("assess", path, "--as-of", AS_OF)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("error: exams.step2_ck.score: a number of 5,000")


def test_a_huge_number_in_an_unknown_field_is_ignored_like_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = fresh_with(tmp_path, '"version": 2', '"version": 2, "later": ' + "7" * 5000)
    code, _, err = run(capsys, "assess", path, "--as-of", AS_OF)
    assert (code, err) == (0, "")


def test_a_5000_digit_version_is_named_without_converting_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = fresh_with(tmp_path, '"version": 2', '"version": ' + "2" * 5000)
    code, _, err = run(capsys, "assess", path)
    assert code == 2
    assert one_error(err).startswith("error: version: ")


@pytest.mark.parametrize(
    ("literal", "says"),
    [
        ("NaN", "NaN is not a number"),
        ("Infinity", "Infinity is not a number"),
        ("-Infinity", "-Infinity is not a number"),
        ("1e400", "1e400 is far too large a number to be right"),
    ],
)
@pytest.mark.parametrize(
    ("old", "field"),
    [
        ('"credit_years": 6', "education.credit_years"),
        ('"listening": 380', "clinical_skills.oet[0].listening"),
    ],
)
def test_nan_and_infinity_are_exit_2_naming_the_field(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    literal: str,
    says: str,
    old: str,
    field: str,
) -> None:
    path = fresh_with(tmp_path, old, old.split(":")[0] + ": " + literal)
    code, _, err = run(capsys, "assess", path, "--as-of", AS_OF)
    assert code == 2
    assert one_error(err) == f"error: {field}: {says}"


def test_numbers_from_elsewhere_are_checked_too() -> None:
    """The store and the wizard hand over dicts that did not come through decode_json."""
    document = fixture_dict("fresh_graduate")
    document["exams"]["step1"]["attempts"] = 10**5000
    document["education"]["credit_years"] = float("nan")
    document["education"]["transferred_credit_years"] = float("inf")
    document["target_match_year"] = 10**400
    _, problems = read_profile(document)
    fields = {p.field: p.message for p in problems}
    assert fields["exams.step1.attempts"].startswith("a number of about 5,001 digits")
    assert fields["education.credit_years"] == "nan is not a number"
    assert fields["education.transferred_credit_years"] == "inf is not a number"
    assert "target_match_year" in fields
    assert all(len(message) < 120 for message in fields.values())


def test_the_json_reader_keeps_markers_for_the_fields_to_name() -> None:
    data = decode_json(b'{"a": NaN, "b": 1e999, "c": ' + b"1" * 40 + b', "d": 12, "e": 1.5}')
    assert data["a"] == UnreadableNumber("NaN")
    assert data["b"] == UnreadableNumber("1e999")
    assert isinstance(data["c"], UnreadableNumber)
    assert (data["d"], data["e"]) == (12, 1.5)


def test_deeply_nested_json_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _, err = run(capsys, "assess", str(path))
    assert code == 2
    assert one_error(err) == f"error: {path}: is nested too deeply to be a profile"


# -- text: valid Unicode, documented lengths, short echoes ---------------------------------------


@pytest.mark.parametrize(
    ("section", "name"),
    [
        ("applicant", "full_name"),
        ("school", "name"),
        ("school", "city"),
        ("school", "sponsor_note"),
        ("education", "diploma_title"),
    ],
)
def test_a_lone_surrogate_is_exit_2_naming_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, section: str, name: str
) -> None:
    document = fixture_dict("fresh_graduate")
    document[section][name] = "Amira \ud800 Hassan"
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # ensure_ascii: "\ud800" escaped
    code, out, err = run(capsys, "assess", str(path), "--as-of", AS_OF)
    assert (code, out) == (2, "")
    assert one_error(err) == (
        f"error: {section}.{name}: is not valid Unicode text (it holds a lone surrogate, "
        "U+D800); type or paste it again"
    )


@pytest.mark.parametrize("path", sorted(TEXT_LIMITS))
def test_each_text_field_has_a_maximum_length(path: str) -> None:
    section, name = path.split(".")
    limit = TEXT_LIMITS[path]
    document = fixture_dict("fresh_graduate")
    document[section][name] = "a" * (limit + 1)
    _, problems = read_profile(document)
    assert [str(p) for p in problems if p.field == path] == [
        f"{path}: is {limit + 1:,} characters long; at most {limit:,} are allowed"
    ]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("applicant.full_name", "Ä" * 200),
        ("school.name", "Université " * 27 + "abc"),
        ("school.city", "c" * 200),
        ("education.diploma_title", "Bachelor of Medicine " * 14 + "x" * 6),
        ("school.sponsor_note", "Graduation Year: 1950 - Current\n" * 625),
    ],
)
def test_text_at_its_maximum_length_is_accepted(path: str, value: str) -> None:
    section, name = path.split(".")
    assert len(value) == TEXT_LIMITS[path]
    document = fixture_dict("fresh_graduate")
    document[section][name] = value
    profile_from_dict(document, None)


def test_the_documented_limits() -> None:
    assert TEXT_LIMITS["applicant.full_name"] == 200
    assert TEXT_LIMITS["education.diploma_title"] == 300
    assert TEXT_LIMITS["school.sponsor_note"] == 20_000
    schema = json.loads((ROOT / "data" / "profile-v2.schema.json").read_text(encoding="utf-8"))
    for path, limit in TEXT_LIMITS.items():
        section, name = path.split(".")
        assert schema["properties"][section]["properties"][name]["maxLength"] == limit, path
    oet = schema["properties"]["clinical_skills"]["properties"]["oet"]
    assert oet["maxItems"] == MAX_OET_SITTINGS


def test_a_900_kb_name_is_refused_in_one_short_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = fixture_dict("fresh_graduate")
    document["applicant"]["full_name"] = "N" * 900_000
    code, _, err = run(capsys, "assess", write_profile(tmp_path, document))
    assert code == 2
    assert one_error(err) == (
        "error: applicant.full_name: is 900,000 characters long; at most 200 are allowed"
    )


@pytest.mark.parametrize(
    ("section", "name", "value"),
    [
        ("applicant", "email", "x" * 250),
        ("education", "graduation_date", "2" * 5_000),
        ("education", "status", "s" * 5_000),
        ("exams", "step1", {"result": "r" * 5_000}),
        ("exams", "step1", {"attempts": "9" * 5_000}),
        ("education", "diploma_received", "t" * 5_000),
    ],
)
def test_error_lines_repeat_only_a_short_prefix_of_a_bad_value(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, section: str, name: str, value: object
) -> None:
    document = fixture_dict("fresh_graduate")
    document[section][name] = value
    code, _, err = run(capsys, "assess", write_profile(tmp_path, document))
    assert code == 2
    line = one_error(err)
    assert "…" in line
    assert line.count(str(value)[0] * (ECHO_CHARS + 1)) == 0


def test_the_format_marker_is_echoed_short(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = fixture_dict("fresh_graduate")
    document["format"] = "f" * 10_000
    code, _, err = run(capsys, "assess", write_profile(tmp_path, document))
    assert code == 2
    assert one_error(err).startswith("error: format: must be 'img-readiness-profile', not 'fff")


@pytest.mark.parametrize(
    ("value", "what"),
    [
        ("Amira\x1b[2J", "a control character (U+001B)"),
        ("Amira\x1b]0;owned\x07", "a control character (U+001B)"),
        ("Amira\x9b2J", "a control character (U+009B)"),
        ("Amira\x7f", "a control character (U+007F)"),
        ("Amira\x00", "a control character (U+0000)"),
        ("Amira\nHassan", "a line break"),
        ("Amira\tHassan", "a tab"),
    ],
)
def test_control_characters_are_refused_in_a_one_line_field(value: str, what: str) -> None:
    document = fixture_dict("fresh_graduate")
    document["applicant"]["full_name"] = value
    _, problems = read_profile(document)
    assert [str(p) for p in problems] == [
        f"applicant.full_name: holds {what}, which cannot be kept in this field; remove it"
    ]


def test_a_sponsor_note_may_hold_line_breaks_and_tabs_but_no_escape() -> None:
    document = fixture_dict("fresh_graduate")
    document["school"]["sponsor_note"] = "Graduation Year:\t1950 - 1990\r\n1995 - Current"
    profile_from_dict(document, None)
    document["school"]["sponsor_note"] = "1950 - Current\x1b[2J"
    _, problems = read_profile(document)
    assert [p.field for p in problems] == ["school.sponsor_note"]


def test_more_oet_sittings_than_anyone_sits_are_refused() -> None:
    document = fixture_dict("fresh_graduate")
    sitting = document["clinical_skills"]["oet"][0]
    document["clinical_skills"]["oet"] = [sitting] * (MAX_OET_SITTINGS + 1)
    profile, problems = read_profile(document)
    assert [str(p) for p in problems] == [
        "clinical_skills.oet: lists 101 sittings; at most 100 are read"
    ]
    assert len(profile.clinical_skills.oet) == MAX_OET_SITTINGS


def test_an_argument_that_is_not_valid_text_is_exit_2(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates (surrogateescape)."""
    result = run_process("assess", b"Amira \xff Hassan")
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "error: PROFILE: 'Amira \\udcff Hassan' is not a file or a profile's name\n"
    )


# -- where files are written ---------------------------------------------------------------------


def test_a_300_character_output_name_is_exit_2_naming_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / ("c" * 296 + ".pdf")
    code, out, err = run(capsys, "checklist", FRESH, "-o", str(target))
    assert (code, out) == (2, "")
    assert one_error(err) == (
        "error: --output: the file name is too long (300 characters); at most 255 bytes"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_300_character_calendar_name_is_exit_2_naming_ics(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / ("d" * 296 + ".ics")
    code, out, err = run(capsys, "plan", FRESH, "--ics", str(target), "--as-of", AS_OF)
    assert (code, out) == (2, "")
    assert one_error(err).startswith("error: --ics: the file name is too long")
    assert list(tmp_path.iterdir()) == []


def test_a_name_just_within_the_limit_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / ("c" * 251 + ".pdf")
    code, _out, err = run(capsys, "checklist", FRESH, "-o", str(target), "--as-of", AS_OF)
    assert (code, err) == (0, "")
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(tmp_path.iterdir()) == [target]  # no temporary file left beside it


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda t: t / "missing" / "c.pdf", "the folder {t}/missing does not exist"),
        (lambda t: t / "folder.pdf", "{t}/folder.pdf is a folder; give a file name inside it"),
    ],
)
def test_an_output_target_is_checked_before_any_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make, says: str
) -> None:
    (tmp_path / "folder.pdf").mkdir()
    code, _, err = run(capsys, "checklist", FRESH, "-o", str(make(tmp_path)))
    assert code == 2
    assert one_error(err) == f"error: --output: {says.format(t=tmp_path)}"


@needs_fifo
def test_a_fifo_as_the_calendar_target_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "plan.ics"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "plan", FRESH, "--ics", str(fifo), "--as-of", AS_OF)
    assert code == 2
    assert one_error(err) == f"error: --ics: {fifo} is a pipe (FIFO), not a regular file"


def test_output_problem_says_nothing_for_a_good_target(tmp_path: Path) -> None:
    assert output_problem(tmp_path / "fine.pdf") is None
    (tmp_path / "old.pdf").write_bytes(b"old")
    assert output_problem(tmp_path / "old.pdf") is None


# -- one run per exit code in a real process -----------------------------------------------------


def test_exit_0_in_a_process() -> None:
    result = run_process("assess", FRESH, "--as-of", AS_OF)
    assert result.returncode == 0
    assert result.stderr == b""


def test_exit_2_in_a_process_for_an_over_long_name(tmp_path: Path) -> None:
    document = fixture_dict("fresh_graduate")
    document["applicant"]["full_name"] = "N" * 5_000
    result = run_process("checklist", write_profile(tmp_path, document), "-o", "x.pdf")
    assert result.returncode == 2
    assert result.stderr.decode().startswith("error: applicant.full_name: is 5,000 characters")


def test_exit_1_in_a_process_when_the_data_folder_is_a_file(tmp_path: Path) -> None:
    """Not bad input: a store that cannot be opened is a failure, said in one line."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_process("--data-dir", str(blocker), "schools", "add", "Kigezi", "--country", "UG")
    assert result.returncode == 1
    assert result.stderr.decode().startswith("error: ")
    assert b"Traceback" not in result.stderr


# -- the school CSV (issue 10, item 8) -----------------------------------------------------------

CSV_HEADER = "name,country,city,sponsor_note\n"


def import_csv(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str, str]:
    return run(capsys, "schools", "import", str(path))


@needs_fifo
def test_a_fifo_named_csv_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "office.csv"
    os.mkfifo(fifo)
    result = run_process("--data-dir", str(tmp_path / "data"), "schools", "import", str(fifo))
    assert result.returncode == 2
    assert result.stderr.decode() == "error: office.csv: is a pipe (FIFO), not a regular file\n"


def test_a_directory_file_over_64_mb_is_refused_before_it_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(65 * 1024 * 1024)
    code, _, err = import_csv(capsys, path)
    assert code == 2
    assert one_error(err) == ("error: huge.csv: is 65 MB; a school directory file is at most 64 MB")


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be"], ids=["bom", "le-no-bom", "be-no-bom"]
)
def test_utf16_unicode_text_is_told_to_be_saved_as_csv_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str
) -> None:
    """Excel's "Unicode Text": tab-separated UTF-16 (little-endian, with a BOM)."""
    path = tmp_path / "unicode-text.csv"
    path.write_bytes("name\tcountry\nKigezi Faculty of Medicine\tUG\n".encode(encoding))
    code, out, err = import_csv(capsys, path)
    assert (code, out) == (2, "")
    assert one_error(err) == (
        'error: unicode-text.csv: is UTF-16 text (Excel\'s "Unicode Text"); in Excel choose '
        'Save As, then "CSV UTF-8 (Comma delimited)", and import that file'
    )


def test_a_stray_quote_is_reported_at_its_line_and_the_count_stays_right(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "office.csv"
    path.write_text(
        CSV_HEADER
        + "Alpha Medical College,EG,Cairo,\n"  # line 2
        + '"Beta Medical College,NG,Lagos,\n'  # line 3: the quote is never closed
        + "Gamma Medical College,IN,Delhi,\n"  # line 4
        + "Delta Medical College,PK,Lahore,\n"  # line 5
        + '"Epsilon Medical College",KE,Nairobi,"Graduation Year: 1990 - Current"\n'  # line 6
        + "Zeta Medical College,GH,Accra,\n",  # line 7
        encoding="utf-8",
    )
    code, out, err = import_csv(capsys, path)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "5 of 6 rows imported from office.csv; 1 skipped.",
        'skipped line 3: has a quote (") that is never closed; the lines after it are read on '
        "their own",
    ]


def test_a_quote_left_open_to_the_end_of_the_file_costs_only_its_line(tmp_path: Path) -> None:
    from app.directory.importer import ImportReport, read_rows, validated_chunks

    path = tmp_path / "office.csv"
    path.write_text(
        CSV_HEADER
        + "Alpha Medical College,EG,Cairo,\n"
        + 'Beta Medical College,NG,Lagos,"Graduation Year: 2000 -\n'  # line 3: never closed
        + "Gamma Medical College,IN,Delhi,\n"
        + "Delta Medical College,PK,Lahore,\n",
        encoding="utf-8",
    )
    report = ImportReport(source_file=path.name)
    parsed = read_rows(path, report)
    good = [
        row["name"] for _, chunk in validated_chunks(parsed, report, path.name) for row in chunk
    ]
    assert good == ["Alpha Medical College", "Gamma Medical College", "Delta Medical College"]
    assert report.rows_read == 4
    assert [(bad.line, bad.problem.split(";")[0]) for bad in report.bad_rows] == [
        (3, 'has a quote (") that is never closed')
    ]


def test_a_sponsor_note_on_several_lines_and_a_loose_quote_are_still_read(tmp_path: Path) -> None:
    from app.directory.importer import ImportReport, read_rows, validated_chunks

    path = tmp_path / "office.csv"
    path.write_text(
        CSV_HEADER
        + 'Alpha Medical College,EG,Cairo,"Graduation Year: 1950 - 1990\n'
        + 'Graduation Year: 1995 - Current"\n'  # one record over lines 2-3
        + '"Beta" Medical College,NG,Lagos,\n'  # text after a closing quote: read as before
        + 'Gamma "Medical" College,IN,Delhi,\n',  # quotes inside a value: literal
        encoding="utf-8",
    )
    report = ImportReport(source_file=path.name)
    parsed = read_rows(path, report)
    rows = [row for _, chunk in validated_chunks(parsed, report, path.name) for row in chunk]
    assert report.bad_row_count == 0 and report.rows_read == 3
    assert [(row["name"], row["line_number"]) for row in rows] == [
        ("Alpha Medical College", 2),
        ("Beta Medical College", 4),
        ('Gamma "Medical" College', 5),
    ]
    assert rows[0]["sponsor_note"] == (
        "Graduation Year: 1950 - 1990\nGraduation Year: 1995 - Current"
    )


def test_a_file_that_says_it_is_empty_is_still_read_only_up_to_the_limit() -> None:
    """/proc files report a size of 0: the bounded read, not the size, stops them."""
    status = Path("/proc/self/status")
    if not status.exists() or status.stat().st_size:
        pytest.skip("no /proc with zero-sized files here")
    with pytest.raises(InputFileError, match="is larger than 1 KB"):
        read_regular_file(status, 64, "a test file")
    assert read_regular_file(status, 1_000_000).startswith(b"Name:")


def test_a_5000_digit_option_value_is_exit_2_with_a_short_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    digits = "9" * 5_000
    code, _, err = run(capsys, "plan", FRESH, "--target", digits)
    assert code == 2
    assert (
        one_error(err) == f"error: --target: '{'9' * ECHO_CHARS}… is not a Match year (2000–2100)"
    )
    code, _, err = run(capsys, "schools", "search", "cairo", "--limit", digits)
    assert code == 2
    last = err.strip().splitlines()[-1]
    assert last.endswith(f"argument --limit: invalid int value: '{'9' * ECHO_CHARS}…")
    assert len(last) < LONGEST_ERROR_LINE
