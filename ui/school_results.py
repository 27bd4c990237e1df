"""How list entries read (school search results, saved profiles): the name in bold, then
place, kind and other names, or readiness and date."""

from __future__ import annotations

from typing import Any

from app.directory.entries import shown_country_name
from ui.qt import (
    QListWidgetItem,
    QModelIndex,
    QPainter,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    translate,
)

DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1


def result_item(match: Any) -> QListWidgetItem:
    country = shown_country_name(match.country) if match.country else match.country_name
    place = ", ".join(p for p in (match.city, country) if p)
    details = " · ".join(p for p in (place, match.kind_label) if p)
    names = match.other_names or ()
    if isinstance(names, str):
        names = [names]
    if names:
        shown = ", ".join(list(names)[:3])
        details += "\n" + translate("School", "Also known as: {names}").format(names=shown)
    item = QListWidgetItem(f"{match.name}\n{details}")  # plain text for screen readers
    item.setData(Qt.ItemDataRole.DisplayRole, match.name)
    item.setData(DETAILS_ROLE, details)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{match.name}. {details}")
    item.setToolTip(match.source or "")
    return item


class TwoLineDelegate(QStyledItemDelegate):
    """A name in bold, then its details in plain lines, so list entries are told apart at once."""

    PADDING = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        lines = 1 + len((index.data(DETAILS_ROLE) or "").splitlines())
        height = option.fontMetrics.lineSpacing() * lines + 2 * self.PADDING
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_backup = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text_backup
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        )
        painter.save()
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        bold = option.font
        bold.setBold(True)
        painter.setFont(bold)
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        baseline = rect.y() + metrics.ascent()
        elide = Qt.TextElideMode.ElideRight
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(rect.x(), baseline, metrics.elidedText(name, elide, rect.width()))
        bold.setBold(False)
        painter.setFont(bold)
        for number, detail in enumerate((index.data(DETAILS_ROLE) or "").splitlines(), start=1):
            elided = metrics.elidedText(detail, elide, rect.width())
            painter.drawText(rect.x(), baseline + line * number, elided)
        painter.restore()
