"""Ctrl+A selects all of a text field's text, in every field of the client.

Textual binds Ctrl+A to the start of the line (Home does that too), so newcomers who pressed
it to replace what was there typed in front of it instead ("zztester27"), and newcomer 16
cleared a doubled backstory with a long run of Backspace. :data:`SELECT_ALL` selects all of
it, so typing or Backspace replaces it: :class:`TextField` is the client's one-line field (every
``Input`` of the client is one), and the character form's text boxes bind the same key.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

SELECT_ALL = Binding(
    "ctrl+a",
    "select_all",
    "Select all",
    show=False,
    tooltip="in a text field: select all its text (typing or Backspace then replaces it)",
    id="field.select_all",
)


class TextField(Input):
    """A one-line text field where Ctrl+A selects all its text (Home goes to the start)."""

    BINDINGS: ClassVar[list[BindingType]] = [SELECT_ALL]
