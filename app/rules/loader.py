"""Rules as data: the dated ECFMG/USMLE/OET rules and the Match calendar read from TOML.

A rule row is in force for the dates its ``applies_by`` names (a test date, a graduation date,
an application date or a Match year); several rows of one ``family`` carry the versions of one
threshold over time. Each family declares in the data which date picks its row, and the loader
refuses a file whose declaration differs from the way the engine reads that family.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import N_, _, format_date
from app.paths import data_dir
from app.rules.families import ENGINE_FAMILIES, REQUIRED_RULE_IDS, PickedBy
from app.rules.standing import Standing as Standing  # re-exported: its home before

APPLIES_BY: tuple[str, ...] = tuple(p.value for p in PickedBy)
STANDINGS: tuple[str, ...] = tuple(s.value for s in Standing)


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file, the rule and the field."""


@dataclass(frozen=True)
class Rule:
    """One rule of data/rules: its text, when it is in force, and its official source."""

    id: str
    text: str
    effective_from: dt.date
    effective_to: dt.date | None  # inclusive; None = still in force
    applies_by: PickedBy
    source: str  # https address of the official page
    checked: dt.date  # when the source was last read
    standing: Standing
    evidence: str
    family: str = ""  # rows that are versions of one threshold share a family; default: the id
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def confirmed(self) -> bool:
        return self.standing is Standing.CONFIRMED

    @property
    def is_estimate(self) -> bool:
        return self.standing is Standing.ESTIMATE

    def in_force_on(self, day: dt.date) -> bool:
        """True when ``day`` (in this rule's applies_by terms) falls inside its dates."""
        if self.applies_by is PickedBy.ALWAYS:
            return True
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )

    def in_force_for_match_year(self, year: int) -> bool:
        return self.effective_from.year <= year and (
            self.effective_to is None or year <= self.effective_to.year
        )

    def dates_text(self) -> str:
        """'on or after 2022-07-01', 'from 2014-07-01 to 2022-06-30', or '2026 Match', in the
        language in use: a phrase that completes "for exams taken …" or "for applications …"."""
        if self.applies_by is PickedBy.MATCH_YEAR:
            start = self.effective_from.year
            if self.effective_to is None:
                return _("{year} Match and later").format(year=start)
            end = self.effective_to.year
            if start == end:
                return _("{year} Match").format(year=start)
            return _("{first}–{last} Matches").format(first=start, last=end)
        if self.effective_to is None:
            # Translators: completes "for exams taken …" / "for applications …".
            return _("on or after {date}").format(date=format_date(self.effective_from))
        # Translators: completes "for exams taken …" / "for applications …".
        return _("from {start} to {end}").format(
            start=format_date(self.effective_from), end=format_date(self.effective_to)
        )

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data (dates as ISO text), for the CLI and the change list."""
        return {
            "id": self.id,
            "family": self.family,
            "text": self.text,
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "applies_by": self.applies_by.value,
            "source": self.source,
            "checked": self.checked.isoformat(),
            "standing": self.standing.value,
            "confirmed": self.confirmed,
            "evidence": self.evidence,
            "params": _jsonable(self.params),
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Ruleset:
    """A whole set of rules with its version and date: what every verdict is judged by."""

    version: str
    updated: dt.date
    rules: tuple[Rule, ...]
    first_match_year: int = 0  # the Match years these rules were written for, inclusive
    last_match_year: int = 0
    origin: str = "bundled"  # "bundled" or "imported"

    def __post_init__(self) -> None:
        by_id = {rule.id: rule for rule in self.rules}
        families: dict[str, list[Rule]] = {}
        for rule in self.rules:
            families.setdefault(rule.family, []).append(rule)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(
            self,
            "_families",
            {k: tuple(sorted(v, key=lambda r: r.effective_from)) for k, v in families.items()},
        )

    def get(self, rule_id: str) -> Rule:
        rule: Rule | None = self._by_id.get(rule_id)  # type: ignore[attr-defined]
        if rule is None:
            raise RulesError(
                _("no rule with id {id} in rules version {version}").format(
                    id=repr(rule_id), version=self.version
                )
            )
        return rule

    def family(self, family: str) -> tuple[Rule, ...]:
        """Every row of one family, oldest first."""
        rows: tuple[Rule, ...] = self._families.get(family, ())  # type: ignore[attr-defined]
        return rows

    def covers(self, match_year: int) -> bool:
        """True when these rules were written for ``match_year``'s Match."""
        return self.first_match_year <= match_year <= self.last_match_year

    @property
    def coverage_text(self) -> str:
        return f"{self.first_match_year}–{self.last_match_year}"

    def in_force(self, family: str, day: dt.date) -> Rule | None:
        """The row of ``family`` in force on ``day`` (a test, graduation or application date)."""
        _expect(family, (PickedBy.TEST_DATE, PickedBy.GRADUATION_DATE, PickedBy.APPLICATION_DATE))
        for rule in self.family(family):
            if rule.in_force_on(day):
                return rule
        return None

    def for_match_year(self, family: str, year: int) -> Rule | None:
        """The row of ``family`` in force for the Match year ``year`` (a Pathways cycle)."""
        _expect(family, (PickedBy.MATCH_YEAR,))
        for rule in self.family(family):
            if rule.in_force_for_match_year(year):
                return rule
        return None

    def stale(self, as_of: dt.date, days: int) -> tuple[Rule, ...]:
        """Rules whose source was last checked more than ``days`` days before ``as_of``."""
        return tuple(r for r in self.rules if (as_of - r.checked).days > days)

    def age_in_days(self, as_of: dt.date) -> int:
        return (as_of - self.updated).days


