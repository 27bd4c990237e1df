"""The plan panel as a person uses it: the steps read as a list, the next deadlines named, the
calendar file written where they choose, and what if they aim a year later."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from PySide6.QtWidgets import QFileDialog
from ui_support import FIXTURES

from app.cli import read_profile_file
from app.plan import StepStatus, plan
from app.rules import load_ruleset

RULES = load_ruleset()
AS_OF = dt.date(2026, 12, 2)


def panel_for(qtbot, name: str = "oet_retaker", as_of: dt.date = AS_OF, **kwargs):
    from ui.timeline import PlanPanel

    profile = read_profile_file(FIXTURES / f"{name}.json", as_of)
    if kwargs:
        for path, value in kwargs.items():
            section, field = path.split("__")
            setattr(getattr(profile, section), field, value)
    panel = PlanPanel()
    qtbot.addWidget(panel)
    target = profile.target_match_year
    panel.show_plan(
        plan(profile, RULES, as_of), plan(profile, RULES, as_of, (target or 0) + 1), "João"
    )
    panel.resize(820, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def texts(widget) -> list[str]:
    return widget.lines


def test_the_steps_read_in_date_order_with_their_status_in_words(qtbot):
    panel = panel_for(qtbot)
    assert "Your plan to the 2027 Match" in panel.heading.text()
    lines = texts(panel.steps)
    assert (
        "2027-01-31 · ECFMG Pathway application in, with its documents · Your step · Open"
        in lines
    )
    assert "2027-07-01 · Residency starts (ECFMG Certification needed) · Match cycle · Open" in (
        lines
    )
    assert panel.summary.text().startswith("Next: Pathways application deadline for this Match")
    # The picture names the same next deadlines for a screen reader.
    assert "Pathways application deadline for this Match" in panel.view.accessibleDescription()


def test_a_late_step_is_named_with_the_next_match_to_aim_for(qtbot):
    panel = panel_for(
        qtbot, as_of=dt.date(2027, 2, 5), clinical_skills__pathway_status="not_started"
    )
    assert panel.summary.text() == (
        "Late: ECFMG Pathway application in, with its documents. "
        "The next Match you can still make: 2028."
    )
    assert any(line.endswith("· Late") for line in texts(panel.steps))


def test_what_if_shows_the_next_match_beside_without_changing_anything(qtbot):
    panel = panel_for(qtbot)
    assert panel.what_if_box.text() == "What if I aim for the 2028 Match?"
    assert panel.what_if_steps.isHidden()
    panel.what_if_box.setChecked(True)
    assert panel.what_if_steps.isVisible()
    assert "If you aim for the 2028 Match" in panel.what_if_heading.text()
    assert any("2028-07-01" in line for line in texts(panel.what_if_steps))
    assert "Your plan to the 2027 Match" in panel.heading.text()  # the plan itself stays
    panel.what_if_box.setChecked(False)
    assert panel.what_if_steps.isHidden()


def test_add_to_calendar_writes_the_open_deadlines_where_the_user_chose(
    qtbot, monkeypatch, tmp_path: Path
):
    panel = panel_for(qtbot, name="student")
    target = tmp_path / "my plan"  # no extension typed: .ics is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Calendar files (*.ics)")
    )
    panel.calendar_button.click()
    written = tmp_path / "my plan.ics"
    events = icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    open_steps = [s for s in panel.plan.steps if s.status is StepStatus.OPEN and s.date]
    assert len(events) == len(open_steps)
    assert f"Saved {len(events)} deadlines to my plan.ics" in panel.message.text()


def test_a_calendar_file_that_cannot_be_written_is_said_plainly(qtbot, monkeypatch, tmp_path):
    panel = panel_for(qtbot, name="student")
    target = tmp_path / "no such folder" / "plan.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.calendar_button.click()
    assert panel.message.text().startswith("The calendar file could not be written")
    assert not target.exists()


def test_the_timeline_picture_is_drawn(qtbot):
    panel = panel_for(qtbot, name="student")
    image = panel.view.grab()
    assert not image.isNull() and image.width() > 100


# --- on the review page of the real wizard ---------------------------------------------------


def test_the_review_page_shows_the_plan_and_a_new_target_redraws_it(qtbot, data_dir):
    from ui_support import import_fixture, open_wizard

    from app.engine.items import FieldPath
    from app.store import open_store
    from ui.wizard import PageId

    with open_store(data_dir) as store:
        profile_id = import_fixture(store, "oet_retaker.json")
        store.set_last_page(profile_id, "review")
        wizard = open_wizard(qtbot, store, profile_id, as_of=AS_OF)
        assert wizard.currentId() == PageId.REVIEW
        panel = wizard.review_page.plan_panel
        assert "Your plan to the 2027 Match" in panel.heading.text()
        assert any("2027-03-19 · Match Day" in line for line in panel.steps.lines)
        # The applicant changes the target Match on the first page, then comes back.
        wizard.session.set_answer(FieldPath.TARGET_MATCH_YEAR, 2028, save_now=True)
        wizard.review_page.refresh_verdicts(force=True)
        assert "Your plan to the 2028 Match" in panel.heading.text()
        wizard.close()
