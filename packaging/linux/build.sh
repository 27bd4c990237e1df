#!/bin/sh
# Build the Linux one-folder bundle and check that it starts: run from the checkout root.
set -eu
.venv/bin/python -m pip install --quiet pyinstaller
.venv/bin/pyinstaller --noconfirm --log-level WARN \
    --distpath build/dist --workpath build/pyinstaller packaging/img-readiness.spec
cp packaging/linux/io.github.img_readiness.desktop packaging/linux/io.github.img_readiness.metainfo.xml \
    build/dist/img-readiness/
cp resources/icons/img-readiness.svg build/dist/img-readiness/io.github.img_readiness.svg
# The bundle must start with no Python and no display: the smoke test shows the first window.
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    build/dist/img-readiness/img-readiness --smoke-test --data-dir "$(mktemp -d)"
