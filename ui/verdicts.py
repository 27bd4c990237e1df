"""How the core's verdicts look: a status mark in colour and in words, the reason, the next step
and the official source (opened in the browser only when the user clicks it)."""

from __future__ import annotations

from html import escape
from urllib.parse import urlparse

from app.checklist import STATUS_LABELS, ChecklistItem, Status
from app.engine.items import ItemId
from app.i18n import _ as translated
from app.rules import Standing
from ui.navigation import in_users_words
from ui.qt import (
    QApplication,
    QDesktopServices,
    QFrame,
    QLabel,
    QPalette,
    Qt,
    QUrl,
    QVBoxLayout,
    translate,
)

# Shape as well as colour, so the status never rests on colour alone.
STATUS_MARKS: dict[Status, str] = {
    Status.MET: "✔",
    Status.NOT_MET: "✘",
    Status.PENDING: "◔",
    Status.NEEDS_INFO: "?",
    Status.NOT_APPLICABLE: "–",
}

_LIGHT = {
    Status.MET: "#1b7a34",
    Status.NOT_MET: "#b3261e",
    Status.PENDING: "#8a5a00",
    Status.NEEDS_INFO: "#3b5bab",
    Status.NOT_APPLICABLE: "#6b6b6b",
}
_DARK = {
    Status.MET: "#6fd58a",
    Status.NOT_MET: "#ff8a80",
    Status.PENDING: "#f5c451",
    Status.NEEDS_INFO: "#9db8ff",
    Status.NOT_APPLICABLE: "#a8a8a8",
}


def is_dark_palette() -> bool:
    app = QApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


# The mark a group of items (a page, an area) shows: the first of these any item has, so the
# group's mark is never calmer than the item in it that needs the most attention.
GROUP_MARK_ORDER: tuple[Status, ...] = (
    Status.NOT_MET,
    Status.NEEDS_INFO,
    Status.PENDING,
    Status.MET,
    Status.NOT_APPLICABLE,
)


def group_status(statuses: list[Status]) -> Status:
    """The status a group shows (not applicable when it is empty)."""
    for status in GROUP_MARK_ORDER:
        if status in statuses:
            return status
    return Status.NOT_APPLICABLE


def status_colour(status: Status) -> str:
    return (_DARK if is_dark_palette() else _LIGHT)[status]


def problem_colour() -> str:
    return _DARK[Status.NOT_MET] if is_dark_palette() else _LIGHT[Status.NOT_MET]


def muted_colour() -> str:
    """Grey that stays readable on the palette's window colour (for quiet side notes)."""
    return status_colour(Status.NOT_APPLICABLE)


def standing_words(standing: Standing) -> str:
    """'Third-party sources', 'Estimate: not yet published', or "" for a confirmed rule."""
    if standing is Standing.ESTIMATE:
        return translate("Verdict", "Estimate: not yet published")
    if standing is Standing.THIRD_PARTY:
        return translate("Verdict", "Third-party sources")
    return ""


def standing_marker(item: ChecklistItem) -> str:
    """The at-a-glance cue that a verdict rests on less than an official page, or "".

    Not shown on a not-applicable item: nothing is judged there, so nothing is to check."""
    if item.status is Status.NOT_APPLICABLE:
        return ""
    return standing_words(item.standing)


def standing_marker_html(words: str) -> str:
    """The cue as a small muted note (empty words give "")."""
    if not words:
        return ""
    return f'<small style="color:{muted_colour()}">{escape(words)}</small>'


def status_mark_html(status: Status) -> str:
    """The coloured mark followed by the status in words."""
    return (
        f'<span style="color:{status_colour(status)}; font-weight:600">'
        f"{STATUS_MARKS[status]} {escape(translated(STATUS_LABELS[status]))}</span>"
    )


def source_link_html(url: str) -> str:
    host = urlparse(url).netloc or url
    return f'<a href="{escape(url, quote=True)}">{escape(host)}</a>'


def open_link(url: str) -> None:
    """Open an official source in the system browser (only ever on the user's click)."""
    QDesktopServices.openUrl(QUrl(url))


def item_html(item: ChecklistItem, *, with_title: bool = True) -> str:
    parts = [status_mark_html(item.status)]
    if with_title:
        parts.append(f"<b>{escape(item.title)}</b>")
    if marker := standing_marker(item):
        parts.append(standing_marker_html(marker))
    html = " · ".join(parts)
    html += f"<br>{escape(in_users_words(item.reason))}"
    if item.next_step:
        next_step = in_users_words(item.next_step)
        label = escape(translate("Verdict", "Next step:"))
        # Arabic script has no italics (and fonts often lack a slanted Arabic): bold instead.
        tag = "b" if QApplication.isRightToLeft() else "i"
        html += f"<br><{tag}>{label}</{tag}> {escape(next_step)}"
    source = escape(translate("Verdict", "Source:"))
    html += f"<br><small>{source} {source_link_html(item.source)}</small>"
    return html


def spoken_verdict(item: ChecklistItem) -> str:
    """The verdict in one plain sentence run: title, status, the standing cue, reason, next step."""
    marker = standing_marker(item)
    text = f"{item.title}: {translated(STATUS_LABELS[item.status])}."
    if marker:
        text += f" ({marker}.)"
    text += f" {in_users_words(item.reason)}"
    if item.next_step:
        label = translate("Verdict", "Next step:")
        text += f" {label} {in_users_words(item.next_step)}"
    return text


class VerdictLine(QFrame):
    """The core's verdict on one checklist item, shown beside the fields it judges."""

    def __init__(self, item_id: ItemId, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.setObjectName("verdict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setOpenExternalLinks(False)
        self.label.linkActivated.connect(open_link)
        layout.addWidget(self.label)
        self.status: Status | None = None
        self._shown: ChecklistItem | None = None

    def show_item(self, item: ChecklistItem | None) -> None:
        if item == self._shown and item is not None:
            return  # unchanged: called on every keystroke, so nothing is redrawn for nothing
        self._shown = item
        if item is None:
            self.hide()
            return
        self.status = item.status
        self.label.setText(item_html(item))
        self.label.setAccessibleName(spoken_verdict(item))
        self.show()

    def text(self) -> str:
        """What the user reads, as plain text (for tests and screen readers)."""
        return self.label.accessibleName()
