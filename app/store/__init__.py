"""The local store: one SQLite file of saved profiles, migrated by Alembic, with autosave,
backups and recovery from a damaged file.

Importing this package costs nothing heavy: the names below that need SQLAlchemy (``Store``,
``Autosaver``, ``open_store``...) are imported on first use, so the start-up path
(app.store.quick: open and list with the standard library's sqlite3) never pays for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.lazy import lazy_exports
from app.store.failures import StoreError, StoreUnavailable
from app.store.files import STORE_FILE_NAME, default_data_dir, make_private_folder
from app.store.opening import DEFAULT_BUSY_TIMEOUT_MS, prepare_file

if TYPE_CHECKING:
    from app.store.autosave import Autosaver, SaveOutcome
    from app.store.records import (
        AmbiguousName,
        ImportProblems,
        NameTaken,
        ProfileNotFound,
        ProfileSummary,
        SaveFailed,
        StoredProfile,
    )
    from app.store.store import Store

# name -> the module that defines it, imported when the name is first asked for (PEP 562).
_LAZY = {
    "Autosaver": "app.store.autosave",
    "SaveOutcome": "app.store.autosave",
    "AmbiguousName": "app.store.records",
    "ImportProblems": "app.store.records",
    "NameTaken": "app.store.records",
    "ProfileNotFound": "app.store.records",
    "ProfileSummary": "app.store.records",
    "SaveFailed": "app.store.records",
    "StoredProfile": "app.store.records",
    "Store": "app.store.store",
}


__getattr__ = lazy_exports(__name__, _LAZY)


__all__ = [
    "STORE_FILE_NAME",
    "AmbiguousName",
    "Autosaver",
    "ImportProblems",
    "NameTaken",
    "ProfileNotFound",
    "ProfileSummary",
    "SaveFailed",
    "SaveOutcome",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "StoredProfile",
    "open_store",
    "store_path",
]


def store_path(data_dir: Path | None = None) -> Path:
    """Where the store's file is (or will be)."""
    return (data_dir or default_data_dir()) / STORE_FILE_NAME


def open_store(
    data_dir: Path | None = None, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Store:
    """Open (creating, upgrading or recovering as needed) the store in ``data_dir``; None means
    $IMG_READINESS_DATA_DIR, else the platform's user data folder.

    Raises StoreError with a plain message when the file is from a newer app or the folder is
    not the user's own; StoreUnavailable (a StoreError) when the disk, the folder or the file
    cannot be used right now (full, read-only, another account's, locked): nothing is changed
    then, and trying again after fixing it works. A file proven damaged is moved aside once a
    new store is ready: ``store.recovery_notice`` then says where, until dismissed.
    """
    from app.store.store import Store

    path = store_path(Path(data_dir) if data_dir is not None else None)
    make_private_folder(path.parent)
    prepare_file(path, busy_timeout_ms)
    store = Store(path, busy_timeout_ms)
    store.housekeeping()
    return store
