"""The world picker says which worlds the character has finished, and offers to play them
again (issue 15): fresh28 finished both worlds and the picker looked as on the first day. The
mark comes from ``session.list`` (``finished``: the story reached its ending), which the client
already reads; the server is unchanged."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from tests.pipeline.walkthroughs import WALKTHROUGHS
from tests.tui.conftest import CHARACTERS, GOAL_LABELS, WORLDS, ScreenHarness, top
from tests.tui.test_play import PASSWORD, SIZE, log_in, screen_is
from tests.wire.client import Client, character
from tta_tui.app import TTAApp
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.worlds import FINISHED_MARK, WorldsScreen

pytestmark = pytest.mark.usefixtures("client_files")


def labels(picker: WorldsScreen) -> list[str]:
    listing = picker.query_one("#world-list", OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


def card(picker: WorldsScreen) -> str:
    return str(picker.query_one("#world-card", Static).render())


async def test_a_finished_world_is_marked_and_offered_again() -> None:
    aria = CHARACTERS[0]  # her goals suit the Lantern Coast best
    app = ScreenHarness(lambda: WorldsScreen(WORLDS, aria, GOAL_LABELS, finished={"lantern-coast"}))
    async with app.run_test(size=(80, 24)) as pilot:
        picker = top(app, WorldsScreen)
        await pilot.pause()
        ember, lantern = labels(picker)
        assert FINISHED_MARK in lantern and "suits your goals" in lantern
        assert FINISHED_MARK not in ember
        listing = picker.query_one("#world-list", OptionList)
        assert listing.highlighted == 0, "a world not yet finished comes first"
        assert "Press Enter to begin The Ember Library as Aria Moon." in card(picker)
        await pilot.press("down")
        await pilot.pause()
        assert (
            "Aria Moon has finished The Lantern Coast. Press Enter to play it again from the start"
            in card(picker)
        )
        await pilot.press("enter")
        await pilot.pause()
        [start] = app.posted(WorldsScreen.Start)
        assert start.world.id == "lantern-coast"


async def test_the_picker_marks_the_worlds_this_character_finished(server_url: str) -> None:
    player = await Client.open(server_url)
    await player.ok("register", username="fay", password=PASSWORD)
    await player.ok("login", username="fay", password=PASSWORD)
    fay = (await player.ok("character.create", character=character("Fay Lorne")))["character"]
    await player.ok("character.create", character=character("Gil Lorne"))
    started = await player.ok("session.start", character_id=fay["id"], world_id="lantern-coast")
    await player.wait_events(started["session"]["last_seq"])
    for text in WALKTHROUGHS["lantern-coast"]:
        await player.turn(text)
    assert player.events[-1]["data"]["summary"]["arc"]["ended"]
    await player.close()

    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=SIZE) as pilot:
        characters = await log_in(pilot)
        names = [c.name for c in characters.characters]
        for who in ("Fay Lorne", "Gil Lorne"):
            characters = await screen_is(pilot, CharactersScreen, "the characters")
            characters.query_one("#character-list", OptionList).highlighted = names.index(who)
            await pilot.press("enter")
            picker: WorldsScreen = await screen_is(pilot, WorldsScreen, f"{who}'s worlds")
            marked = [w.id for w, label in zip(picker.worlds, labels(picker), strict=True)
                      if FINISHED_MARK in label]  # fmt: skip
            assert marked == (["lantern-coast"] if who == "Fay Lorne" else []), who
            await pilot.press("escape")
        assert app.failures == []
