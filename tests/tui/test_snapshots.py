"""Snapshots of every screen at 80x24 and 120x40 with fixed data (pytest-textual-snapshot).

Update with ``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at the SVGs in
``tests/tui/__snapshots__/`` before accepting them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, OptionList, TextArea

from tests.tui.conftest import (
    ARIA,
    CHARACTER_NAMES,
    CHARACTERS,
    CRISIS,
    FACILITATOR_TEXT,
    FIELD_ERRORS,
    GOAL_LABELS,
    HISTORY,
    NOW,
    SCHEMA,
    SESSIONS,
    URL,
    WORLD_TITLES,
    WORLDS,
    ScreenHarness,
    event,
    facilitator_message,
    fresh,
    opening_events,
    summary,
)
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

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
MODES = ["normal", "nocolor", "plain"]
"""The three looks: colour, ``NO_COLOR`` set, and ``--plain``."""
Compare = Callable[..., bool]


async def _settle(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def _check(
    snap_compare: Compare,
    make: Callable[[], Screen[Any]],
    size: tuple[int, int],
    setup: Callable[[Any], None] | None = None,
    *,
    plain: bool = False,
    mode: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
    theme: str = "dark",
) -> None:
    if mode == "nocolor":
        assert monkeypatch is not None
        monkeypatch.setenv("NO_COLOR", "1")
    plain = plain or mode == "plain"

    async def run_before(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        if setup is not None:
            setup(pilot.app.screen)
        # A blinking cursor is shown or not depending on how long the run took (a slow,
        # loaded machine passes a blink): hold it steady, as it is at first.
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        for area in pilot.app.screen.query(TextArea):
            area.cursor_blink = False
        await _settle(pilot)

    harness = ScreenHarness(make, plain=plain, theme=theme)
    assert snap_compare(harness, terminal_size=size, run_before=run_before)


def _play(screen: StoryScreen) -> None:
    for e in opening_events():
        screen.apply(e)


def _map(screen: StoryScreen) -> None:
    _play(screen)
    screen.action_toggle_map()


def _message(screen: StoryScreen) -> None:
    _play(screen)
    screen.apply(facilitator_message(8, FACILITATOR_TEXT))


def _paused(screen: StoryScreen) -> None:
    _message(screen)
    screen.apply(
        event(
            "session.paused",
            9,
            by="fran",
            reason="A quick check-in.",
            message="fran (a facilitator) has paused your story for a moment: A quick check-in. "
            "It will go on when they resume it.",
        )
    )


TALL_REPLY = (
    "Rue sets the kettle back on the stove and tells you, slowly and without looking up, how "
    "the lamps along the quay came to go dark one by one, and who she blames for it."
)


def _tall_reply(screen: StoryScreen) -> None:
    """A reply taller than the view at 80x24: followed to its end (tui40)."""
    _play(screen)
    screen.apply(event("turn.input", 8, turn_id="t2", text="ask rue about the lamps"))
    for i in range(6):
        text = f"{TALL_REPLY} ({i + 1} of 6)"
        screen.apply(event("narrative.chunk", 9 + i, turn_id="t2", index=i, text=text))
    screen.apply(event("narrative.end", 15, turn_id="t2", chunks=6, ok=True, summary=summary()))


def _history(screen: StoryScreen) -> None:
    screen.show_history(fresh({"h": HISTORY})["h"])


def _stories() -> StoriesScreen:
    sessions = fresh({"s": SESSIONS})["s"]
    return StoriesScreen(story_entries(sessions, WORLD_TITLES, CHARACTER_NAMES), now=lambda: NOW)


def _errors(form: CharacterForm) -> None:
    form.show_errors(None, FIELD_ERRORS)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", SIZES)
def test_login(
    snap_compare: Compare, size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _check(snap_compare, lambda: LoginScreen(URL, "aria"), size, mode=mode, monkeypatch=monkeypatch)


@pytest.mark.parametrize("size", SIZES)
def test_characters(snap_compare: Compare, size: tuple[int, int]) -> None:
    _check(
        snap_compare,
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria", active_stories=2),
        size,
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", SIZES)
def test_stories(
    snap_compare: Compare, size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _check(snap_compare, _stories, size, mode=mode, monkeypatch=monkeypatch)


@pytest.mark.parametrize("mode", MODES)
def test_stories_finished(
    snap_compare: Compare, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finished story highlighted: Read, and Play on beside it."""

    def to_finished(screen: StoriesScreen) -> None:
        screen.query_one("#story-list", OptionList).highlighted = 1

    _check(snap_compare, _stories, (80, 24), to_finished, mode=mode, monkeypatch=monkeypatch)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", SIZES)
