"""Clinical and communication skills: the Pathway (one line each, from the rules), its status,
and OET Medicine sittings. Skipped by the wizard when a valid Step 2 CS pass covers it."""

from __future__ import annotations

from app.engine.items import FieldPath, ItemId
from ui.fields import FieldMessage
from ui.pages.base import ReadinessPage
from ui.profile_session import ProfileSession
from ui.qt import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ClinicalPage(ReadinessPage):
    page_key = "clinical"
    answer_paths = ("clinical_skills",)
    verdict_items = (ItemId.PATHWAY, ItemId.OET, ItemId.CLINICAL_REQUIREMENT)
    APPROVED = "approved"  # the status whose cycle the core needs to judge the Pathway

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Clinical and communication skills"))
        self.set_step_title(self.tr("Clinical skills"))
        self.setSubTitle(
            self.tr(
                "Without a Step 2 CS pass, you meet this requirement through one of the Pathways "
                "and an OET Medicine result."
            )
        )

    def build(self) -> None:
        from ui.oet_sittings import OetSittingsEditor

        session = self.session
        left, right = self.add_columns()
        self._build_pathway(left)
        oet_box = QGroupBox(self.tr("OET Medicine sittings"))
        oet_column = QVBoxLayout(oet_box)
        self.oet = OetSittingsEditor(session)
        oet_column.addWidget(self.oet)
        self.register_field(FieldPath.OET, self.oet.add_button)
        right.addWidget(oet_box)
        self.add_verdict(ItemId.OET, oet_column)
        self.add_verdict(ItemId.CLINICAL_REQUIREMENT, right)
        left.addStretch(1)
        right.addStretch(1)
        self.body_layout.addStretch(1)

    def _build_pathway(self, column_layout: QVBoxLayout) -> None:
        from app.engine.clinical import pathway_descriptions

        box = QGroupBox(self.tr("Your Pathway"))
        column = QVBoxLayout(box)
        self.pathway_group = QButtonGroup(self)
        self.pathway_buttons: dict[int, QRadioButton] = {}
        descriptions = pathway_descriptions(self.session.ruleset)
        chosen = self.session.value(FieldPath.PATHWAY)
        for number, description in sorted(descriptions.items()):
            button = QRadioButton(self.tr("Pathway &{n}").format(n=number))
            button.setAccessibleDescription(description)
            explanation = QLabel(description)
            explanation.setWordWrap(True)
            explanation.setIndent(24)
            explanation.setObjectName("fieldHint")
            self.pathway_group.addButton(button, number)
            self.pathway_buttons[number] = button
            button.setChecked(chosen == number)
            # Each Pathway close to its line of explanation, the six of them a little apart.
            pair = QVBoxLayout()
            pair.setSpacing(0)
            pair.addWidget(button)
            pair.addWidget(explanation)
            column.addLayout(pair)
            if len(self.pathway_buttons) == 1:  # Tab and "Answer this" reach the group here
                self.register_field(FieldPath.PATHWAY, button)
        self.pathway_message = FieldMessage()
        column.addWidget(self.pathway_message)
        self.pathway_group.idClicked.connect(
            lambda number: self.session.set_answer(FieldPath.PATHWAY, number, save_now=True)
        )
        form = QFormLayout()
        fields = self.form_builder(form)
        self.fields = fields
        self.pathway_status = fields.combo(
            self.tr("Application &status"),
            FieldPath.PATHWAY_STATUS,
            [
                ("not_started", self.tr("Not applied yet")),
                ("applied", self.tr("Applied, waiting for a decision")),
                (self.APPROVED, self.tr("Approved")),
                ("rejected", self.tr("Rejected")),
            ],
        )
        self.pathway_cycle = fields.line_edit(
            self.tr("Pathways c&ycle (Match year)"),
            FieldPath.PATHWAY_CYCLE,
            "int",
            help_text=self._cycle_help(),
        )
        column.addLayout(form)
        column_layout.addWidget(box)
        self.add_verdict(ItemId.PATHWAY, column)

    def _cycle_help(self) -> str:
        if self.session.value(FieldPath.PATHWAY_STATUS) == self.APPROVED:
            return self.tr(
                "Needed: the Match year of the Pathways cycle ECFMG approved you for, "
                "as on your approval."
            )
        return self.tr(
            "Leave empty to use your target Match year. Once ECFMG approves your Pathway, "
            "this is needed."
        )

    def _show_cycle_help(self) -> None:
        text = self._cycle_help()
        hint = self.fields.hints[FieldPath.PATHWAY_CYCLE]
        if hint.text() != text:  # called on every keystroke: touch nothing unchanged
            hint.setText(text)
            self.pathway_cycle.setAccessibleDescription(text)

    def refresh_verdicts(self) -> None:
        super().refresh_verdicts()
        self.pathway_message.show_messages(self.session.problems_at(FieldPath.PATHWAY))
        self._show_cycle_help()
