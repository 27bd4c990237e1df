"""Shared test set-up: Qt offscreen (CI has no display), a private data dir per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English unless a test asks for another language: a developer's own locale
# (LANG=es_ES.UTF-8) must not change what the CLI subprocesses or the wizard say.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(_variable, None)
os.environ["LANGUAGE"] = "en"
os.environ["LANG"] = "C.UTF-8"

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user-data folder."""
    data_dir = tmp_path / "img-data"
    monkeypatch.setenv("IMG_READINESS_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    """Each test starts in English and leaves the process in English (a test in Spanish or
    Arabic must not leak its language into the next one)."""
    from app.i18n import set_language

    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def data_dir(_private_data_dir: Path) -> Path:
    return _private_data_dir


@pytest.fixture
def store(data_dir: Path) -> Iterator[Any]:
    """A real store in the test's private data folder, closed after the test."""
    from app.store import open_store  # lazy: only the tests that ask for a store pay for it

    with open_store(data_dir) as opened:
        yield opened
