"""The error panel: what happened, what to do, and one way back (its button, Enter or Escape).

Used for problems that stop the current task (the link stopped, the login was lost, the story
ended elsewhere). Texts are shown as written, never as markup; tracebacks and reprs never reach
it: unexpected failures use :data:`UNEXPECTED` and are logged to a file instead.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tta_tui.widgets.error_line import error_mark
from tta_tui.widgets.marks import MarkedButton

UNEXPECTED = (
    "Something went wrong on our side",
    "Something went wrong on our side. Your story is saved; try again.",
    "Try what you were doing once more. If it keeps happening, restart the client; the details "
    "are in the client's log file.",
)
"""Title, what happened and what to do, for failures nobody foresaw."""


class ErrorScreen(ModalScreen[None]):
    """A modal panel: ``title``, ``what_happened``, ``what_to_do`` and a button (``back``)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back", id="error.back")]
    AUTO_FOCUS = "#error-back"

    def __init__(
        self, title: str, what_happened: str, what_to_do: str, *, back: str = "Back"
    ) -> None:
        super().__init__(classes="error-screen")
        self.title_text = title
        self.what_happened = what_happened
        self.what_to_do = what_to_do
        self.back_label = back

    def compose(self) -> ComposeResult:
        with Vertical(id="error-panel", classes="panel"):
            mark = error_mark(bool(getattr(self.app, "plain", False)))
            yield Static(
                Text(mark + self.title_text), markup=False, id="error-title", classes="title"
            )
            yield Static(Text(self.what_happened), markup=False, id="error-what")
            next_step = Text()
            next_step.append("What to do: ", style="bold")
            next_step.append(self.what_to_do)
            yield Static(next_step, markup=False, id="error-next-step")
            yield MarkedButton(self.back_label, id="error-back", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_back(self) -> None:
        self.dismiss(None)
