"""Every Tab stop of the crisis panel is visible and means something (issue 15, tui39).

At 80x24 the help and message showed whole, yet their scrolling box was a Tab stop before
"I'm safe, continue" that showed nothing when focused. Now the choices are the only stops while
all of it shows; on a short screen, where the help is cut off, it gives up rows so that the
choices stay on screen, and becomes a stop that is marked (a bar down its left edge, the hint
saying how to read on) and scrolls with Up and Down."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Static

from tests.tui.conftest import CRISIS, top, wait_until
from tests.tui.test_without_colour import harness
from tta_server.protocol.events import SafetyCrisis
from tta_tui.screens.safety import HOW_TO_CHOOSE, HOW_TO_READ_ON, CrisisBody, CrisisScreen

pytestmark = pytest.mark.usefixtures("client_files")


def _panel() -> CrisisScreen:
    return CrisisScreen(SafetyCrisis.model_validate(CRISIS))


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_choices_are_the_only_tab_stops_when_all_of_it_shows(
    size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(_panel, mode, monkeypatch)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        crisis = top(app, CrisisScreen)
        assert crisis.query_one(CrisisBody).max_scroll_y == 0, "all of the help shows"
        choices = list(crisis.query(Button))
        assert crisis.focus_chain == choices
        stops = []
        for _ in range(len(choices)):
            await pilot.press("tab")
            stops.append(app.focused)
        assert set(stops) == set(choices), f"Tab landed on {stops}"


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
@pytest.mark.parametrize("size", [(80, 16), (80, 12)])
async def test_on_a_short_screen_the_choices_stay_in_sight_and_the_help_scrolls(
    size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(_panel, mode, monkeypatch)
    _, height = size
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        crisis = top(app, CrisisScreen)
        body = crisis.query_one(CrisisBody)
        status = crisis.query_one("#crisis-status", Static)
        for choice in crisis.query(Button):
            region = choice.region
            assert region.height > 0 and region.bottom <= height, f"{choice.id} off screen"
        first_line = crisis.query(".crisis-line").first(Static).region
        assert 0 <= first_line.y < height, "the emergency line shows first"
        assert body.max_scroll_y > 0, "the rest of the help scrolls"
        await wait_until(pilot, lambda: app.focused is body, what="the help to have the focus")
        assert str(status.render()) == HOW_TO_READ_ON
        assert body.styles.border_left[0] not in ("", "none", "hidden"), "the focus is marked"
        await pilot.press("down")
        assert body.scroll_y > 0
        await pilot.press("tab")
        assert app.focused is crisis.query_one("#choice-continue", Button)
        assert str(status.render()) == HOW_TO_CHOOSE
