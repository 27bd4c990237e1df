"""Render resources/icons/img-readiness.svg to the PNG sizes desktops and installers ask for.

Run after changing the SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py``
(a script, not ``-m``: the name ``packaging`` belongs to the PyPI library in .venv).
The PNGs are committed, so a build never needs this step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_SIZES = (48, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render_icons(svg: Path, sizes: tuple[int, ...] = ICON_SIZES) -> list[Path]:
    """Write img-readiness-<size>.png beside the SVG for each size; returns the written paths."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = svg.with_name(f"{svg.stem}-{size}.png")
        if not image.save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QImage needs one
    for path in render_icons(ICONS / "img-readiness.svg"):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
