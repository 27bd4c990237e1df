"""Where the shipped files are, in a checkout and in a frozen bundle alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_NAME


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


def user_data_dir() -> Path:
    """IMG_READINESS_DATA_DIR if set, else the platform's user data folder (the store, imported
    rules). Light to import: the CLI's quick commands use it without the store."""
    chosen = os.environ.get("IMG_READINESS_DATA_DIR")
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
