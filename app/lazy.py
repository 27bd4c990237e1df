"""Names a package exports without importing the modules that hold them until first asked for.

A package's ``__init__`` says ``__getattr__ = lazy_exports(__name__, {"Store":
"app.store.store"})``: ``from app.store import Store`` then imports ``app.store.store`` at that
moment, and only then (the start of the app and of every command stays free of what it does not
use; this module imports nothing but the standard library's importlib and sys).
"""

from __future__ import annotations

import importlib
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (every command loads this)
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any


def lazy_exports(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name of ``where`` from its module (a full
    dotted name), imported on first use and kept in the package, so it is asked for once."""

    def attribute(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return attribute
