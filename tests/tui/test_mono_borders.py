"""Every border reads without colour (tui40): with ``NO_COLOR`` Textual's "tall" borders (and
"thick", "outer", "hkey"...) were drawn with block characters, the halves and eighths of a cell,
which read as broken text round every button, field and panel. In ``NO_COLOR`` and plain mode
each screen, in each state reached by Tab, is drawn with lines (or ASCII) and never a block."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from tests.tui.conftest import (
    CHARACTER_NAMES,
    CHARACTERS,
    CRISIS,
    FACILITATOR_TEXT,
    GOAL_LABELS,
    NOW,
    SCHEMA,
    SESSIONS,
    URL,
    WORLD_TITLES,
    WORLDS,
    event,
    facilitator_message,
    fresh,
    opening_events,
)
from tests.tui.test_without_colour import harness
from tta_server.protocol.events import SafetyCrisis
from tta_tui.app import key_sections
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen, ConfirmScreen
from tta_tui.screens.errors import ErrorScreen
from tta_tui.screens.help import HelpScreen, help_page
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.safety import CrisisScreen
from tta_tui.screens.stories import StoriesScreen, story_entries
from tta_tui.screens.story import StoryScreen
from tta_tui.screens.worlds import WorldsScreen
from tta_tui.story_flow import END_QUESTION

pytestmark = pytest.mark.usefixtures("client_files")
BLOCKS = set("▁▂▃▄▅▆▇█▉▊▋▌▍▎▏▐▔▕▖▗▘▙▚▛▜▝▞▟")
"""Block elements (U+2580-U+259F): what "tall", "thick", "outer" and the like draw with."""
BLOCK_BORDERS = {"tall", "thick", "outer", "inner", "wide", "hkey", "vkey", "panel", "tab", "block"}


def _crisis() -> CrisisScreen:
    return CrisisScreen(SafetyCrisis.model_validate(CRISIS))


def _played(screen: Screen[Any]) -> None:
    assert isinstance(screen, StoryScreen)
    for e in opening_events():
        screen.apply(e)
    screen.apply(facilitator_message(8, FACILITATOR_TEXT))
    screen.apply(
        event("safety.checkin", 9, turn_id=None, message="Some of it sounded heavy.", lines=[])
    )
    screen.apply(event("session.paused", 10, by="fran", reason="A check-in.", message="Paused."))


def _answered(screen: Screen[Any]) -> None:
    """A crisis choice picked: the choices are disabled while the answer is on its way."""
    assert isinstance(screen, CrisisScreen)
    screen.armed_at = 0.0
    screen.post_message(screen.Chosen("continue"))
    screen.waiting = True
    for button in screen.query("Button"):
        button.disabled = True


SCREENS: dict[str, tuple[Callable[[], Screen[Any]], Callable[[Screen[Any]], None] | None]] = {
    "login": (lambda: LoginScreen(URL, "aria"), None),
    "characters": (lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria"), None),
    "form": (lambda: CharacterForm(SCHEMA), None),
    "stories": (
        lambda: StoriesScreen(
            story_entries(fresh({"s": SESSIONS})["s"], WORLD_TITLES, CHARACTER_NAMES),
            now=lambda: NOW,
        ),
        None,
    ),
    "worlds": (lambda: WorldsScreen(WORLDS, CHARACTERS[0], GOAL_LABELS), None),
    "confirm": (lambda: ConfirmScreen(END_QUESTION, "End story"), None),
    "error": (lambda: ErrorScreen("Disconnected", "It closed.", "Log in.", back="Log in"), None),
    "crisis": (_crisis, None),
    "crisis answered": (_crisis, _answered),
    "help": (lambda: HelpScreen(help_page(key_sections())), None),
    "story": (StoryScreen, _played),
}


def _block_borders(screen: Screen[Any]) -> list[str]:
    """Each widget drawn with a border of block characters, and the edge."""
    found = []
    for widget in screen.query("*"):
        if not widget.display:
            continue
        for edge in ("top", "right", "bottom", "left"):
            kind = getattr(widget.styles, f"border_{edge}")[0]
            if kind in BLOCK_BORDERS:
                found.append(f"{widget!r} {edge}: {kind}")
    return found


def _blocks_drawn(pilot: Pilot[Any]) -> set[str]:
    rows = [strip.text for strip in pilot.app.screen._compositor.render_strips()]
    return {c for row in rows for c in row if c in BLOCKS}


@pytest.mark.parametrize("mode", ["nocolor", "plain"])
@pytest.mark.parametrize("size", [(80, 24), (40, 20)])
@pytest.mark.parametrize("name", list(SCREENS))
async def test_no_border_is_drawn_with_blocks_without_colour(
    name: str, size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, setup = SCREENS[name]
    app = harness(make, mode, monkeypatch)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        if setup is not None:
            setup(screen)
        await pilot.pause()
        await pilot.pause()
        seen = _blocks_drawn(pilot)
        borders = _block_borders(screen)
        for _ in range(8):  # every focus state Tab reaches
            await pilot.press("tab")
            await pilot.pause()
            seen |= _blocks_drawn(pilot)
            borders += _block_borders(screen)
        assert not borders, sorted(set(borders))
        assert not seen, f"block characters drawn: {sorted(seen)}"
