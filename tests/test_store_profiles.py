"""Saved profiles: what an applicant or advisor does with them, on real SQLite files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.profile import Applicant, Profile, profile_to_dict, read_profile
from app.store import (
    AmbiguousName,
    Autosaver,
    ImportProblems,
    NameTaken,
    ProfileNotFound,
    open_store,
)
from app.store.answers import flatten
from app.store.models import ImportedSchool, UserSchool
from tests.store_helpers import every_field_profile


def named(name: str) -> Profile:
    return Profile(applicant=Applicant(full_name=name))


def test_every_field_survives_saving_closing_and_reopening(data_dir: Path) -> None:
    full = every_field_profile()
    with open_store(data_dir) as store:
        profile_id = store.create_profile(full).id
    with open_store(data_dir) as store:
        assert store.get_profile(profile_id).profile == full


def test_every_field_typed_one_by_one_in_the_wizard_is_there_after_reopening(
    data_dir: Path,
) -> None:
    full = every_field_profile()
    with open_store(data_dir) as store:
        profile_id = store.create_profile().id
        saver = Autosaver(store, profile_id)
        for path, value in flatten(profile_to_dict(full)).items():
            assert saver.save(path, value).ok
    with open_store(data_dir) as store:
        reopened = store.get_profile(profile_id)
    assert reopened.profile == full
    assert reopened.name == full.applicant.full_name


def test_a_new_profile_is_listed_under_the_applicants_name_newest_first(store) -> None:
    store.create_profile(named("Ana Lima"))
    store.create_profile(named("Ravi Kumar"))
    listed = store.list_profiles()
    assert [p.name for p in listed] == ["Ravi Kumar", "Ana Lima"]
    assert all(p.updated_at.tzinfo is not None for p in listed)


def test_editing_an_older_profile_moves_it_to_the_top_of_the_list(store) -> None:
    older = store.create_profile(named("Ana Lima"))
    store.create_profile(named("Ravi Kumar"))
    Autosaver(store, older.id).save("exams.step2_ck.score", 230)
    assert store.list_profiles()[0].name == "Ana Lima"


def test_a_profile_with_no_name_yet_is_still_listed_by_number(store) -> None:
    created = store.create_profile()
    assert store.list_profiles()[0].name == f"Unnamed profile {created.id}"


def test_typing_the_applicants_name_renames_an_unrenamed_profile(store) -> None:
    created = store.create_profile()
    Autosaver(store, created.id).save("applicant.full_name", "Chen Wei")
    assert store.list_profiles()[0].name == "Chen Wei"


def test_renaming_keeps_the_new_name_even_when_the_applicant_name_changes(store) -> None:
    created = store.create_profile(named("Ana Lima"))
    store.rename_profile(created.id, "Ana – 2027 plan")
    Autosaver(store, created.id).save("applicant.full_name", "Ana Lima Souza")
    assert store.get_profile(created.id).name == "Ana – 2027 plan"
    store.rename_profile(created.id, "  ")
    assert store.get_profile(created.id).name == "Ana Lima Souza"


def test_renaming_to_a_name_another_profile_has_is_refused(store) -> None:
    store.create_profile(named("Ana Lima"))
    ravi = store.create_profile(named("Ravi Kumar"))
    with pytest.raises(NameTaken, match="Ana Lima"):
        store.rename_profile(ravi.id, "ana lima")
    assert store.get_profile(ravi.id).name == "Ravi Kumar"


def test_duplicating_copies_every_answer_under_a_new_name(store) -> None:
    original = store.create_profile(every_field_profile())
    copy = store.duplicate_profile(original.id)
    second = store.duplicate_profile(original.id)
    assert copy.profile == original.profile
    assert copy.name == f"{original.name} (copy)"
    assert second.name == f"{original.name} (copy) (2)"
    Autosaver(store, copy.id).save("exams.step2_ck.score", 199)
    assert store.get_profile(original.id).profile.exams.step2_ck.score == 241


def test_a_deleted_profile_disappears_and_can_be_brought_back_whole(store) -> None:
    kept = store.create_profile(every_field_profile())
    store.delete_profile(kept.id)
    assert store.list_profiles() == []
    assert [p.id for p in store.list_deleted_profiles()] == [kept.id]
    with pytest.raises(ProfileNotFound):
        store.get_profile(kept.id)
    assert store.restore_deleted_profile(kept.id).profile == kept.profile
    assert [p.id for p in store.list_profiles()] == [kept.id]


def test_deleted_profiles_are_purged_after_thirty_days(store) -> None:
    gone = store.create_profile(named("Old Applicant"))
    store.delete_profile(gone.id)
    store.housekeeping(now=dt.datetime.now(dt.UTC) + dt.timedelta(days=29))
    assert store.list_deleted_profiles()
    store.housekeeping(now=dt.datetime.now(dt.UTC) + dt.timedelta(days=31))
    assert store.list_deleted_profiles() == []
    assert store.get_answers(gone.id) == {}


def test_exported_file_is_profile_json_v2_readable_by_its_owner_only(store, tmp_path: Path) -> None:
    created = store.create_profile(every_field_profile())
    target = store.export_profile(created.id, tmp_path / "ana.json")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "img-readiness-profile" and document["version"] == 2
    assert read_profile(document) == (created.profile, [])
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ana.json", "img-data"]


def test_export_then_import_gives_the_same_answers_under_a_distinct_name(
    store, tmp_path: Path
) -> None:
    created = store.create_profile(every_field_profile())
    exported = store.export_profile(created.id, tmp_path / "out.json")
    imported = store.import_profile(exported)
    assert imported.profile == created.profile
    assert imported.name == f"{created.name} (2)"
    assert imported.id != created.id


def test_importing_a_name_that_exists_can_be_refused_so_the_user_is_asked(
    store, tmp_path: Path
) -> None:
    created = store.create_profile(named("Ana Lima"))
    exported = store.export_profile(created.id, tmp_path / "ana.json")
    with pytest.raises(NameTaken, match="Ana Lima"):
        store.import_profile(exported, on_conflict="fail")
    assert len(store.list_profiles()) == 1


def test_a_broken_import_names_every_problem_and_saves_nothing(store, tmp_path: Path) -> None:
    document = profile_to_dict(every_field_profile())
    document["exams"]["step2_ck"]["score"] = 999
    document["education"]["graduation_date"] = "2024-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportProblems) as caught:
        store.import_profile(bad)
    fields = {p.field for p in caught.value.problems}
    assert {"exams.step2_ck.score", "education.graduation_date"} <= fields
    assert store.list_profiles() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "is not valid JSON"),
        (b"\xff\xfe\x00garbage", "is not UTF-8"),
        (b'{"format": "something-else", "version": 1}', "format"),
        (b'{"format": "img-readiness-profile", "version": 7}', "newer IMG Readiness"),
    ],
)
def test_files_that_are_not_profiles_are_refused_plainly(
    store, tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "in.json"
    bad.write_bytes(content)
    with pytest.raises(ImportProblems, match=expected):
        store.import_profile(bad)
    assert store.list_profiles() == []


def test_a_stored_profile_is_found_by_its_name_in_any_case_or_by_its_number(store) -> None:
    ana = store.create_profile(named("Ana Lima"))
    found = store.find_profile("  ANA LIMA ")
    assert found is not None and found.id == ana.id
    by_number = store.find_profile(str(ana.id))
    assert by_number is not None and by_number.id == ana.id
    assert store.find_profile("Nobody") is None


def test_two_profiles_with_one_name_ask_for_a_number(store) -> None:
    store.create_profile(named("Ana Lima"))
    store.create_profile(named("Ana Lima"))
    with pytest.raises(AmbiguousName, match="use a number"):
        store.find_profile("Ana Lima")


def test_last_page_and_settings_are_remembered(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        created = store.create_profile(named("Ana Lima"))
        store.set_last_page(created.id, "exams")
        store.set_setting("last_profile", str(created.id))
        store.set_setting("last_profile", "7")
    with open_store(data_dir) as store:
        assert store.get_profile(created.id).last_page == "exams"
        assert store.get_setting("last_profile") == "7"
        assert store.get_setting("window_geometry") is None


def test_schools_recorded_through_a_session_are_kept(data_dir: Path) -> None:
    with open_store(data_dir) as store, store.session() as session:
        session.add(UserSchool(name="Escuela Latinoamericana", country="CU", city="La Habana"))
        session.add(
            ImportedSchool(name="Makerere", other_names="MUK|Makerere Univ.", line_number=3)
        )
    with open_store(data_dir) as store, store.session() as session:
        assert session.query(UserSchool).one().country == "CU"
        assert session.query(ImportedSchool).one().other_names.split("|") == [
            "MUK",
            "Makerere Univ.",
        ]


def test_the_list_shows_the_engines_overall_verdict_for_today(store) -> None:
    assess = pytest.importorskip("app.engine.evaluate")
    rules = pytest.importorskip("app.rules")
    full = every_field_profile()
    store.create_profile(full)
    expected = assess.evaluate(full, rules.load_ruleset(), dt.date.today()).overall
    assert store.list_profiles()[0].overall == expected
    assert store.list_profiles()[0].overall == expected  # from the kept verdict this time


def test_on_a_new_day_kept_verdicts_show_at_once_and_are_then_brought_up_to_date(
    store,
) -> None:
    pytest.importorskip("app.engine.evaluate")
    created = store.create_profile(every_field_profile())
    today = store.list_profiles()[0]
    assert today.overall is not None and today.overall_as_of == dt.date.today()
    yesterday = dt.date.today() - dt.timedelta(days=1)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE profiles SET overall_key = substr(overall_key, 1, instr(overall_key, '|'))"
            f" || '{yesterday.isoformat()}'"
        )
    shown = store.list_profiles(refresh=False)[0]
    assert (shown.id, shown.overall, shown.overall_as_of) == (created.id, today.overall, yesterday)
    assert store.refresh_readiness() == 1
    assert store.list_profiles(refresh=False)[0].overall_as_of == dt.date.today()
    assert store.refresh_readiness() == 0


def test_an_edited_profile_gets_its_verdict_worked_out_again(store) -> None:
    assess = pytest.importorskip("app.engine.evaluate")
    rules = pytest.importorskip("app.rules")
    created = store.create_profile(every_field_profile())
    store.list_profiles()
    saver = Autosaver(store, created.id)
    assert saver.save("exams.step2_ck.result", "fail").ok
    assert saver.flush().ok
    with store.engine.connect() as conn:
        kept = conn.exec_driver_sql(
            "SELECT overall FROM profiles WHERE id = ?", (created.id,)
        ).scalar()
    edited = store.get_profile(created.id).profile
    assert edited.exams.step2_ck.result == "fail"
    assert kept == assess.evaluate(edited, rules.load_ruleset(), dt.date.today()).overall.value
