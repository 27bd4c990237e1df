"""The group report as an Excel workbook (openpyxl, written in streaming mode): one sheet of
applicants with a frozen header and a filter on every column, and a sheet saying what it is."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.checklist import ITEM_IDS
from app.i18n import N_, _, format_date, language

if TYPE_CHECKING:
    from app.report.group import GroupReport

# What XML (and so a workbook) cannot hold: C0 controls but tab and line breaks.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WIDTHS = {"name": 28, "blocking_reason": 60, "next_step": 50, "advisor_note": 40}
# The header of a workbook in another language than English: each column's name for a person
# (English keeps the ids, as in the CSV; the "About" sheet maps ids to these names).
COLUMN_TITLES: dict[str, str] = {
    "number": N_("Number"),
    "name": N_("Name"),
    "target_match_year": N_("Target Match"),
    "overall": N_("Overall"),
    "readiness": N_("Readiness"),
    "progress": N_("Progress"),
    "blocking_item": N_("Blocking item"),
    "blocking_status": N_("Its status"),
    "blocking_reason": N_("Why"),
    "next_step": N_("Next step"),
    "next_deadline_date": N_("Next deadline date"),
    "next_deadline": N_("Next deadline"),
    "advisor_note": N_("Advisor's note"),
    "note_dated": N_("Note dated"),
    "last_edited": N_("Last edited"),
}
# Sheet names: at most 31 characters, none of []:*?/\
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def column_title(column: str) -> str:
    """A column's header: its id in English (as in the CSV), its name in another language."""
    if language() == "en":
        return column
    if column in COLUMN_TITLES:
        return _(COLUMN_TITLES[column])
    item = next((i for i in ITEM_IDS if i.value == column), None)
    return item.label if item is not None else column


def _sheet_name(name: str) -> str:
    return _SHEET_NAME_FORBIDDEN.sub(" ", name)[:31]


def workbook_bytes(
    report: GroupReport, rows: Sequence[dict[str, Any]], columns: Sequence[str]
) -> bytes:
    book = Workbook(write_only=True)
    # Translators: a sheet's name in the group report workbook (at most 31 characters).
    sheet = book.create_sheet(_sheet_name(_("Applicants")))
    for position, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = _WIDTHS.get(column, 16)
    sheet.freeze_panes = "C2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column_title(column))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_cell(sheet, row[column]) for column in columns])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    from app.report.document import GUIDANCE_NOTICE
    from app.report.group import FILTER_LABELS

    # Translators: a sheet's name in the group report workbook (at most 31 characters).
    about = book.create_sheet(_sheet_name(_("About")))
    about.append([_("IMG Readiness group report")])
    about.append([_("Assessed on"), format_date(report.as_of)])
    about.append([_("Rules"), report.rules_line])
    if report.only is None:
        shown = _("all profiles")
    elif language() == "en":
        shown = report.only.value
    else:
        shown = _(FILTER_LABELS[report.only])
    about.append([_("Filter"), shown])
    about.append([_("Applicants"), len(rows)])
    about.append([_(GUIDANCE_NOTICE)])
    about.append([])
    about.append([_("Column"), _("What it holds")])
    if language() != "en":  # the header names columns for a person: here are their ids
        for column in columns:
            if column in COLUMN_TITLES:
                about.append([column, _(COLUMN_TITLES[column])])
    for item in ITEM_IDS:
        # Translators: the values after the title are ids, kept in English in every language.
        holds = _("{title} (met, not_met, pending, needs_info, …)").format(title=item.label)
        about.append([item.value, holds])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell(sheet: Any, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, value=_NOT_IN_XML.sub("\ufffd", value))
    cell.data_type = "s"  # text stays text, even "=SUM(A1)" typed as a name
    return cell
