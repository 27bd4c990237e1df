"""The PDF's "Documents and IDs" section: the applicant's identifiers, then one row per document
with its case number, the name printed on it with the name check's finding, and its status on
the assessment date (how long it has waited, for one that waits)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, Spacer

from app.engine.documents import IDENTIFIERS, document_states, identifier, state_line
from app.engine.items import FIELD_LABELS
from app.engine.names import check_names
from app.i18n import N_, _
from app.profile import Profile
from app.report.flowables import INK, MUTED, RULE
from app.report.text import Span

if TYPE_CHECKING:
    from app.report.document import StoryBuilder

SECTION_TITLE = N_("Documents and IDs")


def identifiers_line(profile: Profile) -> str:
    """'USMLE ID 5-123-456-7 · EPIC ID C-1234' (the identifiers given); '' when none is."""
    given = []
    for path in IDENTIFIERS:
        value = identifier(profile, path)
        if value:
            # Translators: an identifier's name and its value ("USMLE ID 5-123-456-7").
            given.append(_("{label} {value}").format(label=FIELD_LABELS[path], value=value))
    return " · ".join(given)


def documents_flowables(builder: StoryBuilder, profile: Profile, as_of: dt.date) -> list[Flowable]:
    """The section, or [] when the profile holds neither documents nor identifiers."""
    ids = identifiers_line(profile)
    if not profile.documents and not ids:
        return []
    flowables: list[Flowable] = [builder.area_heading(_(SECTION_TITLE))]
    if ids:
        flowables.append(builder.para(ids, 9, INK, 4))
    if not profile.documents:
        flowables.append(builder.para(_("No documents entered yet."), 9, MUTED))
        return flowables
    check = check_names(profile)
    header: list[object] = [builder.para([Span(_(t), "bold")], 8.5, MUTED) for t in _HEADINGS]
    rows: list[list[Any]] = [header]
    for state in document_states(profile, as_of):
        document = state.document
        first: list[Flowable] = [builder.para([Span(state.label, "bold")], 9)]
        case = (document.case_number or "").strip()
        language = (document.language or "").strip()
        if case:
            # Translators: the case number ECFMG gave a document.
            first.append(builder.para(_("Case {case}").format(case=case), 8, MUTED))
        if language:
            first.append(builder.para(language, 8, MUTED))
        finding = check.finding_for(state.index)
        name: list[Flowable] = [builder.value(document.name_as_printed)]
        if finding is not None and document.name_as_printed:
            words = _("Name check: {finding}").format(finding=finding.words)
            name.append(builder.para(words, 8, MUTED))
        elif finding is None and document.name_as_printed:
            name.append(builder.para(_("Name check: the name of record"), 8, MUTED))
        rows.append([first, name, builder.para(state_line(state), 9)])
    widths = [118.0, builder.width - 118.0 - 150.0, 150.0]
    table = builder.table(
        rows,
        widths,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-2, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ],
        hAlign="LEFT",
        repeatRows=1,
    )
    flowables.extend([table, Spacer(1, 6)])
    return flowables


_HEADINGS = (N_("Document"), N_("Name as printed"), N_("Status on the assessment date"))
