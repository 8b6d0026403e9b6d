"""The world picker makes the choice hard to make by accident (issue 15).

A newcomer, twice, pressed Down and Enter and started the world they had not meant: the
best-suited world (the second of two) was highlighted first and Down wrapped round to the first.
Down now stops at the end of the list; keys typed while the picker was still loading are not
handled by it once it shows; a started story names its world at once."""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widgets import OptionList, Static

from tests.tui.conftest import (
    CHARACTERS,
    GOAL_LABELS,
    WORLDS,
    ScreenHarness,
    event,
    top,
    type_at_once,
    wait_until,
)
from tta_tui.screens.story import StoryScreen, new_story_line
from tta_tui.screens.worlds import WorldsScreen

SIZE = (80, 24)


def _picker() -> WorldsScreen:
    return WorldsScreen(WORLDS, CHARACTERS[0], GOAL_LABELS)


async def test_down_on_the_last_world_stays_there() -> None:
    app = ScreenHarness(_picker)
    async with app.run_test(size=SIZE) as pilot:
        picker = top(app, WorldsScreen)
        listing = picker.query_one("#world-list", OptionList)
        assert listing.highlighted == 1, "the best-suited world (the Lantern Coast) comes first"
        await pilot.press("down")
        assert listing.highlighted == 1, "no wrap round to the first world"
        card = str(picker.query_one("#world-card", Static).render())
        assert "Press Enter to begin The Lantern Coast as Aria Moon." in card
        await pilot.press("up", "up")
        assert listing.highlighted == 0, "Up stops at the top too"
        assert "Press Enter to begin The Ember Library as" in str(
            picker.query_one("#world-card", Static).render()
        )
        await pilot.press("down", "enter")
        await pilot.pause()
        [start] = app.posted(WorldsScreen.Start)
        assert start.world.id == "lantern-coast"


async def test_keys_typed_while_the_picker_loads_do_not_act_on_it() -> None:
    app = ScreenHarness(lambda: Screen[None]())
    async with app.run_test(size=SIZE) as pilot:
        # Typed while the world list was on its way, read by the app only once the picker is up
        # (a busy event loop, or a slow server): a key keeps the time it was typed.
        typed_before = [events.Key("up", None), events.Key("enter", "\r")]
        picker = _picker()
        app.push_screen(picker)
        await wait_until(pilot, lambda: app.screen is picker and app.focused, what="the picker")
        listing = picker.query_one("#world-list", OptionList)
        for key in typed_before:
            app.post_message(key)
        await pilot.pause()
        assert app.posted(WorldsScreen.Start) == [], "no story started by keys typed too early"
        assert listing.highlighted == 1, "the highlight stays on the world the card describes"
        type_at_once(app, "up")  # typed once it is there, however fast
        await wait_until(pilot, lambda: listing.highlighted == 0, what="a key pressed now works")
        await pilot.press("enter")
        await pilot.pause()
        [start] = app.posted(WorldsScreen.Start)
        assert start.world.id == "ember-library"


async def test_a_new_story_names_its_world_at_once_and_after_the_notice() -> None:
    line = new_story_line("The Ember Library", "Aria Moon")
    app = ScreenHarness(lambda: StoryScreen(title="The Ember Library: Aria Moon", intro=line))
    async with app.run_test(size=SIZE) as pilot:
        story = top(app, StoryScreen)
        state = story.query_one("#story-state", Static)
        assert state.display and "A new story in The Ember Library as Aria Moon" in str(
            state.render()
        ), "said above the input before the server answers"
        assert "Escape" in line and "F10" in line
        story.apply(event("session.started", 1, world_title="The Ember Library",
                          character_name="Aria Moon", notice="Written by software.",
                          emergency="999"))  # fmt: skip
        await pilot.pause()
        kinds = [(p.kind, p.text) for p in story.story_log.paragraphs]
        assert kinds[0] == ("disclosure", "Written by software."), "the notice stays first"
        assert kinds[1] == ("notice", line)
        assert not state.display, "the line above the input gives way once it is in the story"


async def test_the_footer_shows_enter_starts_the_story() -> None:
    """tui23's leftover: the picker's footer showed only Escape; its Enter was hidden by the
    list's own Enter (the list has the focus)."""
    app = ScreenHarness(_picker)
    async with app.run_test(size=SIZE) as pilot:
        picker = top(app, WorldsScreen)
        await pilot.pause()
        shown = {
            key: active.binding.description
            for key, active in picker.active_bindings.items()
            if active.binding.show
        }
        assert shown.get("enter") == "Start story", shown
        footer = app.export_screenshot().replace("&#160;", " ")
        assert "Start story" in footer
