"""Where each document stands on the assessment date: its current status, and how long it has
waited since it was sent. Every surface (the wizard, the PDF, the CLI) shows these words.

Only dated entries count, in date order (entries of one day in the order entered), and only
those on or before ``as_of``: the history is judged as it stood on the assessment date, never
by the computer's clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.engine.items import FieldPath
from app.i18n import ENGLISH, N_, _, format_date, language, ngettext, pgettext
from app.profile import (
    DOCUMENT_KIND_LABELS,
    DOCUMENT_STATUS_LABELS,
    Document,
    Profile,
    StatusEntry,
)

# The applicant's identifiers, in the order every surface lists them.
IDENTIFIERS: tuple[FieldPath, ...] = (
    FieldPath.USMLE_ID,
    FieldPath.INTEALTH_ID,
    FieldPath.EPIC_ID,
    FieldPath.AAMC_ID,
    FieldPath.NRMP_ID,
)

# A document in one of these is with ECFMG or the school, waiting for an answer.
WAITING_STATUSES = frozenset({"uploaded", "sent_to_school", "resubmitted"})
# These end a wait (and "not yet sent" means nothing is on its way).
SETTLED_STATUSES = frozenset({"verified", "rejected", "not_sent"})
# The status a document usually reaches next: what the wizard proposes when one is added.
LIKELY_NEXT: dict[str | None, str] = {
    None: "uploaded",
    "not_sent": "uploaded",
    "uploaded": "sent_to_school",
    "sent_to_school": "verified",
    "verified": "verified",
    "rejected": "resubmitted",
    "resubmitted": "sent_to_school",
}


@dataclass(frozen=True)
class DocumentState:
    """One document as of the assessment date."""

    index: int  # its place in profile.documents
    document: Document
    current: StatusEntry | None  # the latest dated entry on or before as_of; None: no entry
    waiting_since: dt.date | None  # when the current round was sent (uploaded or resubmitted)
    at_school_since: dt.date | None  # when ECFMG sent it to the school, in the current round
    days_waiting: int | None  # as_of − waiting_since, while it waits
    waiting_from: str | None = None  # the status that started the wait (uploaded, resubmitted…)

    @property
    def status(self) -> str | None:
        return self.current.status if self.current is not None else None

    @property
    def label(self) -> str:
        """'Final medical diploma' (or 'Document 3' when its kind is not given)."""
        return kind_label(self.document.kind, self.index)

    @property
    def is_waiting(self) -> bool:
        return self.status in WAITING_STATUSES


def kind_label(kind: str | None, index: int) -> str:
    """The document's kind in the language in use ('Final medical diploma'; 'Document 3')."""
    label = DOCUMENT_KIND_LABELS.get(kind or "")
    if label is None:
        return _("Document {number}").format(number=index + 1)
    return _(label)


def status_label(status: str | None) -> str:
    """A document status in the language in use ('Verified'; 'No status yet')."""
    label = DOCUMENT_STATUS_LABELS.get(status or "")
    return _(label) if label is not None else _("No status yet")


def history_as_of(document: Document, as_of: dt.date) -> list[StatusEntry]:
    """The dated entries with a status, on or before ``as_of``, oldest first."""
    entries = [
        e
        for e in document.history
        if e.status is not None and e.date is not None and e.date <= as_of
    ]
    # sorted() is stable: entries of the same day keep the order they were entered in.
    return sorted(entries, key=lambda e: e.date or dt.date.min)


def document_state(document: Document, index: int, as_of: dt.date) -> DocumentState:
    """Where ``document`` stands on ``as_of``."""
    history = history_as_of(document, as_of)
    waiting_since: dt.date | None = None
    at_school_since: dt.date | None = None
    waiting_from: str | None = None
    for entry in history:
        if entry.status in WAITING_STATUSES:
            if waiting_since is None or entry.status == "resubmitted":
                waiting_since, waiting_from = entry.date, entry.status
                at_school_since = None
            if entry.status == "sent_to_school":
                at_school_since = entry.date
        elif entry.status in SETTLED_STATUSES:
            waiting_since = at_school_since = waiting_from = None
    current = history[-1] if history else None
    days = (as_of - waiting_since).days if waiting_since is not None else None
    return DocumentState(
        index, document, current, waiting_since, at_school_since, days, waiting_from
    )


