"""Child process for the crash tests: saves answers in a loop until it is killed.

Usage: python tests/store_kill_worker.py DATA_DIR PROFILE_ID [COUNT]

Prints "ready" once the store is open, then "<field path> <n>" after each save has returned,
flushed at once, so the parent knows which answers were promised to be on disk. A save that fails
prints "failed <message>". With COUNT it stops after that many saves and prints "done".
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script: make the checkout importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.store import Autosaver, open_store

# Number-valued fields, so every save writes a new, increasing value.
FIELD_PATHS = (
    "exams.step2_ck.score",
    "exams.step1.attempts",
    "target_match_year",
    "clinical_skills.pathway_cycle",
    "education.credit_years",
)


def main() -> int:
    data_dir, profile_id = Path(sys.argv[1]), int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else None
    with open_store(data_dir) as store:
        saver = Autosaver(store, profile_id)
        print("ready", flush=True)
        n = 0
        while count is None or n < count:
            path = FIELD_PATHS[n % len(FIELD_PATHS)]
            outcome = saver.save(path, n)
            print(f"{path} {n}" if outcome.ok else f"failed {outcome.message}", flush=True)
            n += 1
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
