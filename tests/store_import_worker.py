"""Child process for the parallel-import test: one `profiles import` per line read.

Usage: python tests/store_import_worker.py DATA_DIR FILE

Prints "ready" once the app's modules are loaded, then for each line ("fail" or "keep-both") on
stdin runs `python -m app profiles import FILE --if-name-exists MODE` in-process and prints
"exit <code>". Twelve of these wait for the same line, so their imports race for real.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script: make the checkout importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import app.store  # noqa: F401  (loaded before "ready", so the imports start together)
from app.cli import main


def run() -> int:
    data_dir, profile_file = sys.argv[1], sys.argv[2]
    print("ready", flush=True)
    for line in sys.stdin:
        mode = line.strip()
        argv = ["--data-dir", data_dir, "profiles", "import", profile_file]
        code = main([*argv, "--if-name-exists", mode])
        print(f"exit {code}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
