"""The parsed rules kept in the data folder (app.rules.loader, PARSED_CACHE_NAME): read back at
the next start instead of parsing the TOML again, equal to what parsing gives, and never
trusted for files that changed or a cache that is damaged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.rules import loader
from app.rules.imported import active_ruleset

BUNDLED = loader.default_rules_dir()


def _fresh(path: Path, cache_dir: Path | None) -> loader.Ruleset:
    return loader._load(path.resolve(), cache_dir)  # past the in-process cache


def test_the_kept_rules_equal_the_parsed_ones(tmp_path: Path) -> None:
    parsed = _fresh(BUNDLED, None)
    written = _fresh(BUNDLED, tmp_path)
    assert (tmp_path / loader.PARSED_CACHE_NAME).is_file()
    read_back = _fresh(BUNDLED, tmp_path)
    assert parsed == written == read_back
    assert [rule.id for rule in read_back.rules] == [rule.id for rule in parsed.rules]


def test_the_kept_rules_are_read_without_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh(BUNDLED, tmp_path)

    def no_parsing(file: Path, text: str) -> dict:
        raise AssertionError(f"{file} parsed again")

    expected = _fresh(BUNDLED, None)
    monkeypatch.setattr(loader, "_parse_toml", no_parsing)
    assert _fresh(BUNDLED, tmp_path) == expected


def test_changed_rules_are_parsed_again(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(BUNDLED, rules)
    cache = tmp_path / "data"
    cache.mkdir()
    before = _fresh(rules, cache)
    ecfmg = rules / "ecfmg.toml"
    text = ecfmg.read_text(encoding="utf-8")
    ecfmg.write_text(text.replace(f'version = "{before.version}"', 'version = "9999.1"', 1))
    after = _fresh(rules, cache)
    assert after.version == "9999.1" != before.version
    assert after == _fresh(rules, None)


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"key": 1, "documents": []}', b"[1]"])
def test_a_damaged_cache_is_parsed_over(tmp_path: Path, damage: bytes) -> None:
    (tmp_path / loader.PARSED_CACHE_NAME).write_bytes(damage)
    assert _fresh(BUNDLED, tmp_path) == _fresh(BUNDLED, None)
    assert _fresh(BUNDLED, tmp_path) == _fresh(BUNDLED, None)  # rewritten, then read


def test_no_cache_without_a_data_folder(tmp_path: Path) -> None:
    missing = tmp_path / "not-yet"
    assert _fresh(BUNDLED, missing) == _fresh(BUNDLED, None)
    assert not missing.exists()  # a first start: the store makes the folder, not the rules


def test_the_app_keeps_the_parsed_rules_in_its_data_folder(tmp_path: Path) -> None:
    loader._loaded.pop(BUNDLED.resolve(), None)
    try:
        ruleset = active_ruleset(tmp_path)
    finally:
        loader._loaded.pop(BUNDLED.resolve(), None)
    assert ruleset == _fresh(BUNDLED, None)
    assert (tmp_path / loader.PARSED_CACHE_NAME).is_file()
