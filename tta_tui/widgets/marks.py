"""Toggles, lists and fields whose state and focus read as characters, in every mode: "(*)" /
"( )" radio buttons, "[x]" / "[ ]" checkboxes and tick lists, a ">" cursor in lists and toggles,
a field's label that says when the field has the focus ("> User name"), and buttons whose text
says when they have the focus ("> Label <").

Textual draws every toggle as the same three cells ("▐X▌", "▐●▌") and tells on from off by
colour alone, and shows the focus and a list's highlighted row by colour alone too. That is lost
with ``NO_COLOR``, in plain mode, on a monochrome terminal, to a screen reader, and in a plain
text capture of the screen even with colour (newcomers reading tmux captures typed their user
name into the wrong field and started a story as the wrong character). These subclasses draw
state and focus as characters in every mode; colours and reverse video (app.tcss, the app's
``-mono`` class without colour) only add to them.

Where the cursor is: :data:`CURSOR` in a two-cell gutter on the left of the toggle with the
focus and of a list's highlighted row while the list has the focus; an option list or table
whose highlighted row stays chosen while a button has the focus marks it :data:`CHOSEN`
("* "), so one ">" on screen shows where Enter goes (a tick list in a form marks its row only
while it has the focus). A
radio set (:class:`MarkedRadioSet`) chooses with the arrow keys, as radio buttons do elsewhere,
so the choice never stays unseen on a highlighted button.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.segment import Segment
from textual import events
from textual.actions import SkipAction
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Label,
    OptionList,
    RadioButton,
    RadioSet,
    SelectionList,
)
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.data_table import CellType, RowKey
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import SelectionType

from tta_tui.widgets.typed_keys import KeysWhereTyped

RADIO_ON, RADIO_OFF = "(*)", "( )"
TICK_ON, TICK_OFF = "[x]", "[ ]"
CURSOR = "> "
"""The cursor's gutter without colour: on the highlighted row or the focused toggle."""
CHOSEN = "* "
"""The highlighted row of a list that does not have the focus (a button has it): the row the
list's keys (e, d) act on, not where Enter goes. One ">" on screen is the one focus cue: with
">" on both the row and the focused "Your stories" button it was unclear where Enter went."""
NO_CURSOR = " " * len(CURSOR)


def _at_cursor(button: ToggleButton) -> bool:
    """Is the cursor on this toggle: it has the focus, or it is the highlighted button of a
    radio set that has the focus?"""
    if button.has_focus:
        return True
    parent = button.parent
    return isinstance(parent, RadioSet) and parent.has_focus and button.has_class("-selected")


def _mark(button: ToggleButton, on: str, off: str) -> Content:
    mark = (on if button.value else off, button.get_visual_style("toggle--button"))
    return Content.assemble(CURSOR if _at_cursor(button) else NO_CURSOR, mark)


def with_cursor(
    listing: OptionList, y: int, strip: Strip, *, shown: bool = True, active: bool | None = None
) -> Strip:
    """``strip`` (line ``y`` of ``listing``, drawn a gutter narrower) with the cursor's gutter
    in front: on the first line of the highlighted option (if ``shown``), :data:`CURSOR` while
    the list has the focus (or is ``active``: Enter runs its row from elsewhere, as in the
    command palette, whose typing line has the focus), else :data:`CHOSEN`."""
    try:
        index, offset = listing._lines[listing.scroll_offset.y + y]
    except IndexError:
        return strip  # below the last option: a blank line, full width already
    first = next(iter(strip), None)
    style = first.style if first is not None else None
    at = shown and index == listing.highlighted and offset == 0
    focused = listing.has_focus if active is None else active
    gutter = (CURSOR if focused else CHOSEN) if at else NO_CURSOR
    return Strip([Segment(gutter, style), *strip], strip.cell_length + len(gutter))


class MarkedOptionList(OptionList):
    """An option list whose highlighted row reads without colour (see the module docstring),
    and whose Up and Down stop at its ends: Textual's wrap round, in a list of two worlds, took
    a newcomer from the second to the first, and Enter started the world they did not mean."""

    def on_focus(self) -> None:
        self.refresh()  # the row's mark: ">" now

    def on_blur(self) -> None:
        self.refresh()  # "*" now

    def action_cursor_up(self) -> None:
        if self.highlighted != 0:
            super().action_cursor_up()

    def action_cursor_down(self) -> None:
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()

    def _get_left_gutter_width(self) -> int:
        return super()._get_left_gutter_width() + len(CURSOR)

    def render_line(self, y: int) -> Strip:
        return with_cursor(self, y, super().render_line(y))


class MarkedTable(DataTable[CellType]):
    """A table whose cursor row reads without colour: :data:`CURSOR` in a gutter on its left
    (fixed as the table scrolls sideways), the same mark as an option list's (the facilitators'
    console showed its chosen alert or session by colour alone, lost with ``NO_COLOR``)."""

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        super()._update_dimensions(new_rows)
        width, height = self.virtual_size
        self.virtual_size = Size(width + len(CURSOR), height)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        first = next(iter(strip), None)
        style = first.style if first is not None else None
        at = self._on_cursor_row(y)
        gutter = (CURSOR if self.has_focus else CHOSEN) if at else NO_CURSOR
        width = strip.cell_length
        return Strip([Segment(gutter, style), *strip], width + len(gutter)).crop(0, width)

    def _on_cursor_row(self, y: int) -> bool:
        """Is line ``y`` (on screen) the first line of the cursor's row?"""
        if self.cursor_type == "none" or not self.row_count:
            return False
        header = self.header_height if self.show_header else 0
        if y < header:
            return False
        try:
            row_key, offset = self._get_offsets(y + int(self.scroll_y))
        except LookupError:
            return False
        return offset == 0 and self._row_locations.get(row_key) == self.cursor_row


