"""`SchoolDirectory`: the bundled schools plus the user's own and imported ones, searchable."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from app.directory.entries import SchoolEntry, SchoolMatch, match_of, read_bundled
from app.directory.index import SearchIndex

if TYPE_CHECKING:
    from app.store import Store


class SchoolDirectory:
    """Search-as-you-type over schools. The index is built once, on first use or `warm_up()`."""

    def __init__(self, entries: Iterable[SchoolEntry]) -> None:
        # Ties keep this order, so the user's own schools, then imported rows come first.
        self._entries = sorted(entries, key=lambda e: _KIND_ORDER[e.kind])
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries) if self._index is None else len(self._index.entries)

    @property
    def entries(self) -> list[SchoolEntry]:
        return list(self._entries if self._index is None else self._index.entries)

    def warm_up(self) -> SchoolDirectory:
        """Build the index now (call it on a worker thread); later searches are quick."""
        self._built()
        return self

    def _built(self) -> SearchIndex:
        index = self._index
        if index is None:
            with self._lock:
                if self._index is None:
                    fresh = SearchIndex()
                    fresh.add_all(self._entries)
                    self._index = fresh
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


_KIND_ORDER = {"user": 0, "imported": 1, "medical_school": 2, "university": 3}


@lru_cache(maxsize=1)
def bundled_entries() -> tuple[SchoolEntry, ...]:
    """The shipped schools, read once per process."""
    return tuple(read_bundled())


def load_directory(store: Store | None = None) -> SchoolDirectory:
    """The bundled schools, plus the user's recorded and imported schools when a store is given."""
    entries: list[SchoolEntry] = list(bundled_entries())
    if store is not None:
        from app.directory.user_schools import stored_entries

        entries = stored_entries(store) + entries
    return SchoolDirectory(entries)
