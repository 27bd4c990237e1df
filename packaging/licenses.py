"""Gather the licence texts of all that a bundle of IMG Readiness carries: resources/licenses/.

``python packaging/licenses.py [OUT]`` (default ``resources/licenses``), run with the Python that
builds the bundle (the locked environment of ``packaging/requirements-bundle.txt``), writes:

- ``LICENSE-IMG-Readiness.txt``: the app's own licence (a copy of ``LICENSE``);
- ``Python.txt``: the licence of the Python interpreter the bundle carries;
- ``<distribution>.txt`` (and ``<distribution>-<FILE>.txt``): the licence files each run-time
  dependency installs with itself, found through ``importlib.metadata``;
- ``LGPL-3.0.txt`` and ``GPL-3.0.txt`` for Qt, PySide6 and shiboken6, whose wheels carry no
  licence text (taken from ``packaging/licenses/``, the FSF's texts as Debian ships them);
- ``Qt-PySide6-LGPL-NOTICE.md``: what Qt and PySide6 are, where their source is and how to
  relink the bundle against another build of them;
- ``README.md``: one table of every component, its version, its licence and its file.

The fonts' licences stay beside the fonts (``resources/fonts/``); the school list is CC0 (its
provenance is ``data/schools/PROVENANCE.md``). ``tests/test_packaging.py`` fails when a run-time
dependency has no entry here: rerun this script after adding one.
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement  # pip's vendored copy is not importable

ROOT = Path(__file__).resolve().parent.parent
STATIC = Path(__file__).resolve().parent / "licenses"  # texts no installed wheel carries
# Wheels that ship no licence file: their licence text is one of the static ones.
LICENCE_BY_HAND = {
    "pyside6-essentials": ("LGPL-3.0-only (also GPL-2.0/GPL-3.0)", ["LGPL-3.0.txt", "GPL-3.0.txt"]),
    "pyside6-addons": ("LGPL-3.0-only (also GPL-2.0/GPL-3.0)", ["LGPL-3.0.txt", "GPL-3.0.txt"]),
    "shiboken6": ("LGPL-3.0-only (also GPL-2.0/GPL-3.0)", ["LGPL-3.0.txt", "GPL-3.0.txt"]),
}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure() -> dict[str, metadata.Distribution]:
    """Every distribution the project needs at run time on this system (no extras), by name: the
    dependencies in pyproject.toml and theirs, as installed here (the project itself need not be
    installed: a bundle is built from the checkout)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found: dict[str, metadata.Distribution] = {}
    pending = [Requirement(r) for r in project["dependencies"]]
    while pending:
        requirement = pending.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonical(requirement.name)
        if name in found:
            continue
        dist = metadata.distribution(requirement.name)
        found[name] = dist
        pending.extend(Requirement(r) for r in dist.requires or [])
    return dict(sorted(found.items()))


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []]
    licences = [c for c in classifiers if "License" in c or "BSD" in c]
    return ", ".join(licences) or "see the text"


def licence_files(dist: metadata.Distribution) -> list[Path]:
    """The licence files a distribution installed (License-File metadata, else by name)."""
    files = [Path(str(dist.locate_file(f))) for f in dist.files or []]
    named = set(dist.metadata.get_all("License-File") or [])
    chosen = [
        f for f in files
        if ".dist-info" in str(f) and (
            f.name in {Path(n).name for n in named}
            or re.match(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", f.name, re.IGNORECASE)
        )
    ]  # fmt: skip
    return sorted({f for f in chosen if f.is_file()})


def python_licence() -> Path:
    """The interpreter's own licence: beside the standard library (python.org, pyenv, Homebrew,
    Windows), or where Linux distributions put it (Fedora/RHEL, Debian)."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    minor = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"]
    candidates += sorted(Path("/usr/share/licenses").glob(f"python{minor}*/LICENSE"))
    candidates += sorted(Path("/usr/share/licenses").glob("python3*/LICENSE"))
    candidates.append(Path(f"/usr/share/doc/python{minor}/copyright"))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no LICENSE.txt for Python {sys.version.split()[0]} under {stdlib}")


def write(out: Path) -> list[tuple[str, str, str, list[str]]]:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*"):
        if old.is_file():
            old.unlink()
    rows: list[tuple[str, str, str, list[str]]] = []
    shutil.copyfile(ROOT / "LICENSE", out / "LICENSE-IMG-Readiness.txt")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    rows.append(("IMG Readiness", version, "MIT", ["LICENSE-IMG-Readiness.txt"]))
    shutil.copyfile(python_licence(), out / "Python.txt")
    python_version = sys.version.split()[0]
    rows.append(("Python", python_version, "PSF-2.0", ["Python.txt"]))
    for static in sorted(STATIC.iterdir()):
        shutil.copyfile(static, out / static.name)
    for name, dist in runtime_closure().items():
        if name in LICENCE_BY_HAND:
            licence, texts = LICENCE_BY_HAND[name]
            rows.append((dist.name, dist.version, licence, [*texts, "Qt-PySide6-LGPL-NOTICE.md"]))
            continue
        written = []
        sources = licence_files(dist)
        if not sources:
            raise SystemExit(f"{dist.name} {dist.version} has no licence file: add it by hand")
        for source in sources:
            target = f"{name}.txt" if len(sources) == 1 else f"{name}-{source.stem}.txt"
            shutil.copyfile(source, out / target)
            written.append(target)
        rows.append((dist.name, dist.version, licence_of(dist), written))
    (out / "README.md").write_text(index(rows, python_version), encoding="utf-8")
    return rows


def index(rows: list[tuple[str, str, str, list[str]]], python_version: str) -> str:
    lines = [
        "# Licences of IMG Readiness and of what it ships with",
        "",
        "IMG Readiness is MIT-licensed. A desktop bundle also carries the Python interpreter, Qt",
        "and PySide6, and the Python packages below; an installed wheel carries the fonts and the",
        "data, and pip installs the packages with their own licence files. Written by",
        "`packaging/licenses.py` from the environment the bundle is built from (Python",
        f"{python_version}); the versions are the ones of that environment.",
        "",
        "| component | version | licence | text (in this folder) |",
        "|---|---|---|---|",
    ]
    for name, version, licence, files in rows:
        links = ", ".join(f"`{f}`" for f in files)
        lines.append(f"| {name} | {version} | {licence.replace('|', '/')} | {links} |")
    lines += [
        "| Noto Sans fonts (Latin, Arabic, Hebrew, Devanagari, Bengali) | Debian 20201225-1 | "
        "OFL-1.1 | `../fonts/OFL-Noto.txt` |",
        "| WenQuanYi Micro Hei font | 0.2.0-beta | Apache-2.0 | "
        "`../fonts/LICENSE-Apache-2.0-WenQuanYi.txt`, `../fonts/COPYRIGHT-WenQuanYi-debian.txt` |",
        "| School list (from the Research Organization Registry) | see `data/schools/PROVENANCE.md`"
        " | CC0-1.0 | no notice required |",
        "",
        "Qt and PySide6 are used under the GNU Lesser General Public License v3: see",
        "`Qt-PySide6-LGPL-NOTICE.md` for where their source is and how to replace the Qt and",
        "PySide6 libraries of a bundle with your own build.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "resources" / "licenses"
    rows = write(out)
    print(f"{len(rows)} components' licences written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
