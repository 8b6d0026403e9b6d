"""The crisis panel opens on its words, not on an action (tui40): a newcomer nearly pressed
Enter on "I want to talk to a person", which had the focus when the panel opened. Now no choice
has the focus: when all of the help shows nothing has, and the hint says to take time to read;
when it is cut off, the help has the focus (Up and Down read on). Enter picks nothing either
way; Tab goes to the choices, and Enter then picks the highlighted one."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Static

from tests.tui.conftest import CRISIS, top, wait_until
from tests.tui.test_without_colour import harness
from tta_server.protocol.events import SafetyCrisis
from tta_tui.screens.safety import (
    FIRST_HINT,
    HOW_TO_CHOOSE,
    HOW_TO_READ_ON,
    CrisisBody,
    CrisisScreen,
)

pytestmark = pytest.mark.usefixtures("client_files")
MODES = ["normal", "nocolor", "plain"]


def _panel() -> CrisisScreen:
    return CrisisScreen(SafetyCrisis.model_validate(CRISIS))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("size", "reads_first"),
    [((80, 24), False), ((100, 30), False), ((80, 16), True), ((40, 20), True)],
)
async def test_the_panel_opens_on_its_words_and_enter_picks_nothing(
    size: tuple[int, int], reads_first: bool, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(_panel, mode, monkeypatch)
    async with app.run_test(size=size) as pilot:
        crisis = top(app, CrisisScreen)
        body = crisis.query_one(CrisisBody)
        status = crisis.query_one("#crisis-status", Static)
        hint = HOW_TO_READ_ON if reads_first else FIRST_HINT
        await wait_until(pilot, lambda: str(status.render()) == hint, what=hint)
        await pilot.pause()
        assert app.focused is (body if reads_first else None), app.focused
        assert not any(b.has_focus for b in crisis.query(Button)), "no choice has the focus"
        crisis.armed_at = 0.0  # read
        await pilot.press("enter", "space")
        await pilot.pause()
        assert not app.posted(CrisisScreen.Chosen), "Enter picked nothing"
        assert top(app, CrisisScreen) is crisis
        await pilot.press("tab")
        first = crisis.query_one("#choice-continue", Button)
        assert app.focused is first and str(status.render()) == HOW_TO_CHOOSE
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert [m.choice for m in app.posted(CrisisScreen.Chosen)] == ["talk"]
