"""`python -m app checklist PROFILE -o OUT.pdf`: the path on success, exit 2 and one line per
problem on bad input, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from app.cli import main
from app.profile import profile_to_dict
from app.report.sample import sample_profile

FIXTURES = Path(__file__).parent / "fixtures"
STUDENT = str(FIXTURES / "student.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_checklist_is_written_and_its_path_printed(capsys, tmp_path: Path):
    out_file = tmp_path / "priya.pdf"
    code, out, err = run(capsys, "checklist", STUDENT, "-o", str(out_file), "--as-of", "2026-11-25")
    assert (code, err) == (0, "")
    assert out.strip() == str(out_file)
    text = pypdf.PdfReader(out_file).pages[0].extract_text()
    assert "Priya Raghunathan" in text and "25 November 2026" in text


def test_letter_paper_is_used_when_asked(capsys, tmp_path: Path):
    out_file = tmp_path / "c.pdf"
    code, _, _ = run(capsys, "checklist", STUDENT, "-o", str(out_file), "--paper", "letter")
    assert code == 0
    assert float(pypdf.PdfReader(out_file).pages[0].mediabox.width) == pytest.approx(612, abs=1)


def test_a_saved_profile_can_be_printed_by_its_name(capsys, tmp_path: Path, data_dir: Path):
    from app.store import open_store

    with open_store(data_dir) as store:
        store.create_profile(sample_profile("korean"), name="Minjun")
    out_file = tmp_path / "minjun.pdf"
    code, out, err = run(capsys, "checklist", "Minjun", "-o", str(out_file))
    assert out.strip() == str(out_file)
    assert (code, err) == (0, "")
    assert "김민준" in pypdf.PdfReader(out_file).pages[0].extract_text()


def test_an_unwritable_destination_is_one_plain_line_and_exit_2(capsys, tmp_path: Path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    code, out, err = run(capsys, "checklist", STUDENT, "-o", str(blocker / "c.pdf"))
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [f"error: --output: the folder {blocker} does not exist"]


def test_a_bad_as_of_date_is_exit_2_naming_the_option(capsys, tmp_path: Path):
    code, _, err = run(
        capsys, "checklist", STUDENT, "-o", str(tmp_path / "c.pdf"), "--as-of", "2026-02-30"
    )
    assert code == 2
    assert err.startswith("error: --as-of:")
    assert not (tmp_path / "c.pdf").exists()


def test_a_profile_with_wrong_values_lists_each_field_and_writes_nothing(capsys, tmp_path: Path):
    data = profile_to_dict(sample_profile("latin"))
    data["exams"]["step2_ck"]["score"] = 999
    data["applicant"]["usmle_id"] = "12"
    profile_file = tmp_path / "bad.json"
    profile_file.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "checklist", str(profile_file), "-o", str(tmp_path / "c.pdf"))
    assert code == 2
    lines = err.strip().splitlines()
    assert any(line.startswith("error: applicant.usmle_id:") for line in lines)
    assert any(line.startswith("error: exams.step2_ck.score:") for line in lines)
    assert "Traceback" not in err
    assert not (tmp_path / "c.pdf").exists()


def test_an_output_name_that_is_not_a_pdf_is_refused(capsys, tmp_path: Path):
    code, _, err = run(capsys, "checklist", STUDENT, "-o", str(tmp_path / "c.docx"))
    assert code == 2 and "--output" in err and ".pdf" in err


def test_the_output_option_is_required(capsys):
    code, _, err = run(capsys, "checklist", STUDENT)
    assert code == 2 and "-o" in err
