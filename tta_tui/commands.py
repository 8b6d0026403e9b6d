"""The command palette's commands (Ctrl+P): the app's own actions, found by typing part of
their name.

:class:`AppCommands` lists what :meth:`~tta_tui.app.TTAApp.palette_commands` offers: a new
story, resuming one, the help, the map, the three themes and quitting. Each command says what
it does; one that does not apply where the player is (the map outside a story, say) still runs
and says why it did nothing, so the palette never silently fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from textual.command import DiscoveryHit, Hit, Hits, Provider


class HasCommands(Protocol):
    def palette_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """(name, what it does, what to run) for every command."""
        ...


class AppCommands(Provider):
    """The app's actions for the command palette."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = self.app
        if not hasattr(app, "palette_commands"):
            return []
        owner: HasCommands = app
        return owner.palette_commands()

    async def discover(self) -> Hits:
        for name, says, run in self._commands():
            yield DiscoveryHit(name, run, help=says)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, says, run in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), run, help=says)
