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

A field given the focus (Tab, Shift+Tab, a refused save that points at it) has its cursor at the
end of its text and nothing selected, so the next key adds to what is there or Backspace takes
one letter. Textual's Input selects all of it on focus, and the next key wiped a filled password
box tabbed back into (tui39); Ctrl+A is the way to select it all.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
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
    """A one-line text field where Ctrl+A selects all its text (Home goes to the start), the
    focus puts the cursor at the end with nothing selected, and keys act where they were typed
    (see the module)."""

    BINDINGS: ClassVar[list[BindingType]] = [SELECT_ALL]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["select_on_focus"] = False
        super().__init__(*args, **kwargs)

    def _on_focus(self, event: events.Focus) -> None:
        # Input's own handler runs after this one (Textual calls each class's), selecting
        # nothing: select_on_focus is off
        if not event.from_app_focus:  # the terminal's window coming back leaves it as it was
            self.cursor_position = len(self.value)
