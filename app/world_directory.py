"""Addresses in the World Directory of Medical Schools, and its school IDs: a module of its own,
so the engine, the school search and the wizard name a school's page without loading the
sponsor-note reader (app.sponsor_note) or the profile model."""

from __future__ import annotations

WORLD_DIRECTORY_SEARCH_URL = "https://search.wdoms.org/"
_SCHOOL_PAGE = "https://search.wdoms.org/home/SchoolDetail/{}"


def is_directory_id(text: str) -> bool:
    """True for a World Directory school ID: F followed by seven digits (F0000578)."""
    t = text.strip()
    return len(t) == 8 and t[0] in "Ff" and t[1:].isascii() and t[1:].isdigit()


def school_page_url(directory_id: str | None) -> str:
    """The school's public World Directory page, e.g.
    https://search.wdoms.org/home/SchoolDetail/F0000578; the search page for an unreadable id."""
    if directory_id is None or not is_directory_id(directory_id):
        return WORLD_DIRECTORY_SEARCH_URL
    return _SCHOOL_PAGE.format(directory_id.strip().upper())
