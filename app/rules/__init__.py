"""Rules as data: loading and checking the dated rules, picking a row by its declared date,
the Match years they cover, importing a newer set, and each rule's text in the applicant's
language (``rule_text``).

Importing this package costs nothing: each name below is imported from its module when first
asked for (PEP 562), so that ``app.rules.standing`` (the checklist's ``Standing``) does not bring
in the loader and tomllib, which the first list of profiles never needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy import lazy_exports

if TYPE_CHECKING:
    from app.rules.families import ENGINE_FAMILIES, Family, PickedBy
    from app.rules.loader import (
        APPLIES_BY,
        STANDINGS,
        Rule,
        RulesError,
        Ruleset,
        default_rules_dir,
        load_ruleset,
        parse_rules_files,
        version_key,
    )
    from app.rules.standing import Standing
    from app.rules.translations import rule_text

# name -> the module that defines it
_LAZY = {
    "ENGINE_FAMILIES": "app.rules.families",
    "Family": "app.rules.families",
    "PickedBy": "app.rules.families",
    "APPLIES_BY": "app.rules.loader",
    "STANDINGS": "app.rules.loader",
    "Rule": "app.rules.loader",
    "RulesError": "app.rules.loader",
    "Ruleset": "app.rules.loader",
    "default_rules_dir": "app.rules.loader",
    "load_ruleset": "app.rules.loader",
    "parse_rules_files": "app.rules.loader",
    "version_key": "app.rules.loader",
    "Standing": "app.rules.standing",
    "rule_text": "app.rules.translations",
}


__getattr__ = lazy_exports(__name__, _LAZY)


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
