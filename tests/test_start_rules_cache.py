"""The parsed rules (app.rules.loader, PARSED_CACHE_NAME): shipped beside the bundled TOML files
and read at start instead of parsing them, kept in the data folder for rules files that have
none (or whose shipped copy no longer matches them), equal to what parsing gives, and never
trusted for files that changed or a copy that is damaged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.rules import loader
from app.rules.imported import active_ruleset

BUNDLED = loader.default_rules_dir()


def _fresh(path: Path, cache_dir: Path | None) -> loader.Ruleset:
    return loader._load(path.resolve(), cache_dir)  # past the in-process cache


def _parsed(path: Path) -> loader.Ruleset:
    """The rules as the TOML files give them, whatever is kept beside them."""
    texts = [(file, loader._read_text(file)) for file in sorted(path.glob("*.toml"))]
    return loader.parse_rules_files(texts, path.resolve())


@pytest.fixture
def unshipped(tmp_path: Path) -> Path:
    """A copy of the bundled rules without their parsed copy (as a user's own folder)."""
    rules = tmp_path / "rules"
    shutil.copytree(BUNDLED, rules)
    (rules / loader.PARSED_CACHE_NAME).unlink()
    return rules


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(file: Path, text: str) -> dict:
        raise AssertionError(f"{file} parsed again")

    monkeypatch.setattr(loader, "_parse_toml", refuse)


def test_the_shipped_parsed_rules_match_the_rules_files() -> None:
    shipped = BUNDLED / loader.PARSED_CACHE_NAME
    texts = [(file, loader._read_text(file)) for file in sorted(BUNDLED.glob("*.toml"))]
    assert loader._cached_documents(shipped, loader._cache_key(texts)) is not None, (
        f"{shipped} does not match the rules files: run make rules-cache"
    )
    assert _fresh(BUNDLED, None) == _parsed(BUNDLED)


def test_a_first_start_parses_nothing_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _parsed(BUNDLED)
    _no_parsing(monkeypatch)
    assert _fresh(BUNDLED, tmp_path) == expected
    assert _fresh(BUNDLED, None) == expected  # the command line, with no data folder
    assert not (tmp_path / loader.PARSED_CACHE_NAME).exists()


def test_the_kept_rules_equal_the_parsed_ones(tmp_path: Path, unshipped: Path) -> None:
    cache = tmp_path / "data"
    cache.mkdir()
    parsed = _fresh(unshipped, None)
    written = _fresh(unshipped, cache)
    assert (cache / loader.PARSED_CACHE_NAME).is_file()
    read_back = _fresh(unshipped, cache)
    assert parsed == written == read_back == _parsed(BUNDLED)
    assert [rule.id for rule in read_back.rules] == [rule.id for rule in parsed.rules]


def test_the_kept_rules_are_read_without_parsing(
    tmp_path: Path, unshipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh(unshipped, tmp_path)
    expected = _parsed(unshipped)
    _no_parsing(monkeypatch)
    assert _fresh(unshipped, tmp_path) == expected


@pytest.mark.parametrize("where", ["shipped", "data folder"])
def test_changed_rules_are_parsed_again(tmp_path: Path, where: str) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(BUNDLED, rules)
    if where == "data folder":
        (rules / loader.PARSED_CACHE_NAME).unlink()
    cache = tmp_path / "data"
    cache.mkdir()
    before = _fresh(rules, cache)
    ecfmg = rules / "ecfmg.toml"
    text = ecfmg.read_text(encoding="utf-8")
    ecfmg.write_text(text.replace(f'version = "{before.version}"', 'version = "9999.1"', 1))
    after = _fresh(rules, cache)
    assert after.version == "9999.1" != before.version
    assert after == _parsed(rules)
    assert _fresh(rules, None) == after  # without a data folder too


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"key": 1, "documents": []}', b"[1]"])
@pytest.mark.parametrize("where", ["shipped", "data folder"])
def test_a_damaged_copy_is_parsed_over(
    tmp_path: Path, unshipped: Path, damage: bytes, where: str
) -> None:
    cache = tmp_path / "data"
    cache.mkdir()
    (unshipped if where == "shipped" else cache).joinpath(loader.PARSED_CACHE_NAME).write_bytes(
        damage
    )
    expected = _parsed(unshipped)
    assert _fresh(unshipped, cache) == expected
    assert _fresh(unshipped, cache) == expected  # rewritten in the data folder, then read


def test_no_cache_without_a_data_folder(tmp_path: Path, unshipped: Path) -> None:
    missing = tmp_path / "not-yet"
    assert _fresh(unshipped, missing) == _parsed(unshipped)
    assert not missing.exists()  # a first start: the store makes the folder, not the rules


def test_the_app_keeps_parsed_rules_in_its_data_folder_only_when_none_are_shipped(
    tmp_path: Path, unshipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loader._loaded.pop(BUNDLED.resolve(), None)
    try:
        assert active_ruleset(tmp_path) == _parsed(BUNDLED)
    finally:
        loader._loaded.pop(BUNDLED.resolve(), None)
    assert not (tmp_path / loader.PARSED_CACHE_NAME).exists()  # the shipped copy was used

    monkeypatch.setattr(loader, "default_rules_dir", lambda: unshipped)
    loader._loaded.pop(unshipped.resolve(), None)
    try:
        assert active_ruleset(tmp_path) == _parsed(unshipped)
    finally:
        loader._loaded.pop(unshipped.resolve(), None)
    assert (tmp_path / loader.PARSED_CACHE_NAME).is_file()


def test_make_rules_cache_writes_what_the_app_reads(
    unshipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = loader.write_parsed_rules(unshipped)
    assert written == unshipped / loader.PARSED_CACHE_NAME
    expected = _parsed(unshipped)
    _no_parsing(monkeypatch)
    assert _fresh(unshipped, None) == expected
