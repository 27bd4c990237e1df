"""The desktop bundle's recipe, checked without building it (`make bundle` builds and runs it).

A menu entry that names the wrong program, metadata for another app id or a data folder left out
of the spec all pass every other test and fail only on a user's machine.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
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


# --- Installing: the wheel's packages, the licences, the lock file, the first start ---------------

LICENCES = ROOT / "resources" / "licenses"
LOCK = PACKAGING / "requirements-bundle.txt"


def test_every_package_folder_is_in_the_wheel_list() -> None:
    # pyproject lists the packages (data/ and resources/ install as app.data, app.resources).
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("app", "ui")
        for init in (ROOT / top).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    mapped = {f"app.{'.'.join(d.relative_to(ROOT).parts)}" for top in ("data", "resources")
              for d in [ROOT / top, *(ROOT / top).iterdir()] if d.is_dir()
              and d.name != "__pycache__"}  # fmt: skip
    assert mapped <= listed, f"add to [tool.setuptools] packages: {sorted(mapped - listed)}"


def runtime_closure() -> dict[str, str]:
    """Run-time distributions (name → version) as installed here, from packaging/licenses.py."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import licenses  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(PACKAGING))
    return {name: dist.version for name, dist in licenses.runtime_closure().items()}


def test_every_run_time_package_has_its_licence_text_in_resources() -> None:
    index = (LICENCES / "README.md").read_text(encoding="utf-8")
    listed = {
        re.sub(r"[-_.]+", "-", row.split("|")[1].strip()).lower()
        for row in index.splitlines()
        if row.startswith("| ") and not row.startswith("| component")
    }
    missing = set(runtime_closure()) - listed
    assert not missing, f"run `python packaging/licenses.py` to add the licences of {missing}"
    for row in index.splitlines():
        for name in re.findall(r"`([^`/]+\.(?:txt|md))`", row):
            assert (LICENCES / name).is_file(), name
    assert (LICENCES / "LICENSE-IMG-Readiness.txt").read_text() == (ROOT / "LICENSE").read_text()
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt", "Python.txt", "reportlab.txt"):
        assert (LICENCES / text).stat().st_size > 500, text
    notice = (LICENCES / "Qt-PySide6-LGPL-NOTICE.md").read_text(encoding="utf-8")
    assert "relink" in notice.lower() and "download.qt.io" in notice


def locked_versions() -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", LOCK.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in pins}


def test_the_bundle_lock_pins_every_dependency_with_hashes() -> None:
    from packaging.requirements import Requirement

    text = LOCK.read_text(encoding="utf-8")
    locked = locked_versions()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["bundle"]]
    for line in wanted:
        requirement = Requirement(line)
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in locked, f"{name} is not in {LOCK.name}: run `sh packaging/lock.sh`"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"{LOCK.name} pins {name}=={locked[name]}, outside {requirement.specifier}: "
            "run `sh packaging/lock.sh`"
        )
    for name in runtime_closure():
        assert name in locked, f"{name} is not in {LOCK.name}: run `sh packaging/lock.sh`"
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert all("--hash=sha256:" in block for block in blocks if "==" in block)
    for script in ("linux/build.sh", "macos/build.sh", "windows/build.ps1"):
        body = (PACKAGING / script).read_text(encoding="utf-8")
        assert "--require-hashes" in body and "requirements-bundle.txt" in body, script


