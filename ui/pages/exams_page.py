"""USMLE: Step 1 and Step 2 CK (result, date, attempts, score) and the former Step 2 CS."""

from __future__ import annotations

from typing import Any

from ui.fields import FormBuilder
from ui.pages.base import ReadinessPage
from ui.profile_session import ProfileSession
from ui.qt import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget


class ExamsPage(ReadinessPage):
    page_key = "exams"
    answer_paths = ("exams",)

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("USMLE examinations"))
        self.setSubTitle(
            self.tr("Step 1 and Step 2 CK, as on your USMLE transcript. Leave unknowns empty.")
        )
        results = [
            ("pass", self.tr("Passed")),
            ("fail", self.tr("Failed")),
            ("scheduled", self.tr("Scheduled")),
            ("not_taken", self.tr("Not taken")),
        ]
        self.fields: dict[str, FormBuilder] = {}

        step1 = self._group(self.tr("Step 1"), "step1")
        self.step1_result = step1.combo(self.tr("Res&ult"), "exams.step1.result", results)
        self.step1_date = step1.line_edit(self.tr("Test &date"), "exams.step1.date", "date")
        self.step1_attempts = step1.line_edit(
            self.tr("Atte&mpts"), "exams.step1.attempts", "int", help_text=self._attempts_help()
        )
        self.add_verdict("exams.step1", self._group_layout)

        ck = self._group(self.tr("Step 2 CK"), "step2_ck")
        self.ck_result = ck.combo(self.tr("Resu&lt"), "exams.step2_ck.result", results)
        self.ck_score = ck.line_edit(self.tr("&Score"), "exams.step2_ck.score", "int")
        self.ck_date = ck.line_edit(self.tr("T&est date"), "exams.step2_ck.date", "date")
        self.ck_attempts = ck.line_edit(
            self.tr("&Attempts"), "exams.step2_ck.attempts", "int", help_text=self._attempts_help()
        )
        self.ck_minimum = QLabel()
        self.ck_minimum.setWordWrap(True)
        self._group_layout.addWidget(self.ck_minimum)
        self.add_verdict("exams.step2_ck", self._group_layout)

        cs = self._group(self.tr("Step 2 CS (discontinued in 2021)"), "step2_cs")
        self.cs_result = cs.combo(
            self.tr("Step &2 CS result"),
            "exams.step2_cs.result",
            [
                ("pass", self.tr("Passed")),
                ("fail", self.tr("Failed")),
                ("not_taken", self.tr("Never taken")),
            ],
        )
        self.cs_date = cs.line_edit(self.tr("Date of Step 2 &CS"), "exams.step2_cs.date", "date")
        self.add_verdict("clinical.requirement", self._group_layout)
        self.body_layout.addStretch(1)
        self._show_ck_minimum()

    def _attempts_help(self) -> str:
        return self.tr("Count every attempt, including this one if it is scheduled.")

    def _group(self, title: str, key: str) -> FormBuilder:
        box = QGroupBox(title)
        self._group_layout = QVBoxLayout(box)
        form = QFormLayout()
        self._group_layout.addLayout(form)
        self.body_layout.addWidget(box)
        builder = FormBuilder(self.session, form)
        self.fields[key] = builder
        return builder

    def refresh_verdicts(self) -> None:
        super().refresh_verdicts()
        self._show_ck_minimum()

    def _show_ck_minimum(self) -> None:
        """The passing score in force for the typed test date, straight from the rules."""
        from app.engine.exams import step2_ck_minimum

        test_date: Any = self.session.profile.exams.step2_ck.date
        if test_date is None:
            self.ck_minimum.setText(
                self.tr("Enter the test date to see the passing score that applied to it.")
            )
            return
        try:
            minimum = step2_ck_minimum(self.session.ruleset, test_date)
        except Exception:  # no rule row for that date: the verdict below explains
            self.ck_minimum.clear()
            return
        self.ck_minimum.setText(
            self.tr("Passing score for a test on {date}: {minimum}.").format(
                date=test_date.isoformat(), minimum=minimum
            )
        )
