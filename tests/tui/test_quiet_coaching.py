"""Quiet coaching does what its label says wherever the client shows coaching (issue 15).

Newcomer fresh28 ticked "Quiet coaching" and still saw the panel beside the story count his
skills up ("Skills practised: Asking for help x1") under every reply. The setting is the
character's (``profile.quiet_coaching``): the server leaves its coaching lines out of the
narration, and the client now leaves the skills out of the panel and the help, for a new story
and for one resumed after the client was closed and opened again."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.conftest import CHARACTERS, opening_events, story_on_screen, wait_until
from tests.tui.test_play import (
    SIZE,
    log_in,
    register,
    say,
    screen_is,
    start_story,
    type_into,
)
from tta_tui.app import TTAApp
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.help import HelpScreen
from tta_tui.screens.stories import StoriesScreen
from tta_tui.screens.story import StoryScreen
from tta_tui.story_flow import quiet_coaching
from tta_tui.widgets.marks import MarkedCheckbox
from tta_tui.widgets.side_panel import SidePanel

pytestmark = pytest.mark.usefixtures("client_files")

TO_A_SKILL = ["go inside", "ask Rue what's happened to the lighthouse", "ask rue for help"]
"""The Lantern Coast's first skill (asking for help), in the walkthrough's words."""
COACHING = ("That was asking for help", "practised asking for help", "Asking for help again")


def panel_text(story: StoryScreen) -> str:
    return story.query_one(SidePanel).as_text()


async def quiet_character(pilot: Pilot[Any], name: str) -> None:
    """Make a character through the form, ticking Quiet coaching with the keyboard."""
    await pilot.press("n")
    form: CharacterForm = await screen_is(pilot, CharacterForm, "the character form")
    await type_into(pilot, form.query_one("#f-name", Input), name)
    await type_into(pilot, form.query_one("#f-traits .tag-input", Input), "curious")
    await pilot.press("enter")
    form.query_one("#f-goals").focus()
    await pilot.press("space")
    box = form.query_one("#f-coaching", MarkedCheckbox)
    box.focus()
    await pilot.press("space")
    assert box.value and form.document()["profile"]["quiet_coaching"] is True
    await pilot.press("ctrl+s")
    await screen_is(pilot, CharactersScreen, "back to the characters")


async def test_quiet_coaching_leaves_the_skills_out_of_a_new_and_a_resumed_story(
    server_url: str,
) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "marcus_b")
        await quiet_character(pilot, "Marcus Bell")
        story = await start_story(pilot)
        assert story.quiet_coaching
        for text in TO_A_SKILL:
            await say(pilot, story, text)
            await wait_until(pilot, lambda t=text: f"> {t}" in story.as_text(), what=text)
        await wait_until(pilot, lambda: story.summary.skills, what="a skill practised")
        assert "Rue" in panel_text(story), "the panel is there, with the people here"
        assert "Skills practised" not in panel_text(story)
        assert "Asking for help" not in panel_text(story)
        assert not any(line in story.as_text() for line in COACHING), "nor in the story"
        await pilot.press("f1")
        help_screen: HelpScreen = await screen_is(pilot, HelpScreen, "the help")
        assert "skills you have practised" not in help_screen.page
        await pilot.press("escape")
        await screen_is(pilot, StoryScreen)
        assert app.failures == []

    again = TTAApp([server_url], username="marcus_b")  # the client closed and opened again
    async with again.run_test(size=SIZE) as pilot:
        await log_in(pilot)
        await pilot.press("s")
        await screen_is(pilot, StoriesScreen, "your stories")
        await pilot.press("enter")
        resumed: StoryScreen = await screen_is(pilot, StoryScreen, "the story, resumed")
        await wait_until(pilot, lambda: resumed.caught_up, what="the replay")
        assert resumed.summary.skills, "the server still counts them"
        assert resumed.quiet_coaching
        assert "Rue" in panel_text(resumed)
        assert "Skills practised" not in panel_text(resumed)
        assert again.failures == []


@pytest.mark.parametrize("quiet", [False, True])
async def test_the_panel_lists_the_skills_practised_unless_coaching_is_quiet(quiet: bool) -> None:
    async with story_on_screen((110, 30), opened=False) as (pilot, screen):
        screen.quiet_coaching = quiet
        for e in opening_events():
            screen.apply(e)
        await pilot.pause()
        text = panel_text(screen)
        assert ("Skills practised" in text) is not quiet
        assert ("Grounding x2" in text) is not quiet
        assert "Rue Penhallow" in text


def test_quiet_coaching_is_read_from_the_characters_profile() -> None:
    loud, other = CHARACTERS
    assert not quiet_coaching(loud)
    quiet = other.model_copy(
        update={"character": {**other.character, "profile": {"quiet_coaching": True}}}
    )
    assert quiet_coaching(quiet)
    assert not quiet_coaching(None)
