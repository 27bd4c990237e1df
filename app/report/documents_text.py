"""The documents as text and JSON for `python -m app profiles show NAME --documents`: the
applicant's identifiers, each document with its case number, the name printed on it and the
name check's finding, its status on the assessment date (days waiting for one that waits) and
its history; then the name check item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.checklist import STATUS_LABELS
from app.cli import printable
from app.engine.documents import (
    IDENTIFIERS,
    document_states,
    history_as_of,
    identifier,
    state_line,
    status_label,
)
from app.engine.items import FIELD_LABELS, ItemId
from app.engine.names import check_names
from app.i18n import _, format_date
from app.profile import Profile
from app.rules import Ruleset


def _text(value: object) -> str | None:
    """A text answer as shown: stripped; None when not given."""
    return value.strip() or None if isinstance(value, str) else None


def documents_text(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> list[str]:
    """The lines `show --documents` prints (terminal escapes made harmless by the caller)."""
    from app.engine.credentials import name_consistency_item

    not_answered = _("(not answered)")
    lines = [_("Identifiers:")]
    for path in IDENTIFIERS:
        value = identifier(profile, path) or not_answered
        lines.append("  " + _("{label}: {value}").format(label=FIELD_LABELS[path], value=value))
    lines.append(_("Documents, as of {date}:").format(date=format_date(as_of)))
    if not profile.documents:
        lines.append("  " + _("(none entered yet)"))
    check = check_names(profile)
    for state in document_states(profile, as_of):
        document = state.document
        facts = [state.label]
        case, language = _text(document.case_number), _text(document.language)
        if case:
            # Translators: the case number ECFMG gave a document, in a list of its facts.
            facts.append(_("case {case}").format(case=case))
        if language:
            facts.append(language)
        lines.append(f"  {state.index + 1}. " + " · ".join(facts))
        finding = check.finding_for(state.index)
        name = (document.name_as_printed or "").strip()
        if name:
            words = finding.words if finding else _("the name of record")
            printed = _("name as printed: {name} ({finding})").format(name=name, finding=words)
        else:
            printed = _("name as printed: {name}").format(name=not_answered)
        lines.append("     " + printed)
        lines.append("     " + _("status: {status}").format(status=state_line(state)))
        for entry in history_as_of(document, dt.date.max):
            assert entry.date is not None  # history_as_of keeps dated entries only
            reason = " ".join((entry.reason or "").split())
            label = status_label(entry.status)
            later = entry.date > as_of
            lines.append("       " + _history_line(entry.date, label, reason, later))
    item = name_consistency_item(profile, ruleset)
    lines.append(
        _("Name check: {status}. {reason}").format(
            status=STATUS_LABELS[item.status], reason=item.reason
        )
    )
    if item.next_step:
        lines.append("  " + _("Next step: {step}").format(step=item.next_step))
    lines.append("  " + _("Rule: {source}").format(source=item.source))
    return lines


def _history_line(day: dt.date, status: str, reason: str, later: bool) -> str:
    """One dated entry of a document's history: '2026-03-02  Rejected: blurred scan'."""
    date = format_date(day)
    if reason and later:
        return _("{date}  {status}: {reason} (after the assessment date)").format(
            date=date, status=status, reason=reason
        )
    if reason:
        return _("{date}  {status}: {reason}").format(date=date, status=status, reason=reason)
    if later:
        return _("{date}  {status} (after the assessment date)").format(date=date, status=status)
    return _("{date}  {status}").format(date=date, status=status)


def documents_json(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> dict[str, Any]:
    """The same for scripts: identifiers, documents with current status, and the item."""
    from app.engine.credentials import name_consistency_item

    check = check_names(profile)
    documents = []
    for state in document_states(profile, as_of):
        finding = check.finding_for(state.index)
        documents.append(
            {
                "kind": state.document.kind,
                "name_as_printed": state.document.name_as_printed,
                "language": state.document.language,
                "case_number": state.document.case_number,
                "name_proof": state.document.name_proof,
                "status": state.status,
                "status_line": state_line(state),
                "waiting_since": state.waiting_since.isoformat() if state.waiting_since else None,
                "days_waiting": state.days_waiting,
                "name_check": finding.words if finding else None,
                "history": [
                    {
                        "status": e.status,
                        "date": e.date.isoformat() if e.date else None,
                        "reason": e.reason,
                    }
                    for e in state.document.history
                ],
            }
        )
    return {
        "as_of": as_of.isoformat(),
        "identifiers": {
            path.value.split(".")[1]: identifier(profile, path) for path in IDENTIFIERS
        },
        "documents": documents,
        ItemId.NAME_CONSISTENCY.value: name_consistency_item(profile, ruleset).to_dict(),
    }


def print_documents(profile: Profile, ruleset: Ruleset, as_of: dt.date) -> None:
    for line in documents_text(profile, ruleset, as_of):
        print(printable(line))
