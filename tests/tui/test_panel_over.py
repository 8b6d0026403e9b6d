"""Issue 15: at 80 columns F3 put the side panel beside the story and left the story 48
columns, a few words a line. Where the story beside the panel would be narrower than
NARROWEST_STORY, F3 shows the panel in the story's place, and F3, Escape or a turn sent gives
the story back; wider screens keep the panel beside the story."""

from __future__ import annotations

from tests.tui.conftest import ScreenHarness, story_on_screen, top
from tests.tui.test_fit import settled_keys
from tests.tui.test_place import settle
from tta_tui.screens.story import NARROWEST_STORY, StoryScreen


async def test_at_80_columns_f3_shows_the_panel_in_the_story_s_place() -> None:
    async with story_on_screen() as (pilot, story):
        app = pilot.app
        assert isinstance(app, ScreenHarness)
        await settle(pilot)
        status = story.query_one("#side-status")
        await pilot.press("f3")
        await settle(pilot)
        assert story.side.display and not status.display
        assert not story.story_log.display, "the panel has the story's place"
        assert story.side.size.width >= 70
        assert "Rue Penhallow" in story.side.as_text()
        await pilot.press("f3")
        await settle(pilot)
        assert story.story_log.display and not story.side.display and status.display
        assert story.story_log.size.width >= 76
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("escape")  # closes the panel, does not leave the story
        await settle(pilot)
        assert story.story_log.display and not story.side.display
        assert not app.posted(StoryScreen.Back)
        assert not app.posted(StoryScreen.PanelChosen), "for now only, not remembered"


async def test_a_turn_sent_gives_the_story_back() -> None:
    async with story_on_screen() as (pilot, story):
        app = pilot.app
        assert isinstance(app, ScreenHarness)
        await pilot.press("f3")
        await settle(pilot)
        assert not story.story_log.display
        await pilot.press("l", "o", "o", "k", "enter")
        await settle(pilot)
        assert story.story_log.display and not story.side.display
        assert [m.text for m in app.posted(StoryScreen.Say)] == ["look"]


async def test_a_remembered_panel_does_not_hide_the_story_on_a_narrow_screen() -> None:
    app = ScreenHarness(lambda: StoryScreen(panel=True))
    async with app.run_test(size=(80, 24)) as pilot:
        story = top(app, StoryScreen)
        await settle(pilot)
        assert story.story_log.display and not story.side.display
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert story.story_log.display and story.side.display, "beside the story when wide"
        assert story.story_log.size.width - 2 >= NARROWEST_STORY


async def test_the_key_bar_says_escape_gives_the_story_back_while_the_panel_has_its_place() -> None:
    """A newcomer read "esc Stories" while the F3 panel covered the story: Escape gave the story
    back, but the key bar said it stepped out of it."""
    async with story_on_screen() as (pilot, story):
        await settle(pilot)

        async def escape_says() -> list[str]:
            keys = await settled_keys(pilot, story)
            return [k.description for k in keys if k.key == "escape"]

        assert await escape_says() == ["Stories"]
        await pilot.press("f3")
        await settle(pilot)
        assert not story.story_log.display
        assert await escape_says() == ["Back to the story"]
        await pilot.press("escape")
        await settle(pilot)
        assert story.story_log.display
        assert await escape_says() == ["Stories"]
        await pilot.press("escape")  # right after the close: said, not done (issue 15)
        await settle(pilot)
        app = pilot.app
        assert isinstance(app, ScreenHarness)
        assert not app.posted(StoryScreen.Back)
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.posted(StoryScreen.Back)) == 1, "then Escape steps out"
