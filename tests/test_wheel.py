"""The wheel works outside the checkout: it carries the rules, the school list, the schema, the
fonts, icons and licences, and once installed in a fresh virtual environment its CLI assesses a
profile with nothing of the checkout on any path.

The wheel is built once per run from a copy of the checkout's files (what a commit holds), as
``packaging/check_wheel.sh`` does for CI (which also runs the wizard's --smoke-test and every CLI
check from the installed wheel).
"""

from __future__ import annotations

import email
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from app import paths

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "tests" / "fixtures" / "fresh_graduate.json"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
BUILD_TIMEOUT_S = 300


def checkout_files() -> list[Path]:
    """The files a clone would hold (tracked or new, not ignored), relative to the checkout."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT, capture_output=True, check=True, timeout=60,
        ).stdout.decode("utf-8").split("\0")  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        skipped = {".git", ".venv", "build", "__pycache__", ".hypothesis"}
        return [
            p.relative_to(ROOT)
            for p in ROOT.rglob("*")
            if p.is_file() and not skipped & set(p.relative_to(ROOT).parts)
        ]
    return [Path(name) for name in listed if name and (ROOT / name).is_file()]


def shipped_files(folder: str) -> list[Path]:
    """Every file under data/ or resources/ that a clone holds."""
    return [p for p in checkout_files() if p.parts[0] == folder and p.suffix != ".pyc"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    scratch = tmp_path_factory.mktemp("wheel")
    source = scratch / "src"
    for name in checkout_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
         str(scratch / "dist"), str(source)],
        capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    (found,) = (scratch / "dist").glob("img_readiness-*.whl")
    return found


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def wheel_metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(archive.read(name))


def test_the_wheel_holds_the_rules_school_list_schema_and_fonts(wheel: Path) -> None:
    names = wheel_names(wheel)
    for needed in (
        "app/data/rules/ecfmg.toml",
        "app/data/rules/calendar.toml",
        "app/data/schools/schools.csv",
        "app/data/profile.schema.json",
        "app/resources/fonts/NotoSans-Regular.ttf",
        "app/resources/fonts/wqy-microhei.ttc",
        "app/resources/fonts/OFL-Noto.txt",
        "app/resources/icons/img-readiness.svg",
        "app/resources/licenses/LGPL-3.0.txt",
        "app/resources/licenses/Qt-PySide6-LGPL-NOTICE.md",
        "app/store/migrations/env.py",
        "app/store/migrations/script.py.mako",
        "app/store/migrations/versions/0001_initial.py",
    ):
        assert needed in names, f"the wheel lacks {needed}"


def test_the_wheel_holds_every_file_of_data_and_resources(wheel: Path) -> None:
    # A new kind of file under data/ or resources/ needs its pattern in pyproject's package-data.
    names = wheel_names(wheel)
    for folder in ("data", "resources"):
        files = shipped_files(folder)
        assert files, folder
        missing = [str(f) for f in files if f"app/{f.as_posix()}" not in names]
        assert not missing, f"add these to [tool.setuptools.package-data]: {missing}"


def test_the_wheel_holds_only_the_app_and_its_licences(wheel: Path) -> None:
    names = wheel_names(wheel)
    top = {name.split("/")[0] for name in names if ".dist-info/" not in name}
    assert top == {"app", "ui"}, "no tests, tools or packaging in the wheel"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    licences = {n.split("/licenses/", 1)[1] for n in names if ".dist-info/licenses/" in n}
    assert set(PYPROJECT["project"]["license-files"]) == licences


def test_the_wheel_metadata_names_the_project(wheel: Path) -> None:
    meta = wheel_metadata(wheel)
    project = PYPROJECT["project"]
    assert meta["Name"] == project["name"]
    assert meta["Version"] == project["version"]
    assert meta["Requires-Python"] == ">=3.11"
    assert meta["License-Expression"] == project["license"]
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert {"Homepage", "Source", "Issues"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())
    assert set(meta.get_all("Classifier") or []) == set(project["classifiers"])
    assert "ECFMG" in (meta["Keywords"] or "")


def test_data_and_resources_are_found_in_the_checkout() -> None:
    assert paths.data_dir().resolve() == (ROOT / "data").resolve()
    assert paths.resources_dir().resolve() == (ROOT / "resources").resolve()


def test_an_installed_package_is_found_through_its_import_spec(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # What a wheel gives: app.data importable from site-packages, wherever the checkout is.
    installed = {"app.data": tmp_path / "data", "app.resources": tmp_path / "resources"}
    for folder in installed.values():
        folder.mkdir()

    def spec_of(name: str) -> SimpleNamespace:
        return SimpleNamespace(submodule_search_locations=[str(installed[name])])

    monkeypatch.setattr(paths.importlib.util, "find_spec", spec_of)
    assert paths.data_dir() == tmp_path / "data"
    assert paths.resources_dir() == tmp_path / "resources"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.data_dir() == tmp_path / "bundle" / "data"  # a bundle's own copy wins


def test_a_checkout_without_an_install_falls_back_to_its_folders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def not_installed(name: str) -> None:
        raise ModuleNotFoundError(name)

    monkeypatch.setattr(paths.importlib.util, "find_spec", not_installed)
    assert paths.data_dir() == paths.project_root() / "data"
    assert (paths.data_dir() / "rules" / "ecfmg.toml").is_file()


@pytest.mark.slow
def test_an_installed_wheel_assesses_a_profile_outside_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    """A fresh venv outside the checkout, the wheel and its dependencies from the index (about
    25 s here, most of it installing PySide6), then the CLI from a scratch folder."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / ("python.exe" if sys.platform == "win32" else "python")
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    home = tmp_path / "home"
    home.mkdir()
    profile = shutil.copy(PROFILE, home / PROFILE.name)
    keep = ("PATH", "SYSTEMROOT", "WINDIR", "TMP", "TEMP")
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env.update(LANG="C.UTF-8", HOME=str(home), IMG_READINESS_DATA_DIR=str(home / "data"))

    program = bin_dir / ("img-readiness-cli" + (".exe" if sys.platform == "win32" else ""))

    def cli(*args: str) -> str:
        done = subprocess.run(
            [str(program), *args], cwd=home, env=env, capture_output=True, text=True,
            encoding="utf-8", timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, f"{args}: {done.stdout[-2000:]}{done.stderr[-2000:]}"
        return done.stdout

    assert "Amira Hassan" in cli("assess", str(profile))
    assert "Rules version" in cli("rules")
    found = subprocess.run(
        [str(python), "-c", "from app import paths; print(paths.data_dir())"],
        cwd=home, env=env, capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()  # fmt: skip
    assert Path(found).is_relative_to(venv), f"data found at {found}, not in the installed wheel"
    assert not Path(found).is_relative_to(ROOT)
