"""A canvas that holds each finished page back until the document is done, so every page can
be drawn knowing the total ("Page 3 of 7") and anything learnt later (a contents page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from app.report.fonts import Script, font_name


def page_counting_canvas(
    decorate: Callable[[Canvas, int, int], None],
    after_pages: Callable[[Canvas], None] | None = None,
) -> type[Canvas]:
    """A Canvas class calling ``decorate(canvas, page, pages)`` on every page once the page
    count is known, then ``after_pages(canvas)`` before the file is saved."""

    class PageCountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Start pages in an embedded font, so no unembedded Helvetica is referenced.
            kwargs["initialFontName"] = font_name(Script.LATIN, "regular")
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            if after_pages is not None:
                after_pages(self)
            Canvas.save(self)

    return PageCountingCanvas
