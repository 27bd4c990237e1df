"""Stores made before profile format v2 are carried forward: backed up first, then migrated by
revision 0003, with every profile and answer where it was; the documents then save as one
answer each change."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from app.store import open_store
from app.store.files import HEAD_REVISION, STORE_FILE_NAME, integrity_ok, list_backups
from app.store.opening import MIGRATIONS_DIR

PREVIOUS_REVISION = "0002"


def alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def make_previous_revision_store(folder: Path) -> Path:
    """A store as the app before profile v2 wrote it (revision 0002): two profiles, one with a
    kept readiness verdict, their answers as v1 paths."""
    from alembic import command
    from sqlalchemy import create_engine

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / STORE_FILE_NAME
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), PREVIOUS_REVISION)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO profiles (id, applicant_name, created_at, updated_at, overall,"
            " overall_key) VALUES (?, ?, '2026-10-01 08:00:00', '2026-10-01 08:00:00', ?, ?)",
            [
                (1, "Ana Lima", "ready", "2026.11.24|2026-10-01"),
                (2, "王伟", None, None),
            ],
        )
        conn.executemany(
            "INSERT INTO answers (profile_id, field_path, value_json) VALUES (?, ?, ?)",
            [
                (1, "applicant.full_name", '"Ana Lima"'),
                (1, "applicant.usmle_id", '"5-123-456-7"'),
                (1, "exams.step2_ck.score", "231"),
                (1, "education.diploma_received", "true"),
                (2, "applicant.full_name", '"王伟"'),
                (2, "clinical_skills.oet", '[{"test_date": "2025-09-13", "writing": 330}]'),
            ],
        )
    conn.close()
    return path


def test_a_store_of_the_previous_revision_is_backed_up_then_carried_forward(data_dir: Path):
    path = make_previous_revision_store(data_dir)
    with open_store(data_dir) as store:
        names = sorted(p.name for p in store.list_profiles(as_of=dt.date(2026, 12, 1)))
        ana = store.get_profile(1)
        wang = store.get_profile(2)
        backups = list_backups(store.path)
    assert names == ["Ana Lima", "王伟"]
    assert ana.profile.applicant.usmle_id == "5-123-456-7"
    assert ana.profile.exams.step2_ck.score == 231
    assert ana.profile.documents == [] and ana.unreadable_fields == []
    assert wang.profile.clinical_skills.oet[0].writing == 330
    before = [b for b in backups if "before-upgrade" in b.name]
    assert len(before) == 1
    with sqlite3.connect(before[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (6,)
    conn.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        formats = conn.execute("SELECT id, answers_format FROM profiles ORDER BY id").fetchall()
    conn.close()
    assert HEAD_REVISION == "0003"
    assert formats == [(1, 2), (2, 2)]
    assert integrity_ok(path)


def test_verdicts_kept_before_the_name_check_existed_are_judged_again(data_dir: Path):
    path = make_previous_revision_store(data_dir)
    with sqlite3.connect(path) as conn:
        kept = conn.execute("SELECT overall FROM profiles WHERE id = 1").fetchone()
    conn.close()
    assert kept == ("ready",)
    with open_store(data_dir) as store:
        # Without refreshing, a never-judged profile is judged now: the cleared one is.
        listed = {s.id: s for s in store.list_profiles(refresh=False)}
    assert listed[1].overall is not None and listed[1].overall.value != "ready"


def test_after_the_upgrade_documents_are_saved_and_exported_as_version_2(data_dir, tmp_path):
    make_previous_revision_store(data_dir)
    documents = [
        {
            "kind": "passport",
            "name_as_printed": "ANA LIMA",
            "language": "Portuguese",
            "case_number": None,
            "name_proof": None,
            "history": [{"status": "verified", "date": "2026-03-02", "reason": None}],
        }
    ]
    with open_store(data_dir) as store:
        store.save_answer(1, "documents", documents)
        store.save_answer(1, "identifiers.epic_id", "C-1234-5678")
        exported = json.loads(store.export_profile(1, tmp_path / "ana.json").read_text())
        again = store.get_profile(1).profile
    assert exported["version"] == 2
    assert exported["documents"] == documents
    assert exported["identifiers"]["epic_id"] == "C-1234-5678"
    assert again.documents[0].name_as_printed == "ANA LIMA"


def test_a_new_store_starts_at_the_v2_revision_and_new_profiles_say_so(data_dir: Path):
    with open_store(data_dir) as store:
        created = store.create_profile()
        path = store.path
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT answers_format FROM profiles WHERE id = ?", (created.id,)
        ).fetchone()
    conn.close()
    assert row == (2,)
