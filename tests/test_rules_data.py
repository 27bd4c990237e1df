"""The shipped rules: every rule has an official source, an effective date and a checked date;
threshold versions do not overlap; a malformed file gives a clear RulesError."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlparse

import pytest

from app.rules import APPLIES_BY, ENGINE_FAMILIES, RulesError, Standing, load_ruleset
from app.rules.families import REQUIRED_RULE_IDS
from app.rules.loader import default_rules_dir

OFFICIAL_HOSTS = (
    "ecfmg.org",
    "usmle.org",
    "occupationalenglishtest.org",
    "wdoms.org",
    "nrmp.org",
    "aamc.org",
)
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
    # The evidence opens with the rule's standing, so a reader of the file sees it at once.
    assert rule.evidence.startswith(rule.standing.evidence_prefix)
    assert rule.confirmed is (rule.standing is Standing.CONFIRMED)


def test_items_rules_are_all_present():
    ruleset = load_ruleset()
    for rule_id in REQUIRED_RULE_IDS:
        assert ruleset.get(rule_id).id == rule_id


def test_the_rules_say_which_match_years_they_cover():
    ruleset = load_ruleset()
    assert (ruleset.first_match_year, ruleset.last_match_year) == (2024, 2028)
    assert ruleset.covers(2027) and ruleset.covers(2028)
    assert not ruleset.covers(2023) and not ruleset.covers(2029)


def test_every_family_the_engine_reads_is_picked_by_the_date_it_declares():
    ruleset = load_ruleset()
    for family, picked in ENGINE_FAMILIES.items():
        rows = ruleset.family(family)
        assert rows, family
        assert {row.applies_by for row in rows} == {picked}, family


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
    assert later is not None and later.standing is Standing.ESTIMATE


def test_no_cycle_from_2027_on_has_a_published_pathway_cut_off_so_it_is_an_estimate():
    ruleset = load_ruleset()
    for year in (2027, 2028):
        row = ruleset.for_match_year("clinical.pathway_graduation", year)
        assert row is not None and row.standing is Standing.ESTIMATE
    assert ruleset.for_match_year("clinical.pathway_graduation", 2026).standing is (
        Standing.THIRD_PARTY
    )
    assert ruleset.get("eligibility.img_status").standing is Standing.THIRD_PARTY


def test_every_covered_match_has_a_match_day_and_a_residency_start():
    ruleset = load_ruleset()
    for year in range(ruleset.first_match_year, ruleset.last_match_year + 1):
        for family in ("calendar.match_day", "calendar.residency_start"):
            row = ruleset.for_match_year(family, year)
            assert row is not None and row.params["date"].year == year, (family, year)


def bundled_text() -> str:
    """The shipped rules as one file: the files of data/rules joined, header file first."""
    files = sorted(default_rules_dir().glob("*.toml"), key=lambda f: f.name != "ecfmg.toml")
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


VALID = bundled_text()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_rules_as_one_file_load_the_same(tmp_path):
    ruleset = load_ruleset(write(tmp_path, VALID))
    assert sorted(ruleset.rules, key=lambda r: r.id) == sorted(
        load_ruleset().rules, key=lambda r: r.id
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('source = "https://www.nrmp.org/', 'source = "http://www.nrmp.org/'), "source"),
        (("checked = 2026-12-02\n", ""), "checked"),
        (("effective_from = 2023-01-01", 'effective_from = "soon"'), "effective_from"),
        (('applies_by = "always"', 'applies_by = "sometimes"'), "applies_by"),
        (('evidence = "CONFIRMED: NRMP', 'evidence = "I think so: NRMP'), "evidence"),
        (('standing = "confirmed"', 'standing = "likely"'), "standing"),
        (('standing = "confirmed"', 'standing = "estimate"'), "must start with ESTIMATE:"),
        (('version = "2026.12.02"', "version = 3"), "version"),
        (("match_years = [2024, 2028]", "match_years = 2028"), "match_years"),
        (('id = "match.cycle"', "id = 7"), "id"),
        (('id = "match.cycle"', 'id = "match.cycles"'), "needs are missing: match.cycle"),
        (('"clinical.oet.window" = "match_year"', '"clinical.oet.window" = "test_date"'),
         "engine reads it by match_year"),
        (('"calendar.match_day" = "match_year"\n', ""), "not declared in .families."),
        (("[[rule]]", "[[rule]\n"), "not valid TOML"),
    ],
)
def test_malformed_rules_file_gives_a_clear_error_naming_the_field(tmp_path, change, message):
    old, new = change
    assert old in VALID
    with pytest.raises(RulesError, match=message):
        load_ruleset(write(tmp_path, VALID.replace(old, new, 1)))


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
standing = "confirmed"
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
