"""USMLE: Step 1 and Step 2 CK (result, date, attempts, score) and the former Step 2 CS."""

from __future__ import annotations

import logging
from typing import Any

from app.engine.items import FieldPath, ItemId
from app.i18n import format_date
from ui.fields import FormBuilder
from ui.pages.base import ReadinessPage
from ui.profile_session import ProfileSession
from ui.qt import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)


class ExamsPage(ReadinessPage):
    page_key = "exams"
    answer_paths = ("exams",)
    verdict_items = (ItemId.STEP1, ItemId.STEP2_CK, ItemId.CLINICAL_REQUIREMENT)

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("USMLE examinations"))
        self.set_step_title(self.tr("USMLE"))
        self.setSubTitle(
            self.tr("Step 1 and Step 2 CK, as on your USMLE transcript. Leave unknowns empty.")
        )

    def build(self) -> None:
        results = [
            ("pass", self.tr("Passed")),
            ("fail", self.tr("Failed")),
            ("scheduled", self.tr("Scheduled")),
            ("not_taken", self.tr("Not taken")),
        ]
        self.fields: dict[str, FormBuilder] = {}
        left, right = self.add_columns()

        step1 = self._group(self.tr("Step 1"), "step1", left)
        self.step1_result = step1.combo(self.tr("Res&ult"), FieldPath.STEP1_RESULT, results)
        self.step1_date = step1.line_edit(self.tr("Test &date"), FieldPath.STEP1_DATE, "date")
        self.step1_attempts = step1.line_edit(
            self.tr("Atte&mpts, counting a booked one"),
            FieldPath.STEP1_ATTEMPTS,
            "int",
            help_text=self._attempts_help(),
        )
        self.add_verdict(ItemId.STEP1, self._group_layout)

        ck = self._group(self.tr("Step 2 CK"), "step2_ck", right)
        self.ck_result = ck.combo(self.tr("Resu&lt"), FieldPath.STEP2_CK_RESULT, results)
        self.ck_score = ck.line_edit(self.tr("&Score"), FieldPath.STEP2_CK_SCORE, "int")
        self.ck_date = ck.line_edit(self.tr("T&est date"), FieldPath.STEP2_CK_DATE, "date")
        self.ck_attempts = ck.line_edit(
            self.tr("&Attempts, counting a booked one"),
            FieldPath.STEP2_CK_ATTEMPTS,
            "int",
            help_text=self._attempts_help(),
        )
        self.ck_minimum = QLabel()
        self.ck_minimum.setWordWrap(True)
        self._group_layout.addWidget(self.ck_minimum)
        self.add_verdict(ItemId.STEP2_CK, self._group_layout)

        cs = self._group(self.tr("Step 2 CS (discontinued in 2021)"), "step2_cs", left)
        self.cs_result = cs.combo(
            self.tr("Step &2 CS result"),
            FieldPath.STEP2_CS_RESULT,
            [
                ("pass", self.tr("Passed")),
                ("fail", self.tr("Failed")),
                ("not_taken", self.tr("Never taken")),
            ],
        )
        self.cs_date = cs.line_edit(self.tr("Date of Step 2 &CS"), FieldPath.STEP2_CS_DATE, "date")
        self.add_verdict(ItemId.CLINICAL_REQUIREMENT, self._group_layout)
        left.addStretch(1)
        right.addStretch(1)
        self.body_layout.addStretch(1)
        self._show_ck_minimum()

    def _attempts_help(self) -> str:
        return self.tr(
            "Every sitting taken, passed or failed, plus the one you are booked for: two taken "
            "and one booked make 3."
        )

    def _group(self, title: str, key: str, column: QVBoxLayout) -> FormBuilder:
        box = QGroupBox(title)
        self._group_layout = QVBoxLayout(box)
        form = QFormLayout()
        self._group_layout.addLayout(form)
        column.addWidget(box)
        builder = self.form_builder(form)
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
        except Exception:  # a damaged rules file: the hint goes, the verdict below still speaks
            logger.exception("No Step 2 CK passing score (exams.step2_ck.date)")  # no values
            minimum = None
        if minimum is None:  # no rule row for that date: only the reported result is judged
            self.ck_minimum.setText(
                self.tr(
                    "The rules hold no passing score for a test on {date}: the result you give "
                    "is what is judged."
                ).format(date=format_date(test_date))
            )
            return
        self.ck_minimum.setText(
            self.tr("Passing score for a test on {date}: {minimum}.").format(
                date=format_date(test_date), minimum=minimum
            )
        )
