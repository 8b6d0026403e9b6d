"""The keys that move between the fields of a form (the login screen, the character form):
Tab and Shift+Tab, and Enter in a field that leads on to another.

They are priority bindings: the focus moves as the key is read, before the keys typed after it
are handed to a field. As plain bindings (Textual's default) the focus moved only once the
focused field had taken them, so a name, Tab and a password typed in one burst (a fast typist,
a password manager) all landed in the name box; Enter after the user name did the same
("tester30xquiet-harbour-4" in the name box, the password empty, in a tmux burst).
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from tta_tui.widgets.text_field import TextField


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


ENTER_NEXT = Binding(
    "enter",
    "app.focus_next",
    "Next field",
    show=False,
    priority=True,
    tooltip="in a form's field (the user name, the character's): on to the next field (in "
    "Appearance and Backstory too: their text wraps by itself)",
    id="field.enter_next",
)
"""Enter in a field of a form that leads on to the next (not the last field, whose Enter
sends the form)."""


class FormField(TextField):
    """A one-line field of a form whose Enter moves on to the next field at once
    (:data:`ENTER_NEXT`)."""

    BINDINGS: ClassVar[list[BindingType]] = [ENTER_NEXT]
