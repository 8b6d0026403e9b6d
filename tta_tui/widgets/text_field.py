"""The client's one-line text field: Ctrl+A selects all its text, and every key acts where it
was typed.

Textual binds Ctrl+A to the start of the line (Home does that too), so newcomers who pressed
it to replace what was there typed in front of it instead ("zztester27"), and newcomer 16
cleared a doubled backstory with a long run of Backspace. :data:`SELECT_ALL` selects all of
it, so typing or Backspace replaces it: :class:`TextField` is the client's one-line field (every
``Input`` of the client is one: the login, the story's line, the character form, the
facilitators' console), and the character form's text boxes bind the same key.

A key typed into a field in a burst with others (a fast typist, a password manager, tmux
send-keys) acts on that field even when a key typed after it has already moved the focus on:
Backspace before Enter mends this field, not the next (:mod:`tta_tui.widgets.typed_keys`).
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

from tta_tui.widgets.typed_keys import KeysWhereTyped

SELECT_ALL = Binding(
    "ctrl+a",
    "select_all",
    "Select all",
    show=False,
    tooltip="in a text field: select all its text (typing or Backspace then replaces it)",
    id="field.select_all",
)


class TextField(Input, KeysWhereTyped):
    """A one-line text field where Ctrl+A selects all its text (Home goes to the start) and
    keys act where they were typed (see the module)."""

    BINDINGS: ClassVar[list[BindingType]] = [SELECT_ALL]
