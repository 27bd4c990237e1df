"""Issue 10, item 7: any text lays out in the PDF (wrapped, or cut with an ellipsis), never
reportlab's LayoutError; the output path is checked before anything is written. Each PDF is
written to a file and read back with pypdf."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest
from profile_builder import FIXTURES, fixture_dict

from app.cli import main
from app.engine.evaluate import evaluate
from app.plan import plan
from app.profile import TEXT_LIMITS, Profile, read_profile
from app.report import ReportError, write_checklist_pdf
from app.report.flowables import ELLIPSIS, MAX_PARAGRAPH_HEIGHT, ScriptParagraph
from app.report.text import Shaper, Span, break_lines, line_width
from app.rules import load_ruleset

AS_OF = dt.date(2026, 12, 2)
RULES = load_ruleset()


def squeeze(text: str) -> str:
    return "".join(text.split())


def fresh() -> Profile:
    return read_profile(fixture_dict("fresh_graduate"))[0]


def write(
    profile: Profile, path: Path, paper: str = "a4", with_plan: bool = True
) -> pypdf.PdfReader:
    checklist = evaluate(profile, RULES, AS_OF)
    the_plan = plan(profile, RULES, AS_OF) if with_plan else None
    written = write_checklist_pdf(profile, checklist, path, paper, plan=the_plan)  # type: ignore[arg-type]
    return pypdf.PdfReader(written)


def all_text(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_3000_character_name_is_cut_with_an_ellipsis(tmp_path: Path, paper: str) -> None:
    """More than validation accepts (200): the store and the wizard keep what was typed."""
    profile = fresh()
    profile.applicant.full_name = "Amira Hassan " * 231 + "LASTWORD"
    assert len(profile.applicant.full_name) > 3_000
    reader = write(profile, tmp_path / "long.pdf", paper)
    first = reader.pages[0].extract_text()
    assert "Amira Hassan Amira Hassan" in first
    assert ELLIPSIS in first
    assert "LASTWORD" not in all_text(reader)
    assert len(reader.pages) <= 8
    assert "ECFMG readiness checklist" in first


def test_a_2000_character_diploma_title_lays_out(tmp_path: Path) -> None:
    profile = fresh()
    profile.education.diploma_title = "Bachelor of Medicine and Bachelor of Surgery " * 45
    assert len(profile.education.diploma_title) > 2_000
    text = all_text(write(profile, tmp_path / "title.pdf", "letter"))
    assert squeeze("titled 'Bachelor of Medicine and Bachelor of Surgery") in squeeze(text)


@pytest.mark.parametrize(
    "token",
    [
        "A" * 200,
        "https://example.org/" + "x" * 180,
        "ب" * 200,  # shaped (Arabic): cut into pieces shaped again
        "क्षि" * 60,  # Devanagari conjuncts: a mark never leaves its letter
        "名" * 200,
    ],
    ids=["latin", "address", "arabic", "devanagari", "cjk"],
)
def test_a_200_character_unbroken_token_stays_inside_the_page(tmp_path: Path, token: str) -> None:
    profile = fresh()
    profile.applicant.full_name = token
    profile.school.name = token
    profile.school.city = token
    profile.education.diploma_title = token
    reader = write(profile, tmp_path / "token.pdf")
    assert len(reader.pages) >= 2
    shaper = Shaper()
    for size in (8.0, 9.5, 12.0):
        for width in (120.0, 300.0):
            lines = break_lines(shaper.words([Span(token, "bold")], size), width)
            assert all(line_width(line) <= width + 0.01 for line in lines)


def test_every_text_at_its_maximum_length_prints_whole(tmp_path: Path) -> None:
    """What validation accepts is printed in full: the cut is only for what it refuses."""
    document = fixture_dict("fresh_graduate")
    document["applicant"]["full_name"] = ("Maximiliana " * 17)[: TEXT_LIMITS["applicant.full_name"]]
    document["school"]["name"] = ("Universidad Nacional " * 15)[: TEXT_LIMITS["school.name"]]
    document["school"]["city"] = ("San Cristóbal " * 15)[: TEXT_LIMITS["school.city"]]
    document["education"]["diploma_title"] = ("Licenciatura en Medicina " * 13)[
        : TEXT_LIMITS["education.diploma_title"]
    ]
    path = tmp_path / "max.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "max.pdf"
    assert main(["checklist", str(path), "-o", str(out), "--as-of", AS_OF.isoformat()]) == 0
    text = squeeze(all_text(pypdf.PdfReader(out)))
    for value in (
        document["applicant"]["full_name"],
        document["school"]["name"],
        document["education"]["diploma_title"],
    ):
        assert squeeze(value) in text


def test_no_paragraph_is_taller_than_the_cap() -> None:
    shaper = Shaper()
    for size in (7.5, 9.5, 12.0, 18.0):
        paragraph = ScriptParagraph("word " * 5_000, shaper, size)
        _, height = paragraph.wrap(300.0, 10_000.0)
        assert height <= MAX_PARAGRAPH_HEIGHT
        last_line = paragraph._lines[-1]
        assert last_line[-1].runs[-1].text == ELLIPSIS
        assert line_width(last_line) <= 300.0


def test_a_short_paragraph_is_not_cut() -> None:
    paragraph = ScriptParagraph("Amira Hassan", Shaper(), 12)
    paragraph.wrap(300.0, 1_000.0)
    assert [run.text for word in paragraph._lines[0] for run in word.runs] == ["Amira", "Hassan"]


def test_the_document_title_names_the_applicant_briefly(tmp_path: Path) -> None:
    profile = fresh()
    profile.applicant.full_name = "N" * 3_000
    reader = write(profile, tmp_path / "meta.pdf", with_plan=False)
    title = reader.metadata.title
    assert title.startswith("ECFMG readiness checklist – NNN") and title.endswith(ELLIPSIS)
    assert len(title) < 200


# -- the target is checked before anything is written --------------------------------------------


def test_a_300_character_file_name_is_refused_plainly(tmp_path: Path) -> None:
    profile = fresh()
    checklist = evaluate(profile, RULES, AS_OF)
    with pytest.raises(ReportError, match=r"^the file name is too long \(300 characters\)"):
        write_checklist_pdf(profile, checklist, tmp_path / ("x" * 296 + ".pdf"), "a4")
    assert list(tmp_path.iterdir()) == []


def test_a_long_name_within_the_limit_leaves_no_temporary_file(tmp_path: Path) -> None:
    profile = fresh()
    target = tmp_path / ("y" * 251 + ".pdf")
    write_checklist_pdf(profile, evaluate(profile, RULES, AS_OF), target, "a4")
    assert sorted(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda t: t / "nowhere" / "c.pdf", "the folder {t}/nowhere does not exist"),
        (lambda t: t, "{t} is a folder; give a file name such as checklist.pdf"),
    ],
)
def test_a_bad_target_is_refused_with_a_plain_message(tmp_path: Path, make, says: str) -> None:
    profile = fresh()
    with pytest.raises(ReportError) as refused:
        write_checklist_pdf(profile, evaluate(profile, RULES, AS_OF), make(tmp_path), "a4")
    assert str(refused.value) == says.format(t=tmp_path)


def test_the_cli_writes_the_long_name_pdf_from_a_saved_profile(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    from app.store import open_store

    profile = read_profile(json.loads((FIXTURES / "student.json").read_text("utf-8")))[0]
    profile.applicant.full_name = "Priya " * 500
    with open_store(data_dir) as store:
        number = store.create_profile(profile).id
    out = tmp_path / "saved.pdf"
    code = main(["checklist", str(number), "-o", str(out), "--as-of", AS_OF.isoformat()])
    stdout, stderr = capsys.readouterr()
    assert (code, stderr) == (0, "")
    assert stdout.strip() == str(out)
    assert ELLIPSIS in pypdf.PdfReader(out).pages[0].extract_text()
