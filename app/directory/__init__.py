"""Finding a school offline: the bundled open list (not the World Directory), the user's own
schools and an imported directory file, searched as the user types.

Nothing here imports SQLAlchemy until a store is actually read or written.
"""

from app.directory.directory import SchoolDirectory, load_directory
from app.directory.entries import (
    KIND_LABELS,
    SchoolEntry,
    SchoolMatch,
    country_code_for,
    country_name,
    is_canadian,
)
from app.directory.importer import DirectoryImportError, ImportReport, import_directory_csv
from app.directory.user_schools import SchoolProblems, add_user_school

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
