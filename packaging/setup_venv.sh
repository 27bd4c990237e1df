#!/bin/sh
# `make setup` (and so `make run`, `make test`...): a working .venv for this checkout, or one line
# that says what is missing.
#
#   PYTHON=python3 PYTHON_CHOSEN= sh packaging/setup_venv.sh .venv
#
# - Keeps an existing .venv whose Python runs, is 3.11 or newer and has pip, unless PYTHON was
#   chosen on the command line or in the environment (PYTHON_CHOSEN=1) and is another version.
# - Otherwise checks that PYTHON is 3.11 or newer (and says which one is needed if not), removes
#   the old .venv and makes a new one; when `venv` itself is missing (Debian and Ubuntu ship it
#   apart) it says which package to install.
# - Installs the project and its test tools (`pip install -e '.[test]'`) when the venv is new or
#   pyproject.toml is newer than the last install.
set -eu
VENV=${1:-.venv}
PYTHON=${PYTHON:-python3}
NEEDED=3.11
STAMP=$VENV/.installed-stamp
VERSION_OF='import sys; print("%d.%d" % sys.version_info[:2])'
IS_NEW_ENOUGH='import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'

say() { printf '%s\n' "$*" >&2; }

venv_version=""
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "$IS_NEW_ENOUGH" 2>/dev/null &&
    "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    venv_version=$("$VENV/bin/python" -c "$VERSION_OF")
fi

recreate=""
if [ -z "$venv_version" ]; then
    recreate=1
elif [ -n "${PYTHON_CHOSEN:-}" ]; then
    chosen_version=$("$PYTHON" -c "$VERSION_OF" 2>/dev/null || echo none)
    [ "$chosen_version" = "$venv_version" ] || recreate=1
fi

if [ -n "$recreate" ]; then
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        say "IMG Readiness needs Python $NEEDED or newer, and '$PYTHON' is not installed: install Python $NEEDED+ (see README.md, Installing) or run make PYTHON=/path/to/python3.11"
        exit 1
    fi
    if ! found=$("$PYTHON" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null); then
        say "IMG Readiness needs Python $NEEDED or newer, and '$PYTHON' does not run: install Python $NEEDED+ (see README.md, Installing) or run make PYTHON=/path/to/python3.11"
        exit 1
    fi
    if ! "$PYTHON" -c "$IS_NEW_ENOUGH" 2>/dev/null; then
        say "IMG Readiness needs Python $NEEDED or newer; '$PYTHON' is Python $found. Install Python $NEEDED+ (see README.md, Installing), then run e.g. make run PYTHON=python$NEEDED"
        exit 1
    fi
    if [ -e "$VENV" ]; then
        old=$("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null || echo "a broken Python")
        say "make: replacing $VENV (made with $old) by one made with $PYTHON"
        rm -rf "$VENV"
    fi
    if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
        rm -rf "$VENV"
        version=$("$PYTHON" -c "$VERSION_OF")
        say "'$PYTHON -m venv' failed: Python's venv module (with ensurepip) is missing. Debian/Ubuntu: sudo apt install python$version-venv (or python3-venv); then rerun make"
        exit 1
    fi
fi

if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]'
    touch "$STAMP"
fi
