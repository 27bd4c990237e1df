"""The printable checklist: what a reader finds on the paper, and how the file is written."""

from __future__ import annotations

import datetime as dt
import json
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pypdf
import pytest

from app.checklist import STATUS_LABELS, Checklist, ChecklistItem, Status, overall_of
from app.engine.evaluate import evaluate
from app.profile import Profile, profile_from_dict
from app.report import ReportError, default_paper, write_checklist_pdf
from app.report.document import urgent_items
from app.report.sample import sample_profile
from app.rules import Standing, load_ruleset

FIXTURES = Path(__file__).parent / "fixtures"
AS_OF = dt.date(2026, 11, 25)
RULES_DATE = dt.date(2026, 10, 1)
A4_POINTS = (595.28, 841.89)
LETTER_POINTS = (612.0, 792.0)


def squeeze(text: str) -> str:
    """Text without whitespace: lines wrap anywhere on paper, so compare without it. NFKC:
    Arabic (a name as printed on a diploma) comes back as presentation forms."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def without_bidi_neighbours(text: str) -> str:
    """Squeezed, less the quote marks and colons next to a right-to-left name: the PDF shows them
    in place, but text extraction moves them into the Arabic run."""
    return squeeze(text).replace("‘", "").replace("’", "").replace(":", "")


def item(item_id: str, status: Status, **extra: object) -> ChecklistItem:
    fields: dict[str, object] = {
        "id": item_id,
        "title": f"Title of {item_id}",
        "status": status,
        "reason": f"Reason for {item_id} naming your own answer.",
        "source": f"https://www.ecfmg.org/rules/{item_id.replace('.', '-')}.html",
        "rule_id": item_id,
        "next_step": f"Do the next thing for {item_id}." if status is not Status.MET else "",
    }
    fields.update(extra)
    return ChecklistItem(**fields)  # type: ignore[arg-type]


def hand_made_checklist() -> Checklist:
    items = (
        item("eligibility.img_status", Status.MET),
        item("school.sponsor_note", Status.PENDING),
        item("exams.step1", Status.NEEDS_INFO),
        item("exams.step2_ck", Status.NOT_MET),
        item("clinical.oet", Status.NOT_MET, blocking=True, standing=Standing.THIRD_PARTY),
        item("credentials.diploma", Status.NOT_APPLICABLE, next_step=""),
    )
    return Checklist(
        AS_OF, "2026.10.01", RULES_DATE, overall_of(items), items, rules_match_years=(2024, 2028)
    )


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.fixture
def written(tmp_path: Path) -> Path:
    return write_checklist_pdf(
        sample_profile("latin"), hand_made_checklist(), tmp_path / "checklist.pdf", "a4"
    )


def test_every_item_is_printed_with_its_title_status_reason_next_step_and_source(written: Path):
    text = squeeze(text_of(written))
    for it in hand_made_checklist().items:
        assert squeeze(it.title) in text
        assert squeeze(STATUS_LABELS[it.status]) in text
        assert squeeze(it.reason) in text
        assert squeeze(it.source) in text
        if it.next_step:
            assert squeeze(f"Next step: {it.next_step}") in text


def test_an_unconfirmed_or_blocking_verdict_says_so_beside_it(written: Path):
    text = squeeze(text_of(written))
    assert squeeze("Third-party sources: check the source") in text
    assert squeeze("Cannot be fixed by you") in text


def test_header_names_the_applicant_school_match_year_and_both_dates(written: Path):
    first_page = pypdf.PdfReader(written).pages[0].extract_text()
    for expected in (
        "José Núñez Ødegård",
        "5-123-456-7",
        "Universidad Nacional Autónoma de México",
        "2027",
        "Assessed on",
        "25 November 2026",
        "Rules version 2026.10.01 of 2026-10-01 (bundled), for the 2024–2028 Matches",
        "Overall: Not eligible",
    ):
        assert expected in first_page


@pytest.mark.parametrize("fixture", sorted(p.stem for p in FIXTURES.glob("*.json")))
def test_each_example_profile_prints_every_item_of_its_checklist(fixture: str, tmp_path: Path):
    data = json.loads((FIXTURES / f"{fixture}.json").read_text(encoding="utf-8"))
    profile = profile_from_dict(data, AS_OF)
    checklist = evaluate(profile, load_ruleset(), AS_OF)
    path = write_checklist_pdf(profile, checklist, tmp_path / "out.pdf", "letter")
    text = squeeze(text_of(path))
    for it in checklist.items:
        assert squeeze(it.title) in text, it.id
        assert without_bidi_neighbours(it.reason) in without_bidi_neighbours(text), it.id
        assert squeeze(it.source) in text, it.id
    assert squeeze(checklist.rules_version) in text


def test_every_page_says_page_n_of_m_and_that_ecfmg_decides(tmp_path: Path):
    profile = sample_profile("latin")
    checklist = evaluate(profile, load_ruleset(), AS_OF)
    path = write_checklist_pdf(profile, checklist, tmp_path / "c.pdf", "a4")
    pages = pypdf.PdfReader(path).pages
    assert len(pages) >= 2  # a full checklist does not fit on one page
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {len(pages)}" in text
        assert "Guidance, not an official decision: ECFMG decides." in text
        assert "Rules dated" in text


def test_what_to_do_next_puts_what_stops_you_first_then_questions_then_work_under_way():
    ordered = [i.id for i in urgent_items(hand_made_checklist())]
    assert ordered == ["clinical.oet", "exams.step2_ck", "exams.step1", "school.sponsor_note"]


def test_next_steps_are_printed_in_order_of_urgency(written: Path):
    text = squeeze(text_of(written).split("What to do next", 1)[1])
    positions = [
        text.index(squeeze(f"Title of {i}:"))
        for i in ("clinical.oet", "exams.step2_ck", "exams.step1", "school.sponsor_note")
    ]
    assert positions == sorted(positions)


@pytest.mark.parametrize(("paper", "size"), [("a4", A4_POINTS), ("letter", LETTER_POINTS)])
def test_the_chosen_paper_size_is_used(paper: str, size: tuple[float, float], tmp_path: Path):
    path = write_checklist_pdf(Profile(), hand_made_checklist(), tmp_path / "p.pdf", paper)
    box = pypdf.PdfReader(path).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.5)


@pytest.mark.parametrize(
    ("lang", "paper"),
    [
        ("en_US.UTF-8", "letter"),
        ("fr_CA.UTF-8", "letter"),
        ("es_MX.UTF-8", "letter"),
        ("en_PH.UTF-8", "letter"),
        ("en_GB.UTF-8", "a4"),
        ("hi_IN.UTF-8", "a4"),
        ("de_DE@euro", "a4"),
        ("C.UTF-8", "a4"),
    ],
)
def test_paper_defaults_to_letter_only_where_the_locale_uses_it(lang: str, paper: str):
    assert default_paper({"LANG": lang}) == paper


def test_lc_paper_overrides_the_language_locale():
    assert default_paper({"LANG": "en_US.UTF-8", "LC_PAPER": "en_IE.UTF-8"}) == "a4"


def test_no_paper_given_follows_the_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    path = write_checklist_pdf(Profile(), hand_made_checklist(), tmp_path / "p.pdf")
    assert float(pypdf.PdfReader(path).pages[0].mediabox.width) == pytest.approx(612, abs=0.5)


def test_metadata_names_the_app_and_subject_but_no_folder_of_this_machine(written: Path):
    info = pypdf.PdfReader(written).metadata
    assert info.author == "IMG Readiness"
    assert info.title == "ECFMG readiness checklist – José Núñez Ødegård"
    assert "2026-11-25" in info.subject and "2026-10-01" in info.subject
    everything = _all_bytes_decompressed(written)
    for folder in (written.parent, Path.home(), Path(__file__).resolve().parents[1]):
        assert str(folder).encode() not in everything, folder
    assert b" Tf" in everything  # the page content was read, compressed or not
    assert b".ttf" not in everything and b".ttc" not in everything


def _all_bytes_decompressed(path: Path) -> bytes:
    """The file plus every stream decoded (ASCII85, Flate...), so nothing hides inside one."""
    reader = pypdf.PdfReader(path)
    parts = [path.read_bytes()]
    for generation in reader.xref.values():
        for number in generation:
            obj = reader.get_object(number)
            if isinstance(obj, pypdf.generic.StreamObject):
                parts.append(obj.get_data())
    return b"\n".join(parts)


def test_fonts_are_embedded_as_subsets_and_the_file_stays_small(tmp_path: Path):
    profile = sample_profile("chinese")
    checklist = evaluate(profile, load_ruleset(), AS_OF)
    path = write_checklist_pdf(profile, checklist, tmp_path / "c.pdf", "a4")
    fonts = embedded_fonts(path)
    assert fonts, "no fonts found"
    for base_font, has_file in fonts.items():
        assert has_file, f"{base_font} is not embedded"
        assert "+" in base_font, f"{base_font} is not a subset"
    assert any("wqy" in f.lower() or "microhei" in f.lower() for f in fonts)
    assert path.stat().st_size < 1_000_000


def embedded_fonts(path: Path) -> dict[str, bool]:
    """BaseFont name → whether the font program is inside the file."""
    found: dict[str, bool] = {}
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return found


def test_a_failed_export_leaves_the_previous_checklist_untouched(tmp_path: Path):
    target = tmp_path / "checklist.pdf"
    target.write_bytes(b"%PDF-1.4 the good old checklist")

    def fail_while_saving(percent: int, message: str) -> None:
        if percent >= 95:
            raise RuntimeError("the computer was switched off")

    with pytest.raises(RuntimeError):
        write_checklist_pdf(Profile(), hand_made_checklist(), target, "a4", fail_while_saving)
    assert target.read_bytes() == b"%PDF-1.4 the good old checklist"
    assert [p.name for p in tmp_path.iterdir()] == ["checklist.pdf"]  # no half-written leftovers


def test_a_new_export_replaces_the_old_file_whole(tmp_path: Path):
    target = tmp_path / "checklist.pdf"
    target.write_bytes(b"old")
    write_checklist_pdf(Profile(), hand_made_checklist(), target, "a4")
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(
        b"%%EOF"
    )


def test_a_folder_that_does_not_exist_gives_a_plain_error(tmp_path: Path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    with pytest.raises(ReportError, match="does not exist"):
        write_checklist_pdf(Profile(), hand_made_checklist(), not_a_folder / "c.pdf", "a4")


def test_a_folder_as_the_target_gives_a_plain_error(tmp_path: Path):
    with pytest.raises(ReportError, match="is a folder"):
        write_checklist_pdf(Profile(), hand_made_checklist(), tmp_path, "a4")


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="the superuser may write anywhere",
)
def test_a_read_only_folder_gives_a_plain_error(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportError, match="permission denied"):
            write_checklist_pdf(Profile(), hand_made_checklist(), folder / "c.pdf", "a4")
    finally:
        folder.chmod(0o700)


def test_progress_is_reported_in_order_up_to_done(tmp_path: Path):
    seen: list[tuple[int, str]] = []
    write_checklist_pdf(
        Profile(), hand_made_checklist(), tmp_path / "c.pdf", "a4", lambda p, m: seen.append((p, m))
    )
    percents = [p for p, _ in seen]
    assert percents == sorted(percents) and percents[-1] == 100
    assert all(message for _, message in seen)


def test_two_exports_on_worker_threads_at_once_both_come_out_whole(tmp_path: Path):
    profiles = {"arabic": sample_profile("arabic"), "korean": sample_profile("korean")}
    checklist = hand_made_checklist()
    started = threading.Barrier(2)

    def export(script: str) -> Path:
        started.wait()
        return write_checklist_pdf(profiles[script], checklist, tmp_path / f"{script}.pdf", "a4")

    with ThreadPoolExecutor(max_workers=2) as pool:
        paths = list(pool.map(export, profiles))
    assert "김민준" in text_of(paths[1])
    assert len(pypdf.PdfReader(paths[0]).pages) >= 1


def test_a_name_too_long_for_a_line_wraps_inside_its_column_and_is_printed_whole(tmp_path: Path):
    from app.report.text import Shaper, Span, break_lines, line_width

    name = "Anna-" + "Maria" * 60
    words = Shaper().words([Span(name, "bold")], 12)
    lines = break_lines(words, 380)
    assert len(lines) > 1 and all(line_width(line) <= 380 for line in lines)
    profile = sample_profile("latin")
    profile.applicant.full_name = name
    path = write_checklist_pdf(profile, hand_made_checklist(), tmp_path / "c.pdf", "a4")
    assert name in squeeze(pypdf.PdfReader(path).pages[0].extract_text())


def test_each_source_address_can_be_clicked_on_screen(written: Path):
    links = {
        str(annotation.get_object()["/A"]["/URI"])
        for page in pypdf.PdfReader(written).pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object()
    }
    assert links == {it.source for it in hand_made_checklist().items}


def not_yet_known_checklist() -> tuple[Profile, Checklist]:
    """A graduate whose 2027 Pathway is approved, aiming at the 2028 Match: everything published
    is met, but how long a Pathway stays valid is only our estimate."""
    data = json.loads((FIXTURES / "fresh_graduate.json").read_text(encoding="utf-8"))
    data["target_match_year"] = 2028
    data["clinical_skills"].update(pathway_status="approved", pathway_cycle=2027)
    profile = profile_from_dict(data, AS_OF)
    return profile, evaluate(profile, load_ruleset(), AS_OF)


def test_a_not_yet_known_checklist_prints_its_overall_and_the_estimate_beside_its_verdicts(
    tmp_path: Path,
):
    from app.checklist import OVERALL_LABELS, Overall

    profile, checklist = not_yet_known_checklist()
    assert checklist.overall is Overall.NOT_YET_KNOWN
    assert checklist.item("clinical.pathway").on_estimate
    path = write_checklist_pdf(profile, checklist, tmp_path / "c.pdf", "a4")
    text = squeeze(text_of(path))
    assert squeeze(f"Overall: {OVERALL_LABELS[Overall.NOT_YET_KNOWN]}") in text
    on_estimate = [i for i in checklist.items if i.on_estimate]  # the Pathway, and so the
    assert len(on_estimate) == 2  # clinical requirement that rests on it
    # One marker beside each verdict that rests on an estimate.
    assert text.count(squeeze("Estimate: not yet published")) == len(on_estimate)
    assert squeeze("Your Match") in text and squeeze("Your target Match and its calendar") in text


def test_old_rules_are_told_calmly_on_the_first_page_and_fresh_ones_are_not(tmp_path: Path):
    profile = sample_profile("latin")
    ruleset = load_ruleset()
    late = evaluate(profile, ruleset, ruleset.updated + dt.timedelta(days=211))
    fresh = evaluate(profile, ruleset, ruleset.updated)
    assert late.rules_notice and not fresh.rules_notice
    late_page = pypdf.PdfReader(write_checklist_pdf(profile, late, tmp_path / "l.pdf", "a4"))
    fresh_page = pypdf.PdfReader(write_checklist_pdf(profile, fresh, tmp_path / "f.pdf", "a4"))
    assert squeeze(late.rules_notice) in squeeze(late_page.pages[0].extract_text())
    assert squeeze(late.rules_line) in squeeze(late_page.pages[0].extract_text())
    assert "About these rules" not in fresh_page.pages[0].extract_text()
