#!/bin/sh
# macOS bundle: build/bundle/IMG Readiness.app (and build/bundle/img-readiness/ with the CLI).
# NOT RUN HERE: written on Linux, where PyInstaller cannot build macOS programs. Run it on a Mac
# from the checkout root after `python3.11 -m venv .venv && .venv/bin/pip install -e .`:
#     sh packaging/macos/build.sh
# Signing and notarising (codesign, notarytool) need an Apple developer identity: not done here.
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
export LANG="${LANG:-en_US.UTF-8}"

# PyInstaller is a build tool only; Pillow turns the PNG icon into the app's .icns.
"$PYTHON" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10" pillow

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/bundle --workpath build/pyinstaller packaging/img_readiness.spec
echo "built build/bundle/IMG Readiness.app in $(($(date +%s) - started)) s"

# The same checks as on Linux, on the one-folder copy beside the .app.
"$PYTHON" packaging/check_bundle.py build/bundle/img-readiness
