"""The desktop bundle's recipe, checked without building it (`make bundle` builds and runs it).

A menu entry that names the wrong program, metadata for another app id or a data folder left out
of the spec all pass every other test and fail only on a user's machine.
"""

from __future__ import annotations

import ast
import configparser
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "img_readiness.spec"
APP_ID = "io.github.img_readiness"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"

# From the Desktop Entry Specification 1.5 (keys an Application entry may carry).
DESKTOP_KEYS = {
    "Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden",
    "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path", "Terminal",
    "Actions", "MimeType", "Categories", "Implements", "Keywords", "StartupNotify",
    "StartupWMClass", "PrefersNonDefaultGPU", "SingleMainWindow",
}  # fmt: skip
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
    "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def spec_constant(name: str) -> object:
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} does not define {name}")


def bundled_programs() -> dict[str, str]:
    """Program name → entry script, from the spec's EXE(...) calls and their Analysis(...)."""
    analyses: dict[str, str] = {}
    programs: dict[str, str] = {}
    for node in ast.walk(spec_tree()):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
            continue
        call, target = node.value, node.targets[0]
        callee = call.func.id if isinstance(call.func, ast.Name) else ""
        if callee == "Analysis" and isinstance(target, ast.Name):
            script = ast.unparse(call.args[0])
            analyses[target.id] = re.findall(r"['\"]([\w.]+\.py)['\"]", script)[0]
        if callee == "EXE":
            name = next(k.value for k in call.keywords if k.arg == "name")
            pyz = call.args[0]
            assert isinstance(pyz, ast.Call) and isinstance(name, ast.Constant)
            analysis = ast.unparse(pyz.args[0]).split(".")[0]
            programs[str(name.value)] = analyses[analysis]
    return programs


def test_the_menu_entry_is_a_valid_application_entry() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert {"Name", "Exec", "Icon", "Categories"} <= entry.keys()
    unknown = {k for k in entry if k not in DESKTOP_KEYS and not k.startswith("X-")}
    assert not unknown, f"keys not in the Desktop Entry Specification: {unknown}"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].split(";")
    assert categories[-1] == "", "Categories is a list that ends with ';'"
    assert len(MAIN_CATEGORIES & set(categories)) == 1, "exactly one main category"


def test_the_menu_entry_starts_the_bundled_wizard_with_the_shipped_icon() -> None:
    entry = desktop_entry()
    program = entry["Exec"].split()[0]
    assert program in bundled_programs()
    assert bundled_programs()[program] == "img_readiness.py"
    assert entry["Icon"] == APP_ID  # build.sh installs resources/icons/* under this name
    build_script = (PACKAGING / "linux" / "build.sh").read_text(encoding="utf-8")
    for size in (48, 128, 256):
        assert (ICONS / f"img-readiness-{size}.png").is_file()
        assert f"{size}x{size}" in build_script or "${size}x${size}" in build_script
    assert ET.parse(ICONS / "img-readiness.svg").getroot().tag.endswith("svg")


def test_the_window_is_tied_to_the_menu_entry_on_wayland() -> None:
    # Qt looks for <desktop file name>.desktop to give the running window its icon and name.
    source = (ROOT / "ui" / "main.py").read_text(encoding="utf-8")
    names = re.findall(r'setDesktopFileName\(\s*"([^"]+)"', source)
    if not names:
        pytest.skip("ui/main.py does not name its desktop file")
    assert names == [DESKTOP_FILE.stem]


def test_the_software_centre_metadata_describes_the_same_app() -> None:
    component = ET.parse(METAINFO_FILE).getroot()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert component.findtext("metadata_license") in {"CC0-1.0", "FSFAP", "MIT"}
    assert set(bundled_programs()) == {b.text for b in component.iter("binary")}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert component.findtext("project_license") == project["license"]
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == project["version"]


def test_the_bundled_programs_are_the_installed_ones() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    installed = project["gui-scripts"] | project["scripts"]
    programs = bundled_programs()
    assert set(programs) == set(installed)
    for name, script in programs.items():
        module, function = installed[name].split(":")
        text = (PACKAGING / "entry_points" / script).read_text(encoding="utf-8")
        assert f"from {module} import {function}" in text, f"{script} must run {installed[name]}"


def test_the_bundle_ships_the_folders_the_app_reads_at_run_time() -> None:
    shipped = spec_constant("SHIPPED_FOLDERS")
    assert isinstance(shipped, list)
    assert {"data", "resources", "app/store/migrations"} <= set(shipped)
    for folder in shipped:
        assert (ROOT / folder).is_dir(), folder
    # Alembic reads these as files at run time, so the data copy must hold them.
    migrations = ROOT / "app" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert list((migrations / "versions").glob("0*.py"))


def test_a_frozen_bundle_finds_rules_and_fonts_beside_its_programs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # PyInstaller unpacks the data folders under sys._MEIPASS, as the spec ships them.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.data_dir() == tmp_path / "data"
    assert paths.resources_dir() == tmp_path / "resources"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert (paths.data_dir() / "rules").is_dir()
    assert (paths.resources_dir() / "fonts").is_dir()
