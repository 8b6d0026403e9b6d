"""Toasts never cover what the player must read (issue 15): newcomer play at 80x24 found the
"Saved ..." toast over the world card on the world picker."""

from __future__ import annotations

import time

from tests.tui.test_play import make_character, register, screen_is
from tta_tui.app import TTAApp
from tta_tui.screens.worlds import WorldsScreen


async def test_the_world_picker_opens_without_a_toast_and_a_key_takes_read_ones_away(
    server_url: str,
) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=(80, 24)) as pilot:
        await register(pilot, "tobias")
        await make_character(pilot, "Toby Marsh", bad_name_first=False)
        assert [n.message for n in app._notifications] == ["Saved Toby Marsh."]
        for notification in app._notifications:
            notification.raised_at = time.time()  # just up: a key alone would leave it
        await pilot.press("enter")  # at once, as a newcomer does: play the new character
        await screen_is(pilot, WorldsScreen, "the worlds")
        await pilot.pause()
        assert len(app._notifications) == 0, "no toast over the world card"

        app.notify("The server is slow today.", markup=False)
        await pilot.pause()
        await pilot.press("down")
        assert len(app._notifications) == 1, "a toast that just came stays for its time"
        for notification in app._notifications:
            notification.raised_at -= 2  # read: up for two seconds
        await pilot.press("up")
        assert len(app._notifications) == 0, "read, it goes at the next key"
