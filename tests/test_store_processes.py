"""Crashes and second windows: real child processes on one real SQLite file."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from app.store import Autosaver, open_store
from app.store.files import integrity_ok
from tests.store_crash import kill_while_saving, start_worker


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_answers_whose_save_returned_survive_the_app_being_killed(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        profile_id = store.create_profile().id
    rng = random.Random(20261125)
    for _ in range(3):
        result = kill_while_saving(data_dir, profile_id, rng)
        assert result.integrity
        assert result.kept_every_promise, (result.promised, result.found)


def test_two_windows_saving_at_once_both_keep_every_answer(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        mine = store.create_profile().id
        theirs = store.create_profile().id
        other_window = start_worker(data_dir, theirs, count=150)
        saver = Autosaver(store, mine)
        for n in range(150):
            assert saver.save("exams.step2_ck.score", n).ok
        out, err = other_window.communicate(timeout=60)
        assert other_window.returncode == 0, err
        assert "failed" not in out
        assert store.get_answers(mine)["exams.step2_ck.score"] == 149
        assert store.get_answers(theirs)["education.credit_years"] == 149
        # Both windows on the same profile: the last save of each field wins, nothing breaks.
        same = start_worker(data_dir, mine, count=50)
        for n in range(50):
            assert saver.save("applicant.full_name", f"Name {n}").ok
        same.communicate(timeout=60)
        assert same.returncode == 0
        assert store.get_answers(mine)["applicant.full_name"] == "Name 49"
    assert integrity_ok(data_dir / "img-readiness.sqlite3")
