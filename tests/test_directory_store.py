"""Schools the user records and directory files an office imports, kept in the local store."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.directory import load_directory
from app.directory.importer import DirectoryImportError, import_directory_csv
from app.directory.user_schools import SchoolProblems, add_user_school
from app.store import Store

HEADER = "name,country,directory_id,city,other_names,sponsor_note\n"



def write(tmp_path: Path, text: str | bytes, name: str = "directory.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def imported_names(store: Store) -> list[str]:
    return [e.name for e in load_directory(store).entries if e.kind == "imported"]


# ---- schools the user records -----------------------------------------------------------------


def test_a_school_the_user_records_is_found_by_later_searches(store: Store) -> None:
    add_user_school(
        store,
        "Kigezi Faculty of Medicine",
        "Kabale",
        "Uganda",
        directory_id="f0001234",
        sponsor_note="Graduation Year: 2015 - Current",
    )
    found = load_directory(store).search("kigezi medicine")[0]
    assert found.name == "Kigezi Faculty of Medicine"
    assert (found.kind, found.kind_label) == ("user", "Added by you")
    assert (found.city, found.country, found.country_name) == ("Kabale", "UG", "Uganda")
    assert found.directory_id == "F0001234"
    assert found.sponsor_note == "Graduation Year: 2015 - Current"


def test_a_recorded_school_is_findable_at_once_in_an_open_directory(store: Store) -> None:
    directory = load_directory(store).warm_up()
    add_user_school(store, "Okapi Medical College", None, "CD", directory=directory)
    assert directory.search("okapi")[0].name == "Okapi Medical College"


def test_recording_the_same_school_twice_keeps_one_and_updates_its_note(store: Store) -> None:
    add_user_school(store, "Okapi Medical College", "Kisangani", "CD")
    add_user_school(
        store, "okapi medical college", "Kisangani", "CD", sponsor_note="Graduation Year: 2001"
    )
    mine = [e for e in load_directory(store).entries if e.kind == "user"]
    assert len(mine) == 1
    assert mine[0].sponsor_note == "Graduation Year: 2001"


def test_a_bad_school_is_refused_field_by_field_and_nothing_is_stored(store: Store) -> None:
    with pytest.raises(SchoolProblems) as refused:
        add_user_school(store, "  ", None, "Atlantis", directory_id="12345")
    fields = [p.field for p in refused.value.problems]
    assert fields == ["name", "country", "directory_id"]
    assert "F and 7 digits" in str(refused.value)
    assert [e for e in load_directory(store).entries if e.kind == "user"] == []


# ---- importing a directory file ---------------------------------------------------------------


def test_a_good_file_with_a_bom_is_imported_and_searchable(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeff" + HEADER + "Escuela Latinoamericana de Medicina,CU,F0000123,Havana,ELAM,"
        '"Graduation Year: 2005 - Current"\n'
        "Zarqa Faculty of Medicine,Jordan,F0000124,Zarqa,,\n",
    )
    steps: list[tuple[int, int]] = []
    report = import_directory_csv(
        store, path, progress=lambda done, total: steps.append((done, total))
    )
    assert (report.rows_read, report.imported, report.bad_row_count) == (2, 2, 0)
    assert steps[0] == (0, 2) and steps[-1] == (2, 2)
    found = load_directory(store).search("zarqa medicine")[0]
    assert (found.name, found.kind_label, found.country) == (
        "Zarqa Faculty of Medicine",
        "Imported",
        "JO",
    )
    assert found.directory_id == "F0000124"
    assert found.source == "Imported from directory.csv"


def test_bad_rows_are_reported_by_line_and_skipped_while_good_rows_are_kept(
    store: Store, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        HEADER
        + "Good School of Medicine,EG,F0000001,,,\n"  # line 2
        + ",EG,F0000002,,,\n"  # line 3: no name
        + "Nowhere Medical College,Narnia,F0000003,,,\n"  # line 4: no such country
        + "Short Row,EG\n"  # line 5: too few values
        + "Bad Id College,EG,12345,,,\n"  # line 6
        + '"Multi\nLine Name College",EG,F0000007,,,\n'  # lines 7-8: quoted newline is fine
        + "After Multiline College,EG,F0000009,,,\n",  # line 9
    )
    report = import_directory_csv(store, path)
    assert report.imported == 3
    assert [(bad.line, bad.problem.split(":")[0]) for bad in report.bad_rows] == [
        (3, "name"),
        (4, "country"),
        (5, "has 2 values where the first line names 6"),
        (6, "directory_id"),
    ]
    assert imported_names(store) == [
        "Good School of Medicine",
        "Multi Line Name College",
        "After Multiline College",
    ]


def test_duplicate_directory_ids_are_all_skipped_and_named(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "First Twin College,EG,F0000005,,,\n"
        + "Second Twin College,EG,f0000005,,,\n"
        + "Only Child College,EG,F0000006,,,\n",
    )
    report = import_directory_csv(store, path)
    assert imported_names(store) == ["Only Child College"]
    assert [str(bad) for bad in report.bad_rows] == [
        "line 2: directory_id F0000005 is also on line 3; skipped",
        "line 3: directory_id F0000005 is also on line 2; skipped",
    ]


def test_reimport_replaces_the_imported_set_and_keeps_the_users_schools(
    store: Store, tmp_path: Path
) -> None:
    add_user_school(store, "My Own Medical College", "Jos", "NG")
    import_directory_csv(store, write(tmp_path, HEADER + "Old Import College,EG,,,,\n", "a.csv"))
    report = import_directory_csv(
        store, write(tmp_path, HEADER + "New Import College,EG,,,,\n", "b.csv")
    )
    assert report.replaced == 1
    assert imported_names(store) == ["New Import College"]
    assert load_directory(store).search("my own medical")[0].kind == "user"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "is empty"),
        (b"\n\n  \n", "is empty"),
        (HEADER.encode(), "nothing imported: it has no rows"),
        ("name,country\nÉcole de Médecine,FR\n".encode("latin-1"), "is not UTF-8 text (line 2)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a text file"),
        (b"school;land\nA;B\n", "has no 'name' or 'country' column"),
        (b"name,country,name\nA,EG,B\n", "names the column 'name' twice"),
        (b"name,country\n,,,\nX,Atlantis\n", "nothing imported: no row could be used"),
    ],
)
def test_an_unusable_file_is_refused_with_a_clear_reason_and_changes_nothing(
    store: Store, tmp_path: Path, content: bytes, says: str
) -> None:
    import_directory_csv(store, write(tmp_path, HEADER + "Kept College,EG,,,,\n", "kept.csv"))
    with pytest.raises(DirectoryImportError) as refused:
        import_directory_csv(store, write(tmp_path, content, "bad.csv"))
    assert says in str(refused.value)
    assert str(refused.value).startswith("bad.csv: ")
    assert imported_names(store) == ["Kept College"]


def test_a_huge_file_of_garbage_is_refused_quickly_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    import_directory_csv(store, write(tmp_path, HEADER + "Kept College,EG,,,,\n", "kept.csv"))
    garbage = "".join(f"{i:x}#$%^&*()~qwerty,{i * 7}\n" for i in range(200_000))
    with pytest.raises(DirectoryImportError) as refused:
        import_directory_csv(store, write(tmp_path, garbage, "garbage.csv"))
    assert "has no 'name' or 'country' column" in str(refused.value)
    assert imported_names(store) == ["Kept College"]


def test_garbage_rows_under_a_good_header_are_each_reported(store: Store, tmp_path: Path) -> None:
    rows = "".join(f"{i:x}@@,%%{i},!!\n" for i in range(3_000))
    path = write(tmp_path, "name,country,city\nReal College,EG,Giza\n" + rows)
    steps: list[tuple[int, int]] = []
    report = import_directory_csv(store, path, progress=lambda *step: steps.append(step))
    assert steps[0] == (0, 3_001) and steps[-1] == (3_001, 3_001)
    assert len(steps) >= 4 and [done for done, _ in steps] == sorted(done for done, _ in steps)
    assert report.imported == 1
    assert report.bad_row_count == 3_000
    assert len(report.bad_rows) <= 1_000  # the list stays readable; the count is exact
    assert "3000 skipped" in report.summary()
