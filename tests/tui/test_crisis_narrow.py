"""The crisis panel at any width from 40 columns (tui40): at 40 columns its three choices stood
side by side and ran off the right edge. Under :data:`CHOICE_COLUMNS` columns a choice they stand
one to a line, each its whole text, in every mode; every line of help is wrapped inside the
panel and can be read (scrolled when cut off), and the choices are always on screen."""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import Button, Static

from tests.tui.conftest import CRISIS, top
from tests.tui.test_without_colour import harness
from tta_server.protocol.events import SafetyCrisis
from tta_tui.screens.safety import CrisisBody, CrisisScreen

pytestmark = pytest.mark.usefixtures("client_files")
MODES = ["normal", "nocolor", "plain"]
LABELS = ["I'm safe, continue", "I want to talk to a person", "End the session"]


def _inside(widget: Widget, size: tuple[int, int]) -> bool:
    width, height = size
    region = widget.region
    return region.height > 0 and region.x >= 0 and region.right <= width and region.bottom <= height


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [(40, 20), (40, 30), (50, 24), (60, 24), (80, 24)])
async def test_every_choice_and_line_is_inside_the_screen_at_any_width_from_40(
    size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(lambda: CrisisScreen(SafetyCrisis.model_validate(CRISIS)), mode, monkeypatch)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        crisis = top(app, CrisisScreen)
        choices = list(crisis.query(".choice").results(Button))
        for choice in choices:
            assert _inside(choice, size), f"{choice.id} at {choice.region} off a {size} screen"
            rows = [choice.render_line(y).text for y in range(choice.size.height)]
            words = " ".join(" ".join(rows).split()).removeprefix("> ").removesuffix(" <")
            assert words in LABELS, rows
        body = crisis.query_one(CrisisBody)
        for line in crisis.query(".crisis-line").results(Static):
            assert line.region.right <= size[0] and line.size.width <= body.size.width
        # every line of help can be brought into sight
        for line in crisis.query(".crisis-line").results(Static):
            body.scroll_to_widget(line, animate=False, immediate=True)
            await pilot.pause()
            assert _inside(line, size) or line.region.height == body.region.height, line