def test_character_form_with_errors(
    snap_compare: Compare, size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = mode == "plain"
    _check(
        snap_compare,
        lambda: CharacterForm(SCHEMA, document=fresh(ARIA), plain=plain),
        size,
        _errors,
        mode=mode,
        monkeypatch=monkeypatch,
    )


@pytest.mark.parametrize("mode", MODES)
def test_character_form_goals(
    snap_compare: Compare, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The goals, ticked and not, with their label in sight (the form scrolls it there), read
    without colour."""

    def to_goals(form: CharacterForm) -> None:
        # Focus without Textual's own (animated) scroll to the field: the form then brings the
        # goals' label and list into sight itself, after a refresh (one scroll, not two racing).
        form.query_one("#f-goals").focus(scroll_visible=False)

    plain = mode == "plain"
    _check(
        snap_compare,
        lambda: CharacterForm(SCHEMA, document=fresh(ARIA), plain=plain),
        (120, 40),
        to_goals,
        mode=mode,
        monkeypatch=monkeypatch,
    )


@pytest.mark.parametrize("size", SIZES)
def test_worlds(snap_compare: Compare, size: tuple[int, int]) -> None:
    _check(snap_compare, lambda: WorldsScreen(WORLDS, CHARACTERS[0], GOAL_LABELS), size)


@pytest.mark.parametrize("size", SIZES)
def test_story(snap_compare: Compare, size: tuple[int, int]) -> None:
    _check(snap_compare, StoryScreen, size, _play)


@pytest.mark.parametrize("size", SIZES)
def test_story_with_facilitator_message(snap_compare: Compare, size: tuple[int, int]) -> None:
    _check(snap_compare, StoryScreen, size, _message)


def test_story_paused(snap_compare: Compare) -> None:
    _check(snap_compare, StoryScreen, (80, 24), _paused)


def test_story_paused_plain(snap_compare: Compare) -> None:
    _check(snap_compare, lambda: StoryScreen(plain=True), (80, 24), _paused, plain=True)


def test_story_read_only(snap_compare: Compare) -> None:
    title = "The Lantern Coast: Aria Moon"
    _check(snap_compare, lambda: StoryScreen(title=title, read_only=True), (80, 24), _history)


@pytest.mark.parametrize("size", SIZES)
def test_map(snap_compare: Compare, size: tuple[int, int]) -> None:
    _check(snap_compare, StoryScreen, size, _map)


def test_map_nocolor(snap_compare: Compare, monkeypatch: pytest.MonkeyPatch) -> None:
    """Newcomers at 80x24 with NO_COLOR found no key bar on the map: it was there, drawn black
    on black with the rest (only bold text showed); now in the terminal's own colours."""
    _check(snap_compare, StoryScreen, (80, 24), _map, mode="nocolor", monkeypatch=monkeypatch)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", SIZES)
def test_end_story_confirmation(
    snap_compare: Compare, size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _check(
        snap_compare,
        lambda: ConfirmScreen(END_QUESTION, "End story"),
        size,
        mode=mode,
        monkeypatch=monkeypatch,
    )


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare: Compare, size: tuple[int, int]) -> None:
    """The help as F1 opens it outside a story: general examples, every screen's keys."""
    _check(snap_compare, lambda: HelpScreen(help_page(key_sections())), size)


@pytest.mark.parametrize("size", SIZES)
def test_crisis(snap_compare: Compare, size: tuple[int, int]) -> None:
    _check(snap_compare, lambda: CrisisScreen(SafetyCrisis.model_validate(CRISIS)), size)


def test_crisis_narrow(snap_compare: Compare) -> None:
    """tui40: at 40 columns the choices stand one to a line; the help, cut off, has the focus."""
    _check(snap_compare, lambda: CrisisScreen(SafetyCrisis.model_validate(CRISIS)), (40, 20))


@pytest.mark.parametrize("size", SIZES)
def test_error(snap_compare: Compare, size: tuple[int, int]) -> None:
    _check(
        snap_compare,
        lambda: ErrorScreen(
            "Disconnected",
            "This story was opened somewhere else.",
            "Log in again to carry on. Your story is saved on the server.",
            back="Log in again",
        ),
        size,
    )


def test_story_nocolor(snap_compare: Compare, monkeypatch: pytest.MonkeyPatch) -> None:
    _check(snap_compare, StoryScreen, (80, 24), _play, mode="nocolor", monkeypatch=monkeypatch)


@pytest.mark.parametrize("mode", MODES)
def test_story_tall_reply(
    snap_compare: Compare, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tui40: a reply taller than the view followed to its end, the newest line in sight."""
    _check(snap_compare, StoryScreen, (80, 24), _tall_reply, mode=mode, monkeypatch=monkeypatch)


def test_story_panel_unfolded(snap_compare: Compare) -> None:
    """At 80x24 with F3: the full side panel in the story's place, Escape giving it back."""

    def unfolded(screen: StoryScreen) -> None:
        _play(screen)
        screen.action_toggle_panel()

    _check(snap_compare, StoryScreen, (80, 24), unfolded)


def test_story_plain(snap_compare: Compare) -> None:
    _check(snap_compare, lambda: StoryScreen(plain=True), (80, 24), _play, plain=True)


def test_help_plain(snap_compare: Compare) -> None:
    page = help_page(key_sections(), plain=True)
    _check(snap_compare, lambda: HelpScreen(page, plain=True), (80, 24), plain=True)


def test_crisis_plain(snap_compare: Compare) -> None:
    _check(
        snap_compare,
        lambda: CrisisScreen(SafetyCrisis.model_validate(CRISIS)),
        (80, 24),
        plain=True,
    )


@pytest.mark.parametrize("theme", ["light", "high-contrast"])
@pytest.mark.parametrize("mode", MODES)
def test_story_themes(
    snap_compare: Compare, theme: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The light and high-contrast themes; NO_COLOR and plain mode still without colour."""
    _check(
        snap_compare,
        StoryScreen,
        (80, 24),
        _play,
        mode=mode,
        monkeypatch=monkeypatch,
        theme=theme,
    )


def _at_the_quay(screen: StoryScreen) -> None:
    """Played, then back out on the quay: a status too long for one line of 80 columns."""
    _play(screen)
    screen.apply(event("narrative.end", 8, turn_id="t2", chunks=0, ok=True, summary=summary()))


def test_story_status_fits_80_columns(
    snap_compare: Compare, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80x24 without colour, the folded status shows every part whole on two lines."""
    _check(
        snap_compare, StoryScreen, (80, 24), _at_the_quay, mode="nocolor", monkeypatch=monkeypatch
    )


def test_crisis_nocolor(snap_compare: Compare, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 80x24 with NO_COLOR: the choices one to a line, the focused one "> ... <"."""
    _check(
        snap_compare,
        lambda: CrisisScreen(SafetyCrisis.model_validate(CRISIS)),
        (80, 24),
        mode="nocolor",
        monkeypatch=monkeypatch,
    )
