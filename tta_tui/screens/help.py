"""The help screen: keys, commands and safety, from ``tta_tui/help.md`` (Markdown widget)."""

from __future__ import annotations

from importlib.resources import files
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

from tta_tui.widgets.status_chip import TopBar


def help_text() -> str:
    """The help page's Markdown source, shipped inside the package."""
    return files("tta_tui").joinpath("help.md").read_text(encoding="utf-8")


class HelpScreen(ModalScreen[None]):
    """Help over the current screen; Escape, q or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("q", "close", "Close", show=False),
        Binding("f1", "close", "Close", show=False),
    ]
    AUTO_FOCUS = "#help-scroll"

    def compose(self) -> ComposeResult:
        with Vertical(id="help-panel"):
            yield TopBar("Help: keys, commands and safety")
            with VerticalScroll(id="help-scroll"):
                yield Markdown(help_text(), id="help-text")
            yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
