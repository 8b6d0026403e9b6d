"""Your stories says how long ago by the server's clock, not this computer's (issue 15): the
server says its time in ``hello.server_time``, the client carries it on with its steady clock
(tta_tui/net/server_clock.py), so a wrong clock here neither ages a story nor makes an age
negative. The link's side (an older server that does not say its time) is in test_link.py; the
server's side (hello carries it) in tests/wire/test_protocol_errors.py."""

from __future__ import annotations

import time

import pytest
from textual.widgets import OptionList

from tests.tui.conftest import ScreenHarness, top
from tests.tui.test_new_story import stories, story_of_fay
from tests.tui.test_play import log_in, screen_is
from tta_server.protocol.replies import StoryOut
from tta_tui.app import TTAApp
from tta_tui.net.server_clock import ServerClock
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.stories import StoriesScreen, story_entries

pytestmark = pytest.mark.usefixtures("client_files")

HOURS_3 = 3 * 3600.0


def listed(screen: StoriesScreen) -> list[str]:
    """What the list says of each story, as shown."""
    listing = screen.query_one("#story-list", OptionList)
    return [
        str(listing.get_option_at_index(i).prompt).split("\n")[1].strip()
        for i in range(listing.option_count)
    ]


def story(sid: str, created_at: float, updated_at: float) -> StoryOut:
    return StoryOut.model_validate(
        {"id": sid, "character_id": "c1", "world_id": "lantern-coast", "status": "active",
         "created_at": created_at, "updated_at": updated_at, "last_seq": 3}
    )  # fmt: skip


@pytest.mark.parametrize(
    "skew", [-HOURS_3, HOURS_3, -200 * 86400.0], ids=["behind", "ahead", "months"]
)
async def test_ages_are_the_servers_whatever_this_computers_clock_says(skew: float) -> None:
    """The server's clock is 3 hours behind this computer's, 3 hours ahead, or months away:
    a story the server last saw 5 minutes ago (by its clock) says 5 minutes; one stamped 40 s
    after the server's hello (its clock stepped back a little since) says "just now"."""
    server_now = time.time() + skew
    clock = ServerClock(server_now)
    sessions = [
        story("s1", server_now - 86400 - 3600, server_now - 5 * 60),
        story("s2", server_now - 2 * 3600, server_now + 40),
    ]
    entries = story_entries(sessions, {"lantern-coast": "The Lantern Coast"}, {"c1": "Aria Moon"})
    app = ScreenHarness(lambda: StoriesScreen(entries, now=clock.now))
    # one title twice, so each says the clock time it was started: this computer's, not the
    # server's (the wall clock here when the server stamped it)
    here = time.time()
    at = [time.strftime("%H:%M", time.localtime(here - ago)) for ago in (86400 + 3600, 2 * 3600)]
    async with app.run_test(size=(80, 24)):
        assert listed(top(app, StoriesScreen)) == [
            f"Last played 5 minutes ago, started yesterday, at {at[0]}.",
            f"Last played just now, started 2 hours ago, at {at[1]}.",
        ]


async def test_the_clock_here_jumping_3_hours_changes_no_age(
    server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole client against a real server: the story Fay just started says "just now",
    and still does after this computer's clock jumps 3 hours ahead (before the server said its
    time, the client read "3 hours ago")."""
    await story_of_fay(server_url, [])
    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=(80, 24)) as pilot:
        await log_in(pilot)
        await stories(pilot)
        assert listed(top(app, StoriesScreen)) == ["Last played just now, started just now."]
        await pilot.press("escape")
        await screen_is(pilot, CharactersScreen, "the characters")
        wall = time.time
        monkeypatch.setattr(time, "time", lambda: wall() + HOURS_3)
        await stories(pilot)
        assert listed(top(app, StoriesScreen)) == ["Last played just now, started just now."]
