"""`SchoolDirectory`: the bundled schools plus the user's own and imported ones, searchable.

Where the index comes from, fastest first:

- the bundled schools: ``data/schools/schools-index.bin``, prebuilt by ``make schools`` and
  checked against the size and CRC-32 of ``schools.csv`` (and of pycountry's country list, whose
  names it holds) each time it is read (a quarter of a millisecond, where SHA-256 and importing
  hashlib cost three: a command-line search pays it every time). Any change to a file changes
  its CRC-32 but for a chance of one in four billion, and these files are not a secret to guard:
  whoever can change them can change the index beside them. A stale or damaged one is not used:
  the index is then built from the CSV (and a warning logged, since ``make schools`` should have
  rebuilt it).
- imported schools: the index of the imported and bundled schools is cached in the data folder,
  beside the store (``school-index.cache``, readable by the user alone), keyed by the bundled
  index and by the imported set (its count, first and last row and import time). An import
  changes the key; the next load builds the imported schools' index once, adds the bundled
  index to it without re-reading any name, and writes the cache. A damaged cache is logged,
  ignored and rebuilt.
- the user's own schools (a handful) are read at every load and indexed in front of the rest.

Reading never holds the interpreter for long on a worker thread: the file is read in small
chunks and a build runs in slices, with a pause between them, so that the interface keeps
answering keystrokes while it happens.
"""

from __future__ import annotations

import importlib.util
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from app.directory.entries import (
    BUNDLED_FILE,
    KIND_RANK,
    SchoolEntry,
    SchoolMatch,
    match_of,
    read_bundled,
    remember_country_names,
)
from app.directory.fuzzy import load as load_fuzzy_matching
from app.directory.index import SearchIndex
from app.directory.index_file import IndexFileError, StaleIndex, read_index, write_index
from app.paths import data_dir

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (2 ms at each start)
if TYPE_CHECKING:
    import logging
    from typing import Any

    from app.directory.store_rows import StoredSchools
    from app.store import Store

STORE_FILE_NAME = "img-readiness.sqlite3"  # app.store.files.STORE_FILE_NAME (a test checks it)
BUNDLED_INDEX_FILE = "schools/schools-index.bin"
CACHE_FILE_NAME = "school-index.cache"
# A build or read on a worker thread works in slices of about SLICE_SECONDS and rests
# PAUSE_SECONDS after each, so that the interface thread gets the interpreter within a couple of
# milliseconds whenever it needs it (Python would hand it over only every 5 ms otherwise, and a
# keystroke needs it several times).
SLICE_SECONDS = 0.002
PAUSE_SECONDS = 0.001

Pause = Callable[[], None]


def _logger() -> logging.Logger:
    """This module's logger (logging is imported when there is something to log: a search from
    the command line has nothing to say, and importing logging costs it 4 ms)."""
    import logging

    return logging.getLogger(__name__)


class Pacer:
    """Called often during long work: rests once a slice of work has taken SLICE_SECONDS."""

    __slots__ = ("_since", "rests")

    def __init__(self) -> None:
        self._since = time.perf_counter()
        self.rests = 0

    def __call__(self) -> None:
        now = time.perf_counter()
        if now - self._since >= SLICE_SECONDS:
            time.sleep(PAUSE_SECONDS)
            self.rests += 1
            self._since = time.perf_counter()


def worker_pause() -> Pause | None:
    """A pacer for long work, off the main thread only (the command line never waits)."""
    return None if threading.current_thread() is threading.main_thread() else Pacer()


class SchoolDirectory:
    """Search-as-you-type over schools. The index is built (or read) once, on first use or
    ``warm_up()``; call ``warm_up()`` on a worker thread."""

    def __init__(
        self,
        entries: Iterable[SchoolEntry] = (),
        *,
        loader: Callable[[Pause | None], SearchIndex] | None = None,
    ) -> None:
        # Ties keep this order, so the user's own schools, then imported rows come first.
        self._entries = sorted(entries, key=lambda e: KIND_RANK[e.kind])
        self._loader = loader
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        if self._index is None and self._loader is None:
            return len(self._entries)
        return len(self._built())

    @property
    def entries(self) -> list[SchoolEntry]:
        """Every school, in the order they rank on ties."""
        if self._index is None and self._loader is None:
            return list(self._entries)
        index = self._built()
        ranked = sorted(range(len(index)), key=index.rank_of)
        return [index.entries[eid] for eid in ranked]

    def warm_up(self) -> SchoolDirectory:
        """Read or build the index now (on a worker thread); later searches are quick (and
        scored by rapidfuzz: this process searches as the user types)."""
        load_fuzzy_matching()
        pause = worker_pause()
        index = self._built(pause)
        index.unpack_all(pause)  # first: the completions count every word's schools
        index.materialize(pause)
        index.prepare_completions(pause)
        return self

    def _built(self, pause: Pause | None = None) -> SearchIndex:
        index = self._index
        if index is None:
            with self._lock:
                if self._index is None:
                    if self._loader is not None:
                        fresh = self._loader(pause)
                        for entry in self._entries:  # added before it was read: rank last
                            fresh.add(entry)
                    else:
                        fresh = SearchIndex()
                        fresh.add_all(self._entries, pause=pause)
                    self._index = fresh
                    self._entries = []
                index = self._index
        return index

    def search(self, query: str, country: str | None = None, limit: int = 20) -> list[SchoolMatch]:
        """Schools matching the query, best first; country is an alpha-2 filter."""
        if not query or not query.strip():
            return []
        code = country.strip().upper() if country and country.strip() else None
        found = self._built().search(query[:200], code, limit)
        return [match_of(entry, score) for entry, score in found]

    def add(self, entry: SchoolEntry) -> None:
        """Make one more school findable at once (e.g. one the user has just recorded)."""
        with self._lock:
            if self._index is None:
                self._entries.append(entry)
            else:
                self._index.add(entry)