def _expect(family: str, allowed: tuple[PickedBy, ...]) -> None:
    """A programming error, caught by tests: the engine reads a family by the wrong date."""
    declared = ENGINE_FAMILIES.get(family)
    if declared is not None and declared not in allowed:
        raise RulesError(f"{family!r} is picked by {declared.value}, not by {allowed[0].value}")


def default_rules_dir() -> Path:
    return data_dir() / "rules"


def load_ruleset(path: Path | None = None, cache_dir: Path | None = None) -> Ruleset:
    """The ruleset in ``path`` (a .toml file or a folder of them; default the bundled data/rules).

    Cached per path: callers may call it on every keystroke. Raises RulesError naming the file,
    the rule and the field for anything malformed. The TOML files' parsed contents are read
    from JSON (``PARSED_CACHE_NAME``) while the files are unchanged (their size and CRC-32):
    the same checks run on them, only the TOML parsing is skipped. The bundled folder ships
    that JSON beside its files (``make rules-cache``; a test checks it is current), so even a
    first start parses nothing; for other files, or a shipped copy that no longer matches them,
    ``cache_dir`` (a folder that exists: the store's data folder) keeps one after the first
    parse.
    """
    key = Path(path or default_rules_dir()).resolve()
    found = _loaded.get(key)
    if found is None:
        found = _loaded.setdefault(key, _load(key, cache_dir))
    return found


_loaded: dict[Path, Ruleset] = {}
PARSED_CACHE_NAME = "rules-parsed.json"
_CACHE_FORMAT = 2  # bump when the cache's key or shape changes (2: CRC-32 for SHA-256)


def _load(path: Path, cache_dir: Path | None) -> Ruleset:
    shipped: Path | None = None  # a folder's parsed rules, kept beside its files
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        shipped = path / PARSED_CACHE_NAME
        if not files:
            raise RulesError(_("{file}: no .toml rules files in this folder").format(file=path))
    elif path.is_file():
        files = [path]
    else:
        raise RulesError(_("{file}: no such rules file or folder").format(file=path))
    texts = [(file, _read_text(file)) for file in files]
    key = _cache_key(texts)
    kept = _cached_documents(shipped, key) if shipped is not None else None
    if kept is None and cache_dir is not None and cache_dir.is_dir():
        kept = _cached_documents(cache_dir / PARSED_CACHE_NAME, key)
        if kept is None:
            documents = [(file, _parse_toml(file, text)) for file, text in texts]
            _keep_documents(cache_dir / PARSED_CACHE_NAME, key, documents)
            return _ruleset_of(documents, path)
    if kept is None:
        return parse_rules_files(texts, path)
    return _ruleset_of(
        ((file, document) for (file, _text), document in zip(texts, kept, strict=True)), path
    )