def document_states(profile: Profile, as_of: dt.date) -> list[DocumentState]:
    """Every document of the profile, in the order entered."""
    return [document_state(d, i, as_of) for i, d in enumerate(profile.documents)]


def states_of_kind(profile: Profile, kind: str, as_of: dt.date) -> list[DocumentState]:
    return [s for s in document_states(profile, as_of) if s.document.kind == kind]


def count_text(number: int) -> str:
    """A count as written in the language in use (1,234 in English; 1234 or 1.234 elsewhere)."""
    if language() == ENGLISH:
        return f"{number:,}"
    from babel.numbers import format_decimal  # lazy: only for a translation

    return format_decimal(number, locale=language())


def days_text(days: int) -> str:
    return ngettext("{count} day", "{count} days", days).format(count=count_text(days))


# A status on a date: one sentence per status, so each language can agree it with its subject.
_STATUS_ON: dict[str, str] = {
    "not_sent": N_("Not yet sent on {date}"),
    "uploaded": N_("Uploaded on {date}"),
    "sent_to_school": N_("Sent to the school for verification on {date}"),
    "verified": N_("Verified on {date}"),
    "rejected": N_("Rejected on {date}"),
    "resubmitted": N_("Resubmitted on {date}"),
}


def _status_on(status: str | None, day: dt.date) -> str:
    template = _STATUS_ON.get(status or "")
    if template is None:
        # Translators: {status} is a document's status ("Verified"), {date} its date.
        return pgettext("document status", "{status} on {date}").format(
            status=status_label(status), date=format_date(day)
        )
    return _(template).format(date=format_date(day))


def _waiting_text(state: DocumentState, since_other_day: bool) -> str:
    """'waiting 283 days' or 'waiting 283 days since you uploaded it on 2025-02-01'."""
    days = state.days_waiting or 0
    count = count_text(days)
    if not since_other_day or state.waiting_since is None:
        return ngettext("waiting {count} day", "waiting {count} days", days).format(count=count)
    since = format_date(state.waiting_since)
    if state.waiting_from == "uploaded":
        text = ngettext(
            "waiting {count} day since you uploaded it on {date}",
            "waiting {count} days since you uploaded it on {date}",
            days,
        )
    elif state.waiting_from == "resubmitted":
        text = ngettext(
            "waiting {count} day since you resubmitted it on {date}",
            "waiting {count} days since you resubmitted it on {date}",
            days,
        )
    else:
        text = ngettext(
            "waiting {count} day since it was sent on {date}",
            "waiting {count} days since it was sent on {date}",
            days,
        )
    return text.format(count=count, date=since)


def state_line(state: DocumentState) -> str:
    """'Sent to the school for verification on 2025-02-15 · waiting 283 days since you uploaded
    it on 2025-02-01'; 'Rejected on 2025-11-03: the seal is missing'; 'No status yet'."""
    entry = state.current
    if entry is None or entry.date is None:
        return status_label(None)
    line = _status_on(entry.status, entry.date)
    if entry.status == "rejected":
        reason = " ".join((entry.reason or "").split())
        if reason:
            # Translators: {status} is "Rejected on {date}"; {reason} is ECFMG's, as typed.
            line = pgettext("document status", "{status}: {reason}").format(
                status=line, reason=reason
            )
        else:
            line = pgettext("document status", "{status} (no reason recorded)").format(status=line)
    if state.days_waiting is not None and state.waiting_since is not None:
        waiting = _waiting_text(state, state.waiting_since != entry.date)
        # Translators: a document's status, then how long it has waited for an answer.
        line = pgettext("document status", "{status} · {waiting}").format(
            status=line, waiting=waiting
        )
    return line


def identifier(profile: Profile, path: FieldPath) -> str | None:
    """One of IDENTIFIERS as given (stripped); None when not answered."""
    section, name = path.value.split(".")
    value = getattr(getattr(profile, section), name)
    return value.strip() or None if isinstance(value, str) else None
