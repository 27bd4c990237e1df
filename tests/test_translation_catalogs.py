"""The shipped catalogs are complete and current: every sentence of the core (gettext) and of the
app (Qt) is translated into Spanish and Arabic, with every placeholder, and the compiled files
shipped are the ones the sources give (a forgotten `make translations` fails here)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app.i18n import DOMAIN, LANGUAGES
from tools import translations

TRANSLATED = [code for code in LANGUAGES if code != "en"]
BRACES = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
QT_MARKERS = re.compile(r"%n|%L?\d")


def _catalog(code: str):
    with translations.po_file(code).open("rb") as handle:
        return read_po(handle, locale=code)


def _strings(message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


def _ids(message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple) else [message.id]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_core_sentence_is_translated_with_its_placeholders(code: str) -> None:
    catalog = _catalog(code)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        english = _ids(message)[0]
        if message.fuzzy:
            problems.append(f"fuzzy: {english!r}")
        forms = _strings(message)
        if not all(form.strip() for form in forms):
            problems.append(f"missing: {english!r}")
            continue
        wanted = set(BRACES.findall(" ".join(_ids(message))))
        for form in forms:
            # A plural form may drop the count where the language says it in words ("un día").
            needed = wanted - {"{count}", "{n}"} if isinstance(message.id, tuple) else wanted
            if not needed <= set(BRACES.findall(form)):
                problems.append(f"placeholder lost in {form!r} for {english!r}")
            if not set(BRACES.findall(form)) <= wanted:
                problems.append(f"unknown placeholder in {form!r} for {english!r}")
    assert len(catalog) > 100, "the template holds the core's sentences (make translations)"
    assert not problems, f"{len(problems)} problems in {code}:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_core_catalog_holds_every_sentence_of_the_code(code: str, tmp_path: Path) -> None:
    """The .po was updated from the code as it is: extracting again adds nothing."""
    from babel.messages import frontend

    template = tmp_path / "now.pot"
    frontend.CommandLineInterface().run(
        ["pybabel", "-q", "extract", "--no-location", "-k", "N_", "-k", "pgettext:1c,2",
         "-k", "ngettext:1,2", "-o", str(template), str(translations.ROOT / "app")]
    )
    with template.open("rb") as handle:
        extracted = {(m.context, _ids(m)[0]) for m in read_po(handle) if m.id}
    shipped = {(m.context, _ids(m)[0]) for m in _catalog(code) if m.id}
    missing = sorted(text for _context, text in extracted - shipped)
    assert not missing, f"not in the {code} catalog (run make translations): {missing[:20]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_shipped_mo_is_compiled_from_the_po(code: str) -> None:
    compiled = BytesIO()
    write_mo(compiled, _catalog(code), use_fuzzy=True)
    shipped = translations.po_file(code).with_suffix(".mo").read_bytes()
    assert shipped == compiled.getvalue(), f"{code}.mo is stale: run make translations"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_app_message_is_translated_with_its_markers(code: str) -> None:
    root = ET.parse(translations.ts_file(code)).getroot()
    problems, count = [], 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                form.strip() for form in forms
            ):
                problems.append(f"missing: {name}: {source!r}")
                continue
            wanted = set(QT_MARKERS.findall(source)) | set(BRACES.findall(source))
            if message.get("numerus") == "yes":
                # A plural form may say the count in words ("un perfil", "ملفان").
                wanted -= {"%n", "{count}", "{n}"}
            for form in forms:
                found = set(QT_MARKERS.findall(form)) | set(BRACES.findall(form))
                if not wanted <= found:
                    problems.append(f"marker lost in {form!r} for {name}: {source!r}")
    assert count > 300, "the .ts holds the app's strings (make translations)"
    assert not problems, f"{len(problems)} problems in {code}:\n" + "\n".join(problems[:40])


LRELEASE = shutil.which("pyside6-lrelease") or shutil.which(
    "pyside6-lrelease", path=str(Path(sys.executable).parent)
)


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease comes with PySide6")
@pytest.mark.parametrize("code", TRANSLATED)
def test_the_shipped_qm_is_compiled_from_the_ts(code: str, tmp_path: Path) -> None:
    assert LRELEASE is not None
    fresh = tmp_path / f"{DOMAIN}_{code}.qm"
    source = str(translations.ts_file(code))
    subprocess.run([LRELEASE, "-silent", source, "-qm", str(fresh)], check=True)
    shipped = translations.ts_file(code).with_suffix(".qm").read_bytes()
    assert shipped == fresh.read_bytes(), f"{code}.qm is stale: run make translations"


LUPDATE = shutil.which("pyside6-lupdate") or shutil.which(
    "pyside6-lupdate", path=str(Path(sys.executable).parent)
)


def _messages(ts: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for context in root.iter("context")
        for m in context.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") != "vanished")
    }


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate comes with PySide6")
def test_the_app_catalogs_hold_every_string_of_the_ui_code(tmp_path: Path) -> None:
    """Extracting ui/ again finds nothing the shipped .ts files lack (make translations)."""
    assert LUPDATE is not None
    fresh = tmp_path / "now.ts"
    sources = sorted(str(p) for p in (translations.ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [LUPDATE, "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True
    )
    extracted = _messages(fresh)
    for code in TRANSLATED:
        missing = sorted(extracted - _messages(translations.ts_file(code)))
        assert not missing, f"not in the {code} .ts (run make translations): {missing[:10]}"
