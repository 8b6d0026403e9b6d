"""Toggles whose state reads without colour: "(*)" / "( )" radio buttons, "[x]" / "[ ]"
checkboxes and tick lists.

Textual draws every toggle as the same three cells ("▐X▌", "▐●▌") and tells on from off by
colour alone, which is lost with ``NO_COLOR``, in plain mode, on a monochrome terminal and to a
screen reader. These subclasses draw the state as characters instead, in every mode; the colours
(app.tcss) only add to them.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import SelectionType

RADIO_ON, RADIO_OFF = "(*)", "( )"
TICK_ON, TICK_OFF = "[x]", "[ ]"


def _mark(button: ToggleButton, on: str, off: str) -> Content:
    return Content.assemble(
        (on if button.value else off, button.get_visual_style("toggle--button"))
    )


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
    """A selection list whose items are drawn "[x]" when ticked, "[ ]" when not."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
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
