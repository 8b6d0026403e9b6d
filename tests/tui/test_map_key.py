"""The help and the key bar name only keys that work where the player is. Newcomer 24 (fresh24)
read "F2 / m  the map" in the help, pressed m in a story and sent "m" ("I don't know the word
'm'"): in a story the typing line has the focus, so a letter is a letter. F2 (or /map) opens
the map; m is typed, even with the story itself focused."""

from __future__ import annotations

import pytest

from tests.tui.conftest import story_on_screen, wait_until
from tta_tui.app import key_sections
from tta_tui.screens.help import help_page, key_rows
from tta_tui.screens.map import MapScreen

pytestmark = pytest.mark.usefixtures("client_files")


def test_the_help_names_f2_alone_for_the_map() -> None:
    story = dict(key_sections())["In a story"]
    [keys] = [keys for keys, says, ids in key_rows(story) if "map" in says.lower()]
    assert keys == "F2"
    assert "F2 / m" not in help_page(key_sections())
    on_the_map = [k for keys, _, _ in key_rows(MapScreen.BINDINGS) for k in keys.split(" / ")]
    assert "m" not in on_the_map and "F2" in on_the_map


async def test_m_in_a_story_is_a_letter_wherever_the_focus_is() -> None:
    async with story_on_screen() as (pilot, screen):
        for focused in (screen.command_input, screen.story_log):
            screen.command_input.value = ""
            focused.focus()
            await pilot.press("m")
            await wait_until(pilot, lambda: screen.command_input.value == "m", what="an m typed")
            assert screen.map_screen is None, f"m opened the map from {focused!r}"
        await pilot.press("f2")
        await wait_until(pilot, lambda: screen.map_screen is not None, what="F2 opens the map")
        await pilot.press("m")  # on the map: not a way back that the story does not offer
        await pilot.pause()
        assert screen.map_screen is not None
