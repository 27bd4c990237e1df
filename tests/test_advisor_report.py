"""An advisor writes one report for the whole group: a row per applicant that says exactly what
`assess` says of each, as CSV, Excel, JSON, or a PDF with contents and every checklist."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

import pytest

from app.cli import main
from app.report.group import COLUMNS
from app.store import open_store
from tests.advisor_group import AS_OF, fill_store, group_profiles

DAY = AS_OF.isoformat()
URGENCY = {"not_met": 0, "needs_info": 1, "pending": 2}


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module", params=[50, pytest.param(1000, marks=pytest.mark.slow)])
def group(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 50 (or 1,000) realistic applicants; its folder."""
    folder = tmp_path_factory.mktemp(f"group-{request.param}")
    with open_store(folder) as store:
        fill_store(store, group_profiles(request.param))
    return folder


def report_rows(group: Path, tmp_path: Path, *extra: str) -> list[dict[str, str]]:
    path = tmp_path / "group.csv"
    code, _, err = cli("--data-dir", str(group), "profiles", "report", "-o", str(path), *extra)
    assert code == 0, err
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def holding(items: list[dict]) -> dict | None:
    """What `assess` says comes first: the most urgent open item, a blocking one first."""
    still_open = [(n, i) for n, i in enumerate(items) if i["status"] in URGENCY]
    ranked = sorted(still_open, key=lambda p: (URGENCY[p[1]["status"]], not p[1]["blocking"], p[0]))
    return ranked[0][1] if ranked else None


def test_every_row_of_the_report_agrees_with_assess_json(group: Path, tmp_path: Path) -> None:
    rows = report_rows(group, tmp_path, "--as-of", DAY)
    assert len(rows) == len(group_profiles(1000 if "1000" in group.name else 50))
    assert list(rows[0]) == list(COLUMNS)
    for row in rows:
        code, out, err = cli(
            "--data-dir", str(group), "assess", row["number"], "--json", "--as-of", DAY
        )
        assert code == 0, err
        assessed = json.loads(out)
        assert row["overall"] == assessed["overall"], row["name"]
        assert {i["id"]: i["status"] for i in assessed["items"]} == {
            i["id"]: row[i["id"]] for i in assessed["items"]
        }
        first = holding(assessed["items"])
        assert row["blocking_item"] == (first["id"] if first else "")
        assert row["blocking_reason"] == (first["reason"] if first else "")
        assert row["next_step"] == (first["next_step"] if first else "")


def test_the_report_is_sorted_by_name_and_each_filter_keeps_only_its_pile(
    group: Path, tmp_path: Path
) -> None:
    every = report_rows(group, tmp_path, "--as-of", DAY)
    names = [row["name"] for row in every]
    assert names == sorted(names, key=str.casefold)
    piles = {
        "blocked": {"not_eligible", "not_ready"},
        "needs-answers": {"incomplete"},
        "ready": {"ready", "not_yet_known"},
    }
    seen = 0
    for name, overalls in piles.items():
        rows = report_rows(group, tmp_path, "--as-of", DAY, "--filter", name)
        assert rows == [row for row in every if row["overall"] in overalls]
        seen += len(rows)
    assert seen == len(every)


