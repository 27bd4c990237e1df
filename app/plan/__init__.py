"""The plan to the Match: dated steps from the assessment date to residency start, and the
deadlines as an iCalendar file."""

from app.plan.steps import (
    STATUS_LABELS,
    Plan,
    PlanStep,
    StepKind,
    StepStatus,
    plan,
    status_label,
)

__all__ = ["STATUS_LABELS", "Plan", "PlanStep", "StepKind", "StepStatus", "plan", "status_label"]
