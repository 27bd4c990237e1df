"""The checklist PDF in Spanish and in Arabic: translated headings, right-to-left Arabic (mirrored
tables, the footer, words in reading order), the same page count as English; the English PDF
itself is held byte for byte by the other report tests."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Iterator

import pypdf
import pytest

from app.engine.evaluate import evaluate
from app.i18n import set_language
from app.plan import plan
from app.report.sample import sample_profile
from app.report.text import Shaper, Span, bidi_levels, line_width, rtl_visual_order
from app.report.writer import render_checklist_pdf
from app.rules import load_ruleset

ARABIC_HEADING = "قائمة التحقق من الجاهزية"  # "readiness checklist", before "for ECFMG"


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _title(reader: pypdf.PdfReader) -> str:
    assert reader.metadata is not None
    return str(reader.metadata.title)


def _pdf(language: str, script: str = "latin", with_plan: bool = True) -> pypdf.PdfReader:
    set_language(language)
    ruleset = load_ruleset()
    profile = sample_profile(script)
    checklist = evaluate(profile, ruleset, ruleset.updated)
    steps = plan(profile, ruleset, ruleset.updated) if with_plan else None
    data = render_checklist_pdf(profile, checklist, "a4", plan=steps)
    return pypdf.PdfReader(io.BytesIO(data))


@pytest.fixture(scope="module")
def pdfs() -> Iterator[dict[str, pypdf.PdfReader]]:
    """The full example's checklist with its plan, in each language (laid out once)."""
    try:
        yield {language: _pdf(language) for language in ("en", "es", "ar")}
    finally:
        set_language("en")


def test_the_spanish_pdf_has_spanish_headings_labels_and_footer(
    pdfs: dict[str, pypdf.PdfReader],
) -> None:
    first = pdfs["es"].pages[0].extract_text()
    for words in (
        "Lista de verificación de preparación para el ECFMG",
        "Solicitante",
        "Facultad de medicina",
        "Qué hacer ahora",
        "Orientación, no una decisión oficial: decide el ECFMG.",
        f"Página 1 de {len(pdfs['es'].pages)}",
    ):
        assert words in first
    for english in ("ECFMG readiness checklist", "What to do next", "Page 1 of"):
        assert english not in first
    text = "\n".join(page.extract_text() for page in pdfs["es"].pages)
    assert "Sobre esta lista de verificación" in text
    assert "Su plan para el Match de 2027" in text
    assert _title(pdfs["es"]).startswith("Lista de verificación de preparación")


def test_the_arabic_pdf_reads_its_heading_words_in_order(pdfs: dict[str, pypdf.PdfReader]) -> None:
    first = _nfkc(pdfs["ar"].pages[0].extract_text())
    assert _nfkc(ARABIC_HEADING) in first
    assert _nfkc("ما عليك فعله الآن") in first  # "What to do next"
    assert "ECFMG readiness checklist" not in first
    assert _title(pdfs["ar"]).startswith(ARABIC_HEADING)
    assert pdfs["ar"].root_object.get("/Lang") == "ar"
    assert pdfs["es"].root_object.get("/Lang") == "es"


def _squeezed(text: str) -> str:
    """NFKC text without white space: extraction drops the space between an Arabic run and a
    number or a Latin word beside it (the words themselves and their order stay)."""
    return "".join(_nfkc(text).split())


@pytest.mark.parametrize(
    ("language", "page_words", "plan_heading"),
    [
        ("en", "Page {page} of {pages}", "Your plan to the 2027 Match"),
        ("es", "Página {page} de {pages}", "Su plan para el Match de 2027"),
        ("ar", "الصفحة {page} من {pages}", "خطتك إلى مطابقة 2027"),
    ],
)
def test_every_page_counts_the_pages_and_the_plan_starts_a_page(
    pdfs: dict[str, pypdf.PdfReader], language: str, page_words: str, plan_heading: str
) -> None:
    """Spanish runs longer (it may take a page more than English) and Arabic is laid out right
    to left: each footer still says "page N of M" with the real M, and the plan's page follows
    the checklist on a page of its own."""
    reader = pdfs[language]
    pages = len(reader.pages)
    assert pages in (len(pdfs["en"].pages), len(pdfs["en"].pages) + 1)
    texts = [_squeezed(page.extract_text()) for page in reader.pages]
    for number, text in enumerate(texts, start=1):
        assert _squeezed(page_words.format(page=number, pages=pages)) in text
    starts = [i for i, text in enumerate(texts) if text.startswith(_squeezed(plan_heading))]
    assert len(starts) == 1 and 0 < starts[0] < pages


