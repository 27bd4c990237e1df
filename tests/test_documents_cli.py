"""The documents outside the app: `python -m app profiles show NAME --documents` and the PDF's
"Documents and IDs" section print each document's current status with its case number and the
name check's finding, judged as of the date given."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pypdf
import pytest
from profile_builder import fixture_dict

from app.cli import main
from app.engine.evaluate import evaluate
from app.profile import profile_from_dict
from app.report import write_checklist_pdf
from app.rules import load_ruleset

AS_OF = "2025-12-20"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fatima() -> dict:
    source = fixture_dict("fresh_graduate")
    source["applicant"]["full_name"] = "Fatima Ahmed"
    source["identifiers"].update({"epic_id": "C-1234-5678", "aamc_id": "12345678"})
    source["documents"] = [
        {"kind": "passport", "name_as_printed": "FATIMA AHMED", "history": []},
        {
            "kind": "diploma",
            "name_as_printed": "فاطمة خان",
            "language": "Arabic",
            "case_number": "C-7788-1234",
            "history": [
                {"status": "uploaded", "date": "2025-02-01"},
                {"status": "rejected", "date": "2025-11-03", "reason": "Seal missing"},
                {"status": "resubmitted", "date": "2025-11-20"},
            ],
        },
        {
            "kind": "transcript",
            "name_as_printed": "Fatima Khan",
            "case_number": "C-7788-5678",
            "name_proof": "Marriage certificate",
            "history": [{"status": "verified", "date": "2025-06-30"}],
        },
    ]
    return source


@pytest.fixture
def saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "fatima.json"
    path.write_text(json.dumps(fatima(), ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "profiles", "import", str(path))[0] == 0
    return path


def test_show_documents_prints_statuses_case_numbers_history_and_the_name_check(
    saved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "profiles", "show", "Fatima Ahmed", "--documents", "--as-of", AS_OF
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Profile 1: Fatima Ahmed"
    assert "  EPIC ID: C-1234-5678" in lines and "  NRMP ID: (not answered)" in lines
    assert "Documents, as of 2025-12-20:" in lines
    assert "  2. Final medical diploma · case C-7788-1234 · Arabic" in lines
    assert "     status: Resubmitted on 2025-11-20 · waiting 30 days" in lines
    assert "       2025-11-03  Rejected: Seal missing" in lines
    assert any(
        line.startswith("     name as printed: Fatima Khan (a different name: ‘Khan’ instead of")
        and line.endswith("· proof of name: Marriage certificate)")
        for line in lines
    )
    assert "     status: Verified on 2025-06-30" in lines
    check = next(line for line in lines if line.startswith("Name check: "))
    # The Arabic diploma cannot be confirmed by transliteration, and has no translation yet.
    assert check.startswith("Name check: Needs your answer.")
    assert "Final medical diploma ‘فاطمة خان’: not confirmed" in check


def test_show_documents_json_is_for_scripts(saved: Path, capsys) -> None:
    code, out, _ = run(capsys, "profiles", "show", "1", "--documents", "--json", "--as-of", AS_OF)
    assert code == 0
    shown = json.loads(out)
    assert shown["as_of"] == AS_OF
    assert shown["identifiers"]["aamc_id"] == "12345678"
    diploma = shown["documents"][1]
    assert (diploma["status"], diploma["days_waiting"]) == ("resubmitted", 30)
    assert diploma["case_number"] == "C-7788-1234"
    assert [e["status"] for e in diploma["history"]] == ["uploaded", "rejected", "resubmitted"]
    assert shown["credentials.name_consistency"]["rule_id"] == "credentials.name_match"


def test_show_documents_of_a_version_1_profile_says_none_are_entered(capsys, tmp_path):
    student = Path(__file__).parent / "fixtures" / "student.json"
    assert run(capsys, "profiles", "import", str(student))[0] == 0
    code, out, _ = run(capsys, "profiles", "show", "1", "--documents", "--as-of", AS_OF)
    assert code == 0
    assert "  (none entered yet)" in out.splitlines()
    assert "Name check: Needs your answer. No documents are entered yet" in out


def test_the_pdf_prints_the_documents_table_with_statuses_case_numbers_and_names(tmp_path):
    as_of = dt.date.fromisoformat(AS_OF)
    profile = profile_from_dict(fatima(), as_of)
    checklist = evaluate(profile, load_ruleset(), as_of)
    path = write_checklist_pdf(profile, checklist, tmp_path / "c.pdf", "a4")
    text = unicodedata.normalize(
        "NFKC", "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    )
    section = " ".join(text.split("Documents and IDs", 1)[1].split())
    assert section.startswith("USMLE ID 5-123-456-7 · EPIC ID C-1234-5678 · AAMC ID 12345678")
    for expected in (
        "Case C-7788-1234",
        "Resubmitted on 2025-11-20 · waiting 30 days",
        "Case C-7788-5678",
        "Verified on 2025-06-30",
        "FATIMA AHMED",
        "Name check: same name",
        "proof of name: Marriage certificate",
    ):
        assert expected in section, expected


def test_a_pdf_without_documents_or_identifiers_has_no_such_section(tmp_path):
    source = fixture_dict("student")
    source["applicant"]["usmle_id"] = None
    profile = profile_from_dict(source, None)
    checklist = evaluate(profile, load_ruleset(), dt.date.fromisoformat(AS_OF))
    path = write_checklist_pdf(profile, checklist, tmp_path / "c.pdf", "a4")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert "Name as printed" not in text and "Status on the assessment date" not in text
