"""Finding a school offline: the bundled open list (not the World Directory), the user's own
schools and an imported directory file, searched as the user types.

Nothing here imports SQLAlchemy until a store is actually written, and the names below are
imported on first use (a search never loads the importer).
"""

from __future__ import annotations

from app.lazy import lazy_exports

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (2 ms at each start)
if TYPE_CHECKING:
    from app.directory.directory import SchoolDirectory, load_directory
    from app.directory.entries import (
        KIND_LABELS,
        SchoolEntry,
        SchoolMatch,
        country_code_for,
        country_name,
        is_canadian,
    )
    from app.directory.importer import (
        DirectoryImportError,
        ImportReport,
        import_directory_csv,
    )
    from app.directory.user_schools import SchoolProblems, add_user_school

_WHERE = {
    "SchoolDirectory": "directory",
    "load_directory": "directory",
    "KIND_LABELS": "entries",
    "SchoolEntry": "entries",
    "SchoolMatch": "entries",
    "country_code_for": "entries",
    "country_name": "entries",
    "is_canadian": "entries",
    "DirectoryImportError": "importer",
    "ImportReport": "importer",
    "import_directory_csv": "importer",
    "SchoolProblems": "user_schools",
    "add_user_school": "user_schools",
}

__all__ = [
    "KIND_LABELS",
    "DirectoryImportError",
    "ImportReport",
    "SchoolDirectory",
    "SchoolEntry",
    "SchoolMatch",
    "SchoolProblems",
    "add_user_school",
    "country_code_for",
    "country_name",
    "import_directory_csv",
    "is_canadian",
    "load_directory",
]


__getattr__ = lazy_exports(
    __name__, {name: f"app.directory.{module}" for name, module in _WHERE.items()}
)
