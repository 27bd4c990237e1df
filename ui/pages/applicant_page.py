"""Welcome: who the applicant is, the target Match with the core's word on its calendar, and the
notice that this is guidance with the rules' date."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from html import escape

from app.engine.items import FieldPath, ItemId
from ui.fields import LazyCombo
from ui.pages.base import ReadinessPage
from ui.profile_session import ProfileSession
from ui.qt import QFormLayout, QFrame, QLabel, QObject, QTimer, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)


def country_choices() -> list[tuple[str, str]]:
    """(alpha-2 code, name) for every country and Kosovo (XK, as the school list has it), in
    the order a reader looks for them: Åland with the A's, Côte d'Ivoire before Croatia. The
    names are in the language in use (pycountry's own translations), the codes never change."""
    from app.i18n import language

    return _country_choices(language())


def when_countries_listed(then: Callable[[], None], owner: QObject) -> None:
    """Call ``then`` (on the UI thread) once the countries are listed in the language in use:
    at once when they are, else after the worker has listed them (pycountry's import reads the
    installed packages' metadata: 20-30 ms the window need not wait for). Not called if
    ``owner`` is gone by then, nor if listing failed (``then`` may list them itself)."""
    from app.i18n import language
    from ui.worker import run_in_background

    code = language()
    if code in _LISTED:
        then()
        return

    def list_on_the_worker() -> None:
        run_in_background(
            lambda: _country_choices(code),
            lambda _listed: then(),
            lambda error: logger.warning("The countries could not be listed: %s", error),
            owner=owner,
        )

    # Once the window is up: the worker would hold Python's lock while the page is being built.
    QTimer.singleShot(0, owner, list_on_the_worker)


_LISTED: dict[str, list[tuple[str, str]]] = {}


def _country_choices(code: str) -> list[tuple[str, str]]:
    listed = _LISTED.get(code)
    if listed is None:  # on the worker, or on the UI thread if asked for first
        listed = _LISTED.setdefault(code, _list_countries(code))
    return listed


def _list_countries(code: str) -> list[tuple[str, str]]:
    import contextlib
    import gettext

    import pycountry

    from app.directory.entries import EXTRA_COUNTRIES

    names: gettext.NullTranslations = gettext.NullTranslations()
    if code != "en":
        with contextlib.suppress(OSError):  # no translation of the names: the English ones
            names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])

    def shown(country: object) -> str:
        name = getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]
        translated = names.gettext(name)
        if translated == name and name != country.name:  # type: ignore[attr-defined]
            translated = names.gettext(country.name)  # type: ignore[attr-defined]
        return translated

    countries = [(c.alpha_2, shown(c)) for c in pycountry.countries]
    countries += [(alpha_2, names.gettext(name)) for alpha_2, name in EXTRA_COUNTRIES.items()]
    return sorted(countries, key=lambda pair: _reading_order(pair[1]))


def _reading_order(name: str) -> str:
    """The name without accents, case-folded: the order of an index, whatever the locale."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class ApplicantPage(ReadinessPage):
    page_key = "applicant"
    answer_paths = ("applicant", FieldPath.TARGET_MATCH_YEAR)
    verdict_items = (ItemId.MATCH_CYCLE,)

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Welcome"))
        self.set_step_title(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "This wizard checks your path to ECFMG Certification step by step. "
                "Every answer is saved as you go; you can stop and come back at any time."
            )
        )

    def build(self) -> None:
        session = self.session
        rules = session.ruleset
        text = self.tr(
            "<b>Guidance, not an official decision.</b> Verdicts follow the published rules "
            "of ECFMG, USMLE and OET as of <b>{updated}</b> (rules version {version}). Only "
            "ECFMG decides; confirm each point with the official source shown beside it."
        ).format(updated=rules.updated.isoformat(), version=rules.version)
        rules_notice = session.checklist.rules_notice  # fixed for the session: as_of is
        if rules_notice:
            text += f"<br><br>{escape(rules_notice)}"
        self.notice = QLabel(text)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("guidanceNotice")
        notice_frame = QFrame()
        notice_frame.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(notice_frame).addWidget(self.notice)
        self.body_layout.addWidget(notice_frame)

        form = QFormLayout()
        self.body_layout.addLayout(form)
        fields = self.form_builder(form)
        self.fields = fields
        self.full_name = fields.line_edit(
            self.tr("&Full name"),
            FieldPath.FULL_NAME,
            help_text=self.tr("Exactly as on your passport, in any script. Needed to go on."),
            empty_means_none=False,
        )
        self.usmle_id = fields.line_edit(
            self.tr("&USMLE ID"),
            FieldPath.USMLE_ID,
            placeholder=self.tr("e.g. 5-123-456-7"),
            help_text=self.tr("8 digits, as on your score reports. Leave empty if you have none."),
        )
        self.email = fields.line_edit(self.tr("&E-mail"), FieldPath.EMAIL)
        # The countries are listed when the combo is first used, or once the worker has.
        self.citizenship = fields.combo(
            self.tr("&Citizenship"), FieldPath.CITIZENSHIP, country_choices
        )
        self.match_year = fields.line_edit(
            self.tr("Target &Match year"),
            FieldPath.TARGET_MATCH_YEAR,
            "int",
            placeholder=self.tr("e.g. {year}").format(year=session.as_of.year + 1),
            help_text=self.tr("The residency Match you aim for."),
        )
        # The core's word on that Match (ahead, held, or beyond these rules), under its field.
        self.add_verdict(ItemId.MATCH_CYCLE)
        self.body_layout.addStretch(1)
        if isinstance(self.citizenship, LazyCombo) and not self.citizenship.filled:
            when_countries_listed(self.citizenship.fill_now, self.citizenship)

    def isComplete(self) -> bool:
        # The name heads every checklist: the one answer needed before moving on (as typed in
        # its field; before the page is built, as saved).
        name = self.full_name.text() if self.built else self.session.value(FieldPath.FULL_NAME)
        return isinstance(name, str) and bool(name.strip()) and super().isComplete()
