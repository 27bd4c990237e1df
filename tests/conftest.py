"""Shared test set-up: Qt offscreen (CI has no display), a private data dir per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user-data folder."""
    data_dir = tmp_path / "img-data"
    monkeypatch.setenv("IMG_READINESS_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def data_dir(_private_data_dir: Path) -> Path:
    return _private_data_dir


@pytest.fixture
def store(data_dir: Path) -> Iterator[Any]:
    """A real store in the test's private data folder, closed after the test."""
    from app.store import open_store  # lazy: only the tests that ask for a store pay for it

    with open_store(data_dir) as opened:
        yield opened
