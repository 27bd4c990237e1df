"""Documents and IDs: the applicant's identifiers, and each document with the name printed on
it, its case number and its status history; the name check sits beside the names."""

from __future__ import annotations

from app.engine.items import FieldPath, ItemId
from ui.pages.base import ReadinessPage
from ui.profile_session import ProfileSession
from ui.qt import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget


class DocumentsPage(ReadinessPage):
    page_key = "documents_and_ids"
    answer_paths = (
        FieldPath.INTEALTH_ID,
        FieldPath.EPIC_ID,
        FieldPath.AAMC_ID,
        FieldPath.NRMP_ID,
        FieldPath.DOCUMENTS,
    )
    verdict_items = (ItemId.NAME_CONSISTENCY, ItemId.DIPLOMA, ItemId.TRANSCRIPT)

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Documents and IDs"))
        self.set_step_title(self.tr("Documents"))
        self.setSubTitle(
            self.tr(
                "Keep each document's case number and status here, dated as ECFMG tells you. "
                "ECFMG matches names exactly: type each one as printed."
            )
        )

    def build(self) -> None:
        from ui.document_list import DocumentsEditor

        session = self.session
        left, right = self.add_columns()
        box = QGroupBox(self.tr("Your documents"))
        column = QVBoxLayout(box)
        self.editor = DocumentsEditor(session)
        column.addWidget(self.editor)
        self.register_field(FieldPath.DOCUMENTS, self.editor.new_kind)
        left.addWidget(box)
        self._build_identifiers(right)
        right.addWidget(self.editor.history_box)
        # The verdicts that read the documents sit beside them.
        for item_id in (ItemId.NAME_CONSISTENCY, ItemId.DIPLOMA, ItemId.TRANSCRIPT):
            self.add_verdict(item_id, right)
        left.addStretch(1)
        right.addStretch(1)
        self.body_layout.addStretch(1)

    def _build_identifiers(self, column_layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Your IDs"))
        column = QVBoxLayout(box)
        self.usmle_note = QLabel()
        self.usmle_note.setWordWrap(True)
        column.addWidget(self.usmle_note)
        form = QFormLayout()
        column.addLayout(form)
        fields = self.form_builder(form)
        self.fields = fields
        self.intealth_id = fields.line_edit(self.tr("My&Intealth ID"), FieldPath.INTEALTH_ID)
        self.epic_id = fields.line_edit(self.tr("&EPIC ID"), FieldPath.EPIC_ID)
        self.aamc_id = fields.line_edit(
            self.tr("AA&MC ID"), FieldPath.AAMC_ID, placeholder=self.tr("8 digits")
        )
        self.nrmp_id = fields.line_edit(self.tr("N&RMP ID"), FieldPath.NRMP_ID)
        formats = QLabel(
            self.tr(
                "Your ERAS / AAMC ID has 8 digits. No format is published for the MyIntealth, "
                "EPIC and NRMP IDs: type them as shown to you."
            )
        )
        formats.setWordWrap(True)
        formats.setObjectName("fieldHint")
        column.addWidget(formats)
        column_layout.addWidget(box)
        self._show_usmle_id()

    def _show_usmle_id(self) -> None:
        usmle_id = self.session.value(FieldPath.USMLE_ID)
        if isinstance(usmle_id, str) and usmle_id.strip():
            text = self.tr("USMLE ID: {usmle_id} (asked on the first page).").format(
                usmle_id=usmle_id.strip()
            )
        else:
            text = self.tr("Your USMLE ID is asked on the first page.")
        if self.usmle_note.text() != text:
            self.usmle_note.setText(text)

    def refresh_verdicts(self) -> None:
        super().refresh_verdicts()
        self._show_usmle_id()
