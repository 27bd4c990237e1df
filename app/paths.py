"""Where the shipped files are, in a checkout and in a frozen bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding data/ and resources/: the checkout, or a PyInstaller bundle's root."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return project_root() / "data"


def resources_dir() -> Path:
    return project_root() / "resources"
