#!/bin/sh
# macOS bundle: build/bundle/IMG Readiness.app (and build/bundle/img-readiness/ with the CLI), its
# checks, and build/dist/IMG-Readiness-<version>-macos-<arch>.dmg.
# NOT RUN HERE: written on Linux, where PyInstaller cannot build macOS programs. The release
# workflow (.github/workflows/release.yml) runs it on an Apple-silicon and an Intel runner; on a
# Mac, from the checkout root, with Python 3.11+ from python.org or Homebrew:
#     PYTHON=python3.11 sh packaging/macos/build.sh
# Each architecture is built on its own (the packages' wheels are not all universal2).
# Signing and notarising (codesign, notarytool) need an Apple developer identity: not done here;
# PyInstaller signs ad hoc, so the first start needs right-click > Open (or `xattr -cr` on the .app).
set -eu
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
BUILD_VENV=build/bundle-venv
LOCK=packaging/requirements-bundle.txt
APP="build/bundle/IMG Readiness.app"
export LANG="${LANG:-en_US.UTF-8}"
export PIP_DISABLE_PIP_VERSION_CHECK=1

started=$(date +%s)
# The build environment, from the lock file only (pinned versions and hashes).
if [ ! -x "$BUILD_VENV/bin/python" ] || ! cmp -s "$LOCK" "$BUILD_VENV/requirements-bundle.txt"; then
    rm -rf "$BUILD_VENV"
    "$PYTHON" -m venv "$BUILD_VENV"
    "$BUILD_VENV/bin/python" -m pip install --quiet --require-hashes --no-deps -r "$LOCK"
    cp "$LOCK" "$BUILD_VENV/requirements-bundle.txt"
fi
PY=$BUILD_VENV/bin/python

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/bundle --workpath build/pyinstaller packaging/img_readiness.spec
"$PY" packaging/licenses.py build/bundle/img-readiness/licenses
echo "built $APP in $(($(date +%s) - started)) s"

# The same checks as on Linux, on the one-folder copy beside the .app, then the .app's own wizard.
"$PY" packaging/check_bundle.py build/bundle/img-readiness
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/img-readiness" --smoke-test

# The disk image: the app, a link to /Applications to drag it onto, and the licences.
version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
stage=build/dmg
rm -rf "$stage" && mkdir -p "$stage" build/dist
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
cp -R build/bundle/img-readiness/licenses "$stage/Licenses"
dmg="build/dist/IMG-Readiness-$version-macos-$arch.dmg"
rm -f "$dmg"
hdiutil create -volname "IMG Readiness $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
# The image opens, and the app inside it starts.
mount=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg" >/dev/null
QT_QPA_PLATFORM=offscreen "$mount/IMG Readiness.app/Contents/MacOS/img-readiness" --smoke-test
hdiutil detach "$mount" >/dev/null
echo "wrote $dmg"
