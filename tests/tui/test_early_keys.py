"""tui23's leftover (issue 15): only the world picker ignored keys typed while it was loading.
Keys typed while any screen is on its way (login -> characters -> picker -> story, and the
character form) no longer act on it once it shows, whatever has the focus there (a text field
too); keys typed once it is there act at once, and the app's own keys always work."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual import events
from textual.message import Message
from textual.screen import Screen

from tests.tui.conftest import (
    CHARACTERS,
    SCHEMA,
    ScreenHarness,
    fresh,
    opening_events,
    type_at_once,
    wait_until,
)
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.fresh_keys import FreshKeysScreen
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")


def _story() -> StoryScreen:
    return StoryScreen(title="The Lantern Coast: Aria Moon")


SCREENS: dict[str, tuple[Callable[[], FreshKeysScreen], list[str], type[Message] | None]] = {
    "characters": (
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria", active_stories=1),
        ["down", "enter", "n"],
        CharactersScreen.Play,
    ),
    "story": (_story, [*"look", "enter"], StoryScreen.Say),
    "form": (lambda: CharacterForm(SCHEMA), [*"Mira", "ctrl+s"], CharacterForm.Submitted),
}


def _key(key: str) -> events.Key:
    return events.Key(key, key if len(key) == 1 else {"enter": "\r"}.get(key))


@pytest.mark.parametrize("name", list(SCREENS))
async def test_keys_typed_while_a_screen_loads_do_not_act_on_it(name: str) -> None:
    make, keys, acted = SCREENS[name]
    app = ScreenHarness(lambda: Screen[None]())
    async with app.run_test(size=(80, 24)) as pilot:
        typed_before = [_key(k) for k in keys]  # typed while the screen was on its way
        screen = make()
        await app.push_screen(screen)
        await wait_until(pilot, lambda: app.screen is screen and app.focused, what=name)
        if isinstance(screen, StoryScreen):
            for e in opening_events():
                screen.apply(e)
        await pilot.pause()
        focused = app.focused
        before = getattr(focused, "value", None)
        for key in typed_before:
            app.post_message(key)
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen, "nothing left the screen"
        assert app.focused is focused, "the focus stayed"
        assert getattr(focused, "value", None) == before, "nothing typed into the field"
        assert acted is None or app.posted(acted) == [], "nothing acted on"
        assert not app.posted(CharactersScreen.New)
        if name == "characters":
            type_at_once(app, "n")  # typed now: it acts
            await wait_until(pilot, lambda: app.posted(CharactersScreen.New), what="n")
        else:
            type_at_once(app, *keys[:-1])
            typed = "".join(keys[:-1])
            await wait_until(pilot, lambda: getattr(focused, "value", "") == typed, what="typed")


async def test_the_apps_own_keys_work_even_when_typed_early() -> None:
    """Ctrl+Q typed while a story loads still quits."""
    app = ScreenHarness(lambda: Screen[None]())
    async with app.run_test(size=(80, 24)) as pilot:
        quit_key = _key("ctrl+q")  # typed before the story screen is made
        screen = _story()
        await app.push_screen(screen)
        await pilot.pause()
        app.post_message(quit_key)
        await wait_until(pilot, lambda: not app.is_running, what="Ctrl+Q quits")
