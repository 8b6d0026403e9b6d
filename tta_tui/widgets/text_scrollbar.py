"""Scrollbars that read as scrollbars without colour.

Textual draws a scrollbar's thumb as cells of colour with block characters ("▂", "▆") at its
ends for finer steps. With ``NO_COLOR`` the colour is gone: the thumb's ends were left as stray
blocks beside the text ("▆▆" after a field's box, "▂▂" under a hint), which newcomers took for
broken text (tui39). In the client's ``-mono`` look (NO_COLOR; plain mode draws no scrollbars
at all, app.tcss) :class:`TextScrollBarRender` draws a thin bar of line characters instead, in
the last of the bar's columns (the one before it blank, apart from the text): the track a light
line ("│", "─"), the thumb a heavy one ("┃", "━"), whole cells only.
Clicking the track or dragging the thumb works as before. With colour, Textual's own bar.

:func:`use_text_scrollbars` installs it for every scrollbar (Textual's documented way,
``ScrollBar.renderer``); each bar picks its drawing by the look of the app it is drawn in.
"""

from __future__ import annotations

from math import ceil

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment, Segments
from rich.style import Style
from textual._context import active_app
from textual.scrollbar import ScrollBar, ScrollBarRender

TRACK = {True: "│", False: "─"}
"""The track's character, vertical (True) and horizontal."""
THUMB = {True: "┃", False: "━"}
"""The thumb's character, vertical (True) and horizontal."""
GRAB = {"@mouse.down": "grab"}
UP = {"@mouse.down": "scroll_up"}
DOWN = {"@mouse.down": "scroll_down"}


def text_bar(size: int, virtual_size: float, window_size: float, position: float) -> list[int]:
    """The thumb's first and last cell (``[start, end)``) on a bar of ``size`` cells; [0, 0]
    when everything shows (no thumb)."""
    if not (window_size and size and virtual_size) or window_size >= virtual_size:
        return [0, 0]
    thumb = max(1, min(size, round(size * window_size / virtual_size)))
    ratio = position / (virtual_size - window_size)
    start = min(size - thumb, max(0, round((size - thumb) * ratio)))
    return [start, start + thumb]


class TextScrollBarRender(ScrollBarRender):
    """Textual's scrollbar with colour; without it (the app's ``-mono`` class) line
    characters, see the module."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        app = active_app.get(None)
        if app is None or not app.has_class("-mono"):
            yield from super().__rich_console__(console, options)
            return
        vertical = self.vertical
        size = (options.height or console.height) if vertical else options.max_width
        thickness = options.max_width if vertical else (options.height or console.height)
        start, end = text_bar(size, ceil(self.virtual_size), ceil(self.window_size), self.position)
        # a line in the bar's last column, the rest blank: apart from the text beside it
        gap = " " * ((thickness if vertical else 1) - 1)
        track, thumb = gap + TRACK[vertical], gap + THUMB[vertical]
        if start == end:  # nothing to scroll: no bar
            track = gap + " "
        cells = [
            Segment(thumb, Style(bold=True, meta=GRAB))
            if start <= i < end
            else Segment(track, Style(meta=UP if i < start else DOWN))
            for i in range(size)
        ]
        if vertical:
            yield Segments(cells, new_lines=True)
        else:
            yield Segments([*cells, Segment.line()] * thickness, new_lines=False)


def use_text_scrollbars() -> None:
    """Every scrollbar drawn by :class:`TextScrollBarRender`."""
    ScrollBar.renderer = TextScrollBarRender
