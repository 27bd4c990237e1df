#!/bin/sh
# Linux bundle: build/bundle/img-readiness/ (one folder, no Python needed), then prove it works.
# Usage: sh packaging/linux/build.sh   (or `make bundle`).  PYTHON=... to use another venv.
# PyInstaller does not cross-build: the Windows and macOS bundles are built on those systems.
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
BUNDLE=build/bundle/img-readiness
APP_ID=io.github.img_readiness
export LANG="${LANG:-C.UTF-8}"  # a bare environment has no locale; PyInstaller wants UTF-8

# PyInstaller is a build tool only: never a run-time or test dependency.
"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 ||
    "$PYTHON" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10"

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
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
echo "built $BUNDLE in $(($(date +%s) - started)) s"

# The bundle must work with no Python, no display and no checkout on any path.
"$PYTHON" packaging/check_bundle.py "$BUNDLE"
