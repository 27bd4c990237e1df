"""Where the shipped files are: in a checkout, an installed wheel and a frozen bundle alike.

The folders ``data/`` (rules, school list, profile schema) and ``resources/`` (fonts, icons,
licences) sit at the top of the checkout. A wheel installs them as the packages ``app.data`` and
``app.resources`` (``pyproject.toml`` maps the folders to those names), where
``importlib.util.find_spec`` finds them; a PyInstaller bundle copies them as folders under its root
(``sys._MEIPASS``). Every module reads them through ``data_dir()`` and ``resources_dir()``.
"""

from __future__ import annotations

import importlib.util
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
    # find_spec, not importlib.resources: the same folder without importing typing and zipfile
    # (5 ms of every command's start); a package in a zip has no folder and is not ours.
    try:
        spec = importlib.util.find_spec(SHIPPED_PACKAGES[folder])
    except ModuleNotFoundError:
        spec = None
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    if len(locations) == 1 and Path(locations[0]).is_dir():
        return Path(locations[0])
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
