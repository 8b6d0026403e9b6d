"""The characters screen's hints say what Enter does where the focus is. Newcomer 24 (fresh24)
stepped out of a story to the characters: the list had the focus, the line under it said
"You have 1 active story: Enter (or s) opens Your stories", and Enter opened the world picker
for a new story. Coming back with a story now waiting puts the focus on Your stories (as
logging in with one waiting does), and whichever has the focus, the hint naming Enter is the
one Enter does."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static

from tests.tui.conftest import CHARACTERS, ScreenHarness, fresh, top
from tta_tui.screens.characters import CharactersScreen


def hints(screen: CharactersScreen) -> str:
    return " ".join(
        str(screen.query_one(f"#{id}", Static).render())
        for id in ("characters-hint", "characters-stories")
    )


async def enter_does(pilot: Pilot[Any], app: ScreenHarness) -> str:
    app.messages.clear()
    await pilot.press("enter")
    await pilot.pause()
    if app.posted(CharactersScreen.Stories):
        return "stories"
    return "new story" if app.posted(CharactersScreen.Play) else "nothing"


async def test_back_with_a_story_waiting_enter_does_what_the_hints_say() -> None:
    app = ScreenHarness(
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "sam", active_stories=0)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = top(app, CharactersScreen)
        assert app.focused is screen.query_one("#character-list")
        screen.show(screen.characters, 1)  # back from the story just started: it waits
        await pilot.pause()
        said = hints(screen)
        assert "Enter (or s) opens Your stories" in said
        assert await enter_does(pilot, app) == "stories"

        await pilot.press("tab")  # to the list: Enter there is a new story, and the hints say so
        await pilot.pause()
        assert app.focused is screen.query_one("#character-list")
        said = hints(screen)
        assert "Enter (or s)" not in said and "s (or Your stories) opens them" in said
        assert "Enter on a character plays a new story" in said
        assert await enter_does(pilot, app) == "new story"


async def test_a_refresh_with_the_story_already_waiting_leaves_the_focus_alone() -> None:
    app = ScreenHarness(
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "sam", active_stories=1)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = top(app, CharactersScreen)
        screen.query_one("#character-list").focus()
        await pilot.pause()
        screen.show(screen.characters, 1)
        await pilot.pause()
        assert app.focused is screen.query_one("#character-list")
        assert "Enter (or s)" not in hints(screen)
        assert await enter_does(pilot, app) == "new story"
