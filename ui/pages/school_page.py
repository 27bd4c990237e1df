"""School: find it in the directory as you type (or add it), student or graduate and the
graduation date, and the World Directory's ECFMG note with the core's verdict on it."""

from __future__ import annotations

from html import escape
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import ui.qt as qt
from app.engine.items import FieldPath, ItemId
from ui.fields import FieldMessage, LazyCombo
from ui.pages.applicant_page import country_choices, when_countries_listed
from ui.pages.base import ReadinessPage
from ui.profile_session import ProfileSession
from ui.qt import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.verdicts import open_link

if TYPE_CHECKING:
    from ui.qt import QListWidgetItem

SEARCH_LIMIT = 20


class SchoolPage(ReadinessPage):
    page_key = "school"
    answer_paths = ("school", FieldPath.EDUCATION_STATUS, FieldPath.GRADUATION_DATE)
    verdict_items = (ItemId.IMG_STATUS, ItemId.SPONSOR_NOTE, ItemId.GRADUATION_YEAR)

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Your medical school"))
        self.set_step_title(self.tr("Medical school"))
        self.setSubTitle(self.tr("Find your school, then tell us where you are in your studies."))

    def build(self) -> None:
        session = self.session
        self.matches: list[Any] = []
        self.left, self.right = self.add_columns()
        self._build_search()
        self._build_studies()
        self._build_sponsor_note()
        self.left.addStretch(1)
        self.right.addStretch(1)
        self.body_layout.addStretch(1)
        session.directory_ready.connect(self._directory_ready)
        session.changed.connect(self._show_selected)
        if session.directory is not None or session.directory_error is not None:
            self._directory_ready()
        self._show_selected()

    # -- search --------------------------------------------------------------------------------

    def _build_search(self) -> None:
        box = QGroupBox(self.tr("Find your school"))
        column = QVBoxLayout(box)
        label = QLabel(self.tr("&Search by name, former name, initials or city:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("e.g. Cairo, AIIMS, São Paulo"))
        self.search.setAccessibleName(self.tr("Search for your school"))
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        self.search.textEdited.connect(self.run_search)
        self.register_field(FieldPath.SCHOOL_NAME, self.search)
        column.addWidget(label)
        column.addWidget(self.search)
        self.search_status = QLabel(self.tr("Loading the school list…"))
        self.search_status.setWordWrap(True)
        column.addWidget(self.search_status)
        # Qt's list and note field types are set up as the page is built, not with the wizard.
        self.results = qt.QListWidget()
        self.results.setAccessibleName(self.tr("Schools found"))
        self.results.setMinimumHeight(150)
        self.results.setAlternatingRowColors(True)
        from ui.school_results import TwoLineDelegate

        self.results.setItemDelegate(TwoLineDelegate(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        column.addWidget(self.results)
        # Enter picks the first school here instead of pressing the wizard's Next.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.search)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._pick_first)
            # In the results, Enter chooses the school under the cursor (not the wizard's Next).
            choose_current = QShortcut(QKeySequence(key), self.results)
            choose_current.setContext(Qt.ShortcutContext.WidgetShortcut)
            choose_current.activated.connect(self._choose_current)
        # Down arrow goes from the search into the results, as in a browser's address bar.
        into_results = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        into_results.setContext(Qt.ShortcutContext.WidgetShortcut)
        into_results.activated.connect(self._focus_results)
        self.selected = QLabel()
        self.selected.setWordWrap(True)
        self.selected.setObjectName("selectedSchool")
        column.addWidget(self.selected)
        # Many directory entries have no city (ROR rows unchanged since 2021): the user's own
        # answer is kept with the profile.
        city_form = QFormLayout()
        self.city = self.form_builder(city_form).line_edit(
            self.tr("&City of your school"),
            FieldPath.SCHOOL_CITY,
            help_text=self.tr("Filled in from the list when it knows the city; type it if not."),
        )
        column.addLayout(city_form)
        self.not_listed_button = QPushButton(self.tr("&My school isn't listed"))
        self.not_listed_button.setCheckable(True)
        self.not_listed_button.toggled.connect(self._toggle_add_form)
        row = QHBoxLayout()
        row.addWidget(self.not_listed_button)
        row.addStretch(1)
        column.addLayout(row)
        self.add_form = self._build_add_form()
        self.add_form.hide()
        column.addWidget(self.add_form)
        self.left.addWidget(box)
        self.search.setEnabled(False)

    def _build_add_form(self) -> QWidget:
        holder = QWidget()
        form = QFormLayout(holder)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New school's name"))
        self.new_city = QLineEdit()
        self.new_city.setAccessibleName(self.tr("New school's city"))
        self.new_country = LazyCombo()
        self.new_country.setAccessibleName(self.tr("New school's country"))
        self.new_country.addItem(self.tr("Choose a country"), None)

        def list_countries() -> None:
            for code, name in country_choices():
                self.new_country.addItem(name, code)

        self.new_country.fill_later(list_countries)  # when used, or at once if listed already
        when_countries_listed(self.new_country.fill_now, self.new_country)
        for text, widget in (
            (self.tr("Sc&hool name"), self.new_name),
            (self.tr("Ci&ty"), self.new_city),
            (self.tr("Co&untry"), self.new_country),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.add_message = FieldMessage()
        self.add_button = QPushButton(self.tr("&Add and select this school"))
        self.add_button.clicked.connect(self.add_school)
        form.addRow(self.add_message)
        form.addRow(self.add_button)
        return holder

    def _directory_ready(self) -> None:
        if self.session.directory is None:
            self.search_status.setText(
                self.tr(
                    "The school list could not be loaded ({why}). Use “My school isn't listed” "
                    "to enter your school."
                ).format(why=self.session.directory_error)
            )
            return
        self.search.setEnabled(True)
        self.search_status.setText(self.tr("Type at least two letters."))
        if self.search.text():
            self.run_search(self.search.text())

    def run_search(self, text: str) -> None:
        from ui.school_results import result_item

        directory = self.session.directory
        if directory is None:
            return
        query = text.strip()
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        self.matches = directory.search(query, limit=SEARCH_LIMIT) if len(query) >= 2 else []
        for match in self.matches:
            self.results.addItem(result_item(match))
        self.results.setUpdatesEnabled(True)
        if len(query) < 2:
            self.search_status.setText(self.tr("Type at least two letters."))
        elif self.matches:
            self.search_status.setText(
                self.tr(
                    "Choose your school below (Enter picks the first). "
                    "Not there? Use “My school isn't listed”."
                )
            )
        else:
            self.search_status.setText(
                self.tr("No school matches. Check the spelling, or use “My school isn't listed”.")
            )

    def _choose_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._result_chosen(item)

    def _focus_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _pick_first(self) -> None:
        if self.results.count():
            self._result_chosen(self.results.item(0))

    def _result_chosen(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        if 0 <= row < len(self.matches):
            self.choose_school(self.matches[row])

    def choose_school(self, match: Any) -> None:
        from app.directory import is_canadian

        changed_school = self.session.value(FieldPath.SCHOOL_NAME) != match.name
        set_answer = self.session.set_answer
        set_answer(FieldPath.SCHOOL_NAME, match.name)
        # A school the list knows no city for keeps the city the user typed for it.
        if changed_school or match.city:
            set_answer(FieldPath.SCHOOL_CITY, match.city)
            self.city.setText(match.city or "")
        set_answer(FieldPath.SCHOOL_COUNTRY, match.country)
        set_answer(FieldPath.CANADIAN, bool(match.country) and is_canadian(match.country))
        if changed_school or match.directory_id:
            set_answer(FieldPath.DIRECTORY_ID, match.directory_id)
        if changed_school or match.sponsor_note is not None:
            set_answer(FieldPath.SPONSOR_NOTE, match.sponsor_note)
        self.session.save_unsaved()
        self._load_sponsor_widgets()

    def _toggle_add_form(self, shown: bool) -> None:
        self.add_form.setVisible(shown)
        if shown:
            self.new_name.setText(self.search.text().strip())
            self.new_name.setFocus()

    def add_school(self) -> None:
        name = self.new_name.text().strip()
        country = self.new_country.currentData()
        if not name or not country:
            self.add_message.show_messages(
                [self.tr("Give the school's name and choose its country.")]
            )
            return
        from app.directory import add_user_school, country_name

        city = self.new_city.text().strip() or None
        try:
            # Given the live directory, later searches in this window find the school too.
            add_user_school(
                self.session.store, name, city, country, directory=self.session.directory
            )
        except Exception as exc:  # shown, never raised: the wizard stays open
            problems = getattr(exc, "problems", None)
            self.add_message.show_messages([str(p) for p in problems] if problems else [str(exc)])
            return
        self.add_message.show_messages([])

        # The same shape as a search result; later searches find it once the list is rebuilt.
        added = SimpleNamespace(
            name=name,
            city=city,
            country=country,
            country_name=country_name(country),
            directory_id=None,
            sponsor_note=None,
        )
        self.choose_school(added)
        self.not_listed_button.setChecked(False)

    def _show_selected(self) -> None:
        name = self.session.value(FieldPath.SCHOOL_NAME)
        if not name:
            self.selected.setText(self.tr("No school chosen yet."))
            return
        country = self.session.value(FieldPath.SCHOOL_COUNTRY) or ""
        country_name = dict(country_choices()).get(country.upper(), country)
        place = ", ".join(p for p in (self.session.value(FieldPath.SCHOOL_CITY), country_name) if p)
        self.selected.setText(
            self.tr("<b>Your school:</b> {name}{place}").format(
                name=escape(name), place=escape(f" ({place})") if place else ""
            )
        )
        self.selected.setTextFormat(Qt.TextFormat.RichText)

    # -- studies -------------------------------------------------------------------------------

    def _build_studies(self) -> None:
        box = QGroupBox(self.tr("Your studies"))
        form = QFormLayout(box)
        fields = self.form_builder(form)
        self.studies_fields = fields
        self.status = fields.combo(
            self.tr("&You are a"),
            FieldPath.EDUCATION_STATUS,
            [("student", self.tr("Student")), ("graduate", self.tr("Graduate"))],
        )
        self.graduation_date = fields.line_edit(
            self.tr("&Graduation date"),
            FieldPath.GRADUATION_DATE,
            "date",
            help_text=self._graduation_help(),
        )
        self.right.addWidget(box)
        self.add_verdict(ItemId.IMG_STATUS, self.left)

    def _graduation_help(self) -> str:
        status = self.session.value(FieldPath.EDUCATION_STATUS)
        if status == "student":
            return self.tr("The date you expect to graduate.")
        if status == "graduate":
            return self.tr("The date on your diploma.")
        return self.tr("Students: the date you expect to graduate.")

    def refresh_verdicts(self) -> None:
        super().refresh_verdicts()
        hint = self.studies_fields.hints.get(FieldPath.GRADUATION_DATE)
        text = self._graduation_help()
        if hint is not None and hint.text() != text:  # on every keystroke: only when it changes
            hint.setText(text)
            self.graduation_date.setAccessibleDescription(text)

    # -- sponsor note --------------------------------------------------------------------------

    def _build_sponsor_note(self) -> None:
        from app.sponsor_note import WORLD_DIRECTORY_SEARCH_URL

        box = QGroupBox(self.tr("The World Directory's ECFMG note"))
        column = QVBoxLayout(box)
        self.sponsor_help = QLabel()
        self.sponsor_help.setWordWrap(True)
        self.sponsor_help.setTextFormat(Qt.TextFormat.RichText)
        self.sponsor_help.setOpenExternalLinks(False)
        self.sponsor_help.linkActivated.connect(open_link)
        self._search_url = WORLD_DIRECTORY_SEARCH_URL
        column.addWidget(self.sponsor_help)
        form = QFormLayout()
        fields = self.form_builder(form)
        self.sponsor_fields = fields
        self.directory_id = fields.line_edit(
            self.tr("World &Directory ID"),
            FieldPath.DIRECTORY_ID,
            placeholder=self.tr("e.g. F0000315"),
        )
        metrics = self.directory_id.fontMetrics()
        self.directory_id.setMaximumWidth(
            metrics.horizontalAdvance("F00000000") + 4 * metrics.height()
        )
        self.sponsor_note = qt.QPlainTextEdit()
        self.sponsor_note.setTabChangesFocus(True)
        self.sponsor_note.setMaximumHeight(90)
        self.sponsor_note.setPlaceholderText(
            self.tr("Paste the ECFMG note here, e.g. “Graduation Year: 1980 - Current”")
        )
        self.sponsor_note.setAccessibleName(self.tr("ECFMG note from the World Directory"))
        self.register_field(FieldPath.SPONSOR_NOTE, self.sponsor_note)
        note_label = QLabel(self.tr("&ECFMG note"))
        note_label.setBuddy(self.sponsor_note)
        form.addRow(note_label, self.sponsor_note)
        self.no_note = QCheckBox(self.tr("The listing shows n&o ECFMG note"))
        form.addRow("", self.no_note)
        column.addLayout(form)
        self.right.addWidget(box)
        self._load_sponsor_widgets()
        self.sponsor_note.textChanged.connect(self._note_typed)
        self.no_note.toggled.connect(self._no_note_toggled)
        self.add_verdict(ItemId.SPONSOR_NOTE, self.right)
        self.add_verdict(ItemId.GRADUATION_YEAR, self.right)
        self.directory_id.textEdited.connect(lambda _text: self._update_sponsor_help())
        self._update_sponsor_help()

    def _load_sponsor_widgets(self) -> None:
        note = self.session.value(FieldPath.SPONSOR_NOTE)
        for widget in (self.sponsor_note, self.no_note):
            widget.blockSignals(True)
        self.no_note.setChecked(note == "")
        self.sponsor_note.setPlainText(note or "")
        self.sponsor_note.setEnabled(note != "")
        for widget in (self.sponsor_note, self.no_note):
            widget.blockSignals(False)
        directory_id = self.session.value(FieldPath.DIRECTORY_ID) or ""
        if self.directory_id.text() != directory_id:
            self.directory_id.setText(directory_id)
        self._update_sponsor_help()

    def _update_sponsor_help(self) -> None:
        from app.profile import is_directory_id
        from app.sponsor_note import school_page_url

        directory_id = (self.session.value(FieldPath.DIRECTORY_ID) or "").strip()
        text = self.tr(
            "ECFMG accepts only schools whose World Directory listing carries an ECFMG note "
            'covering your graduation year. Open <a href="{url}">{url}</a>, find your school, '
            "open its <i>Sponsor Notes</i> tab and paste the ECFMG note below."
        ).format(url=self._search_url)
        if directory_id and is_directory_id(directory_id):
            page = school_page_url(directory_id.upper())
            text += "<br>" + self.tr('Your school\'s page: <a href="{url}">{url}</a>').format(
                url=page
            )
        self.sponsor_help.setText(text)

    def _note_typed(self) -> None:
        text = self.sponsor_note.toPlainText()
        self.session.set_answer(FieldPath.SPONSOR_NOTE, text if text.strip() else None)

    def _no_note_toggled(self, checked: bool) -> None:
        self.sponsor_note.setEnabled(not checked)
        if checked:
            self.sponsor_note.blockSignals(True)
            self.sponsor_note.clear()
            self.sponsor_note.blockSignals(False)
        self.session.set_answer(FieldPath.SPONSOR_NOTE, "" if checked else None, save_now=True)
