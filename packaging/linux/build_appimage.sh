#!/bin/sh
# AppImage of the Linux bundle: one file that runs on any distribution with the bundle's glibc or
# newer (build the bundle on the oldest one: the release workflow uses AlmaLinux 9, glibc 2.34).
#
#   sh packaging/linux/build.sh                       # the bundle, built and checked
#   APPIMAGETOOL=/path/to/appimagetool sh packaging/linux/build_appimage.sh
#
# Lays out build/appimage/AppDir (AppRun, the menu entry, icon, metainfo, the bundle) and checks
# that AppRun starts the wizard and the CLI from it; then, when APPIMAGETOOL is set, packs
# build/dist/IMG_Readiness-<version>-x86_64.AppImage and runs it (--appimage-extract-and-run, so
# no FUSE is needed). appimagetool comes from the AppImage project's releases, not from Debian or
# PyPI: here only the AppDir is built and checked; the release workflow packs and runs the file.
#   ./IMG_Readiness-*.AppImage            the wizard
#   ./IMG_Readiness-*.AppImage cli ...    the command line (img-readiness-cli)
set -eu
cd "$(dirname "$0")/../.."
BUNDLE=build/bundle/img-readiness
APPDIR=build/appimage/AppDir
APP_ID=io.github.img_readiness
PYTHON=${PYTHON:-python3}
[ -x "$BUNDLE/img-readiness" ] || { echo "no bundle in $BUNDLE: run packaging/linux/build.sh" >&2; exit 1; }
version=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

rm -rf "$APPDIR" && mkdir -p "$APPDIR/usr/share/metainfo"
cp -a "$BUNDLE" "$APPDIR/img-readiness"
cat >"$APPDIR/AppRun" <<'RUN'
#!/bin/sh
# The wizard, or with "cli" first (or run through a link named img-readiness-cli) the CLI.
here=$(dirname "$(readlink -f "$0")")
case "${ARGV0##*/}" in *img-readiness-cli*) exec "$here/img-readiness/img-readiness-cli" "$@";; esac
if [ "${1:-}" = cli ]; then shift; exec "$here/img-readiness/img-readiness-cli" "$@"; fi
exec "$here/img-readiness/img-readiness" "$@"
RUN
chmod 755 "$APPDIR/AppRun"
cp packaging/linux/$APP_ID.desktop "$APPDIR/$APP_ID.desktop"
cp resources/icons/img-readiness-256.png "$APPDIR/$APP_ID.png"
ln -sf "$APP_ID.png" "$APPDIR/.DirIcon"
cp packaging/linux/$APP_ID.metainfo.xml "$APPDIR/usr/share/metainfo/$APP_ID.appdata.xml"

# AppRun starts both programs (a bare environment, offscreen, a scratch data folder).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# expect TEXT PROGRAM ARGS...: the program exits 0 and prints TEXT.
expect() {
    text=$1; shift
    if ! out=$(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$scratch" QT_QPA_PLATFORM=offscreen \
        IMG_READINESS_DATA_DIR="$scratch/data" "$@" 2>&1) || ! printf '%s' "$out" | grep -F "$text" >/dev/null; then
        printf 'FAIL %s\n%s\n' "$*" "$out" >&2
        exit 1
    fi
}
expect "first window shown" "$APPDIR/AppRun" --smoke-test
expect "Rules version" "$APPDIR/AppRun" cli rules
echo "AppDir $APPDIR: AppRun starts the wizard and the CLI"

if [ -z "${APPIMAGETOOL:-}" ]; then
    echo "APPIMAGETOOL not set: the AppDir is ready; pack it with appimagetool $APPDIR"
    exit 0
fi
mkdir -p build/dist
image="build/dist/IMG_Readiness-$version-x86_64.AppImage"
# shellcheck disable=SC2086  # APPIMAGETOOL may carry its own options (--appimage-extract-and-run)
ARCH=x86_64 $APPIMAGETOOL --no-appstream "$APPDIR" "$image"
expect "first window shown" "$PWD/$image" --appimage-extract-and-run --smoke-test
expect "Rules version" "$PWD/$image" --appimage-extract-and-run cli rules
echo "wrote $image: the wizard and the CLI start from it"
