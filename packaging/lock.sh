#!/bin/sh
# Pin every package the desktop bundles are built from, with hashes, for Windows, macOS and Linux
# at once: packaging/requirements-bundle.txt. Rerun after changing the dependencies in
# pyproject.toml (the run-time ones and the `bundle` extra); commit the result. The build scripts
# (packaging/*/build.*) install from it with `pip install --require-hashes`.
#   sh packaging/lock.sh          (uses uv, installed into a scratch venv when not on PATH)
set -eu
cd "$(dirname "$0")/.."
UV=$(command -v uv || true)
if [ -z "$UV" ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    "${PYTHON:-python3}" -m venv "$scratch/venv"
    "$scratch/venv/bin/python" -m pip install --quiet --disable-pip-version-check uv
    UV=$scratch/venv/bin/uv
fi
"$UV" pip compile --quiet pyproject.toml --extra bundle --universal --python-version 3.11 \
    --generate-hashes --annotation-style line --custom-compile-command "sh packaging/lock.sh" \
    --output-file packaging/requirements-bundle.txt
