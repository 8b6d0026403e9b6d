"""What the typing line shows as typed is what Enter sends. Newcomer 24 (fresh24, NO_COLOR)
typed "go ea"; the line read "go east" ("st" a dim suggestion, drawn as normal text by many
terminals), Enter sent "go ea" and the story said "You can't get there from here". Without
colour (NO_COLOR, plain mode) the suggestion is set apart in brackets with the key that takes
it; in colour it stays dim after the letters typed. Either way Enter sends what was typed, and
Tab, Right or End take the suggestion."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import event, story_on_screen, summary, wait_until
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.typing_line import TypingLine, nothing_to_complete

pytestmark = pytest.mark.usefixtures("client_files")


def drawn(line: TypingLine) -> str:
    return line.render_line(0).text.strip()


async def typed(pilot: Pilot[Any], screen: StoryScreen, text: str) -> TypingLine:
    """At the Quay (ways out in, east, north, west), ``text`` typed on the line, its suggestion
    come."""
    screen.apply(event("narrative.end", 8, turn_id="t2", chunks=1, ok=True, summary=summary()))
    line = screen.command_input
    line.focus()
    await pilot.press(*text)
    await wait_until(pilot, lambda: line._suggestion, what="the suggestion")
    return line


@pytest.mark.parametrize("mode", ["nocolor", "plain"])
async def test_without_colour_the_suggestion_is_set_apart_and_enter_sends_the_typed(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    async with story_on_screen(plain=mode == "plain") as (pilot, screen):
        line = await typed(pilot, screen, "go ea")
        assert drawn(line).startswith("go ea  [Tab: go east]"), drawn(line)
        assert "go east" not in drawn(line).replace("[Tab: go east]", "")
        await pilot.press("enter")
        await pilot.pause()
        assert [m.text for m in pilot.app.posted(StoryScreen.Say)] == ["go ea"]

        for key in ("tab", "right", "end"):
            line.value = ""
            await pilot.press(*"go ea")
            await wait_until(pilot, lambda: line._suggestion, what="the suggestion")
            await pilot.press(key)
            await pilot.pause()
            assert line.value == "go east", key
            assert drawn(line).startswith("go east") and "[Tab:" not in drawn(line), key


async def test_in_colour_the_suggestion_follows_the_letters_and_enter_sends_the_typed() -> None:
    async with story_on_screen() as (pilot, screen):
        line = await typed(pilot, screen, "go ea")
        assert drawn(line).startswith("go east") and "[Tab:" not in drawn(line)
        await pilot.press("right")
        assert line.value == "go east"
        line.value = ""
        await pilot.press(*"go ea", "enter")
        await pilot.pause()
        assert [m.text for m in pilot.app.posted(StoryScreen.Say)] == ["go ea"]


async def suggestion_settled(pilot: Pilot[Any]) -> None:
    """Every suggestion asked for has come (the suggester runs in a worker)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("plain", [True, False])
async def test_what_is_shown_while_tab_cycles_is_what_the_next_tab_gives(plain: bool) -> None:
    """Issue 15, "Tab completion does nothing visible": after Tab gave "go in", the line showed
    "[Tab: go inside]" (dim "side" in colour) and the next Tab gave "go east"."""
    async with story_on_screen(plain=plain) as (pilot, screen):
        line = await typed(pilot, screen, "go ")
        await pilot.press("tab")
        await suggestion_settled(pilot)
        assert line.value == "go in"
        if plain:
            assert drawn(line).startswith("go in  [Tab: go east]"), drawn(line)
        else:
            assert drawn(line) == "go in", "no dim rest the next Tab does not give"
        await pilot.press("tab")
        await suggestion_settled(pilot)
        assert line.value == "go east"


async def test_tab_with_nothing_to_finish_says_what_it_does() -> None:
    async with story_on_screen() as (pilot, screen):
        line = screen.command_input
        line.focus()
        await pilot.press("x", "tab")
        await pilot.pause()
        assert line.value == "x" and pilot.app.focused is line
        said = [n.message for n in pilot.app._notifications]
        assert nothing_to_complete("x") in said
        assert "Nothing here begins with 'x'" in nothing_to_complete("x")
