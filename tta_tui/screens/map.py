"""The full-screen map (F2 in a story, or /map): every place seen so far, fitted to the
terminal and scrollable when still larger (:class:`~tta_tui.widgets.map.MapView`).

It shows the story's own :class:`~tta_tui.widgets.map.MapModel`, so a narration that arrives
while it is open is drawn at once (:meth:`MapScreen.refresh_map`). F2 (the key that opened it)
or Escape go back to the story, and the key bar says both (tui40: at 80 columns the map took the
whole screen and the key that closes it was not shown); the arrow keys, PageUp/PageDown, Home
and End scroll a map larger than the screen.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer

from tta_tui.widgets.map import MapModel, MapView
from tta_tui.widgets.status_chip import TopBar


class MapScreen(Screen[None]):
    """The map of ``model`` over the whole screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back to the story", id="map.close"),
        # its own action: the key bar shows one key for each action ("esc" only, before)
        Binding("f2", "close_map", "Close map", id="map.toggle"),
    ]
    AUTO_FOCUS = "#map-view"

    def __init__(self, model: MapModel, *, title: str = "Map", plain: bool = False) -> None:
        super().__init__(id="map-screen")
        self.model = model
        self.title_text = title
        self.plain = plain

    def compose(self) -> ComposeResult:
        yield TopBar(self.title_text)
        yield MapView(self.model, plain=self.plain)
        yield Footer()

    @property
    def map_view(self) -> MapView:
        return self.query_one(MapView)

    def refresh_map(self) -> None:
        """Redraw (after the story's model changed)."""
        self.map_view.refresh_map()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_close_map(self) -> None:
        """The key that opened the map (F2) closes it."""
        self.dismiss(None)
