"""Tab and Shift+Tab for screens made of fields (the login screen, the character form).

They are priority bindings: the focus moves as Tab is read, before the keys typed after it are
handed to a field. As plain bindings (Textual's default) the focus moved only once the focused
field had taken them, so a name, Tab and a password typed in one burst (a fast typist, a
password manager) all landed in the name box.
"""

from __future__ import annotations

from textual.binding import Binding


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
