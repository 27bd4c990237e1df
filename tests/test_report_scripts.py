"""Every applicant's name prints right: the script's own font, shaped, in reading order."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

import pypdf
import pytest
import uharfbuzz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.checklist import Checklist, ChecklistItem, Overall, Status
from app.engine.evaluate import evaluate
from app.report import render_checklist_pdf, write_checklist_pdf
from app.report.flowables import draw_line
from app.report.fonts import Script, font_name
from app.report.sample import SAMPLE_NAMES, sample_profile
from app.report.text import Shaper, Span, visual_order
from app.rules import load_ruleset

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
AS_OF = dt.date(2026, 11, 25)


def small_checklist() -> Checklist:
    met = ChecklistItem(
        "exams.step1",
        "USMLE Step 1 passed",
        Status.MET,
        "You passed Step 1.",
        "https://www.usmle.org/",
        "exams.step1",
        "",
    )
    return Checklist(AS_OF, "2026.11.25", AS_OF, Overall.READY, (met,))


def first_page_text(script: str, tmp_path: Path) -> str:
    path = write_checklist_pdf(sample_profile(script), small_checklist(), tmp_path / "c.pdf", "a4")
    return unicodedata.normalize("NFKC", pypdf.PdfReader(path).pages[0].extract_text())


@pytest.mark.parametrize(
    "script", ["latin", "cyrillic", "greek", "arabic", "hebrew", "chinese", "korean", "japanese"]
)
def test_the_name_and_school_read_back_from_the_pdf_as_typed(script: str, tmp_path: Path):
    name, school, _city, _country = SAMPLE_NAMES[script]
    text = first_page_text(script, tmp_path)
    # Arabic comes back as presentation forms, hence NFKC on both sides.
    assert unicodedata.normalize("NFKC", name) in text
    assert unicodedata.normalize("NFKC", school) in text


def test_a_name_mixing_latin_and_arabic_reads_in_order(tmp_path: Path):
    profile = sample_profile("latin")
    profile.applicant.full_name = "Omar محمد عبد الله Haddad"
    path = write_checklist_pdf(profile, small_checklist(), tmp_path / "c.pdf", "a4")
    text = unicodedata.normalize("NFKC", pypdf.PdfReader(path).pages[0].extract_text())
    assert "Omar محمد عبد الله Haddad" in text


def test_arabic_words_are_placed_right_to_left_inside_a_left_to_right_line():
    shaper = Shaper()
    words = shaper.words([Span("Dr محمد عبد الله MD")], 12)
    placed = {p.run.text: p.x for p in visual_order(words)}  # no merging: one run per word
    assert placed["Dr"] < placed["الله"] < placed["عبد"] < placed["محمد"] < placed["MD"]


def test_arabic_is_shaped_with_joining_forms_but_no_discretionary_ligature():
    shaper = Shaper()
    run = shaper.run("محمد", Script.ARABIC, "regular", 12, rtl=True)
    glyph_ids = _glyph_ids(run.font, run.glyphs)
    assert len(glyph_ids) == 4 and 0 not in glyph_ids  # four letters, four glyphs, no box
    # The font's discretionary ligature would make one glyph of it: it must stay off.
    with_dlig = _reference_shape("NotoSansArabic-Regular.ttf", "محمد", {"dlig": True})
    assert len(with_dlig) < 4
    assert glyph_ids == _reference_shape("NotoSansArabic-Regular.ttf", "محمد", {})


@pytest.mark.parametrize(
    ("text", "font_file", "script"),
    [
        ("राहुल कुमार शर्मा", "NotoSansDevanagari-Regular.ttf", Script.DEVANAGARI),
        ("অমিত কুমার দাস", "NotoSansBengali-Regular.ttf", Script.BENGALI),
    ],
    ids=["devanagari", "bengali"],
)
def test_indic_names_use_the_glyphs_harfbuzz_chooses_not_one_per_letter(
    text: str, font_file: str, script: Script
):
    shaper = Shaper()
    glyph_ids: list[int] = []
    for word in text.split(" "):
        run = shaper.run(word, script, "regular", 12, rtl=False)
        glyph_ids += _glyph_ids(run.font, run.glyphs)
    reference = [g for w in text.split(" ") for g in _reference_shape(font_file, w, {})]
    assert glyph_ids == reference and 0 not in glyph_ids
    one_per_letter = [_cmap(font_file)[ord(c)] for c in text.replace(" ", "")]
    assert glyph_ids != one_per_letter  # reordered vowel signs, conjuncts, reph


@pytest.mark.parametrize(
    ("text", "font_file"),
    [
        ("राहुल कुमार शर्मा", "NotoSansDevanagari-Regular.ttf"),
        ("অমিত কুমার দাস", "NotoSansBengali-Regular.ttf"),
    ],
    ids=["devanagari", "bengali"],
)
def test_indic_names_look_on_the_page_as_qt_draws_them(
    text: str, font_file: str, tmp_path: Path, qapp: object
):
    """The rendered PDF, pixel for pixel (within a pixel), against Qt's own shaping of the same
    font; a drawing one glyph per letter (no shaping) does not pass."""
    ours = _ink(_render(_pdf_with(text, tmp_path / "ours.pdf", shaped=True)))
    unshaped = _ink(_render(_pdf_with(text, tmp_path / "plain.pdf", shaped=False)))
    reference = _ink(_qt_reference(text, FONTS / font_file))
    assert len(ours) > 2000  # ink, not an empty line of missing glyphs
    assert _agreement(ours, reference) > 0.98
    assert _agreement(unshaped, reference) < 0.95


# --- helpers ---------------------------------------------------------------------------------

PAGE_W, PAGE_H, SIZE, BASELINE, LEFT = 500, 80, 36, 25, 10
SCALE = 2  # render at 144 dpi


def _glyph_ids(font: str, glyphs: str) -> list[int]:
    return [pdfmetrics.getFont(font).face.charToGlyph[ord(c)] for c in glyphs]


def _reference_shape(font_file: str, text: str, features: dict[str, bool]) -> list[int]:
    face = uharfbuzz.Face(uharfbuzz.Blob((FONTS / font_file).read_bytes()))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(uharfbuzz.Font(face), buffer, features)
    return [info.codepoint for info in buffer.glyph_infos]


def _cmap(font_file: str) -> dict[int, int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    return TTFontFile(str(FONTS / font_file)).charToGlyph


def _pdf_with(text: str, path: Path, shaped: bool) -> Path:
    canvas = Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    shaper = Shaper()
    if shaped:
        draw_line(canvas, visual_order(shaper.words([Span(text)], SIZE), shaper), LEFT, 25, SIZE)
    else:  # the same font, one glyph per letter
        script = Script.DEVANAGARI if "\u0900" <= text[0] <= "\u097f" else Script.BENGALI
        font = pdfmetrics.getFont(font_name(script))
        font.shapable = False
        try:
            canvas.setFont(font.fontName, SIZE)
            canvas.drawString(LEFT, BASELINE, text)
            canvas.save()
        finally:
            font.shapable = True
        return path
    canvas.save()
    return path


def _render(pdf: Path):
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    size = QSize(PAGE_W * SCALE, PAGE_H * SCALE)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(0, size))
    painter.end()
    return image


def _qt_reference(text: str, font_file: Path):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(font_file))
    )[0]
    image = QImage(PAGE_W * SCALE, PAGE_H * SCALE, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(SIZE * SCALE)
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    painter.drawText(QPointF(LEFT * SCALE, (PAGE_H - BASELINE) * SCALE), text)
    painter.end()
    return image


def _ink(image) -> set[tuple[int, int]]:
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride, data = gray.bytesPerLine(), bytes(gray.constBits())
    return {
        (x, y)
        for y in range(gray.height())
        for x in range(gray.width())
        if data[y * stride + x] < 128
    }


def _agreement(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> float:
    """Share of ink pixels that have ink in the other picture within one pixel."""

    def near(m: set[tuple[int, int]], other: set[tuple[int, int]]) -> int:
        return sum(
            1
            for x, y in m
            if any((x + dx, y + dy) in other for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        )

    return (near(a, b) + near(b, a)) / max(1, len(a) + len(b))


def test_control_characters_pasted_into_a_name_are_left_out(tmp_path: Path):
    profile = sample_profile("latin")
    profile.applicant.full_name = "\u202bJosé\x00 Núñez\x07\nØdegård\u202c"
    path = write_checklist_pdf(profile, small_checklist(), tmp_path / "c.pdf", "a4")
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert "José Núñez Ødegård" in text
    assert not any(c in text for c in "\x00\x07\u202b\u202c")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(min_size=1, max_size=80),
    school=st.text(max_size=120),
    city=st.text(max_size=40),
    diploma_title=st.text(max_size=60),
)
def test_any_answers_whatever_they_contain_give_a_readable_pdf(
    name: str, school: str, city: str, diploma_title: str
):
    profile = sample_profile("latin")
    profile.applicant.full_name = name
    profile.school.name = school
    profile.school.city = city
    profile.education.diploma_title = diploma_title
    checklist = evaluate(profile, load_ruleset(), AS_OF)
    data = render_checklist_pdf(profile, checklist, "letter")
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    assert f"Page 1 of {len(pages)}" in pages[0].extract_text()
