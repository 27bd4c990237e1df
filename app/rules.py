"""Rules as data: the dated ECFMG/USMLE/OET rules read from data/rules/*.toml.

A rule row is in force for the dates its ``applies_by`` names (a test date, a graduation date,
an application date or a Match year); several rows of one ``family`` carry the versions of one
threshold over time. Changing a threshold for a new year is a data change plus a test.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.paths import data_dir

APPLIES_BY: tuple[str, ...] = (
    "test_date",
    "graduation_date",
    "match_year",
    "application_date",
    "always",
)
EVIDENCE_KINDS: tuple[str, ...] = ("CONFIRMED", "THIRD-PARTY", "UNCONFIRMED")


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    id: str
    text: str
    effective_from: dt.date
    effective_to: dt.date | None  # inclusive; None = still in force
    applies_by: str
    source: str  # official https address
    checked: dt.date  # when the source was last read
    confirmed: bool
    evidence: str
    family: str = ""  # rows that are versions of one threshold share a family; default: the id
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def in_force_on(self, day: dt.date) -> bool:
        """True when ``day`` (in this rule's applies_by terms) falls inside its dates."""
        if self.applies_by == "always":
            return True
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )

    def in_force_for_match_year(self, year: int) -> bool:
        return self.effective_from.year <= year and (
            self.effective_to is None or year <= self.effective_to.year
        )

    def dates_text(self) -> str:
        """'on or after 2022-07-01', 'from 2014-07-01 to 2022-06-30', or '2026 Match'."""
        if self.applies_by == "match_year":
            start = self.effective_from.year
            if self.effective_to is None:
                return f"{start} Match and later"
            end = self.effective_to.year
            return f"{start} Match" if start == end else f"{start}–{end} Matches"
        if self.effective_to is None:
            return f"on or after {self.effective_from.isoformat()}"
        return f"from {self.effective_from.isoformat()} to {self.effective_to.isoformat()}"


@dataclass(frozen=True)
class Ruleset:
    version: str
    updated: dt.date
    rules: tuple[Rule, ...]

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise RulesError(f"no rule with id {rule_id!r} in rules version {self.version}")

    def family(self, family: str) -> tuple[Rule, ...]:
        """Every row of one family, oldest first."""
        rows = [r for r in self.rules if r.family == family]
        return tuple(sorted(rows, key=lambda r: r.effective_from))

    def in_force(self, family: str, day: dt.date) -> Rule | None:
        """The row of ``family`` in force on ``day`` (a test, graduation or application date)."""
        for rule in self.family(family):
            if rule.in_force_on(day):
                return rule
        return None

    def for_match_year(self, family: str, year: int) -> Rule | None:
        """The row of ``family`` in force for the Pathways cycle of Match year ``year``."""
        for rule in self.family(family):
            if rule.in_force_for_match_year(year):
                return rule
        return None

    def stale(self, as_of: dt.date, days: int) -> tuple[Rule, ...]:
        """Rules whose source was last checked more than ``days`` days before ``as_of``."""
        return tuple(r for r in self.rules if (as_of - r.checked).days > days)


def default_rules_dir() -> Path:
    return data_dir() / "rules"


def load_ruleset(path: Path | None = None) -> Ruleset:
    """The ruleset in ``path`` (a .toml file or a folder of them; default data/rules).

    Cached per path: callers may call it on every keystroke. Raises RulesError naming the file
    and the rule for anything malformed.
    """
    return _load_cached(Path(path or default_rules_dir()).resolve())


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path) -> Ruleset:
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        if not files:
            raise RulesError(f"{path}: no .toml rules files in this folder")
    elif path.is_file():
        files = [path]
    else:
        raise RulesError(f"{path}: no such rules file or folder")
    header: dict[str, Any] | None = None
    rules: list[Rule] = []
    for file in files:
        try:
            document = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesError(f"{file}: cannot be read ({exc})") from None
        except tomllib.TOMLDecodeError as exc:
            raise RulesError(f"{file}: not valid TOML ({exc})") from None
        if "ruleset" in document:
            if header is not None:
                raise RulesError(f"{file}: a second [ruleset] table; keep one per folder")
            header = _read_header(document["ruleset"], file)
        raw_rules = document.get("rule", [])
        if not isinstance(raw_rules, list):
            raise RulesError(f"{file}: 'rule' must be an array of tables ([[rule]])")
        rules.extend(_read_rule(raw, file, i) for i, raw in enumerate(raw_rules))
    if header is None:
        raise RulesError(f"{path}: no [ruleset] table with version and updated")
    _check_unique_and_no_overlap(rules, path)
    return Ruleset(version=header["version"], updated=header["updated"], rules=tuple(rules))


