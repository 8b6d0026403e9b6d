"""tui22: at 80x24 the safety panels show whole, without scrolling, for every country's lines.

Newcomer 11 met the crisis panel cut at 80x24 (the follow-up ended mid-sentence behind a
scrollbar) with the international table, the longest. The events here are built from the
server's own words and resource tables, as ``tta_server/crisis_response.py`` builds them."""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import Button, Static

from tests.tui.conftest import ScreenHarness, event, opening_events
from tta_server.crisis_response import CHECKIN_MESSAGE, CHOICES, CRISIS_FOLLOW_UP, CRISIS_MESSAGE
from tta_server.protocol.events import ChoiceOut, SafetyCrisis
from tta_server.safety.resources import as_dict, as_text, checkin_text, load_resources
from tta_tui.screens.safety import CheckinPanel, CrisisScreen
from tta_tui.screens.story import StoryScreen

COUNTRIES = sorted(load_resources().countries)
COMPACT_ROWS = 6
"""Newcomer 16 at 80x24: the check-in (the international lines) took 10 of the story's 16 rows
and covered the reply; compact, it takes at most this many, every line's contact still shown."""


def _crisis(code: str) -> SafetyCrisis:
    table = load_resources().countries[code]
    return SafetyCrisis(
        message=CRISIS_MESSAGE,
        follow_up=CRISIS_FOLLOW_UP,
        emergency=table.emergency,
        lines=as_text(table),
        choices=[ChoiceOut(id=c.value, label=label) for c, label in CHOICES.items()],
    )


def _on_screen(widget: Widget, size: tuple[int, int]) -> bool:
    region = widget.region
    width, height = size
    return region.height > 0 and region.y >= 0 and region.bottom <= height and region.right <= width


@pytest.mark.parametrize(
    ("code", "mode"),
    [(code, "nocolor") for code in COUNTRIES] + [("international", m) for m in ("normal", "plain")],
)
async def test_the_crisis_panel_shows_whole_at_80x24(
    code: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: CrisisScreen(_crisis(code)), plain=mode == "plain")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        crisis = app.screen
        assert isinstance(crisis, CrisisScreen)
        body = crisis.query_one("#crisis-body")
        assert body.max_scroll_y == 0, f"{body.max_scroll_y} row(s) of help behind a scrollbar"
        shown = [crisis.query_one("#crisis-status"), *crisis.query(Button)]
        assert all(_on_screen(w, (80, 24)) for w in shown), "a choice is off screen"


@pytest.mark.parametrize("code", COUNTRIES)
async def test_the_checkin_panel_shows_whole_at_80x24(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    table = load_resources().countries[code]
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(80, 24)) as pilot:
        story = app.screen
        assert isinstance(story, StoryScreen)
        for e in opening_events():
            story.apply(e)
        story.apply(
            event(
                "safety.checkin",
                30,
                message=CHECKIN_MESSAGE,
                emergency=table.emergency,
                lines=checkin_text(table),
                resources=as_dict(table),
            )
        )
        await pilot.pause()
        panel = story.query_one(CheckinPanel)
        assert panel.max_scroll_y == 0, "part of the check-in is cut off"
        assert _on_screen(panel, (80, 24))
        message = panel.query_one("#checkin-message", Static)
        assert _on_screen(message, (80, 24))
        assert str(message.render()).startswith("A check-in (Esc closes it): "), "how to close it"
        assert panel.region.height <= COMPACT_ROWS, (
            f"{panel.region.height} rows of {code}'s check-in"
        )
        assert story.story_log.region.height >= 10, "the story above it still readable"
        shown = (
            str(message.render()) + "\n" + str(panel.query_one("#checkin-lines", Static).render())
        )
        for line in table.lines:
            assert line.contact in shown.replace("\n", " "), f"{line.name} shown"
        assert table.emergency in shown.replace("\n", " ")
        help_text = str(panel.query_one("#checkin-lines", Static).render())
        assert help_text.startswith(table.lines[0].name), "someone to talk to first"
        assert help_text.endswith(f"In danger? Call {table.emergency}."), "the emergency last"
