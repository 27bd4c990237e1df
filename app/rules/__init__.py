"""Rules as data: loading and checking the dated rules, picking a row by its declared date,
the Match years they cover, importing a newer set, and each rule's text in the applicant's
language (``rule_text``)."""

from app.rules.families import ENGINE_FAMILIES, Family, PickedBy
from app.rules.loader import (
    APPLIES_BY,
    STANDINGS,
    Rule,
    RulesError,
    Ruleset,
    Standing,
    default_rules_dir,
    load_ruleset,
    parse_rules_files,
    version_key,
)
from app.rules.translations import rule_text

__all__ = [
    "APPLIES_BY",
    "ENGINE_FAMILIES",
    "STANDINGS",
    "Family",
    "PickedBy",
    "Rule",
    "RulesError",
    "Ruleset",
    "Standing",
    "default_rules_dir",
    "load_ruleset",
    "parse_rules_files",
    "rule_text",
    "version_key",
]
