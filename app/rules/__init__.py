"""Rules as data: loading and checking the dated rules, picking a row by its declared date,
the Match years they cover, and importing a newer set."""

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
    "version_key",
]
