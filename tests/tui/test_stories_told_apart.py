"""Stories of one character in one world are told apart in Your stories (newcomer audit at
80x24: after a restart every story was listed "The Lantern Coast: Aria Moon", "started just
now"): where titles repeat, the line below says the clock time each was started."""

from __future__ import annotations

import time

import pytest
from textual.widgets import OptionList

from tests.tui.conftest import CHARACTER_NAMES, NOW, SESSIONS, WORLD_TITLES, ScreenHarness, top
from tta_server.protocol.replies import StoryOut
from tta_tui.screens.stories import StoriesScreen, story_entries

pytestmark = pytest.mark.usefixtures("client_files")


def at(when: float) -> str:
    """The clock time here of ``when`` on the server, whose clock says NOW (tests/tui/conftest)
    while this computer's says another time: the screen shows the time as it was here."""
    return time.strftime("%H:%M", time.localtime(when + time.time() - NOW))


async def test_stories_with_one_title_say_when_each_was_started() -> None:
    sessions = [s.model_copy() for s in SESSIONS]
    again = sessions[0].model_copy(
        update={"id": "s5", "created_at": NOW - 2 * 3600, "updated_at": NOW - 3600}
    )
    sessions.insert(1, StoryOut.model_validate(again.model_dump()))
    entries = story_entries(sessions, WORLD_TITLES, CHARACTER_NAMES)
    app = ScreenHarness(lambda: StoriesScreen(entries, now=lambda: NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, StoriesScreen)
        await pilot.pause()
        listing = screen.query_one("#story-list", OptionList)
        rows = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        first, second = rows[0], rows[1]
        assert first.split("\n")[0] == second.split("\n")[0], "the same title"
        assert first.split("\n")[1] != second.split("\n")[1], "told apart below it"
        assert f"at {at(sessions[0].created_at)}" in first
        assert f"at {at(NOW - 2 * 3600)}" in second
        assert all(", at " not in row for row in rows[2:]), "a title alone needs no clock time"
