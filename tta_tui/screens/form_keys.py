"""Tab and Shift+Tab for screens made of fields (the login screen, the character form), and the
character form's fields that take every key where it was typed.

They are priority bindings: the focus moves as Tab is read, before the keys typed after it are
handed to a field. As plain bindings (Textual's default) the focus moved only once the focused
field had taken them, so a name, Tab and a password typed in one burst (a fast typist, a
password manager) all landed in the name box.
"""

from __future__ import annotations

from typing import Any

from textual.binding import Binding

from tta_tui.widgets.marks import MarkedCheckbox, MarkedRadioSet, TickList
from tta_tui.widgets.text_field import TextField
from tta_tui.widgets.typed_keys import KeysWhereTyped


def field_tab_bindings(scope: str) -> list[Binding]:
    """Tab / Shift+Tab to the next / previous field, with ids ``SCOPE.next_field`` and
    ``SCOPE.previous_field`` (for the user's keymap)."""
    return [
        Binding("tab", "app.focus_next", show=False, priority=True, id=f"{scope}.next_field"),
        Binding(
            "shift+tab",
            "app.focus_previous",
            show=False,
            priority=True,
            id=f"{scope}.previous_field",
        ),
    ]


class FormField(TextField, KeysWhereTyped):
    """A one-line field of the form (:mod:`tta_tui.widgets.typed_keys`: Backspace typed
    before Enter mends this field, not the next)."""


class FormRadioSet(MarkedRadioSet, KeysWhereTyped):
    """A radio set of the form: Left typed before Tab chooses here (newcomer 19's he/him)."""


class FormTickList(TickList[Any], KeysWhereTyped):
    """The form's list to tick: Space typed before Tab ticks here."""


class FormCheckbox(MarkedCheckbox, KeysWhereTyped):
    """A checkbox of the form: Space typed before Tab turns this one."""
