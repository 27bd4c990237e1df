"""Where the shipped files are: in a checkout, an installed wheel and a frozen bundle alike.

The folders ``data/`` (rules, school list, profile schema) and ``resources/`` (fonts, icons,
licences) sit at the top of the checkout. A wheel installs them as the packages ``app.data`` and
``app.resources`` (``pyproject.toml`` maps the folders to those names), where
``importlib.resources`` finds them; a PyInstaller bundle copies them as folders under its root
(``sys._MEIPASS``). Every module reads them through ``data_dir()`` and ``resources_dir()``.
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

from app import APP_NAME

# Folder in the checkout (and under a bundle's root) → the package a wheel installs it as.
SHIPPED_PACKAGES = {"data": "app.data", "resources": "app.resources"}


def project_root() -> Path:
    """The folder holding data/ and resources/ as plain folders: a PyInstaller bundle's root, or
    the checkout. Installed from a wheel there is no such folder (this is then the folder holding
    the ``app`` package): use ``data_dir()`` and ``resources_dir()``, which work everywhere."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def _shipped_folder(folder: str) -> Path:
    if getattr(sys, "_MEIPASS", None):
        return project_root() / folder
    # Installed (a wheel, or an editable install that maps the package): app.data lives beside
    # the `app` package actually imported, so a checkout never picks up another install's copy.
    try:
        found = importlib.resources.files(SHIPPED_PACKAGES[folder])
    except ModuleNotFoundError:
        found = None
    if isinstance(found, Path) and found.is_dir():
        return found
    return project_root() / folder  # a checkout run as it is (python -m app, pytest)


def data_dir() -> Path:
    """The shipped data/ folder: rules/, schools/, profile.schema.json."""
    return _shipped_folder("data")


def resources_dir() -> Path:
    """The shipped resources/ folder: fonts/, icons/, licenses/."""
    return _shipped_folder("resources")


def user_data_dir() -> Path:
    """IMG_READINESS_DATA_DIR if set, else the platform's user data folder (the store, imported
    rules). Light to import: the CLI's quick commands use it without the store."""
    chosen = os.environ.get("IMG_READINESS_DATA_DIR")
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