def test_the_xlsx_opens_with_openpyxl_and_holds_the_csv_rows(group: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows = report_rows(group, tmp_path, "--as-of", DAY)
    path = tmp_path / "group.xlsx"
    assert (
        cli("--data-dir", str(group), "profiles", "report", "-o", str(path), "--as-of", DAY)[0] == 0
    )
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Applicants", "About"]
    sheet = list(book["Applicants"].iter_rows(values_only=True))
    assert list(sheet[0]) == list(COLUMNS)
    assert len(sheet) == len(rows) + 1
    for got, want in zip(sheet[1:], rows, strict=True):
        as_text = ["" if v is None else str(v) for v in got]
        assert as_text == list(want.values())


def test_the_json_report_holds_the_same_applicants(group: Path, tmp_path: Path) -> None:
    rows = report_rows(group, tmp_path, "--as-of", DAY)
    path = tmp_path / "group.json"
    assert (
        cli("--data-dir", str(group), "profiles", "report", "-o", str(path), "--as-of", DAY)[0] == 0
    )
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["as_of"] == DAY and document["count"] == len(rows)
    for applicant, row in zip(document["applicants"], rows, strict=True):
        assert applicant["number"] == int(row["number"]) and applicant["overall"] == row["overall"]
        assert (applicant["blocking"] or {}).get("reason", "") == row["blocking_reason"]


def test_a_name_that_looks_like_a_formula_stays_text_in_every_spreadsheet(
    store, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from app.profile import Applicant, Profile

    store.create_profile(Profile(applicant=Applicant(full_name='=HYPERLINK("http://x","y")')))
    for suffix in ("csv", "xlsx"):
        code, _, err = cli("profiles", "report", "-o", str(tmp_path / f"r.{suffix}"))
        assert code == 0, err
    text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    cell = load_workbook(tmp_path / "r.xlsx")["Applicants"]["B2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x","y")'  # text, as typed


def test_the_pdf_has_contents_with_page_numbers_then_a_summary_per_pile_and_each_checklist(
    store, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    fill_store(store, group_profiles(6))
    path = tmp_path / "group.pdf"
    code, out, err = cli("profiles", "report", "-o", str(path), "--as-of", DAY)
    assert code == 0 and out.startswith("Wrote 6 applicants"), err
    piles = {row["overall"] for row in report_rows(store.path.parent, tmp_path, "--as-of", DAY)}
    reader = PdfReader(path)
    summaries = [entry for entry in reader.outline if entry.title.startswith("Summary: ")]
    applicants = [entry for entry in reader.outline if entry not in summaries]
    assert len(applicants) == 6 and reader.outline[: len(summaries)] == summaries
    assert 1 <= len(summaries) <= len(piles)
    first = reader.pages[0].extract_text()
    assert "Contents" in first and "Group readiness report" in first
    for entry in reader.outline:
        page = reader.get_destination_page_number(entry)
        assert f"\n{page + 1}\n" in f"\n{first}\n"  # its page number is in the contents
    for entry in applicants:  # the checklist is theirs (the number in each name: shaped
        page = reader.get_destination_page_number(entry)  # scripts extract apart)
        assert entry.title.split()[-1] in reader.pages[page].extract_text()
    for entry in summaries:
        text = reader.pages[reader.get_destination_page_number(entry)].extract_text()
        assert entry.title in text and "What holds them back" in text


def test_a_report_that_cannot_be_written_says_so_plainly(store, tmp_path: Path) -> None:
    code, _, err = cli("profiles", "report", "-o", str(tmp_path / "report.odt"))
    assert code == 2 and "--format: give one of csv, xlsx, pdf, json" in err
    code, _, err = cli("profiles", "report", "-o", str(tmp_path / "nowhere" / "r.csv"))
    assert code == 2 and err.startswith("error: --output: ")


def test_the_app_writes_the_report_on_the_worker_and_cancel_leaves_no_file(
    qtbot, store, tmp_path: Path
) -> None:
    from tests.ui_support import assert_keys_unique_and_controls_named
    from ui.group_report import GroupReportDialog

    fill_store(store, group_profiles(40))
    dialog = GroupReportDialog(store, store.path.parent, AS_OF, [1, 2], None)
    qtbot.addWidget(dialog)
    assert_keys_unique_and_controls_named(dialog, dialog.scope, dialog.pile, dialog.format)
    assert dialog.scope.count() == 2  # every profile, or the 2 chosen
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        dialog.write_to(tmp_path / "group")
    assert dialog.written == tmp_path / "group.csv" and dialog.written.exists()
    assert dialog.status.text() == f"Written to {tmp_path / 'group.csv'}."
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    with qtbot.waitSignal(dialog.finished_work, timeout=60_000):
        dialog.write_to(tmp_path / "group.pdf")
        dialog.cancel_or_close()  # at once: the worker stops at its next applicant
    assert dialog.status.text() == "Cancelled: no report was written."
    assert not (tmp_path / "group.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
