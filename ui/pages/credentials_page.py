"""Medical education credentials: credit years, diploma, transcript, translations, application."""

from __future__ import annotations

from app.engine.items import FieldPath, ItemId
from ui.fields import yes_no_choices
from ui.pages.base import ReadinessPage
from ui.profile_session import ProfileSession
from ui.qt import QFormLayout, QGroupBox, QVBoxLayout, QWidget


class CredentialsPage(ReadinessPage):
    page_key = "credentials"
    answer_paths = (
        FieldPath.CREDIT_YEARS,
        FieldPath.TRANSFERRED_CREDIT_YEARS,
        FieldPath.DIPLOMA_TITLE,
        "application",
    )
    verdict_items = (
        ItemId.CREDIT_YEARS,
        ItemId.DIPLOMA,
        ItemId.TRANSCRIPT,
        ItemId.TRANSLATIONS,
        ItemId.APPLICATION,
    )

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Medical education credentials"))
        self.set_step_title(self.tr("Credentials"))
        self.setSubTitle(
            self.tr("ECFMG verifies your diploma and final transcript with your school.")
        )

    def build(self) -> None:
        yes_no = yes_no_choices()

        left, right = self.add_columns()
        box = QGroupBox(self.tr("Your studies and diploma"))
        column = QVBoxLayout(box)
        form = QFormLayout()
        column.addLayout(form)
        fields = self.form_builder(form)
        self.fields = fields
        self.credit_years = fields.line_edit(
            self.tr("&Credit years"),
            FieldPath.CREDIT_YEARS,
            "number",
            help_text=self.tr("Years of medical school credit on your transcript, e.g. 6."),
        )
        self.transferred = fields.line_edit(
            self.tr("&Transferred credit years"),
            FieldPath.TRANSFERRED_CREDIT_YEARS,
            "number",
            help_text=self.tr("Credit earned at another school and transferred; 0 if none."),
        )
        self.diploma_title = fields.line_edit(
            self.tr("&Diploma title"),
            FieldPath.DIPLOMA_TITLE,
            help_text=self.tr(
                "Type the title exactly as printed on the diploma, in its original language "
                "(for example “Médico Cirujano”): ECFMG compares it word for word."
            ),
        )
        self.diploma_received = fields.combo(
            self.tr("Diploma in &hand"), FieldPath.DIPLOMA_RECEIVED, yes_no
        )
        self.transcript_received = fields.combo(
            self.tr("Final t&ranscript in hand"), FieldPath.TRANSCRIPT_RECEIVED, yes_no
        )
        self.in_english = fields.combo(
            self.tr("Documents in &English"), FieldPath.DOCUMENTS_IN_ENGLISH, yes_no
        )
        self.translations = fields.combo(
            self.tr("Certified trans&lations ready"),
            FieldPath.TRANSLATIONS_READY,
            yes_no,
            help_text=self.tr("Only needed when a document is not in English."),
        )
        left.addWidget(box)
        # The verdicts sit in the column beside the answers they judge.
        for item_id in (
            ItemId.CREDIT_YEARS,
            ItemId.DIPLOMA,
            ItemId.TRANSCRIPT,
            ItemId.TRANSLATIONS,
        ):
            self.add_verdict(item_id, right)

        app_box = QGroupBox(self.tr("Your ECFMG application"))
        app_column = QVBoxLayout(app_box)
        app_form = QFormLayout()
        app_column.addLayout(app_form)
        app_fields = self.form_builder(app_form)
        self.app_fields = app_fields
        self.submitted = app_fields.combo(
            self.tr("Application &submitted"), FieldPath.APPLICATION_SUBMITTED, yes_no
        )
        left.addWidget(app_box)
        self.add_verdict(ItemId.APPLICATION, right)
        left.addStretch(1)
        right.addStretch(1)
        self.body_layout.addStretch(1)