def _cache_key(texts: list[tuple[Path, str]]) -> list[Any]:
    # CRC-32, as zlib is loaded at start already (hashlib costs 2 ms to import): a key only has
    # to tell a changed file from the one parsed.
    import zlib

    files = []
    for file, text in texts:
        data = text.encode("utf-8")
        files.append([file.name, len(data), zlib.crc32(data)])
    return [_CACHE_FORMAT, files]


def write_parsed_rules(path: Path | None = None) -> Path:
    """Parse the rules files in the folder ``path`` (default: the bundled one) and write their
    parsed contents beside them as ``PARSED_CACHE_NAME``: ``make rules-cache`` after editing."""
    folder = Path(path or default_rules_dir())
    texts = [(file, _read_text(file)) for file in sorted(folder.glob("*.toml"))]
    documents = [(file, _parse_toml(file, text)) for file, text in texts]
    _ruleset_of(documents, folder)  # only rules that load are shipped
    target = folder / PARSED_CACHE_NAME
    target.write_bytes(_cache_content(_cache_key(texts), documents))
    return target


def _cached_documents(cache: Path, key: list[Any]) -> list[dict[str, Any]] | None:
    """The documents kept for exactly these files, or None (none kept, other files, damaged)."""
    import json

    try:
        kept = json.loads(cache.read_bytes(), object_hook=_from_json)
        if not isinstance(kept, dict) or kept.get("key") != key:
            return None
        documents = kept["documents"]
        if not isinstance(documents, list) or len(documents) != len(key[1]):
            return None
        if not all(isinstance(document, dict) for document in documents):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return documents


def _keep_documents(cache: Path, key: list[Any], documents: list[tuple[Path, Any]]) -> None:
    """Best effort: a folder that cannot be written only means parsing again next time."""
    import logging

    from app.atomic import write_atomically

    try:
        write_atomically(cache, _cache_content(key, documents))
    except (OSError, TypeError, ValueError) as exc:
        logging.getLogger(__name__).info("The parsed rules were not kept: %s", exc)


def _cache_content(key: list[Any], documents: list[tuple[Path, Any]]) -> bytes:
    import json

    return json.dumps(
        {"key": key, "documents": [document for _file, document in documents]},
        default=_to_json,
        ensure_ascii=False,
    ).encode("utf-8")


def _to_json(value: Any) -> Any:
    if type(value) is dt.date:  # TOML's local date: the one kind of date the rules hold
        return {"$date": value.isoformat()}
    raise TypeError(f"{type(value).__name__} is not kept in the rules cache")


def _from_json(value: dict[str, Any]) -> Any:
    if len(value) == 1 and "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    return value


