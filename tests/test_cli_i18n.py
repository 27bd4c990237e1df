"""The command line in Spanish and Arabic: --lang (before or after the sub-command), the
environment's locale, error lines naming the field in the language, JSON keeping its English keys
and ids while its human text is translated, and Arabic written as UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.i18n import language

FIXTURES = Path(__file__).parent / "fixtures"
STUDENT = str(FIXTURES / "student.json")
AS_OF = ["--as-of", "2026-12-01"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def bad_profile(tmp_path: Path) -> str:
    path = tmp_path / "bad.json"
    document = {
        "format": "img-readiness-profile",
        "version": 1,
        "exams": {"step2_ck": {"score": 999}},
        "applicant": {"email": "not-an-address"},
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_assess_in_spanish_says_the_verdicts_in_spanish(capsys):
    code, out, err = run(capsys, "--lang", "es", "assess", STUDENT, *AS_OF)
    assert code == 0 and err == ""
    assert language() == "es"
    assert out.startswith("Lista de verificación de IMG Readiness de Priya Raghunathan\n")
    assert "A fecha de 1 dic 2026" in out  # the date in the language, not ISO
    assert "\nResultado general: " in out
    assert "  Cumplido " in out  # a verdict word of the table (glossary: Met)
    assert "Fuente: https://" in out
    assert "(!) = no puede resolverlo usted." in out
    for english in ("Overall:", "Progress:", "Source:", "Next:", "As of "):
        assert english not in out


def test_lang_works_after_the_sub_command_too(capsys):
    code, before, _ = run(capsys, "--lang", "es", "assess", STUDENT, *AS_OF)
    code_after, after, _ = run(capsys, "assess", STUDENT, *AS_OF, "--lang=es")
    assert code == code_after == 0
    assert before == after


def test_an_abbreviated_lang_is_taken_as_argparse_would(capsys):
    """argparse accepts --lan for --lang: the language must follow, not stay English."""
    _, full, _ = run(capsys, "--lang", "es", "assess", STUDENT, *AS_OF)
    _, short, _ = run(capsys, "--lan", "es", "assess", STUDENT, *AS_OF)
    _, joined, _ = run(capsys, "assess", STUDENT, *AS_OF, "--lan=es")
    assert short == joined == full
    assert "Fuente:" in short


def test_english_is_unchanged_by_lang_en(capsys):
    code, plain, _ = run(capsys, "assess", STUDENT, *AS_OF)
    code_en, english, _ = run(capsys, "--lang", "en", "assess", STUDENT, *AS_OF)
    assert code == code_en == 0
    assert plain == english
    assert plain.startswith("IMG Readiness checklist for Priya Raghunathan\nAs of 2026-12-01, ")


def test_an_invalid_profile_in_spanish_exits_2_naming_each_field(capsys, tmp_path):
    code, out, err = run(capsys, "--lang", "es", "assess", bad_profile(tmp_path), *AS_OF)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines == [
        "error: Correo electrónico (applicant.email): 'not-an-address' no parece una dirección "
        "de correo electrónico",
        "error: Puntuación de Step 2 CK (exams.step2_ck.score): Puntuación de Step 2 CK 999 "
        "está fuera del rango posible 1–300",
    ]


def test_an_invalid_profile_in_english_names_the_field_by_its_path(capsys, tmp_path):
    code, _, err = run(capsys, "assess", bad_profile(tmp_path), *AS_OF)
    assert code == 2
    assert err.splitlines() == [
        "error: applicant.email: 'not-an-address' does not look like an e-mail address",
        "error: exams.step2_ck.score: Step 2 CK score 999 is outside the possible range 1–300",
    ]


def test_options_and_arguments_are_named_in_the_language(capsys):
    code, _, err = run(capsys, "--lang", "es", "assess", STUDENT, "--as-of", "2026-02-30")
    assert code == 2
    assert err == "error: --as-of: '2026-02-30' no es una fecha real con el formato AAAA-MM-DD\n"
    code, _, err = run(capsys, "--lang", "es", "assess")  # argparse's own words
    assert code == 2
    assert err.startswith("uso: python -m app assess ")
    assert err.rstrip().endswith("error: se necesitan los siguientes argumentos: PERFIL")


def test_json_keeps_its_english_keys_ids_and_dates_and_translates_the_text(capsys):
    code, english_out, _ = run(capsys, "assess", STUDENT, *AS_OF, "--json")
    code_es, spanish_out, _ = run(capsys, "--lang", "es", "assess", STUDENT, *AS_OF, "--json")
    assert code == code_es == 0
    english, spanish = json.loads(english_out), json.loads(spanish_out)
    assert spanish.keys() == english.keys()
    assert spanish["as_of"] == english["as_of"] == "2026-12-01"
    assert spanish["overall"] == english["overall"]
    assert spanish["rules"] == english["rules"]
    machine = ("id", "status", "rule_id", "source", "blocking", "standing", "confirmed")
    for en_item, es_item in zip(english["items"], spanish["items"], strict=True):
        assert es_item.keys() == en_item.keys()
        assert {k: es_item[k] for k in machine} == {k: en_item[k] for k in machine}
    changed = [
        (en_item["reason"], es_item["reason"])
        for en_item, es_item in zip(english["items"], spanish["items"], strict=True)
        if en_item["reason"] != es_item["reason"]
    ]
    assert changed, "no reason was translated"
    titles = {item["id"]: item["title"] for item in spanish["items"]}
    assert titles["match.cycle"] == "Su Match objetivo y su calendario"


def test_the_environment_locale_is_used_without_lang(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "es_MX:en")
    code, out, _ = run(capsys, "assess", STUDENT, *AS_OF)
    assert code == 0
    assert out.startswith("Lista de verificación de IMG Readiness de ")
    code, out, _ = run(capsys, "--lang", "en", "assess", STUDENT, *AS_OF)  # --lang wins
    assert out.startswith("IMG Readiness checklist for ")


def test_an_unsupported_locale_means_english(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    code, out, _ = run(capsys, "assess", STUDENT, *AS_OF)
    assert code == 0 and out.startswith("IMG Readiness checklist for ")


@pytest.mark.parametrize("value", ["fr", "", "es_ES\x1b[2J"])
def test_an_unknown_lang_is_one_error_line_naming_the_option(capsys, value):
    code, out, err = run(capsys, "--lang", value, "assess", STUDENT, *AS_OF)
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert err.startswith("error: --lang: ")
    assert "is not a language of this program; choose one of: en, es, ar" in err
    assert "\x1b" not in err


def test_an_unknown_lang_is_refused_in_the_environment_language(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "es")
    code, _, err = run(capsys, "--lang", "fr", "assess", STUDENT)
    assert code == 2
    assert err == "error: --lang: 'fr' no es un idioma de este programa; elija uno de: en, es, ar\n"


def test_plan_and_the_store_commands_speak_spanish(capsys, data_dir):
    code, out, _ = run(capsys, "--lang", "es", "profiles", "list")
    assert code == 0 and out == "Aún no hay perfiles guardados.\n"
    code, out, _ = run(capsys, "--lang", "es", "profiles", "import", STUDENT)
    assert code == 0 and out.startswith(f"{STUDENT} importado como perfil 1: Priya Raghunathan")
    code, out, _ = run(capsys, "--lang", "es", "profiles", "list", *AS_OF)
    assert out.splitlines()[0].split()[:2] == ["#", "Nombre"]
    code, _, err = run(capsys, "--lang", "es", "profiles", "show", "7")
    assert code == 2
    assert err == "error: PERFIL: no hay ningún perfil guardado con el nombre o número '7'\n"
    code, out, _ = run(capsys, "--lang", "es", "plan", "1", *AS_OF)
    assert code == 0
    assert out.startswith("Plan de Priya Raghunathan hacia el Match de 2028\nA fecha de 1 dic 2026")
    assert "■ hecho" in out


def test_arabic_output_is_utf8_and_readable(tmp_path):
    env = {**os.environ, "LANGUAGE": "ar", "LANG": "C.UTF-8", "PYTHONIOENCODING": ""}
    env["IMG_READINESS_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "app", "assess", STUDENT, *AS_OF],
        capture_output=True,
        env=env,
        cwd=Path(__file__).parent.parent,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")  # strict: UTF-8 throughout
    first = text.splitlines()[0]
    assert first == "قائمة التحقق من IMG Readiness لـ Priya Raghunathan"
    assert "حتى تاريخ 1 ديسمبر 2026" in text  # Western digits in the Arabic date
    assert "\nالحكم العام: " in text
    assert not any("\u0660" <= ch <= "\u0669" for ch in text)  # no Arabic-Indic digits
    bad = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "ar", "plan", STUDENT, "--target", "1800"],
        capture_output=True,
        env=env,
        cwd=Path(__file__).parent.parent,
        timeout=120,
    )
    assert bad.returncode == 2
    assert bad.stderr.decode("utf-8") == (
        "خطأ: --target: '1800' ليست سنة مطابقة (2000–2100)\n"
    )
