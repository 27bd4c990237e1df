"""`python -m app assess` and `python -m app rules`: exit codes, one line per problem, JSON
shapes, no heavy imports, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from profile_builder import FIXTURES, changed, fixture_dict

from app.checklist import ITEM_IDS
from app.cli import main

ROOT = Path(__file__).parents[1]
FRESH = str(FIXTURES / "fresh_graduate.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_json(tmp_path: Path, document: object) -> str:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_assess_prints_a_readable_table_with_the_rules_date(capsys):
    code, out, _ = run(capsys, "assess", FRESH, "--as-of", "2026-11-25")
    assert code == 0
    assert "IMG Readiness checklist for Amira Hassan" in out
    assert "rules version 2026.12.02 (updated 2026-12-02, bundled) for the 2024–2028 Matches" in out
    assert "last updated" not in out  # a week-old ruleset earns no notice
    assert "Overall: Ready" in out
    assert "Source: https://www.usmle.org/" in out
    assert "not an official decision" in out


def test_assess_json_has_the_documented_shape(capsys):
    code, out, _ = run(capsys, "assess", FRESH, "--as-of", "2026-11-25", "--json")
    assert code == 0
    document = json.loads(out)
    assert set(document) == {"as_of", "rules", "overall", "items"}
    assert document["as_of"] == "2026-11-25"
    assert set(document["rules"]) == {
        "version",
        "updated",
        "origin",
        "match_years",
        "age_days",
        "notice",
    }
    assert document["rules"]["match_years"] == [2024, 2028]
    assert document["overall"] == "ready"
    assert [item["id"] for item in document["items"]] == list(ITEM_IDS)
    for item in document["items"]:
        assert {"id", "title", "status", "reason", "source", "rule_id", "next_step"} <= set(item)
        assert {"blocking", "confirmed", "standing"} <= set(item)


def test_any_verdict_exits_zero_even_not_eligible(capsys):
    path = str(FIXTURES / "canadian_2024_graduate.json")
    code, out, _ = run(capsys, "assess", path, "--json", "--as-of", "2026-11-25")
    assert code == 0
    assert json.loads(out)["overall"] == "not_eligible"


def test_as_of_changes_the_rules_applied(capsys):
    _, out, _ = run(capsys, "assess", FRESH, "--as-of", "2025-08-21", "--json")
    assert json.loads(out)["as_of"] == "2025-08-21"


def test_the_file_is_checked_against_as_of_not_the_computer_clock(capsys):
    # A graduate of 2025-06-28 assessed as of 2021: the same file is refused on any day.
    code, out, err = run(capsys, "assess", FRESH, "--as-of", "2021-06-30")
    assert code == 2 and out == ""
    assert err.strip() == (
        "error: education.graduation_date: a graduate's graduation date (2025-06-28) cannot be "
        "after the assessment date (2021-06-30)"
    )


def test_bad_as_of_date_exits_2_naming_the_option(capsys):
    code, out, err = run(capsys, "assess", FRESH, "--as-of", "25/11/2026")
    assert code == 2 and out == ""
    assert err.strip() == "error: --as-of: '25/11/2026' is not a real date in the form YYYY-MM-DD"


def test_missing_file_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "assess", str(tmp_path / "nowhere.json"))
    assert code == 2
    assert "cannot be read" in err
    assert len(err.strip().splitlines()) == 1


def test_invalid_json_exits_2_with_line_and_column(capsys, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "img-readiness-profile",\n "version": 1,,}', encoding="utf-8")
    code, _, err = run(capsys, "assess", str(path))
    assert code == 2
    assert "is not valid JSON (line 2" in err


def test_each_problem_is_one_line_naming_the_field_path(capsys, tmp_path):
    document = changed(
        fixture_dict("fresh_graduate"),
        {
            "exams.step2_ck.score": 400,
            "clinical_skills.oet[0].writing": 505,
            "education.graduation_date": "28/06/2025",
            "school.canadian": "no",
        },
    )
    code, out, err = run(capsys, "assess", write_json(tmp_path, document))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 4
    fields = [line.removeprefix("error: ").split(":")[0] for line in lines]
    assert sorted(fields) == sorted(
        [
            "exams.step2_ck.score",
            "clinical_skills.oet[0].writing",
            "education.graduation_date",
            "school.canadian",
        ]
    )
    assert any("400" in line for line in lines)


@pytest.mark.parametrize(
    ("change", "field"),
    [({"format": "other"}, "format"), ({"version": 3}, "version")],
)
def test_wrong_format_or_version_exits_2(capsys, tmp_path, change, field):
    document = changed(fixture_dict("student"), change)
    code, _, err = run(capsys, "assess", write_json(tmp_path, document))
    assert code == 2
    assert err.startswith(f"error: {field}:")


def test_rules_lists_every_rule_with_dates_and_source(capsys):
    code, out, _ = run(capsys, "rules", "--json")
    assert code == 0
    rules = json.loads(out)["rules"]
    assert len(rules) > 20
    for rule in rules:
        assert {"id", "text", "effective_from", "effective_to", "source", "checked"} <= set(rule)
        assert rule["source"].startswith("https://")
        assert isinstance(rule["confirmed"], bool)


def test_rules_table_marks_each_rules_standing(capsys):
    code, out, _ = run(capsys, "rules", "--as-of", "2026-12-02")
    assert code == 0
    assert "exams.step2_ck.minimum.2025  [third-party sources only" in out
    assert "clinical.pathway_graduation.later  [estimate: not yet published" in out
    assert "exams.step2_ck.minimum.2022  [confirmed on an official page" in out
    assert "Source: https://" in out


def test_rules_stale_lists_only_rules_not_checked_recently(capsys):
    _, out, _ = run(capsys, "rules", "--json", "--stale", "0", "--as-of", "2026-12-10")
    stale = json.loads(out)["rules"]
    _, out, _ = run(capsys, "rules", "--json", "--stale", "100000", "--as-of", "2026-12-10")
    assert json.loads(out)["rules"] == []
    assert len(stale) > 0


def test_rules_stale_needs_a_number_of_days(capsys):
    code, _, err = run(capsys, "rules", "--stale", "soon")
    assert code == 2
    assert err.startswith("error: --stale:")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    document=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(
                st.sampled_from(
                    ["format", "version", "exams", "step2_ck", "score", "school", "oet", "x"]
                ),
                inner,
                max_size=4,
            )
        ),
        max_leaves=12,
    )
)
def test_arbitrary_json_never_gives_a_traceback(capsys, tmp_path, document):
    code = main(["assess", write_json(tmp_path, document)])
    _, err = capsys.readouterr()
    assert code in (0, 2)
    assert "Traceback" not in err


def _fresh_process(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


HEAVY_IMPORT_PROBE = """
import runpy, sys
sys.argv = ["app", "assess", sys.argv[1], "--json"]
try:
    runpy.run_module("app", run_name="__main__")