def test_the_metainfo_names_its_developer_homepage_and_captioned_screenshots() -> None:
    component = ET.parse(METAINFO_FILE).getroot()
    developer = component.find("developer")
    assert developer is not None and developer.findtext("name")
    urls = {u.get("type"): u.text for u in component.iter("url")}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert urls["homepage"] == project["urls"]["Homepage"]
    assert urls["bugtracker"] == project["urls"]["Issues"]
    screenshots = component.findall("screenshots/screenshot")
    assert screenshots and screenshots[0].get("type") == "default"
    for shot in screenshots:
        assert (shot.findtext("caption") or "").strip()
        image = shot.find("image")
        assert image is not None and image.text
        # The URL points at a file of this repository on its main branch.
        relative = image.text.split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), relative
        from PIL import Image

        with Image.open(ROOT / relative) as picture:
            assert picture.size == (int(image.get("width", 0)), int(image.get("height", 0)))


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli not installed")
def test_appstreamcli_validates_the_metainfo_pedantically() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--pedantic", "--no-net", str(METAINFO_FILE)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    # Older appstreamcli (0.16) does not know <developer> yet and says so as an info only.
    problems = [
        line for line in done.stdout.splitlines()
        if line[:2] in {"E:", "W:", "I:", "P:"} and "unknown-tag developer" not in line
    ]  # fmt: skip
    assert not problems, done.stdout


@pytest.mark.skipif(
    not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed"
)
def test_desktop_file_validate_accepts_the_menu_entry() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def older_python() -> str | None:
    """A Python 3.8–3.10 that runs here (a pyenv shim may exist without a version behind it)."""
    pyenv = Path.home() / ".pyenv" / "versions"
    candidates = [str(p) for p in sorted(pyenv.glob("3.10.*/bin/python3"))]
    candidates += [shutil.which(f"python3.{minor}") or "" for minor in (10, 9, 8)]
    for candidate in filter(None, candidates):
        try:
            ran = subprocess.run(
                [candidate, "-c", "import sys; assert (3, 8) <= sys.version_info < (3, 11)"],
                capture_output=True, timeout=30,
            )  # fmt: skip
        except OSError:
            continue
        if ran.returncode == 0:
            return candidate
    return None


@pytest.mark.skipif(older_python() is None, reason="no Python older than 3.11 here")
def test_setup_says_which_python_is_needed_and_makes_no_venv(tmp_path: Path) -> None:
    old = older_python()
    assert old
    done = subprocess.run(
        ["sh", str(PACKAGING / "setup_venv.sh"), ".venv"],
        cwd=tmp_path, env={**os.environ, "PYTHON": old, "PYTHON_CHOSEN": "1"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "needs Python 3.11 or newer" in done.stderr and "is Python 3." in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / ".venv").exists()


def test_setup_replaces_a_venv_made_by_an_old_python(tmp_path: Path) -> None:
    # A .venv whose Python is too old (here: a stand-in that says so) is removed and remade.
    fake = tmp_path / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    (tmp_path / "pyproject.toml").write_text("")
    marker = tmp_path / "made-with"
    stand_in = tmp_path / "python3"  # records the venv it is asked to make, then stops
    stand_in.write_text(
        f'#!/bin/sh\ncase "$*" in *"-m venv"*) echo "$*" > {marker}; exit 1;; esac\n'
        f'exec {sys.executable} "$@"\n'
    )
    stand_in.chmod(0o755)
    done = subprocess.run(
        ["sh", str(PACKAGING / "setup_venv.sh"), ".venv"],
        cwd=tmp_path, env={**os.environ, "PYTHON": str(stand_in)},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "replacing .venv" in done.stderr
    assert marker.read_text().strip().endswith("-m venv .venv")
    assert "venv module" in done.stderr and "python3-venv" in done.stderr  # the stand-in failed
    assert not (tmp_path / ".venv").exists()


@pytest.mark.skipif(not shutil.which("make") or sys.platform != "linux", reason="needs make, Linux")
def test_make_run_without_a_display_says_so_in_one_line() -> None:
    # Not as a sub-make of `make test` (MAKEFLAGS, MAKELEVEL): as a person types it.
    dropped = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MAKEFLAGS", "MAKELEVEL", "MFLAGS"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    done = subprocess.run(
        ["make", "-n", "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0], done.stderr
    assert not done.stdout.strip()
    shown = subprocess.run(
        ["make", "-n", "run"], cwd=ROOT, env={**env, "DISPLAY": ":0"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert shown.returncode == 0 and "-m ui" in shown.stdout