class MarkedRadioButton(RadioButton):
    """A radio button drawn "(*)" when chosen, "( )" when not."""

    @property
    def _button(self) -> Content:
        return _mark(self, RADIO_ON, RADIO_OFF)


class MarkedRadioSet(RadioSet, KeysWhereTyped):
    """A radio set whose arrow keys choose the next or previous button (Textual's only move a
    highlight, which Space or Enter then chooses: newcomers pressed Right on "he/him" and saved
    "they/them" without seeing it), in the order they are drawn, stopping at either end:
    Textual's wrap round took Left on "she/her" to "My own" at the far right (and the typing
    into its field), and Right on "Challenging" back to "Gentle", so Right seemed not to
    answer. Left typed before Tab chooses here (:mod:`tta_tui.widgets.typed_keys`: newcomer
    19's he/him)."""

    def action_next_button(self) -> None:
        if self._selected is None or self._selected < len(self._nodes) - 1:
            super().action_next_button()
        self._choose()

    def action_previous_button(self) -> None:
        if self._selected is None or self._selected > 0:
            super().action_previous_button()
        self._choose()

    def _choose(self) -> None:
        """Choose the highlighted button, when a key moved it (Textual also highlights the
        first button as the set is mounted, which must not press it)."""
        if self.is_mounted and self.has_focus:
            button = self._nodes[self._selected] if self._selected is not None else None
            if isinstance(button, RadioButton) and not button.value:
                button.value = True


class FieldLabel(Label):
    """A field's label that says when its field (``fields``: the ids of the widgets it labels)
    or a widget inside it has the focus: "> User name", in every mode. Set its words with
    :meth:`set_text`."""

    def __init__(self, text: str, *fields: str, **kwargs: Any) -> None:
        super().__init__(Content(text), **kwargs)
        self.text = text
        self.fields = fields

    def on_mount(self) -> None:
        self.watch(self.screen, "focused", self._show, init=True)

    @property
    def field_focused(self) -> bool:
        """Does the field (or a widget inside it) have the focus?"""
        focused = self.screen.focused
        if focused is None:
            return False
        return any(w.id in self.fields for w in (focused, *focused.ancestors))

    def set_text(self, text: str) -> None:
        """New words for the label (the focus mark stays as it is)."""
        self.text = text
        self._show()

    def _show(self, *_: object) -> None:
        self.update(Content(f"{CURSOR}{self.text}" if self.field_focused else self.text))


class MarkedCheckbox(Checkbox, KeysWhereTyped):
    """A checkbox drawn "[x]" when ticked, "[ ]" when not; Space typed before Tab turns this
    one."""

    @property
    def _button(self) -> Content:
        return _mark(self, TICK_ON, TICK_OFF)


class TickList(SelectionList[SelectionType], KeysWhereTyped):
    """A selection list whose items are drawn "[x]" when ticked, "[ ]" when not, with the
    cursor's gutter without colour (see the module docstring); Space typed before Tab ticks
    here."""

    _clicked_in = False
    """The mouse press now being handled gave the list the focus (:meth:`focus_on_click`)."""

    def _get_left_gutter_width(self) -> int:
        return super()._get_left_gutter_width() + len(CURSOR)

    def focus_on_click(self) -> bool:
        """A press of the mouse focuses the list; remember whether it came from elsewhere."""
        self._clicked_in = not self.has_focus
        return True

    async def _on_click(self, event: events.Click) -> None:
        """The first click into the list puts the cursor on the row clicked, as Tab puts it on
        a row, and ticks nothing; a click in the list with the focus ticks the row. (A click
        that ticked at once had the Space pressed next, as the hint says, take the tick away:
        newcomer 17's "Space failed to tick".)"""
        clicked_in, self._clicked_in = self._clicked_in, False
        option = event.style.meta.get("option")
        if clicked_in and isinstance(option, int):
            event.prevent_default()  # not the option list's own click (it ticks)
            self.highlighted = option

    def action_page_up(self) -> None:
        """PageUp pages through the list, or scrolls the screen when it all shows."""
        if self.max_scroll_y == 0:
            raise SkipAction()
        super().action_page_up()  # type: ignore[no-untyped-call]

    def action_page_down(self) -> None:
        """PageDown pages through the list, or scrolls the screen when it all shows (the
        character form's goals kept PageDown and the form stood still)."""
        if self.max_scroll_y == 0:
            raise SkipAction()
        super().action_page_down()  # type: ignore[no-untyped-call]

    def render_line(self, y: int) -> Strip:
        strip = self._ticks(y, super().render_line(y))
        return with_cursor(self, y, strip, shown=self.has_focus)

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

    def set_text(self, label: str) -> None:
        """New words for the button (marked as they are while it has the focus)."""
        self.plain_label = Content(label)
        self._show(focused=self.has_focus)

    def on_focus(self) -> None:
        self._show(focused=True)

    def on_blur(self) -> None:
        self._show(focused=False)

    def show_focus(self, focused: bool) -> None:
        """Mark the button as the one a key acts on (a button inside a widget that has the
        focus itself, such as a tag in its row)."""
        self._show(focused=focused)

    def _show(self, *, focused: bool) -> None:
        text = self.plain_label.plain
        self.label = Content(f"> {text} <") if focused else self.plain_label
        self.refresh(layout=True)  # the marks may wrap the label onto another line