except SystemExit:
    pass
heavy = {m.split(".")[0] for m in sys.modules} & {"PySide6", "sqlalchemy", "alembic", "reportlab"}
print("HEAVY", sorted(heavy), file=sys.stderr)
"""


def test_assess_does_not_import_qt_sqlalchemy_or_reportlab():
    result = subprocess.run(
        [sys.executable, "-c", HEAVY_IMPORT_PROBE, FRESH],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "HEAVY []" in result.stderr, result.stderr


def test_real_process_exit_codes_and_no_traceback(tmp_path):
    ok = _fresh_process("assess", FRESH, "--as-of", "2026-11-25")
    assert ok.returncode == 0 and "Overall: Ready" in ok.stdout
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    bad = _fresh_process("assess", str(broken))
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1


def test_a_canadian_graduate_before_the_cut_off_reads_not_your_route_in_table_and_pdf(
    capsys, tmp_path
):
    canadian = str(FIXTURES / "canadian_2024_graduate.json")
    code, out, _ = run(capsys, "assess", canadian, "--as-of", "2026-12-02")
    assert code == 0 and "Overall: ECFMG Certification is not your route" in out
    pdf = tmp_path / "c.pdf"
    assert main(["checklist", canadian, "--as-of", "2026-12-02", "-o", str(pdf)]) == 0
    import pypdf

    first = " ".join(pypdf.PdfReader(pdf).pages[0].extract_text().split())
    assert "Overall: ECFMG Certification is not your route" in first
