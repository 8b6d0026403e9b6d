"""Leaving a story and coming back (issue 15, item 4): Escape steps out to *Your stories*
without ending the story; F10 ends it only after a confirmation."""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from tests.tui.conftest import ScreenHarness, event, opening_events, top, wait_until
from tests.tui.test_play import SIZE, make_character, register, say, screen_is, start_story
from tta_tui.app import TTAApp
from tta_tui.screens.characters import ConfirmScreen
from tta_tui.screens.safety import CheckinPanel
from tta_tui.screens.stories import StoriesScreen
from tta_tui.screens.story import ESCAPE_AGAIN, ClosingScreen, StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")


async def test_escape_closes_the_map_then_a_checkin_then_steps_out() -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(80, 24)) as pilot:
        story = top(app, StoryScreen)
        for e in opening_events():
            story.apply(e)
        story.apply(event("safety.checkin", 8, message="How are you doing?", lines=[]))
        keys = {b.binding.key: b.binding.description for b in story.active_bindings.values()}
        # Escape is named for what it does while the check-in shows (tui38: "esc Stories")
        assert keys["escape"] == "Close check-in" and keys["f10"] == "End story"
        assert story.query_one(Footer).display, "the footer shows them"
        await pilot.press("f2")
        await wait_until(pilot, lambda: story.map_screen is not None, what="the map")
        assert story.query(CheckinPanel)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is story, what="the map closed")
        assert story.query(CheckinPanel) and not app.posted(StoryScreen.Back)
        await pilot.press("escape")
        await pilot.pause()
        assert not story.query(CheckinPanel) and not app.posted(StoryScreen.Back)
        await pilot.press("escape")
        await pilot.pause()
        assert not app.posted(StoryScreen.Back), "right after a close: said, not stepped out"
        assert any(n.message == ESCAPE_AGAIN for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.posted(StoryScreen.Back)) == 1 and not app.posted(StoryScreen.Leave)
        assert story.summary.location == "Rue's Tea Hut" and not story.ended


@pytest.mark.parametrize("size", [(80, 24), (110, 34)])
async def test_a_second_escape_after_a_checkin_keeps_the_story_and_the_line_typed_next(
    size: tuple[int, int],
) -> None:
    """Issue 15: Escape closed a check-in, a second Escape (pressed to be sure) stepped out to
    the stories list, and the line typed next went there, lost. Now the second Escape says
    that a third steps out, and the line typed after it is sent in the story."""
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=size) as pilot:
        story = top(app, StoryScreen)
        for e in opening_events():
            story.apply(e)
        story.apply(event("safety.checkin", 8, message="How are you doing?", lines=[]))
        await pilot.pause()
        await pilot.press("escape", "escape", *"look", "enter")
        await pilot.pause()
        assert app.screen is story and not app.posted(StoryScreen.Back)
        assert [m.text for m in app.posted(StoryScreen.Say)] == ["look"]
        await pilot.press("escape")  # typed since: Escape steps out at once, as before
        await pilot.pause()
        assert len(app.posted(StoryScreen.Back)) == 1


async def test_escape_leaves_for_the_list_and_f10_asks_before_ending(server_url: str) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "noor")
        await make_character(pilot, "Noor Haddad", bad_name_first=False)
        story = await start_story(pilot)
        await say(pilot, story, "go inside")
        await wait_until(pilot, lambda: story.summary.location == "Rue's Tea Hut")
        sid = story.session_id

        # Escape: to the story list, the story still active.
        await pilot.press("escape")
        stories: StoriesScreen = await screen_is(pilot, StoriesScreen, "your stories")
        await wait_until(pilot, lambda: bool(stories.stories), what="the list")
        [entry] = stories.stories
        assert (entry.session_id, entry.status) == (sid, "active")

        # Back in: the same story, where it was.
        await pilot.press("enter")
        back: StoryScreen = await screen_is(pilot, StoryScreen, "the story again")
        await wait_until(pilot, lambda: back.caught_up, what="the replay")
        assert back.session_id == sid and back.summary.location == "Rue's Tea Hut"

        # F10 asks; Escape (or "Keep it") keeps the story going.
        await pilot.press("f10")
        confirm = await screen_is(pilot, ConfirmScreen, "the confirmation")
        assert "End this story" in confirm.question
        assert app.focused is not None and app.focused.id == "confirm-no"
        await pilot.press("escape")
        await screen_is(pilot, StoryScreen, "kept")
        assert not back.ended
        await pilot.press("f10")
        await screen_is(pilot, ConfirmScreen, "asked again")
        await pilot.press("enter")  # "Keep it" has the focus
        await screen_is(pilot, StoryScreen, "kept again")
        assert not back.ended

        # Confirmed: ended for good.
        await pilot.press("f10")
        await screen_is(pilot, ConfirmScreen, "asked a third time")
        await pilot.press("tab", "enter")  # "End story"
        await screen_is(pilot, ClosingScreen, "the closing panel")
        assert back.ended
        assert app.failures == []
