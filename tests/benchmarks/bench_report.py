"""Time to write the printable checklist of a full profile, and the PDF's size.

Baseline: an empty reportlab document (one blank page) written to a file in the same run, so the
ratio says what the checklist costs over reportlab's own fixed price. Target: a median under
300 ms per checklist (export must feel immediate; the design's budget is "well under a second"),
30 ms for a Latin-script profile (issue 13: with reportlab's C accelerator, rl_accel, and a
per-character script look-up by bisection and cache). ``cpu`` is this thread's CPU time; the wall
time also holds the fsync of the written file (the disk's).
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
from tests.benchmarks.conftest import time_calls, time_calls_with_cpu

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
        samples, cpu = time_calls_with_cpu(
            lambda p=profile, c=checklist, t=target: write_checklist_pdf(p, c, t, "a4"), REPEAT
        )
        row = bench.record(
            f"report.write_checklist_pdf ({label})",
            samples,
            target=30.0 if script == "latin" else 300.0,
            baseline=baseline,
            cpu=cpu,
        )
        if script == "latin":
            bench.check(
                row.cpu is not None and row.cpu <= 30.0,
                f"PDF export, Latin: CPU {row.cpu:.1f} ms <= 30 ms (wall {row.median:.1f} ms)",
            )
        bench.value(f"report.pdf_size ({label})", target.stat().st_size / 1024, "KB", target=1024.0)