def _x_of(page: pypdf.PageObject, wanted: str) -> list[float]:
    """The x positions where text containing ``wanted`` (NFKC) starts on a page."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if wanted in _nfkc(text):
            found.append(tm[4] * cm[0] + cm[4])

    page.extract_text(visitor_text=visit)
    return found


def test_arabic_tables_and_footer_are_mirrored(pdfs: dict[str, pypdf.PdfReader]) -> None:
    """The applicant table's labels sit on the right of their values, and the footer's page
    number on the left, as an Arabic reader expects."""
    en, ar = pdfs["en"].pages[0], pdfs["ar"].pages[0]
    width = float(ar.mediabox.width)
    # The USMLE ID value: on the left half's end in Arabic, beside its label on the right.
    (en_value,) = _x_of(en, "5-123-456-7")
    (ar_value,) = _x_of(ar, "5-123-456-7")
    assert en_value < width / 2
    ar_label = _x_of(ar, _nfkc("معرّف"))  # "ID", the label of that row
    assert ar_label and max(ar_label) > ar_value
    assert ar_value > width / 2  # the value column is the wide one: it ends at the label
    page_number = _x_of(ar, _nfkc("الصفحة"))
    notice = _x_of(ar, _nfkc("إرشاد"))
    assert page_number and notice and max(page_number) < width / 3 < min(notice)


def test_spanish_and_arabic_dates_and_the_plan_page() -> None:
    try:
        spanish = _pdf("es")
        text = "\n".join(page.extract_text() for page in spanish.pages)
        assert "2 dic 2026" in text or "dic" in text  # a Spanish month, not ISO alone
        arabic = _pdf("ar", "arabic")
        plan_page = _squeezed(arabic.pages[3].extract_text())
        assert _squeezed("خطتك إلى مطابقة 2027") in plan_page  # "Your plan to the 2027 Match"
        assert _nfkc("محمد عبد الله") in _nfkc(arabic.pages[0].extract_text())
    finally:
        set_language("en")


def test_a_right_to_left_line_puts_latin_names_and_numbers_in_reading_order() -> None:
    """In an Arabic sentence, "USMLE Step 1" keeps its own order, the Arabic words run right to
    left around it, and a number stays after the word before it (to its left)."""
    shaper = Shaper(rtl=True)
    words = shaper.words([Span("اجتزت USMLE Step 1 في المحاولة 2")], 10)
    placed = {p.run.text: p.x for p in rtl_visual_order(words, shaper)}
    step_x = [x for text, x in placed.items() if text.startswith("USMLE")]
    # The two Arabic stretches are shaped as runs; "اجتزت" (first read) is rightmost.
    first = next(x for text, x in placed.items() if text.startswith("اجتزت"))
    last = next(x for text, x in placed.items() if "المحاولة" in text)
    assert first > max(placed[t] for t in placed if t in ("USMLE", "Step", "1")) > last
    assert placed["USMLE"] < placed["Step"] < placed["1"]  # left to right inside
    assert placed["2"] < last  # the attempt number follows "المحاولة", so sits on its left
    assert not step_x or step_x[0] == placed["USMLE"]
    assert line_width(words) > 0


def test_latin_text_alone_keeps_its_order_in_an_arabic_document() -> None:
    """An untranslated or Latin-only line (an address ending in "/", a school's name) is laid
    out left to right; only its alignment changes."""
    shaper = Shaper(rtl=True)
    address = "https://www.ecfmg.org/certification-pathways/"
    words = shaper.words([Span(address)], 8)
    placed = sorted(rtl_visual_order(words, shaper), key=lambda p: p.x)
    assert "".join(p.run.glyphs for p in placed) == address
    assert set(bidi_levels("Universidad Nacional (UNAM).", 0)) == {0}


def test_brackets_are_mirrored_in_a_right_to_left_run() -> None:
    shaper = Shaper(rtl=True)
    words = shaper.words([Span("(مطلوب).")], 10)
    texts = [p.run.glyphs for p in rtl_visual_order(words, shaper)]
    assert texts[0] == ".("  # logical ")." drawn reversed and mirrored, on the far left


def test_english_dates_stay_as_before() -> None:
    from app.report.document import long_date

    assert long_date(dt.date(2026, 11, 25)) == "25 November 2026"


def test_brackets_around_latin_words_stay_a_pair_in_an_arabic_sentence() -> None:
    """Rule N0 (paired brackets): "(Mini-CEX)" after "Pathway 6" in Arabic keeps both brackets
    with the Latin words; "(USMLE)" after an Arabic word is mirrored around it."""
    text = "ولا لـ Pathway 6 (Mini-CEX) تاريخ"
    levels = dict(zip(range(len(text)), bidi_levels(text), strict=True))
    assert levels[text.index("(")] == levels[text.index(")")] == levels[text.index("M")] == 2
    other = "و (USMLE) ثم"
    other_levels = bidi_levels(other)
    assert other_levels[other.index("(")] == other_levels[other.index(")")] == 1
