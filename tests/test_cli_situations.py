"""The disputed situations through `python -m app assess --json --as-of`, on both sides of every
date: what a user of the command line reads is what the engine decided, judged on the day given."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from profile_builder import changed, fixture_dict

from app.checklist import ItemId
from app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def assess_json(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    as_of: str,
    base: str = "fresh_graduate",
    **changes: Any,
) -> dict[str, Any]:
    document = changed(fixture_dict(base), {k.replace("__", "."): v for k, v in changes.items()})
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code = main(["assess", str(path), "--as-of", as_of, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def item(document: dict[str, Any], item_id: ItemId) -> dict[str, Any]:
    found: dict[str, Any] = next(i for i in document["items"] if i["id"] == item_id.value)
    return found


def oet(day: str) -> dict[str, Any]:
    return {"test_date": day, "listening": 380, "reading": 380, "writing": 330, "speaking": 380}


@pytest.mark.parametrize(
    ("as_of", "status"),
    [("2026-03-19", "met"), ("2026-03-20", "met"), ("2026-03-21", "needs_info")],
)
def test_a_held_match_is_said_to_be_over(capsys, tmp_path, as_of, status):
    document = assess_json(
        capsys, tmp_path, as_of, target_match_year=2026, clinical_skills__pathway_cycle=2026
    )
    assert item(document, ItemId.MATCH_CYCLE)["status"] == status


@pytest.mark.parametrize(
    ("sitting", "status"),
    [("2026-12-01", "met"), ("2026-12-02", "met"), ("2026-12-03", "pending")],
)
def test_an_oet_after_as_of_is_booked(capsys, tmp_path, sitting, status):
    document = assess_json(
        capsys,
        tmp_path,
        "2026-12-02",
        base="oet_retaker",
        target_match_year=2028,
        clinical_skills__pathway_cycle=2028,
        clinical_skills__oet=[oet(sitting)],
    )
    assert item(document, ItemId.OET)["status"] == status


@pytest.mark.parametrize(("sitting", "status"), [("2027-01-31", "met"), ("2027-02-01", "not_met")])
def test_an_oet_after_the_cycles_last_date_does_not_count(capsys, tmp_path, sitting, status):
    document = assess_json(
        capsys, tmp_path, "2027-02-20", base="oet_retaker", clinical_skills__oet=[oet(sitting)]
    )
    assert item(document, ItemId.OET)["status"] == status


@pytest.mark.parametrize(
    ("as_of", "status"),
    [("2025-08-18", "pending"), ("2025-08-19", "not_met"), ("2025-08-20", "not_met")],
)
def test_a_pathways_cycle_not_yet_open_is_pending(capsys, tmp_path, as_of, status):
    document = assess_json(
        capsys,
        tmp_path,
        as_of,
        base="oet_retaker",
        target_match_year=2026,
        clinical_skills__pathway_cycle=2026,
        clinical_skills__pathway_status="not_started",
        clinical_skills__oet=[oet("2025-07-19")],
    )
    assert item(document, ItemId.PATHWAY)["status"] == status


def test_an_estimated_cut_off_is_not_yet_known_not_failed(capsys, tmp_path):
    document = assess_json(
        capsys,
        tmp_path,
        "2026-12-02",
        base="oet_retaker",
        target_match_year=2028,
        clinical_skills__pathway_cycle=2028,
        education__graduation_date="2025-06-30",
    )
    pathway = item(document, ItemId.PATHWAY)
    assert pathway["status"] == "needs_info"
    assert pathway["standing"] == "estimate" and pathway["blocking"] is False
    assert document["overall"] != "not_ready"


def test_a_reported_fail_with_a_high_score_is_not_met(capsys, tmp_path):
    document = assess_json(
        capsys, tmp_path, "2026-12-02", exams__step2_ck__result="fail", exams__step2_ck__score=230
    )
    ck = item(document, ItemId.STEP2_CK)
    assert ck["status"] == "not_met"
    assert "the reported result counts" in ck["reason"]


@pytest.mark.parametrize(("attempts", "overall"), [(4, "incomplete"), (5, "not_eligible")])
def test_a_booked_fourth_attempt_is_allowed_and_a_fifth_is_not(
    capsys, tmp_path, attempts, overall
):
    document = assess_json(
        capsys,
        tmp_path,
        "2026-12-02",
        exams__step2_ck__result="scheduled",
        exams__step2_ck__score=None,
        exams__step2_ck__date="2027-01-20",
        exams__step2_ck__attempts=attempts,
    )
    assert document["overall"] == overall


def test_an_approved_pathway_without_its_cycle_asks_for_it(capsys, tmp_path):
    document = assess_json(capsys, tmp_path, "2026-12-02", clinical_skills__pathway_cycle=None)
    assert item(document, ItemId.PATHWAY)["status"] == "needs_info"
    assert item(document, ItemId.OET)["status"] == "met"


@pytest.mark.parametrize(
    ("country", "canadian", "status"),
    [("CA", False, "needs_info"), ("PR", False, "not_met"), ("EG", False, "met")],
)
def test_country_edges(capsys, tmp_path, country, canadian, status):
    document = assess_json(
        capsys, tmp_path, "2026-12-02", school__country=country, school__canadian=canadian
    )
    assert item(document, ItemId.IMG_STATUS)["status"] == status


def test_a_match_the_rules_do_not_cover_is_never_ready_and_old_rules_say_so(capsys, tmp_path):
    document = assess_json(
        capsys,
        tmp_path,
        "2031-06-01",
        base="step2cs_holder",
        target_match_year=2032,
    )
    assert document["overall"] != "ready"
    cycle = item(document, ItemId.MATCH_CYCLE)
    assert cycle["status"] == "needs_info"
    assert "These rules do not cover the 2032 Match" in cycle["reason"]
    assert document["rules"]["notice"].startswith("These rules were last updated on 2026-12-02")


def test_the_table_prints_the_notice_for_old_rules_in_a_real_process(tmp_path):
    document = changed(fixture_dict("step2cs_holder"), {"target_match_year": 2032})
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "app", "assess", str(path), "--as-of", "2031-06-01"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "These rules were last updated on 2026-12-02" in done.stdout
    assert "These rules do not cover the 2032 Match" in done.stdout
    assert "Overall: Ready" not in done.stdout
