"""From a finished story to a new one in one key (issue 15; corpus 20): newcomer 20 went Escape,
Escape, Enter, Up from the Lantern Coast's ending to the Ember Library. A story that reached its
ending offers "New story" for the same character, in the key bar: F4 in the story (played on or
opened to read), n in *Your stories* with it chosen; both open the world picker for that
character, over the characters."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.pipeline.walkthroughs import WALKTHROUGHS
from tests.tui.conftest import wait_until
from tests.tui.test_play import PASSWORD, SIZE, log_in, screen_is
from tests.wire.client import Client, character
from tta_tui.app import TTAApp
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.stories import StoriesScreen
from tta_tui.screens.story import StoryScreen
from tta_tui.screens.worlds import WorldsScreen

pytestmark = pytest.mark.usefixtures("client_files")


def bar_row(pilot: Pilot[Any]) -> str:
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()][-1]


async def picker_for(pilot: Pilot[Any], character_id: str) -> None:
    """The world picker is open for this character; Escape goes back to the characters."""
    worlds: WorldsScreen = await screen_is(pilot, WorldsScreen, "the world picker")
    assert worlds.character.id == character_id
    await pilot.press("escape")
    await screen_is(pilot, CharactersScreen, "the characters")


async def story_of_fay(server_url: str, turns: list[str]) -> str:
    """Fay's story in the Lantern Coast, with these turns played over the wire; her id."""
    player = await Client.open(server_url)
    await player.ok("register", username="fay", password=PASSWORD)
    await player.ok("login", username="fay", password=PASSWORD)
    made = (await player.ok("character.create", character=character("Fay Lorne")))["character"]
    cid = str(made["id"])
    started = await player.ok("session.start", character_id=cid, world_id="lantern-coast")
    await player.wait_events(started["session"]["last_seq"])
    for text in turns:
        await player.turn(text)
    await player.close()
    return cid


async def stories(pilot: Pilot[Any]) -> None:
    await pilot.press("s")
    await screen_is(pilot, StoriesScreen, "your stories")
    await pilot.pause()


async def test_a_finished_story_offers_a_new_story_for_its_character_in_one_key(
    server_url: str,
) -> None:
    cid = await story_of_fay(server_url, WALKTHROUGHS["lantern-coast"])

    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=(80, 24)) as pilot:
        await log_in(pilot)
        # the story list, the finished story chosen: n
        await stories(pilot)
        assert "n New story" in bar_row(pilot)
        await pilot.press("n")
        await picker_for(pilot, cid)
        # opened to read: F4
        await stories(pilot)
        await pilot.press("enter")
        reading: StoryScreen = await screen_is(pilot, StoryScreen, "the finished story")
        await pilot.pause()
        assert reading.read_only and "f4 New story" in bar_row(pilot)
        await pilot.press("f4")
        await picker_for(pilot, cid)
        # played on: F4 too, the typing line keeping its words
        await stories(pilot)
        await pilot.press("p")
        story: StoryScreen = await screen_is(pilot, StoryScreen, "the story, played on")
        await wait_until(pilot, lambda: story.caught_up and story.summary.arc.ended)
        await pilot.pause()
        assert "f4 New story" in bar_row(pilot), bar_row(pilot)
        await pilot.press("f4")
        await picker_for(pilot, cid)
        assert app.failures == []


async def test_a_story_not_yet_finished_offers_no_new_story(server_url: str) -> None:
    await story_of_fay(server_url, [])

    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=SIZE) as pilot:
        await log_in(pilot)
        await stories(pilot)
        assert "New story" not in bar_row(pilot)
        await pilot.press("n")
        await pilot.press("enter")
        story: StoryScreen = await screen_is(pilot, StoryScreen, "the story")
        await wait_until(pilot, lambda: story.caught_up)
        await pilot.pause()
        assert "New story" not in bar_row(pilot)
        await pilot.press("f4")
        await pilot.pause()
        assert app.screen is story
