"""A story begun again (``restart``) that reaches its ending a second time says so again
(newcomer audit: after `restart` the second ending had no "Story complete" line: the first
ending's line, once read, stayed away for good)."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.tui.conftest import event, story_on_screen, summary
from tta_tui.screens.story import ENDING_NOTE

pytestmark = pytest.mark.usefixtures("client_files")


async def test_the_second_ending_after_a_restart_is_said() -> None:
    async with story_on_screen() as (pilot, screen):
        state = screen.query_one("#story-state", Static)
        ended = summary(arc={"done": 7, "total": 7, "current": None, "ended": True})
        begun = summary(arc={"done": 0, "total": 7, "current": "Steady Pip", "ended": False})
        screen.apply(event("narrative.end", 8, turn_id="t2", chunks=0, ok=True, summary=ended))
        await pilot.pause()
        assert state.display and str(state.render()) == ENDING_NOTE
        await pilot.press(*"restart", "enter")  # a turn after the ending: the line is read
        await pilot.pause()
        screen.apply(event("turn.input", 9, turn_id="t3", text="restart"))
        screen.apply(event("narrative.end", 10, turn_id="t3", chunks=0, ok=True, summary=begun))
        await pilot.pause()
        assert not state.display
        screen.apply(event("turn.input", 11, turn_id="t4", text="ring the bell"))
        screen.apply(event("narrative.end", 12, turn_id="t4", chunks=0, ok=True, summary=ended))
        await pilot.pause()
        assert state.display and str(state.render()) == ENDING_NOTE, "the second ending"
