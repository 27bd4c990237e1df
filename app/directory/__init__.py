"""Finding a school offline: the bundled open list (not the World Directory), the user's own
schools and an imported directory file, searched as the user types."""

from app.directory.directory import SchoolDirectory, load_directory
from app.directory.entries import (
    KIND_LABELS,
    SchoolEntry,
    SchoolMatch,
    country_code_for,
    country_name,
    is_canadian,
)

__all__ = [
    "KIND_LABELS",
    "SchoolDirectory",
    "SchoolEntry",
    "SchoolMatch",
    "country_code_for",
    "country_name",
    "is_canadian",
    "load_directory",
]
