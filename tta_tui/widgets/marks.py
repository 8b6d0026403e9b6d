"""Toggles and lists whose state reads without colour: "(*)" / "( )" radio buttons, "[x]" /
"[ ]" checkboxes and tick lists, and a ">" cursor in lists and toggles in plain mode and with
``NO_COLOR``; buttons whose text says when they have the focus ("> Label <", in every mode).

Textual draws every toggle as the same three cells ("▐X▌", "▐●▌") and tells on from off by
colour alone, which is lost with ``NO_COLOR``, in plain mode, on a monochrome terminal and to a
screen reader. These subclasses draw the state as characters instead, in every mode; the colours
(app.tcss) only add to them.

Where the cursor is (a list's highlighted row, the toggle with the focus) is shown by colour in
colour mode. Without colour (the app's ``-mono`` class) it is reverse video while the widget has
the focus (app.tcss) and, always, :data:`CURSOR` in a two-cell gutter on the left: a list shows
which row Enter or Space acts on even while a button has the focus, and a terminal or a
screenshot that drops reverse video still shows it.
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Button, Checkbox, OptionList, RadioButton, RadioSet, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import SelectionType

RADIO_ON, RADIO_OFF = "(*)", "( )"
TICK_ON, TICK_OFF = "[x]", "[ ]"
CURSOR = "> "
"""The cursor's gutter without colour: on the highlighted row or the focused toggle."""
NO_CURSOR = " " * len(CURSOR)


def _mono(widget: Widget) -> bool:
    """Is the app without colour (plain mode or ``NO_COLOR``: the ``-mono`` class)?"""
    return widget.app.has_class("-mono")


def _at_cursor(button: ToggleButton) -> bool:
    """Is the cursor on this toggle: it has the focus, or it is the highlighted button of a
    radio set that has the focus?"""
    if button.has_focus:
        return True
    parent = button.parent
    return isinstance(parent, RadioSet) and parent.has_focus and button.has_class("-selected")


def _mark(button: ToggleButton, on: str, off: str) -> Content:
    mark = (on if button.value else off, button.get_visual_style("toggle--button"))
    if not _mono(button):
        return Content.assemble(mark)
    return Content.assemble(CURSOR if _at_cursor(button) else NO_CURSOR, mark)


def _with_cursor(listing: OptionList, y: int, strip: Strip) -> Strip:
    """``strip`` (line ``y`` of ``listing``, drawn a gutter narrower) with the cursor's gutter
    in front: :data:`CURSOR` on the first line of the highlighted option."""
    try:
        index, offset = listing._lines[listing.scroll_offset.y + y]
    except IndexError:
        return strip  # below the last option: a blank line, full width already
    first = next(iter(strip), None)
    style = first.style if first is not None else None
    gutter = CURSOR if index == listing.highlighted and offset == 0 else NO_CURSOR
    return Strip([Segment(gutter, style), *strip], strip.cell_length + len(gutter))


class MarkedOptionList(OptionList):
    """An option list whose highlighted row reads without colour (see the module docstring)."""

    def _get_left_gutter_width(self) -> int:
        return super()._get_left_gutter_width() + (len(CURSOR) if _mono(self) else 0)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        return _with_cursor(self, y, strip) if _mono(self) else strip


class MarkedRadioButton(RadioButton):
    """A radio button drawn "(*)" when chosen, "( )" when not."""

    @property
    def _button(self) -> Content:
        return _mark(self, RADIO_ON, RADIO_OFF)


class MarkedCheckbox(Checkbox):
    """A checkbox drawn "[x]" when ticked, "[ ]" when not."""

    @property
    def _button(self) -> Content:
        return _mark(self, TICK_ON, TICK_OFF)


class TickList(SelectionList[SelectionType]):
    """A selection list whose items are drawn "[x]" when ticked, "[ ]" when not, with the
    cursor's gutter without colour (see the module docstring)."""

    def _get_left_gutter_width(self) -> int:
        return super()._get_left_gutter_width() + (len(CURSOR) if _mono(self) else 0)

    def render_line(self, y: int) -> Strip:
        strip = self._ticks(y, super().render_line(y))
        return _with_cursor(self, y, strip) if _mono(self) else strip

    def _ticks(self, y: int, strip: Strip) -> Strip:
        segments = list(strip)
        button = (ToggleButton.BUTTON_LEFT, ToggleButton.BUTTON_INNER, ToggleButton.BUTTON_RIGHT)
        if len(segments) < 3 or tuple(s.text for s in segments[:3]) != button:
            return strip  # a line without a button (a wrapped prompt's second line)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        mark = TICK_ON if selection.value in self._selected else TICK_OFF
        return Strip([Segment(mark, segments[1].style), *segments[3:]], strip.cell_length)


class MarkedButton(Button):
    """A button whose own text says when it has the focus: "> Label <" (focus drawn by colour
    alone is lost with ``NO_COLOR``, in plain mode and to a screen reader)."""

    def __init__(self, label: str | Content, **kwargs: Any) -> None:
        self.plain_label = Content(label) if isinstance(label, str) else label
        super().__init__(self.plain_label, **kwargs)

    def on_focus(self) -> None:
        self.label = Content(f"> {self.plain_label.plain} <")
        self.refresh(layout=True)  # the marks may wrap the label onto another line

    def on_blur(self) -> None:
        self.label = self.plain_label
        self.refresh(layout=True)