@lru_cache(maxsize=1)
def bundled_entries() -> tuple[SchoolEntry, ...]:
    """The shipped schools, read once per process."""
    return tuple(read_bundled())


# ---- the prebuilt index of the bundled schools ----------------------------------------------


def bundled_index_path() -> Path:
    return data_dir() / BUNDLED_INDEX_FILE


def _checksum_of(path: Path) -> str | None:
    """What identifies a file's contents: its size and CRC-32 ("1316595:crc32:89abcdef")."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return f"{len(data)}:crc32:{zlib.crc32(data):08x}"


def _countries_file() -> Path | None:
    """pycountry's list of countries (found without importing pycountry: 40 ms)."""
    spec = importlib.util.find_spec("pycountry")
    folders = spec.submodule_search_locations if spec else None
    for folder in folders or ():
        path = Path(folder) / "databases" / "iso3166-1.json"
        if path.is_file():
            return path
    return None


def bundled_key(schools_csv: Path | None = None) -> dict[str, Any]:
    """What the bundled index is built from: schools.csv, and the country names and words
    (pycountry's list) it holds. ``countries`` is None where that list cannot be found."""
    countries = _countries_file()
    return {
        "schools_csv": _checksum_of(schools_csv or data_dir() / BUNDLED_FILE),
        "countries": _checksum_of(countries) if countries else None,
    }


def build_bundled_index(pause: Pause | None = None, schools_csv: Path | None = None) -> SearchIndex:
    """The bundled schools' index built from schools.csv (about half a second)."""
    entries = read_bundled(schools_csv) if schools_csv else bundled_entries()
    index = SearchIndex()
    index.add_all(sorted(entries, key=lambda e: KIND_RANK[e.kind]), pause=pause)
    return index


def write_bundled_index(schools_csv: Path, target: Path) -> int:
    """Build the index of schools.csv and write it to ``target`` (``make schools``)."""
    index = build_bundled_index(schools_csv=schools_csv)
    return write_index(target, bundled_key(schools_csv), index.to_parts())


@lru_cache(maxsize=1)
def _bundled_parts(schools_csv: str | None, countries: str | None) -> dict[str, Any] | None:
    """The prebuilt index's parts for that key (read once per process), or None when it cannot
    be used."""
    key = _expected_bundled_key(schools_csv, countries)
    path = bundled_index_path()
    try:
        parts = read_index(path, key, worker_pause())
    except StaleIndex as exc:
        _logger().warning(
            "The prebuilt school index %s is stale (%s): building it (run make schools)", path, exc
        )
        return None
    except IndexFileError as exc:
        _logger().warning("The prebuilt school index %s is not used (%s): building it", path, exc)
        return None
    remember_country_names(parts.get("country_names", {}))
    return parts


def _expected_bundled_key(schools_csv: str | None, countries: str | None) -> dict[str, Any]:
    key: dict[str, Any] = {"schools_csv": schools_csv, "countries": countries}
    if countries is None:  # pycountry's list not found here: take the file's word for it
        from app.directory.index_file import read_key

        stored = read_key(bundled_index_path()) or {}
        key["countries"] = stored.get("countries")
    return key


def bundled_index(pause: Pause | None = None) -> SearchIndex:
    """A new index of the bundled schools: read from the prebuilt file (a few milliseconds), or
    built from schools.csv when that file is stale or damaged."""
    key = bundled_key()
    parts = _bundled_parts(key["schools_csv"], key["countries"])
    if parts is not None:
        try:
            return SearchIndex.from_parts(parts, shared=True)
        except Exception as exc:  # whatever is wrong with the file, search must still work
            _logger().warning(
                "The prebuilt school index does not fit together (%s: %s): building it",
                type(exc).__name__,
                exc,
            )
            _bundled_parts.cache_clear()
    return build_bundled_index(pause)


