"""The command palette (Ctrl+P): the app's own actions, found by typing part of their name or
a word players use for them.

:class:`AppCommands` lists what :meth:`~tta_tui.app.TTAApp.palette_commands` offers: a new
story, Your stories (to resume one or step out of this one), the help, the map, the three
themes (not without colour, where they change nothing) and quitting, each saying what it does
from where the palette was opened. Each :class:`Command` says what it does and carries the
everyday words for it (``stories``, ``leave``, ``quit story``, ``keys``...): a query finds a
command when it fuzzily matches the name, or when each of its words begins one of the command's
words. One
that does not apply where the player is (the map outside a story, say) still runs and says why
it did nothing, so the palette never silently fails.

:class:`Palette` is Textual's palette with a one-cell ">" where Textual draws a magnifier
emoji (the emoji is two cells wide in some terminals and one in others, and pushed the box's
border a column out at 80 columns), and with the command Enter runs marked ">" in every mode
(:class:`MarkedCommandList`; Textual marks it by colour alone, invisible with ``NO_COLOR``);
without colour (the app's ``-mono`` class) it is in reverse video too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple, Protocol

from rich.style import Style
from textual.app import ComposeResult
from textual.command import (
    CommandInput,
    CommandList,
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
    SearchIcon,
)
from textual.containers import Horizontal, Vertical
from textual.strip import Strip
from textual.widgets import Button, LoadingIndicator

from tta_tui.widgets.marks import CURSOR, with_cursor

WORD_HIT = 0.5
"""The score of a command found by its words rather than its name (name matches rank first)."""


class Command(NamedTuple):
    """One palette entry."""

    name: str
    says: str
    """What it does (shown under the name)."""
    words: str
    """Other words players use for it, space-separated."""
    run: Callable[[], object]


class HasCommands(Protocol):
    def palette_commands(self) -> list[Command]:
        """Every command the palette offers."""
        ...


def words_match(query: str, command: Command) -> bool:
    """True when every word of ``query`` begins a word of the command's name, what it says or
    its other words ("your stories", "quit story", "leave")."""
    asked = re.findall(r"\w+", query.casefold())
    known = re.findall(r"\w+", f"{command.name} {command.says} {command.words}".casefold())
    return bool(asked) and all(any(k.startswith(a) for k in known) for a in asked)


class AppCommands(Provider):
    """The app's actions for the command palette."""

    def _commands(self) -> list[Command]:
        app = self.app
        if not hasattr(app, "palette_commands"):
            return []
        owner: HasCommands = app
        return owner.palette_commands()

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.name, command.run, help=command.says)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.name)
            if score <= 0 and words_match(query, command):
                score = WORD_HIT
            if score > 0:
                yield Hit(score, matcher.highlight(command.name), command.run, help=command.says)


REVERSED = Style(reverse=True)


class MarkedCommandList(CommandList):
    """The palette's results with :data:`~tta_tui.widgets.marks.CURSOR` before the highlighted
    command, in the first cells of its padding (app.tcss), so the list is no wider. Without
    colour the highlighted command's lines are in reverse video too: Textual draws an option's
    ``text-style: reverse`` as swapped colours, which ``NO_COLOR`` turns back to the
    terminal's own."""

    def _get_left_gutter_width(self) -> int:
        return super()._get_left_gutter_width() + len(CURSOR)

    def render_line(self, y: int) -> Strip:
        strip = with_cursor(self, y, super().render_line(y), active=True)  # Enter runs it
        if self.app.has_class("-mono") and self._highlighted_line(y):
            return strip.apply_style(REVERSED)
        return strip

    def _highlighted_line(self, y: int) -> bool:
        """Is line ``y`` (on screen) a line of the highlighted command?"""
        try:
            index, _ = self._lines[self.scroll_offset.y + y]
        except IndexError:
            return False
        return index == self.highlighted


class Palette(CommandPalette):
    """Textual's command palette with a one-cell search mark and a marked highlighted
    command."""

    def compose(self) -> ComposeResult:
        """Textual's own layout (CommandPalette.compose), the list a :class:`MarkedCommandList`."""
        with Vertical(id="--container"):
            with Horizontal(id="--input"):
                yield SearchIcon()
                yield CommandInput(placeholder=self._placeholder, select_on_focus=False)
                if not self.run_on_select:
                    yield Button("\u25b6")
            with Vertical(id="--results"):
                yield MarkedCommandList()
                yield LoadingIndicator()

    def on_mount(self) -> None:
        self.query_one(SearchIcon).icon = ">"
