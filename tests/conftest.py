"""Shared test set-up: Qt offscreen (CI has no display), a private data dir per test."""

from __future__ import annotations

import os
from pathlib import Path

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