# ---- the cache of the imported schools' index -----------------------------------------------


def cache_path(folder: Path) -> Path:
    return folder / CACHE_FILE_NAME


class _StoreSource:
    """Loads the index for a store's file: bundled, the imported (cached), the user's."""

    __slots__ = ("store_file", "stored")

    def __init__(self, store_file: Path, stored: StoredSchools) -> None:
        self.store_file = store_file
        self.stored = stored

    def __call__(self, pause: Pause | None) -> SearchIndex:
        if self.stored.imported_count:
            index = self._with_imported(pause)
        else:
            self._forget_cache()
            index = bundled_index(pause)
        index.add_all(self.stored.user, front=True, prepare=False)
        return index

    def _cache_key(self, imported_key: tuple[object, ...]) -> dict[str, Any]:
        return {"bundled": bundled_key(), "imported": list(imported_key)}

    def _with_imported(self, pause: Pause | None) -> SearchIndex:
        path = cache_path(self.store_file.parent)
        key = self._cache_key(self.stored.imported_key)
        try:
            parts = read_index(path, key, pause)
            remember_country_names(parts.get("country_names", {}))
            return SearchIndex.from_parts(parts)
        except StaleIndex as exc:
            _logger().info(
                "The school index cache %s is out of date (%s): rebuilding it", path, exc
            )
        except IndexFileError as exc:
            if path.exists():
                _logger().warning("The school index cache %s is ignored and rebuilt: %s", path, exc)
        except Exception as exc:  # its parts do not fit together: never stop a search for it
            _logger().warning(
                "The school index cache %s is ignored and rebuilt: its parts do not fit "
                "together (%s: %s)",
                path,
                type(exc).__name__,
                exc,
            )
        return self._rebuild(path, pause)

    def _rebuild(self, path: Path, pause: Pause | None) -> SearchIndex:
        from app.directory.store_rows import read_imported

        started = time.perf_counter()
        imported_key, imported = read_imported(self.store_file, pause)
        index = SearchIndex()
        index.add_all(imported, pause=pause, prepare=False)
        index.extend(bundled_index(pause), pause=pause)
        try:
            parts = index.to_parts(pause)
            size = write_index(
                path, self._cache_key(imported_key), parts, private=True, pause=pause
            )
        except (OSError, ValueError) as exc:  # a full disk or read-only folder: next time, then
            _logger().warning("The school index cache %s was not written: %s", path, exc)
        else:
            _logger().info(
                "Indexed %d imported schools in %.1f s; cache %s (%d bytes)",
                len(imported),
                time.perf_counter() - started,
                path,
                size,
            )
        return index

    def _forget_cache(self) -> None:
        """No imported schools: an old cache holds only what was imported before; remove it."""
        path = cache_path(self.store_file.parent)
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            _logger().info("The old school index cache %s was not removed: %s", path, exc)
        else:
            _logger().info("Removed the school index cache %s (nothing imported now)", path)


def load_directory(
    store: Store | None = None, *, store_file: Path | None = None
) -> SchoolDirectory:
    """The bundled schools, plus the user's recorded and imported schools of a store (an open
    ``store``, or only its file: ``store_file``, read with sqlite3 without opening the store).

    The store's user schools and the key of its imported ones are read now (a few ms); the
    index is read or built on first search or ``warm_up()``. Raises StoreRowsError when only a
    file is given and it cannot be read (open the store the full way then)."""
    if store is None and store_file is None:
        return SchoolDirectory(loader=lambda pause: bundled_index(pause))
    from app.directory.store_rows import StoreRowsError, read_stored_schools

    path = store_file if store_file is not None else getattr(store, "path", None)
    try:
        if path is None:
            raise StoreRowsError("the store does not say where its file is")
        stored = read_stored_schools(Path(path))
    except StoreRowsError as exc:
        if store is None:
            raise
        # The store opened the full way, but its file cannot be read by plain sqlite3 here:
        # read the schools through the store and build (nothing cached).
        _logger().warning("The school tables were read through the store: %s", exc)
        from app.directory.user_schools import stored_entries

        return SchoolDirectory(list(stored_entries(store)) + list(bundled_entries()))
    return SchoolDirectory(loader=_StoreSource(Path(path), stored))


def refresh_cache(store_file: Path) -> None:
    """Bring the index cache up to date with the store's imported schools (after an import)."""
    load_directory(store_file=store_file)._built(worker_pause())
