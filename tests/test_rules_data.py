"""The shipped rules: every rule has an official source, an effective date and a checked date;
threshold versions do not overlap; a malformed file gives a clear RulesError."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlparse

import pytest

from app.rules import APPLIES_BY, RulesError, load_ruleset

OFFICIAL_HOSTS = ("ecfmg.org", "usmle.org", "occupationalenglishtest.org", "wdoms.org")
RULES = load_ruleset().rules


def test_rules_load_with_a_version_and_an_updated_date():
    ruleset = load_ruleset()
    assert ruleset.version
    assert isinstance(ruleset.updated, dt.date)
    assert load_ruleset() is ruleset  # cached: the wizard may ask on every keystroke


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_rule_names_an_official_https_source(rule):
    address = urlparse(rule.source)
    assert address.scheme == "https"
    assert address.hostname and address.hostname.endswith(OFFICIAL_HOSTS)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_rule_has_its_dates_and_evidence(rule):
    assert isinstance(rule.effective_from, dt.date)
    assert isinstance(rule.checked, dt.date)
    assert rule.applies_by in APPLIES_BY
    assert rule.text.strip()
    assert rule.evidence.split(":")[0] in ("CONFIRMED", "THIRD-PARTY", "UNCONFIRMED")
    # A rule marked confirmed must rest on a confirmed reading.
    if rule.confirmed:
        assert rule.evidence.startswith("CONFIRMED")


def test_items_rules_are_all_present():
    ruleset = load_ruleset()
    for rule_id in (
        "eligibility.img_status",
        "school.sponsor_note",
        "school.graduation_year",
        "exams.step1.pass",
        "exams.step2_ck.pass",
        "clinical.requirement",
        "clinical.step2_cs",
        "clinical.pathways",
        "credentials.credit_years",
        "credentials.diploma",
        "credentials.transcript",
        "credentials.translations",
        "application.submitted",
    ):
        assert ruleset.get(rule_id).id == rule_id


def test_every_date_since_2014_has_exactly_one_step2_ck_minimum():
    ruleset = load_ruleset()
    day = dt.date(2014, 7, 1)
    while day < dt.date(2030, 1, 1):
        rows = [r for r in ruleset.family("exams.step2_ck.minimum") if r.in_force_on(day)]
        assert len(rows) == 1, day
        day += dt.timedelta(days=30)


def test_every_future_match_year_has_an_oet_window_and_a_pathway_cut_off():
    ruleset = load_ruleset()
    for year in range(2024, 2040):
        assert ruleset.for_match_year("clinical.oet.window", year) is not None
        assert ruleset.for_match_year("clinical.pathway_graduation", year) is not None
    later = ruleset.for_match_year("clinical.oet.window", 2035)
    assert later is not None and later.confirmed is False


VALID = """
[ruleset]
version = "test"
updated = 2026-01-01

[[rule]]
id = "a"
text = "A rule."
applies_by = "always"
effective_from = 2020-01-01
source = "https://www.ecfmg.org/"
checked = 2026-01-01
confirmed = true
evidence = "CONFIRMED: test."
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_small_rules_file_loads(tmp_path):
    ruleset = load_ruleset(write(tmp_path, VALID))
    assert ruleset.get("a").text == "A rule."


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('source = "https://www.ecfmg.org/"', 'source = "http://x.org"'), "source"),
        (("checked = 2026-01-01\n", ""), "checked"),
        (("effective_from = 2020-01-01", 'effective_from = "soon"'), "effective_from"),
        (('applies_by = "always"', 'applies_by = "sometimes"'), "applies_by"),
        (('evidence = "CONFIRMED: test."', 'evidence = "I think so"'), "evidence"),
        (("confirmed = true", 'confirmed = "yes"'), "confirmed"),
        (('version = "test"', "version = 3"), "version"),
        (('id = "a"', "id = 7"), "id"),
        (("[[rule]]", "[[rule]\n"), "not valid TOML"),
    ],
)
def test_malformed_rules_file_gives_a_clear_error_naming_the_field(tmp_path, change, message):
    old, new = change
    with pytest.raises(RulesError, match=message):
        load_ruleset(write(tmp_path, VALID.replace(old, new)))


def test_overlapping_versions_of_a_threshold_are_refused(tmp_path):
    rows = "".join(
        f"""
[[rule]]
id = "m.{n}"
family = "m"
text = "Minimum {n}."
applies_by = "test_date"
effective_from = {start}
{end}
source = "https://www.usmle.org/"
checked = 2026-01-01
confirmed = true
evidence = "CONFIRMED: test."
"""
        for n, start, end in ((1, "2020-01-01", ""), (2, "2022-01-01", ""))
    )
    with pytest.raises(RulesError, match="overlap"):
        load_ruleset(write(tmp_path, VALID + rows))


def test_missing_rules_folder_is_a_clear_error(tmp_path):
    with pytest.raises(RulesError, match="no such rules file"):
        load_ruleset(tmp_path / "nowhere")


def test_stale_lists_rules_not_checked_within_the_days():
    ruleset = load_ruleset()
    newest = max(r.checked for r in ruleset.rules)
    assert ruleset.stale(newest, 0) == tuple(r for r in ruleset.rules if r.checked < newest)
    assert ruleset.stale(newest, 10_000) == ()
