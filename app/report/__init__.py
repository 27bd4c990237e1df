"""The printable readiness checklist (PDF): every applicant's name, in any script, on A4 or Letter.

Public face: :func:`write_checklist_pdf`, :func:`default_paper`, :class:`ReportError`.
reportlab is imported here, so import this package only when a PDF is wanted.
"""

from app.report.paper import PAPERS, Paper, default_paper
from app.report.writer import ReportError, render_checklist_pdf, write_checklist_pdf

__all__ = [
    "PAPERS",
    "Paper",
    "ReportError",
    "default_paper",
    "render_checklist_pdf",
    "write_checklist_pdf",
]