def _read_text(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(
            _("{file}: cannot be read ({error})").format(file=file, error=exc)
        ) from None


def parse_rules_files(documents: list[tuple[Path, str]], where: Path) -> Ruleset:
    """A Ruleset from the text of one or more TOML files (one [ruleset] header in all)."""
    # Each file parsed as the one before has been checked: the first fault found is told.
    return _ruleset_of(((file, _parse_toml(file, text)) for file, text in documents), where)


def _parse_toml(file: Path, text: str) -> dict[str, Any]:
    import tomllib  # here: a start that finds the parsed rules kept never imports it

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(
            _("{file}: not valid TOML ({error})").format(file=file, error=exc)
        ) from None


def _ruleset_of(documents: Iterable[tuple[Path, dict[str, Any]]], where: Path) -> Ruleset:
    """The Ruleset of parsed TOML documents (one [ruleset] header in all), checked."""
    header: dict[str, Any] | None = None
    rules: list[Rule] = []
    declared: dict[str, PickedBy] = {}
    for file, document in documents:
        if "ruleset" in document:
            if header is not None:
                raise RulesError(
                    _("{file}: a second [ruleset] table; keep one per set of rules").format(
                        file=file
                    )
                )
            header = _read_header(document["ruleset"], file)
        declared.update(_read_families(document.get("families", {}), file))
        raw_rules = document.get("rule", [])
        if not isinstance(raw_rules, list):
            raise RulesError(
                _("{file}: 'rule' must be an array of tables ([[rule]])").format(file=file)
            )
        rules.extend(_read_rule(raw, file, i) for i, raw in enumerate(raw_rules))
    if header is None:
        raise RulesError(
            _("{file}: no [ruleset] table with version, updated and match_years").format(file=where)
        )
    _check_unique_and_no_overlap(rules, where)
    _check_families(rules, declared, where)
    missing = sorted(set(REQUIRED_RULE_IDS) - {rule.id for rule in rules})
    if missing:
        raise RulesError(
            _("{file}: rules the checklist needs are missing: {ids}").format(
                file=where, ids=", ".join(missing)
            )
        )
    return Ruleset(
        version=header["version"],
        updated=header["updated"],
        rules=tuple(rules),
        first_match_year=header["match_years"][0],
        last_match_year=header["match_years"][1],
    )


def _read_header(raw: Any, file: Path) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise RulesError(_("{file}: [ruleset] must be a table").format(file=file))
    version, updated = raw.get("version"), raw.get("updated")
    if not isinstance(version, str) or not version_key(version):
        raise RulesError(
            _('{file}: [ruleset] version must be numbers with dots, like "2026.12.02"').format(
                file=file
            )
        )
    if not _is_date(updated):
        raise RulesError(
            _("{file}: [ruleset] updated must be a date, like 2026-12-02").format(file=file)
        )
    years = raw.get("match_years")
    if not (
        isinstance(years, list)
        and len(years) == 2
        and all(isinstance(y, int) and not isinstance(y, bool) for y in years)
        and 2000 <= years[0] <= years[1] <= 2100
    ):
        raise RulesError(
            _(
                "{file}: [ruleset] match_years must be the first and last Match year these rules "
                "cover, like [2024, 2028]"
            ).format(file=file)
        )
    return {"version": version, "updated": updated, "match_years": (years[0], years[1])}


def version_key(version: str) -> tuple[int, ...]:
    """'2026.12.02' -> (2026, 12, 2), for comparing versions; () when not numbers with dots."""
    parts = version.strip().split(".")
    if not all(p.isascii() and p.isdigit() for p in parts):
        return ()
    return tuple(int(p) for p in parts)


def _read_families(raw: Any, file: Path) -> dict[str, PickedBy]:
    if not isinstance(raw, dict):
        raise RulesError(
            _('{file}: [families] must be a table of family = "picked by"').format(file=file)
        )
    families: dict[str, PickedBy] = {}
    for name, picked in raw.items():
        if picked not in APPLIES_BY:
            raise RulesError(
                _("{file}: family {family} is picked by {picked}; use one of {choices}").format(
                    file=file, family=repr(name), picked=repr(picked), choices=APPLIES_BY
                )
            )
        families[name] = PickedBy(picked)
    return families


def _is_date(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _read_rule(raw: Any, file: Path, index: int) -> Rule:
    if not isinstance(raw, dict):
        raise RulesError(
            _("{file}: rule #{number} must be a table").format(file=file, number=index + 1)
        )
    rule_id = raw.get("id")
    if isinstance(rule_id, str):
        where = _("{file}: rule {id}").format(file=file, id=repr(rule_id))
    else:
        where = _("{file}: rule #{number}").format(file=file, number=index + 1)

    # Each problem is one sentence naming the field (a TOML key, kept in English) and what it
    # must be; it is translated only when it is raised.
    def need(key: str, ok: bool, what: str, **values: object) -> None:
        if not ok:
            raise RulesError(f"{where}: {_(what).format(field=key, **values)}")

    need(
        "id",
        isinstance(rule_id, str) and bool(rule_id.strip()),
        N_("{field} must be non-empty text"),
    )
    need(
        "text",
        isinstance(raw.get("text"), str) and bool(raw["text"].strip()),
        N_("{field} must be text"),
    )
    need(
        "applies_by",
        raw.get("applies_by") in APPLIES_BY,
        N_("{field} must be one of {choices}"),
        choices=APPLIES_BY,
    )
    need(
        "effective_from",
        _is_date(raw.get("effective_from")),
        N_("{field} must be a date (YYYY-MM-DD)"),
    )
    end = raw.get("effective_to")
    need(
        "effective_to",
        end is None or _is_date(end),
        N_("{field} must be a date (YYYY-MM-DD) or absent"),
    )
    need(
        "effective_to",
        end is None or end >= raw["effective_from"],
        N_("{field} must not be before effective_from"),
    )
    source = raw.get("source")
    need(
        "source",
        isinstance(source, str) and source.startswith("https://"),
        N_("{field} must be https://"),
    )
    need("checked", _is_date(raw.get("checked")), N_("{field} must be a date (YYYY-MM-DD)"))
    need(
        "standing",
        raw.get("standing") in STANDINGS,
        N_("{field} must be one of {choices}"),
        choices=STANDINGS,
    )
    standing = Standing(raw["standing"])
    evidence = raw.get("evidence")
    need(
        "evidence",
        isinstance(evidence, str) and evidence.startswith(standing.evidence_prefix),
        # Translators: {prefix} is CONFIRMED:, THIRD-PARTY: or ESTIMATE: (keep it as it is).
        N_("{field} must start with {prefix} (its standing) and a short note"),
        prefix=standing.evidence_prefix,
    )
    params = raw.get("params", {})
    need("params", isinstance(params, dict), N_("{field} must be a table"))
    family = raw.get("family", rule_id)
    need("family", isinstance(family, str) and bool(family), N_("{field} must be text"))
    return Rule(
        id=str(rule_id),
        text=raw["text"].strip(),
        effective_from=raw["effective_from"],
        effective_to=end,
        applies_by=PickedBy(raw["applies_by"]),
        source=str(source),
        checked=raw["checked"],
        standing=standing,
        evidence=str(evidence),
        family=str(family),
        params=params,
    )


def _check_unique_and_no_overlap(rules: list[Rule], path: Path) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RulesError(
                _("{file}: rule id {id} appears twice").format(file=path, id=repr(rule.id))
            )
        seen.add(rule.id)
    families: dict[str, list[Rule]] = {}
    for rule in rules:
        families.setdefault(rule.family, []).append(rule)
    for family, rows in families.items():
        rows.sort(key=lambda r: r.effective_from)
        for earlier, later in itertools.pairwise(rows):
            if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
                raise RulesError(
                    _(
                        "{file}: rules {earlier} and {later} of {family} overlap; end the "
                        "earlier one the day before the later one starts"
                    ).format(
                        file=path,
                        earlier=repr(earlier.id),
                        later=repr(later.id),
                        family=repr(family),
                    )
                )


def _check_families(rules: list[Rule], declared: dict[str, PickedBy], path: Path) -> None:
    """Every family of several rows is declared with the date that picks it; that date is the
    one each of its rows names, and the one the engine reads it by."""
    for family, picked in declared.items():
        engine = ENGINE_FAMILIES.get(family)
        if engine is not None and engine is not picked:
            raise RulesError(
                _(
                    "{file}: family {family} is declared picked by {picked}, but the engine "
                    "reads it by {engine}"
                ).format(file=path, family=repr(family), picked=picked.value, engine=engine.value)
            )
    for rule in rules:
        if rule.family == rule.id and rule.family not in declared:
            continue  # a single rule: its applies_by says all
        if rule.family not in declared:
            raise RulesError(
                _("{file}: rule {id}: family {family} is not declared in [families]").format(
                    file=path, id=repr(rule.id), family=repr(rule.family)
                )
            )
        picked = declared[rule.family]
        if rule.applies_by is not picked:
            raise RulesError(
                _(
                    "{file}: rule {id}: applies_by {applies_by} differs from its family "
                    "{family}, declared picked by {picked}"
                ).format(
                    file=path,
                    id=repr(rule.id),
                    applies_by=rule.applies_by.value,
                    family=repr(rule.family),
                    picked=picked.value,
                )
            )
