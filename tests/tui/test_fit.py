"""At 80x24, the smallest terminal the client supports, the key bar fits on every screen: each
key and its label whole, none under the command palette's key at the right (issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.tui.conftest import (
    ARIA,
    CHARACTER_NAMES,
    CHARACTERS,
    GOAL_LABELS,
    NOW,
    SCHEMA,
    SESSIONS,
    URL,
    WORLD_TITLES,
    WORLDS,
    fresh,
    opening_events,
    started,
)
from tta_tui.app import TTAApp
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.stories import StoriesScreen, story_entries
from tta_tui.screens.story import StoryScreen
from tta_tui.screens.worlds import WorldsScreen

pytestmark = pytest.mark.usefixtures("client_files")

SCREENS: dict[str, Callable[[], Screen[Any]]] = {
    "characters": lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria", active_stories=2),
    "stories": lambda: StoriesScreen(
        story_entries(fresh({"s": SESSIONS})["s"], WORLD_TITLES, CHARACTER_NAMES), now=lambda: NOW
    ),
    "worlds": lambda: WorldsScreen(WORLDS, CHARACTERS[0], GOAL_LABELS),
    "form": lambda: CharacterForm(SCHEMA, document=fresh(ARIA)),
    "story": lambda: StoryScreen(title="The Lantern Coast: Aria Moon"),
}


def _layout(keys: list[FooterKey]) -> list[tuple[str, int, int]]:
    return [(k.description, k.region.x, k.region.width) for k in keys]


async def settled_keys(pilot: Pilot[Any], screen: Screen[Any]) -> list[FooterKey]:
    """The key bar once laid out and unchanged over a pause (a screen that refreshes its
    bindings on mount has the footer composed again)."""
    previous: list[tuple[str, int, int]] = []
    for _ in range(200):
        await pilot.pause()
        keys = list(screen.query_one(Footer).query(FooterKey))
        layout = _layout(keys)
        if keys and all(width for _, _, width in layout) and layout == previous:
            return keys
        previous = layout
    raise AssertionError(f"the key bar never settled: {previous}")


@pytest.mark.parametrize("name", sorted(SCREENS))
async def test_the_key_bar_fits_at_80_columns(name: str) -> None:
    app = TTAApp([URL])  # nothing answers there: the screens are shown as they are
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        screen = SCREENS[name]()
        await app.push_screen(screen)
        if isinstance(screen, StoryScreen):
            for e in opening_events():
                screen.apply(e)
        keys = await settled_keys(pilot, screen)
        palette = [k for k in keys if k.action == "command_palette"]
        # the story's bar is compact below 100 columns and leaves Ctrl+P to the help (corpus
        # 20: with the panel in the story's place its last key, the help, was cut)
        story = isinstance(screen, StoryScreen)
        assert len(palette) == (0 if story else 1), "the palette's key is shown"
        shown = {k.description for k in keys}
        assert {"Help", "Quit"} <= shown
        for key in keys:
            label = f"{key.key_display} {key.description}".strip()
            assert key.region.width >= len(label) + (0 if story else 2), f"{label!r} is cut"
            assert key.region.right <= 80, f"{label!r} runs off the screen"
            if palette and key not in palette:
                assert key.region.right <= palette[0].region.x, f"{label!r} is under ^p"


async def test_the_story_key_bar_fits_again_after_a_wider_terminal() -> None:
    """Newcomer audit in tmux: 80x24, then wider, then 80x24 again, and the bar still showed
    the palette's key, over its last keys ("^q Q"): Textual's footer takes the palette's key
    away only when it lays out its keys anew."""
    app = TTAApp([URL])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        screen = SCREENS["story"]()
        await app.push_screen(screen)
        assert isinstance(screen, StoryScreen)
        for e in opening_events():
            screen.apply(e)
        await settled_keys(pilot, screen)
        await pilot.resize_terminal(120, 40)
        keys = await settled_keys(pilot, screen)
        assert any(k.action == "command_palette" for k in keys), "wide: the palette's key"
        await pilot.resize_terminal(80, 24)
        keys = await settled_keys(pilot, screen)
        assert not any(k.action == "command_palette" for k in keys)
        for key in keys:
            label = f"{key.key_display} {key.description}".strip()
            assert key.region.width >= len(label), f"{label!r} is cut"
            assert key.region.right <= 80, f"{label!r} runs off the screen"
