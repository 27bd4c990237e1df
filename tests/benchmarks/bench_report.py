"""Time to write the printable checklist of a full profile, and the PDF's size.

Baseline: an empty reportlab document (one blank page) written to a file in the same run, so the
ratio says what the checklist costs over reportlab's own fixed price. Target: a median under
300 ms per checklist (export must feel immediate; the design's budget is "well under a second").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.engine.evaluate import evaluate
from app.report import write_checklist_pdf
from app.report.sample import sample_profile
from app.rules import load_ruleset
from tests.benchmarks.conftest import time_calls

AS_OF = dt.date(2026, 11, 25)
REPEAT = 25


def _empty_document(path: Path) -> None:
    canvas = Canvas(str(path), pagesize=A4)
    canvas.showPage()
    canvas.save()


def test_bench_checklist_pdf(bench, tmp_path: Path):
    ruleset = load_ruleset()
    for script, label in (("latin", "latin name"), ("arabic", "arabic name"), ("korean", "CJK")):
        profile = sample_profile(script)
        checklist = evaluate(profile, ruleset, AS_OF)
        target = tmp_path / f"{script}.pdf"
        baseline = time_calls(lambda: _empty_document(tmp_path / "empty.pdf"), REPEAT)
        samples = time_calls(
            lambda p=profile, c=checklist, t=target: write_checklist_pdf(p, c, t, "a4"), REPEAT
        )
        bench.record(
            f"report.write_checklist_pdf ({label})", samples, target=300.0, baseline=baseline
        )
        bench.value(f"report.pdf_size ({label})", target.stat().st_size / 1024, "KB", target=1024.0)
