"""A screen that acts only on keys pressed once it was on show.

A newcomer chose a character and, while the world picker was still on its way, pressed Down and
Enter: the keys were handled by the picker once it came, and started a story in a world they had
not read about. :class:`FreshKeysScreen` drops a key pressed before it was drawn (the key's own
time is earlier than :attr:`~FreshKeysScreen.shown_at`, set after the screen's first refresh each
time it becomes the current screen); keys pressed after that act as usual. App-wide keys
(Ctrl+Q, the help) are handled before any screen sees them, so they always work.
"""

from __future__ import annotations

import math

from textual import events
from textual._time import get_time
from textual.screen import Screen


class FreshKeysScreen(Screen[None]):
    """A screen that ignores keys typed before it appeared (see the module docstring)."""

    shown_at: float = math.inf
    """When the screen was first drawn since it last became current (Textual's clock, the one
    a key's ``time`` is read from); infinity until then."""

    def on_screen_resume(self) -> None:
        self.shown_at = math.inf
        self.call_after_refresh(self._shown)

    def _shown(self) -> None:
        self.shown_at = get_time()

    def on_key(self, event: events.Key) -> None:
        if event.time < self.shown_at:
            event.stop()
            event.prevent_default()
