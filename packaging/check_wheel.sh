#!/bin/sh
# Build the wheel and prove it works outside the checkout (.ci/run runs this after `make test`).
#
#   sh packaging/check_wheel.sh [SOURCE]     (SOURCE: a checkout; default the one holding this)
#
# 1. copies SOURCE's files (tracked and untracked, not ignored: what a commit would hold, so
#    stale build/ or .egg-info/ leftovers cannot leak into the wheel) into a scratch folder;
# 2. builds the wheel there (`pip wheel --no-deps`);
# 3. installs it, with its dependencies from PyPI, into a fresh virtual environment in the
#    scratch folder (outside the checkout);
# 4. runs packaging/check_bundle.py on that environment's programs, from the scratch folder,
#    with a bare environment: img-readiness-cli --version, rules, assess (a copy of a fixture
#    profile), schools search cairo, checklist -o out.pdf, profiles import/list, and
#    img-readiness --smoke-test offscreen.
# Exits non-zero at the first failure. PYTHON picks the interpreter (default .venv's, else
# python3); KEEP=1 keeps the scratch folder.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=$(cd "${1:-$HERE/..}" && pwd)
if [ -z "${PYTHON:-}" ]; then
    if [ -x "$SOURCE/.venv/bin/python" ]; then PYTHON=$SOURCE/.venv/bin/python; else PYTHON=python3; fi
fi
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/img-readiness-wheel.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$SCRATCH"' EXIT; fi
export PIP_DISABLE_PIP_VERSION_CHECK=1 LANG="${LANG:-C.UTF-8}"
started=$(date +%s)

# 1. The source as a clone of it would have it (plus uncommitted work).
mkdir "$SCRATCH/src"
if git -C "$SOURCE" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # shellcheck disable=SC2016  # the inner sh expands "$f", not this one
    (cd "$SOURCE" && git ls-files --cached --others --exclude-standard -z |
        xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\0" "$f"; done' sh |
        xargs -0 tar -cf -) | tar -xf - -C "$SCRATCH/src"
else
    (cd "$SOURCE" && tar -cf - --exclude=.venv --exclude=build --exclude='*.egg-info' .) |
        tar -xf - -C "$SCRATCH/src"
fi

# 2. The wheel.
"$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir "$SCRATCH/dist" "$SCRATCH/src" 2>"$SCRATCH/build.log" ||
    { cat "$SCRATCH/build.log" >&2; exit 1; }
WHEEL=$(ls "$SCRATCH"/dist/img_readiness-*.whl)
echo "wheel: $(basename "$WHEEL") ($(($(wc -c <"$WHEEL") / 1024)) KiB), built in $(($(date +%s) - started)) s"
rm -rf "$SCRATCH/src"  # nothing of the checkout is left where the programs run

# 3. A fresh environment outside the checkout, with the wheel and its dependencies.
"$PYTHON" -m venv "$SCRATCH/venv"
BIN=$SCRATCH/venv/bin
[ -d "$BIN" ] || BIN=$SCRATCH/venv/Scripts  # Windows (Git Bash)
"$BIN/python" -m pip install --quiet "$WHEEL" >"$SCRATCH/install.log" 2>&1 ||
    { cat "$SCRATCH/install.log" >&2; exit 1; }
echo "installed into a fresh venv in $(($(date +%s) - started)) s"

# 4. Its programs, run from the scratch folder with a bare environment.
cd "$SCRATCH"
"$BIN/python" "$HERE/check_bundle.py" "$BIN"
echo "wheel checked outside the checkout in $(($(date +%s) - started)) s"
