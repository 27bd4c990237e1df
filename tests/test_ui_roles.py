"""The plain numbers ui/roles.py gives for Qt's item roles and alignment are Qt's own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui import roles


def test_each_role_is_qts_own_number() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == roles.DISPLAY
    assert Qt.ItemDataRole.ToolTipRole.value == roles.TOOL_TIP
    assert Qt.ItemDataRole.TextAlignmentRole.value == roles.TEXT_ALIGNMENT
    assert Qt.ItemDataRole.ForegroundRole.value == roles.FOREGROUND
    assert Qt.ItemDataRole.AccessibleTextRole.value == roles.ACCESSIBLE_TEXT
    assert Qt.ItemDataRole.UserRole.value == roles.USER
    assert Qt.AlignmentFlag.AlignCenter.value == roles.ALIGN_CENTER
