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

if TYPE_CHECKING:
    from app.report.group import GroupReport

# What XML (and so a workbook) cannot hold: C0 controls but tab and line breaks.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WIDTHS = {"name": 28, "blocking_reason": 60, "next_step": 50, "advisor_note": 40}
_ITEM_TITLES = {item.value: item.label for item in ITEM_IDS}


def workbook_bytes(
    report: GroupReport, rows: Sequence[dict[str, Any]], columns: Sequence[str]
) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Applicants")
    for position, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = _WIDTHS.get(column, 16)
    sheet.freeze_panes = "C2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        if column in _ITEM_TITLES:  # the id is the column's name; its title says what it is
            cell.value = column
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_cell(sheet, row[column]) for column in columns])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    about = book.create_sheet("About")
    about.append(["IMG Readiness group report"])
    about.append(["Assessed on", report.as_of.isoformat()])
    about.append(["Rules", report.rules_line])
    about.append(["Filter", report.only.value if report.only else "all profiles"])
    about.append(["Applicants", len(rows)])
    about.append(["Guidance, not an official decision: ECFMG decides."])
    about.append([])
    about.append(["Column", "What it holds"])
    for item in ITEM_IDS:
        about.append([item.value, f"{item.label} (met, not_met, pending, needs_info, …)"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell(sheet: Any, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, value=_NOT_IN_XML.sub("\ufffd", value))
    cell.data_type = "s"  # text stays text, even "=SUM(A1)" typed as a name
    return cell
