"""Lines that say something is wrong, told apart from help lines without colour.

A field's error and the sentence below a form were drawn in the error colour only (and bold,
which many terminals do not show), so with ``NO_COLOR`` and in plain mode they read like the
help lines around them (newcomer audit at 80x24). :class:`ErrorLine` starts each of its lines
with :data:`ERROR_MARK` ("✗ "), or :data:`PLAIN_ERROR_MARK` ("Error: ") in plain mode, where a
screen reader says the word; the colour only adds to it.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.visual import VisualType
from textual.widgets import Static

ERROR_MARK = "✗ "
PLAIN_ERROR_MARK = "Error: "


def error_mark(plain: bool) -> str:
    """The mark in front of an error line in this mode."""
    return PLAIN_ERROR_MARK if plain else ERROR_MARK


class ErrorLine(Static):
    """A :class:`Static` for errors: each non-empty line it is given starts with the mark
    (:func:`error_mark`); its text is never markup. :attr:`message` is the text as given."""

    def __init__(self, content: str = "", **kwargs: Any) -> None:
        super().__init__("", markup=False, **kwargs)
        self.message = ""
        self._given = content

    def on_mount(self) -> None:
        if self._given:
            self.update(self._given)

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        text = content.plain if isinstance(content, Text) else str(content)
        self.message = text
        mark = error_mark(bool(getattr(self.app, "plain", False)))
        marked = "\n".join(mark + line if line.strip() else line for line in text.split("\n"))
        super().update(Text(marked) if text else "", layout=layout)
