"""How far a fact can be trusted (``Standing``): on its own so that the checklist (and the first
list of profiles, which reads only kept verdicts) needs neither the rules' loader nor tomllib.
``app.rules.loader`` and ``app.rules`` re-export it."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import N_, _


class Standing(StrEnum):
    """How far a fact can be trusted: read on an official page, reprinted, or our extrapolation."""

    CONFIRMED = "confirmed"
    THIRD_PARTY = "third-party"
    ESTIMATE = "estimate"

    @property
    def evidence_prefix(self) -> str:
        return self.value.upper() + ":"

    @property
    def label(self) -> str:
        """How far the fact can be trusted, in words (in the language in use)."""
        return _(_STANDING_LABELS[self])


_STANDING_LABELS: dict[Standing, str] = {
    Standing.CONFIRMED: N_("confirmed on an official page"),
    Standing.THIRD_PARTY: N_("third-party sources only"),
    Standing.ESTIMATE: N_("estimate: not yet published"),
}
