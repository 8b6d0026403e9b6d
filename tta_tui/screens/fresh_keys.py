"""A screen that acts only on keys pressed once it was there to see.

A newcomer chose a character and, while the world list was still on its way from the server,
pressed Down and Enter: the keys were handled by the picker once it came, and started a story in
a world they had not read about. :class:`FreshKeysScreen` drops a key pressed before the screen
was made (its data had arrived; a key's own ``time`` is when the terminal sent it, however late
the app reads it) or, when it comes back on top, before that; keys pressed after act as usual,
even while the screen is still being drawn (a player on a busy machine who sees it and presses
Enter at once is not ignored). App-wide keys (Ctrl+Q, the help) are handled before any screen
sees them, so they always work.
"""

from __future__ import annotations

from textual import events
from textual._time import get_time
from textual.screen import Screen


class FreshKeysScreen(Screen[None]):
    """A screen that ignores keys typed before it appeared (see the module docstring)."""

    def __init__(
        self, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.shown_at = get_time()
        """Keys from before this are dropped: when the screen was made, then each time it
        comes back on top (Textual's clock, the one a key's ``time`` is read from)."""
        self.resumed = False

    def on_screen_resume(self) -> None:
        if self.resumed:
            self.shown_at = get_time()
        self.resumed = True

    def on_key(self, event: events.Key) -> None:
        if event.time < self.shown_at:
            event.stop()
            event.prevent_default()
