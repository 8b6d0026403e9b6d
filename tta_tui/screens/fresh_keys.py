"""Screens that act only on keys pressed once they were there to see.

A newcomer chose a character and, while the world list was still on its way from the server,
pressed Down and Enter: the keys were handled by the picker once it came, and started a story in
a world they had not read about. The same held for every screen that loads: keys typed while
the characters, a story or the form were on their way acted on them once they came (an Enter
for the picker started nothing twice only by luck; letters typed then landed in the story's
input). :class:`FreshKeysApp` drops a key pressed before the screen on top
(a :class:`FreshKeysScreen`) was made (its data had arrived; a key's own ``time`` is when the
terminal sent it, however late the app reads it) or, when it comes back on top, before that;
keys pressed after act as usual, even while the screen is still being drawn (a player on a
busy machine who sees it and presses Enter at once is not ignored). The app drops them before
any widget sees them, so a focused text field does not take them either. The app's own keys
(Ctrl+Q, the help) always work.
"""

from __future__ import annotations

from textual import events
from textual._time import get_time
from textual.app import App
from textual.screen import Screen

from tta_tui.widgets.typed_keys import bindings_of


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


class FreshKeysApp(App[None]):
    """An app whose screens never act on keys typed before they appeared (see the module)."""

    def typed_too_early(self, event: events.Key) -> bool:
        """Was ``event`` typed before the screen on top appeared (and is it no app key)?"""
        screen = self.screen
        if not isinstance(screen, FreshKeysScreen) or event.time >= screen.shown_at:
            return False
        return event.key not in bindings_of(self).key_to_bindings

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and self.typed_too_early(event):
            return
        await super().on_event(event)
