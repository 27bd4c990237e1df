"""The language the core speaks: gettext catalogs for every user-facing sentence in ``app/``.

English is the source text and the reference: with no catalog (or ``en``) every function here
returns its argument unchanged, so English output never depends on a catalog. Spanish and Arabic
catalogs live in ``resources/locale/<code>/LC_MESSAGES/img_readiness.po`` (compiled ``.mo``
beside them; ``make translations`` extracts, updates and compiles, see README).

How to mark text (the checklist for anyone adding a sentence):
- ``_("Step 1 passed on {date}.").format(date=format_date(day))``: whole sentences, named
  placeholders (never ``%s``, never an f-string inside ``_()``; translators reorder words);
- ``ngettext("{count} day", "{count} days", n).format(count=n)`` wherever a number counts
  something (Arabic has six plural forms);
- ``N_("...")`` marks text kept in a module-level constant; translate it with ``_()`` where it is
  shown, never at import (the language is chosen after import);
- dates shown to a person go through ``format_date`` / ``format_month`` (ISO in English, as the
  official documents and the tests read them; the locale's own form elsewhere); machine output
  (JSON keys, ids, ISO dates in JSON) is never translated.

One language per process, chosen once at start (``set_language``) by the CLI's ``--lang``, the
app's remembered choice or the environment's locale; worker threads read the same catalog.
"""

from __future__ import annotations

import gettext
import os
import threading
from collections.abc import Mapping

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (every command loads this)
if TYPE_CHECKING:
    import datetime as dt

DOMAIN = "img_readiness"
ENGLISH = "en"
# Code → the language's own name (shown in the language menu, never translated).
LANGUAGES: Mapping[str, str] = {"en": "English", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})

_lock = threading.Lock()
_language = ENGLISH
_catalog: gettext.NullTranslations = gettext.NullTranslations()


def locale_dir() -> os.PathLike[str] | str:
    """The folder of compiled gettext catalogs (``<code>/LC_MESSAGES/img_readiness.mo``)."""
    from app.paths import resources_dir

    return resources_dir() / "locale"


def supported(code: str | None) -> str | None:
    """The supported language a locale name asks for (``es_MX.UTF-8`` → ``es``), or None."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, in gettext's order (LANGUAGE, which may list
    several, then LC_ALL, LC_MESSAGES, LANG); English when none is supported. ``C`` and
    ``POSIX`` mean English."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for part in value.split(":"):
            code = supported(part)
            if code:
                return code
        if variable != "LANGUAGE":
            return ENGLISH  # the first set LC_* decides, as gettext does
    return ENGLISH


def set_language(code: str | None) -> str:
    """Use ``code``'s catalog from now on (unknown or None: English). Returns the language in
    use. A missing catalog falls back to English and is logged, never raised."""
    global _language, _catalog
    chosen = supported(code) or ENGLISH
    catalog: gettext.NullTranslations = gettext.NullTranslations()
    if chosen != ENGLISH:
        try:
            catalog = gettext.translation(DOMAIN, str(locale_dir()), languages=[chosen])
        except OSError as exc:
            import logging  # lazy: a command that logs nothing does not import it (5 ms)

            logging.getLogger(__name__).warning(
                "No %s catalog, so English is used: %s", chosen, exc
            )
            chosen = ENGLISH
    with _lock:
        _language, _catalog = chosen, catalog
    return chosen


def language() -> str:
    """The language in use: ``en``, ``es`` or ``ar``."""
    return _language


def is_right_to_left(code: str | None = None) -> bool:
    """Whether ``code`` (default: the language in use) is written right to left."""
    return (code or _language) in RIGHT_TO_LEFT


def _(message: str) -> str:
    """``message`` in the language in use (itself in English or when not yet translated)."""
    return _catalog.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted sentence for ``count`` in the language in use."""
    return _catalog.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` translated in ``context``, for one English word that needs two translations
    (a verdict "met" and a date "met")."""
    return _catalog.pgettext(context, message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalog without translating it (module-level constants)."""
    return message


def format_date(day: dt.date) -> str:
    """A date for a person: ISO (2027-03-19) in English, as on the official pages and documents;
    the locale's form elsewhere (19 mar 2027; 19 مارس 2027, in Western digits as on the
    documents the applicant holds)."""
    if _language == ENGLISH:
        return day.isoformat()
    from babel.dates import format_date as babel_format_date  # lazy: only for a translation

    # Arabic's medium form (19‏/03‏/2027) carries direction marks and reads ambiguously inside a
    # sentence; its long form names the month (19 مارس 2027).
    style = "long" if _language == "ar" else "medium"
    return babel_format_date(day, format=style, locale=_babel_locale())


def format_month(day: dt.date) -> str:
    """A month and year for an approximate date (March 2027; marzo de 2027)."""
    if _language == ENGLISH:
        return day.strftime("%B %Y")
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", day, locale=_babel_locale())


def format_datetime(moment: dt.datetime) -> str:
    """A date and time of day for a person (the last edit of a profile)."""
    if _language == ENGLISH:
        return moment.strftime("%Y-%m-%d %H:%M")
    from babel.dates import format_datetime as babel_format_datetime

    return babel_format_datetime(moment, format="short", locale=_babel_locale())


def _babel_locale() -> str:
    # Babel writes date digits as Western digits in every locale (Arabic included), so scores,
    # dates and IDs read as on the applicant's documents.
    return _language
