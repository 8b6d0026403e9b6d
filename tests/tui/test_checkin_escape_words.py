"""The key bar names what Escape does while a check-in shows. In real tmux at 80x24 with
NO_COLOR (tui38) a check-in was open, its message said "Esc closes it", and the key bar under
it said "esc Stories": Escape closed the check-in, as the message said, not what the key bar
said. It reads "esc Close check-in" while one shows, "esc Stories" again once it is closed."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import ScreenHarness, story_on_screen, wait_until
from tests.tui.test_checkin_place import _checkin
from tests.tui.test_fit import settled_keys
from tta_tui.screens.safety import CheckinPanel
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")


async def escape_says(pilot: Pilot[Any], story: StoryScreen) -> list[str]:
    keys = await settled_keys(pilot, story)
    return [k.description for k in keys if k.key == "escape"]


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_escape_is_named_close_check_in_while_one_shows(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    async with story_on_screen((80, 24), plain=mode == "plain") as (pilot, story):
        app = pilot.app
        assert isinstance(app, ScreenHarness)
        assert await escape_says(pilot, story) == ["Stories"]
        story.apply(_checkin(30))
        await wait_until(pilot, lambda: story.query(CheckinPanel), what="the check-in")
        assert await escape_says(pilot, story) == ["Close check-in"]
        await pilot.press("escape")
        await wait_until(pilot, lambda: not story.query(CheckinPanel), what="closed")
        assert not app.posted(StoryScreen.Back), "Escape closed the check-in only"
        assert await escape_says(pilot, story) == ["Stories"]
