"""An advising office imports its school list file from the profile chooser: progress, what was
kept and skipped, plain errors, and the school search finds the imported schools."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from app.directory import import_directory_csv
from app.directory.user_schools import stored_entries
from app.store import open_store
from tests.ui_support import QT_WARNINGS_FAIL, assert_keys_unique_and_controls_named, start_app
from ui.launcher import Launcher
from ui.profile_chooser import ProfileChooser

pytestmark = QT_WARNINGS_FAIL

OFFICE_LIST = (
    "name,country,city,directory_id,other_names\n"
    "Tlalocan Imaginary School of Medicine,MX,Puebla,F0000001,Escuela Tlalocan\n"
    "Kestrel Valley Medical Academy,KE,Nakuru,F0000002,\n"
    "Nowhere Institute of Healing,Atlantis,,F0000003,\n"
)


def imported_names(store) -> list[str]:
    return [e.name for e in stored_entries(store) if e.kind == "imported"]


def choose_file_in_the_dialog(qtbot, monkeypatch, dialog, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=15_000)
    with qtbot.waitSignal(dialog.finished_work, timeout=15_000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def open_import_dialog(qtbot, chooser: ProfileChooser):
    qtbot.mouseClick(chooser.buttons["school_list"], Qt.MouseButton.LeftButton)
    dialog = chooser.directory_import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_office_list_with_one_bad_row_is_imported_and_the_school_search_finds_it(
    qtbot, data_dir, tmp_path, monkeypatch
):
    with open_store(data_dir) as store:
        store.create_profile()  # so the chooser, not a new wizard, comes first
    office_list = tmp_path / "office list.csv"
    office_list.write_text(OFFICE_LIST, encoding="utf-8-sig")
    launcher = start_app(qtbot, data_dir)
    chooser = launcher.chooser
    qtbot.waitUntil(lambda: launcher.directory is not None, timeout=15_000)
    before = launcher.directory.search("Tlalocan Imaginary")
    assert all(match.kind != "imported" for match in before)

    dialog = open_import_dialog(qtbot, chooser)
    assert "does not contain the World Directory" in dialog.findChildren(QLabel)[0].text()
    assert not dialog.replace_notice.isVisible()  # nothing imported before: nothing to replace
    progress_seen: list[int] = []
    dialog.progress.valueChanged.connect(progress_seen.append)
    choose_file_in_the_dialog(qtbot, monkeypatch, dialog, office_list)

    assert 100 in progress_seen
    result = dialog.status.text()
    assert "2 of 3 rows imported from office list.csv" in result
    assert "Rows skipped: 1" in result
    assert "now finds the imported schools" in result
    skipped = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert len(skipped) == 1 and skipped[0].startswith("Line 4:")
    assert "Traceback" not in result
    assert sorted(imported_names(launcher.store)) == [
        "Kestrel Valley Medical Academy",
        "Tlalocan Imaginary School of Medicine",
    ]

    dialog.reject()
    qtbot.mouseClick(chooser.buttons["open"], Qt.MouseButton.LeftButton)
    qtbot.addWidget(launcher.wizard)
    found = launcher.wizard.session.directory.search("escuela tlalocan")
    assert found[0].name == "Tlalocan Imaginary School of Medicine"
    assert found[0].kind == "imported"
    launcher.wizard.close()
    launcher.shut_down()


def test_a_file_with_wrong_columns_is_refused_plainly_and_the_earlier_import_stays(
    qtbot, data_dir, tmp_path, monkeypatch
):
    earlier = tmp_path / "earlier.csv"
    earlier.write_text(OFFICE_LIST, encoding="utf-8")
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("id,title,town\n1,Some School,Lima\n", encoding="utf-8")
    with open_store(data_dir) as store:
        import_directory_csv(store, earlier)
        chooser = ProfileChooser()
        qtbot.addWidget(chooser)
        chooser.show()
        chooser.show_profiles(store)
        dialog = open_import_dialog(qtbot, chooser)
        qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=15_000)
        assert dialog.replace_notice.isVisible()
        assert "2 imported schools" in dialog.replace_notice.text()
        assert "replaces all of them" in dialog.replace_notice.text()

        choose_file_in_the_dialog(qtbot, monkeypatch, dialog, wrong)

        result = dialog.status.text()
        assert result.startswith("Nothing was imported")
        assert "has no 'name' or 'country' column" in result
        assert "what was imported before is still there" in result
        assert not dialog.skipped.isVisible()
        assert len(imported_names(store)) == 2
        dialog.reject()
        assert not dialog.isVisible()


def test_every_chooser_button_and_the_dialog_have_keys_of_their_own(qtbot, data_dir):
    with open_store(data_dir) as store:
        chooser = ProfileChooser()
        qtbot.addWidget(chooser)
        chooser.show_profiles(store)
        keys = [
            m.group(1).lower()
            for b in chooser.findChildren(QAbstractButton)
            if (m := re.search(r"&(\w)", b.text()))
        ]
        assert keys.count("l") == 1
        assert sorted(keys) == sorted(set(keys)), "two chooser buttons share a key"
        dialog = open_import_dialog(qtbot, chooser)
        qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=15_000)
        assert_keys_unique_and_controls_named(dialog, dialog.progress, dialog.skipped)
        dialog.reject()


def test_when_the_search_cannot_be_rebuilt_the_import_is_kept_and_no_old_list_is_searched(
    qtbot, data_dir, tmp_path, monkeypatch
):
    import ui.directory_import

    def out_of_memory(_store):
        raise MemoryError("not enough memory to index the schools")

    monkeypatch.setattr(ui.directory_import, "_rebuilt_directory", out_of_memory)
    office_list = tmp_path / "office.csv"
    office_list.write_text(OFFICE_LIST, encoding="utf-8")
    with open_store(data_dir) as store:
        chooser = ProfileChooser()
        qtbot.addWidget(chooser)
        chooser.show()
        launcher = Launcher(chooser, data_dir)
        launcher.directory = "the list from before the import"
        chooser.show_profiles(store)
        dialog = open_import_dialog(qtbot, chooser)
        choose_file_in_the_dialog(qtbot, monkeypatch, dialog, office_list)

        result = dialog.status.text()
        assert "2 of 3 rows imported" in result
        assert "could not be updated (not enough memory to index the schools)" in result
        assert len(imported_names(store)) == 2
        assert launcher.directory is None
        assert launcher.directory_error == "not enough memory to index the schools"
        dialog.reject()
