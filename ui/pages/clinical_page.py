"""Clinical and communication skills: the Pathway (one line each, from the rules), its status,
and OET Medicine sittings. Skipped by the wizard when a valid Step 2 CS pass covers it."""

from __future__ import annotations

from ui.fields import FieldMessage, FormBuilder
from ui.oet_sittings import OetSittingsEditor
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

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Clinical and communication skills"))
        self.setSubTitle(
            self.tr(
                "Without a Step 2 CS pass, you meet this requirement through one of the Pathways "
                "and an OET Medicine result."
            )
        )
        self._build_pathway()
        oet_box = QGroupBox(self.tr("OET Medicine sittings"))
        oet_column = QVBoxLayout(oet_box)
        self.oet = OetSittingsEditor(session)
        oet_column.addWidget(self.oet)
        self.body_layout.addWidget(oet_box)
        self.add_verdict("clinical.oet", oet_column)
        self.add_verdict("clinical.requirement")
        self.body_layout.addStretch(1)

    def _build_pathway(self) -> None:
        from app.engine.clinical import pathway_descriptions

        box = QGroupBox(self.tr("Your Pathway"))
        column = QVBoxLayout(box)
        self.pathway_group = QButtonGroup(self)
        self.pathway_buttons: dict[int, QRadioButton] = {}
        descriptions = pathway_descriptions(self.session.ruleset)
        chosen = self.session.value("clinical_skills.pathway")
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
            column.addWidget(button)
            column.addWidget(explanation)
        self.pathway_message = FieldMessage()
        column.addWidget(self.pathway_message)
        self.pathway_group.idClicked.connect(
            lambda number: self.session.set_answer("clinical_skills.pathway", number, save_now=True)
        )
        form = QFormLayout()
        fields = FormBuilder(self.session, form)
        self.fields = fields
        self.pathway_status = fields.combo(
            self.tr("Application &status"),
            "clinical_skills.pathway_status",
            [
                ("not_started", self.tr("Not applied yet")),
                ("applied", self.tr("Applied, waiting for a decision")),
                ("approved", self.tr("Approved")),
                ("rejected", self.tr("Rejected")),
            ],
        )
        self.pathway_cycle = fields.line_edit(
            self.tr("Pathways c&ycle (Match year)"),
            "clinical_skills.pathway_cycle",
            "int",
            help_text=self.tr("Leave empty to use your target Match year."),
        )
        column.addLayout(form)
        self.body_layout.addWidget(box)
        self.add_verdict("clinical.pathway", column)

    def refresh_verdicts(self) -> None:
        super().refresh_verdicts()
        self.pathway_message.show_messages(self.session.problems_at("clinical_skills.pathway"))
