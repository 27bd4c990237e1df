"""Qt's item data roles, and the alignment the profile table centres its marks with, as plain
numbers, for the models of the first window.

Touching any of Qt's own enums (``Qt.ItemDataRole.DisplayRole``, ``Qt.AlignmentFlag``) makes
PySide6 build the whole ``Qt`` namespace, 101 Python enums and about 12 ms, and the list of
profiles is shown before anything else needs it. A model's ``data()`` is given the role as a
number and may return an alignment as one, so nothing is lost. tests/test_ui_roles.py checks
every number against Qt's.
"""

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
TOOL_TIP = 3  # Qt.ItemDataRole.ToolTipRole
TEXT_ALIGNMENT = 7  # Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = 9  # Qt.ItemDataRole.ForegroundRole
ACCESSIBLE_TEXT = 11  # Qt.ItemDataRole.AccessibleTextRole
USER = 256  # Qt.ItemDataRole.UserRole

ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter: AlignHCenter | AlignVCenter
