#!/bin/sh
# Linux bundle: build/bundle/img-readiness/ (one folder, no Python needed), then prove it works.
# Usage: sh packaging/linux/build.sh   (or `make bundle`).
#   PYTHON=python3.11   the interpreter the bundle carries (3.11+; default python3)
# The build environment (build/bundle-venv) is made from packaging/requirements-bundle.txt, every
# package pinned with its hashes, so two builds of one commit carry the same packages.
# PyInstaller does not cross-build: the Windows and macOS bundles are built on those systems
# (packaging/windows/build.ps1, packaging/macos/build.sh, .github/workflows/release.yml).
# The bundle needs the glibc of the system it was built on or newer: build on the oldest system
# to support (the release workflow builds on AlmaLinux 9, glibc 2.34: PySide6 6.11 needs 2.34).
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
BUNDLE=build/bundle/img-readiness
BUILD_VENV=build/bundle-venv
LOCK=packaging/requirements-bundle.txt
APP_ID=io.github.img_readiness
export LANG="${LANG:-C.UTF-8}"  # a bare environment has no locale; PyInstaller wants UTF-8
export PIP_DISABLE_PIP_VERSION_CHECK=1

started=$(date +%s)
# The build environment, from the lock file only (remade when the lock changes).
if [ ! -x "$BUILD_VENV/bin/python" ] || ! cmp -s "$LOCK" "$BUILD_VENV/requirements-bundle.txt"; then
    rm -rf "$BUILD_VENV"
    "$PYTHON" -m venv "$BUILD_VENV"
    "$BUILD_VENV/bin/python" -m pip install --quiet --require-hashes --no-deps -r "$LOCK"
    cp "$LOCK" "$BUILD_VENV/requirements-bundle.txt"
    echo "build environment from $LOCK in $(($(date +%s) - started)) s"
fi
PY=$BUILD_VENV/bin/python

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/bundle --workpath build/pyinstaller packaging/img_readiness.spec

# Menu entry, software-centre data and icons, laid out as under /usr: copy share/ into
# ~/.local/share (or /usr/local/share) and put img-readiness on PATH to install.
install -D -m 644 packaging/linux/$APP_ID.desktop "$BUNDLE/share/applications/$APP_ID.desktop"
install -D -m 644 packaging/linux/$APP_ID.metainfo.xml "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 resources/icons/img-readiness.svg \
    "$BUNDLE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 48 128 256; do
    install -D -m 644 "resources/icons/img-readiness-$size.png" \
        "$BUNDLE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
# The licence texts of the app, Python, Qt/PySide6 and every package, as this build carries them.
"$PY" packaging/licenses.py "$BUNDLE/licenses"
echo "built $BUNDLE in $(($(date +%s) - started)) s"

# The bundle must work with no Python, no display and no checkout on any path.
"$PY" packaging/check_bundle.py "$BUNDLE"
