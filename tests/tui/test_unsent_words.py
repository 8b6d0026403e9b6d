"""Words left on a story's typing line survive stepping out of the story: newcomer 24 (fresh24)
typed "tell Juno the page is wrong", pressed Escape (many people press it to clear a line), and
the words were gone when he resumed the story. They are on the line again, unsent, and Enter
sends them."""

from __future__ import annotations

from tests.tui.conftest import wait_until
from tests.tui.test_play import (
    SIZE,
    make_character,
    register,
    screen_is,
    start_story,
    type_into,
)
from tta_tui.app import TTAApp
from tta_tui.screens.stories import StoriesScreen
from tta_tui.screens.story import StoryScreen

WORDS = "tell Rue the page is wrong"


async def test_escape_keeps_the_typed_words_for_the_resumed_story(server_url: str) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "sam")
        await make_character(pilot, "Sam Keeper", bad_name_first=False)
        story = await start_story(pilot)
        said = len(story.story_log.paragraphs)
        await type_into(pilot, story.command_input, WORDS)
        await pilot.press("escape")
        await screen_is(pilot, StoriesScreen, "your stories")
        await pilot.press("enter")  # resume
        story = await screen_is(pilot, StoryScreen, "the resumed story")
        await wait_until(pilot, lambda: story.caught_up, what="the replay")
        line = story.command_input
        assert line.value == WORDS, "the words are back on the typing line"
        assert line.cursor_position == len(WORDS) and story.focused is line
        assert not any(WORDS in p.text for p in story.story_log.paragraphs[said:]), "not sent"

        # cleared and stepped out again: the next resume has an empty line
        line.value = ""
        await pilot.press("escape")
        await screen_is(pilot, StoriesScreen, "your stories again")
        await pilot.press("enter")
        story = await screen_is(pilot, StoryScreen, "the story once more")
        await wait_until(pilot, lambda: story.caught_up, what="the replay")
        assert story.command_input.value == ""
        assert app.failures == []
