"""PySide6's import hook asks whether each module imported after Qt uses PySide6; ui/qt.py
answers from the file's bytes instead of ``inspect.getsource`` (87 ms and 20 MB at start). The
answer must stay the one PySide6 would give."""

from __future__ import annotations

import importlib
import sys
import types

import ui.qt  # installs the quick check


def test_the_quick_check_answers_as_pyside6_would() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:  # another PySide6 without the hook: nothing to speed up
        return
    quick = feature._mod_uses_pyside
    assert getattr(quick, "reads_bytes", False)
    importlib.import_module("ui.wizard")  # a module that uses Qt through ui.qt, and its imports
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    checked = 0
    for module in modules:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not (isinstance(origin, str) and origin.endswith(".py")):
            continue
        assert quick(module) == bool(quick.asks_source(module)), module.__name__
        checked += 1
    assert checked > 100
    assert quick(sys.modules["ui.qt"]) is True
    assert quick(sys.modules["app.profile"]) is False


def test_installing_it_twice_keeps_one() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        return
    before = feature._mod_uses_pyside
    ui.qt._find_pyside_users_quickly()
    assert feature._mod_uses_pyside is before


def test_the_core_never_names_pyside6_so_its_files_need_not_be_read() -> None:
    """The quick check answers "no" for app/ without opening its files: true only while no
    module of the core so much as names PySide6."""
    from pathlib import Path

    core = Path(__file__).resolve().parent.parent / "app"
    naming = [str(p) for p in core.rglob("*.py") if b"PySide6" in p.read_bytes()]
    assert not naming, f"app/ must stay Qt-free (ui/qt.py answers for it unread): {naming}"