def _read_header(raw: Any, file: Path) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise RulesError(f"{file}: [ruleset] must be a table")
    version, updated = raw.get("version"), raw.get("updated")
    if not isinstance(version, str) or not version:
        raise RulesError(f'{file}: [ruleset] version must be text, like "2026.11.25"')
    if not _is_date(updated):
        raise RulesError(f"{file}: [ruleset] updated must be a date, like 2026-11-25")
    return {"version": version, "updated": updated}


def _is_date(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _read_rule(raw: Any, file: Path, index: int) -> Rule:
    if not isinstance(raw, dict):
        raise RulesError(f"{file}: rule #{index + 1} must be a table")
    rule_id = raw.get("id")
    where = (
        f"{file}: rule {rule_id!r}" if isinstance(rule_id, str) else f"{file}: rule #{index + 1}"
    )

    def need(key: str, ok: bool, what: str) -> None:
        if not ok:
            raise RulesError(f"{where}: {key} {what}")

    need("id", isinstance(rule_id, str) and bool(rule_id.strip()), "must be non-empty text")
    need("text", isinstance(raw.get("text"), str) and bool(raw["text"].strip()), "must be text")
    need("applies_by", raw.get("applies_by") in APPLIES_BY, f"must be one of {APPLIES_BY}")
    need("effective_from", _is_date(raw.get("effective_from")), "must be a date (YYYY-MM-DD)")
    end = raw.get("effective_to")
    need("effective_to", end is None or _is_date(end), "must be a date (YYYY-MM-DD) or absent")
    need(
        "effective_to",
        end is None or end >= raw["effective_from"],
        "must not be before effective_from",
    )
    source = raw.get("source")
    need("source", isinstance(source, str) and source.startswith("https://"), "must be https://")
    need("checked", _is_date(raw.get("checked")), "must be a date (YYYY-MM-DD)")
    need("confirmed", isinstance(raw.get("confirmed"), bool), "must be true or false")
    evidence = raw.get("evidence")
    need(
        "evidence",
        isinstance(evidence, str) and evidence.split(":")[0] in EVIDENCE_KINDS,
        "must start with CONFIRMED:, THIRD-PARTY: or UNCONFIRMED: and a short note",
    )
    params = raw.get("params", {})
    need("params", isinstance(params, dict), "must be a table")
    family = raw.get("family", rule_id)
    need("family", isinstance(family, str) and bool(family), "must be text")
    return Rule(
        id=rule_id,
        text=raw["text"].strip(),
        effective_from=raw["effective_from"],
        effective_to=end,
        applies_by=raw["applies_by"],
        source=source,
        checked=raw["checked"],
        confirmed=raw["confirmed"],
        evidence=evidence,
        family=family,
        params=params,
    )


def _check_unique_and_no_overlap(rules: list[Rule], path: Path) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RulesError(f"{path}: rule id {rule.id!r} appears twice")
        seen.add(rule.id)
    families: dict[str, list[Rule]] = {}
    for rule in rules:
        families.setdefault(rule.family, []).append(rule)
    for family, rows in families.items():
        rows.sort(key=lambda r: r.effective_from)
        for earlier, later in itertools.pairwise(rows):
            if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
                raise RulesError(
                    f"{path}: rules {earlier.id!r} and {later.id!r} of {family!r} overlap; "
                    f"end the earlier one the day before the later one starts"
                )
