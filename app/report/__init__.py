"""The printable readiness checklist (PDF): every applicant's name, in any script, on A4 or Letter.

Public face: :func:`write_checklist_pdf`, :func:`default_paper`, :class:`ReportError`.
reportlab is imported only when a writer name is first used, so the paper choice can be offered
without paying for it.
"""

from typing import Any

from app.report.paper import PAPERS, Paper, default_paper

__all__ = [
    "PAPERS",
    "Paper",
    "ReportError",
    "default_paper",
    "render_checklist_pdf",
    "write_checklist_pdf",
]

_WRITER_NAMES = {"ReportError", "render_checklist_pdf", "write_checklist_pdf"}


def __getattr__(name: str) -> Any:
    if name in _WRITER_NAMES:
        from app.report import writer

        return getattr(writer, name)
    raise AttributeError(f"module 'app.report' has no attribute {name!r}")
