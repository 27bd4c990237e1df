"""What a change of rules changes: the rows added, ended and changed between two rulesets, the
saved profiles whose overall verdict differs, and the report an import or a revert returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.checklist import Overall, overall_short
from app.i18n import _, format_date
from app.rules.loader import Rule, Ruleset


@dataclass(frozen=True)
class RulesetInfo:
    """Which set of rules: where it came from, its version and date, the Matches it covers."""

    origin: str  # "bundled" or "imported"
    version: str
    updated: dt.date
    first_match_year: int
    last_match_year: int

    @classmethod
    def of(cls, ruleset: Ruleset) -> RulesetInfo:
        return cls(
            ruleset.origin,
            ruleset.version,
            ruleset.updated,
            ruleset.first_match_year,
            ruleset.last_match_year,
        )

    def describe(self) -> str:
        """'imported rules version 2027.01.15 (updated 2027-01-15; Matches 2024–2029)'."""
        values = {
            "version": self.version,
            "updated": format_date(self.updated),
            "first": self.first_match_year,
            "last": self.last_match_year,
        }
        if self.origin == "bundled":
            # Translators: the rules shipped with the app; {first}–{last} are Match years.
            text = _("bundled rules version {version} (updated {updated}; Matches {first}–{last})")
        elif self.origin == "imported":
            # Translators: rules the user imported; {first}–{last} are Match years.
            text = _("imported rules version {version} (updated {updated}; Matches {first}–{last})")
        else:
            return (
                f"{self.origin} rules version {self.version} (updated {self.updated}; "
                f"Matches {self.first_match_year}–{self.last_match_year})"
            )
        return text.format(**values)

    def to_dict(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "version": self.version,
            "updated": self.updated.isoformat(),
            "match_years": [self.first_match_year, self.last_match_year],
        }


@dataclass(frozen=True)
class RuleChange:
    """One rule row added, ended or changed; ``detail`` says how, in a few words."""

    rule_id: str
    detail: str
    fields: tuple[str, ...] = ()

    def describe(self) -> str:
        return f"{self.rule_id}: {self.detail}"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.rule_id, "detail": self.detail, "fields": list(self.fields)}


@dataclass(frozen=True)
class VerdictChange:
    """A saved profile whose overall verdict differs under the new rules."""

    profile_name: str
    before: Overall | None
    after: Overall | None

    def describe(self) -> str:
        return f"{self.profile_name}: {overall_text(self.before)} → {overall_text(self.after)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.profile_name,
            "from": self.before.value if self.before else None,
            "to": self.after.value if self.after else None,
        }


def overall_text(overall: Overall | None) -> str:
    """'Incomplete', 'Not yet known'…: the overall verdict's short name (in the language in
    use; app.checklist.overall_short)."""
    return overall_short(overall)


@dataclass(frozen=True)
class ImportReport:
    """What an import (or a revert) did: the rules before and after, the rows added, ended and
    changed, and the saved profiles whose overall verdict changes as of ``as_of``."""

    action: str  # "import" or "revert"
    previous: RulesetInfo
    active: RulesetInfo
    as_of: dt.date
    file: Path | None  # the file written (import) or removed (revert); None when nothing was
    added: tuple[RuleChange, ...] = ()
    ended: tuple[RuleChange, ...] = ()
    changed: tuple[RuleChange, ...] = ()
    verdict_changes: tuple[VerdictChange, ...] = ()
    profiles_checked: int = 0
    profiles_note: str = ""  # why saved profiles were not (all) checked; "" when they were

    @property
    def did_anything(self) -> bool:
        return self.file is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "done": self.did_anything,
            "as_of": self.as_of.isoformat(),
            "file": str(self.file) if self.file else None,
            "previous": self.previous.to_dict(),
            "active": self.active.to_dict(),
            "added": [c.to_dict() for c in self.added],
            "ended": [c.to_dict() for c in self.ended],
            "changed": [c.to_dict() for c in self.changed],
            "profiles": {
                "checked": self.profiles_checked,
                "note": self.profiles_note or None,
                "verdict_changes": [v.to_dict() for v in self.verdict_changes],
            },
        }


def compare_rules(
    before: Ruleset, after: Ruleset
) -> tuple[tuple[RuleChange, ...], tuple[RuleChange, ...], tuple[RuleChange, ...]]:
    """(added, ended, changed) going from ``before`` to ``after``. A row is ended when it gains
    an effective_to or is removed; any other difference in a row is a change."""
    old = {rule.id: rule for rule in before.rules}
    new = {rule.id: rule for rule in after.rules}
    added = tuple(
        # Translators: {dates} is a date range ("on or after 2027-07-01", "2028 Match").
        RuleChange(rule_id, _("new, in force {dates}").format(dates=rule.dates_text()))
        for rule_id, rule in new.items()
        if rule_id not in old
    )
    ended: list[RuleChange] = []
    changed: list[RuleChange] = []
    for rule_id, was in old.items():
        now = new.get(rule_id)
        if now is None:
            # Translators: a rule row is no longer in the new rules.
            ended.append(RuleChange(rule_id, _("removed")))
            continue
        fields = _changed_fields(was, now)
        if was.effective_to is None and now.effective_to is not None:
            rest = [f for f in fields if f != "effective_to"]
            ends = format_date(now.effective_to)
            if rest:
                # Translators: {fields} are the rule's changed fields, by their names in the
                # rules file (text, source, params…).
                detail = _("ends {date}; also changed: {fields}").format(
                    date=ends, fields=", ".join(rest)
                )
            else:
                detail = _("ends {date}").format(date=ends)
            ended.append(RuleChange(rule_id, detail, tuple(fields)))
        elif fields:
            # Translators: {fields} are the rule's changed fields, by their names in the rules
            # file (text, source, params…).
            detail = _("changed: {fields}").format(fields=", ".join(fields))
            changed.append(RuleChange(rule_id, detail, tuple(fields)))
    return added, tuple(ended), tuple(changed)


def _changed_fields(was: Rule, now: Rule) -> list[str]:
    old, new = was.to_dict(), now.to_dict()
    return [key for key in old if key != "confirmed" and old[key] != new.get(key)]
