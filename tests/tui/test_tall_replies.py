"""Never lose the start of a reply (issue 15; tui19): a reply taller than the story view is
shown from its start, the player's words at the top, with a "continues below" line that needs
no colour; a reply that fits is followed to its end; the next turn jumps to the bottom; a
story's first screen starts at a paragraph; a player who scrolled up is never moved.

Newcomer 8 at 80x24 saw only the end of the tall replies (the reframe, a character's first
answer, the ending) and each story's first screen started mid-sentence; newcomer 7 at 100x30
pressed End every few replies when a held view stayed held through the next turns."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import ScreenHarness, event, opening_events, summary, top, wait_until
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.story_log import StoryLog

pytestmark = pytest.mark.usefixtures("client_files")
SIZES = [(80, 24), (100, 30)]
TALL = (
    "Maren sets down the lamp and tells you, slowly and without looking up, how the library "
    "came to burn, and who she blames for it, and why she has never said so aloud before."
)
SHORT = "Rue nods and pours the tea."
CONTINUES = "continues below"


def shown_rows(pilot: Pilot[Any]) -> list[str]:
    """The screen as plain text rows (what a capture of a monochrome terminal shows)."""
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


def log_rows(log: StoryLog) -> list[str]:
    """The rows of the story view, as shown on the screen, without its padding."""
    region = log.content_region
    rows = [strip.text for strip in log.screen._compositor.render_strips()]
    return [row[region.x : region.right].strip() for row in rows[region.y : region.bottom]]


async def settle(pilot: Pilot[Any], log: StoryLog) -> None:
    await wait_until(pilot, lambda: not log._unmounted and log.paragraphs[-1].is_mounted)
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def play(
    screen: StoryScreen, seq: int, said: str, paragraphs: list[str], *, pause: Pilot[Any] | None
) -> int:
    """One turn as the server sends it: the echoed words, the reply's chunks (with a pause
    between chunks when ``pause`` is given: streamed), then its end; returns the next seq."""
    turn = f"t{seq}"
    screen.apply(event("turn.input", seq, turn_id=turn, text=said))
    for i, text in enumerate(paragraphs):
        screen.apply(event("narrative.chunk", seq + 1 + i, turn_id=turn, index=i, text=text))
        if pause is not None:
            await pause.pause()
    end = seq + 1 + len(paragraphs)
    screen.apply(
        event(
            "narrative.end", end, turn_id=turn, chunks=len(paragraphs), ok=True, summary=summary()
        )
    )
    return end + 1


@pytest.mark.parametrize("size", SIZES)
async def test_a_tall_reply_is_shown_from_the_players_words_with_a_line_saying_it_goes_on(
    size: tuple[int, int],
) -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=size) as pilot:
        screen = top(app, StoryScreen)
        for e in opening_events():
            screen.apply(e)
        log = screen.story_log
        seq = await play(screen, 8, "look", [SHORT] * 6, pause=None)
        await settle(pilot, log)
        assert log.is_vertical_scroll_end and log.following
        last_words = f"Maren: the end of the reply ({size[0]})."
        reply = [TALL] * 6 + [last_words]
        seq = await play(screen, seq, "ask maren about the fire", reply, pause=pilot)
        await settle(pilot, log)
        rows = log_rows(log)
        assert rows[0] == "> ask maren about the fire", f"the player's words at the top: {rows}"
        assert not any(last_words in row for row in rows), "its end is below"
        screen_text = "\n".join(shown_rows(pilot))
        assert CONTINUES in screen_text and "PgDn" in screen_text and "End" in screen_text
        # PageDown reads on; at the end the line goes and the view follows again
        for _ in range(10):
            if log.is_vertical_scroll_end:
                break
            await pilot.press("pagedown")
            await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert log.is_vertical_scroll_end
        assert any(last_words in row for row in log_rows(log))
        assert CONTINUES not in "\n".join(shown_rows(pilot))
        assert log.following and not log.holding


@pytest.mark.parametrize("size", SIZES)
async def test_after_a_held_reply_the_next_turn_jumps_to_the_bottom_and_short_ones_follow(
    size: tuple[int, int],
) -> None:
    """Newcomer 7: held at a tall reply's start, End was needed every few replies. The next turn
    goes to the bottom without End, and a reply that fits shows its end at once."""
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=size) as pilot:
        screen = top(app, StoryScreen)
        for e in opening_events():
            screen.apply(e)
        log = screen.story_log
        seq = await play(screen, 8, "ask maren about the fire", [TALL] * 8, pause=None)
        await settle(pilot, log)
        assert log.holding and not log.is_vertical_scroll_end
        for turn in range(3):
            reply = [SHORT, f"Nothing else ({turn})."]
            seq = await play(screen, seq, f"look ({turn})", reply, pause=pilot)
            await settle(pilot, log)
            assert log.is_vertical_scroll_end and log.following and not log.holding
            rows = log_rows(log)
            assert f"> look ({turn})" in rows and any(f"Nothing else ({turn})." in r for r in rows)
            assert CONTINUES not in "\n".join(shown_rows(pilot))


async def test_a_player_who_scrolled_up_is_never_moved_by_a_reply_streaming_in() -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, StoryScreen)
        for e in opening_events():
            screen.apply(e)
        log = screen.story_log
        seq = await play(screen, 8, "look", [TALL] * 3, pause=None)
        await settle(pilot, log)
        log.focus()
        await pilot.press("pageup")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert not log.following
        place = log.scroll_y
        # a facilitator's message or a late reply streams in meanwhile
        for i in range(8):
            screen.apply(event("narrative.chunk", seq + i, turn_id="late", index=i, text=TALL))
            await pilot.pause()
        await settle(pilot, log)
        assert log.scroll_y == place, "the place the player chose is kept"
        assert log.new_count == 8


@pytest.mark.parametrize("size", SIZES)
async def test_a_new_storys_first_screen_starts_at_its_first_paragraph(
    size: tuple[int, int],
) -> None:
    """Newcomer 8: "the first screen of each story starts mid-sentence"."""
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=size) as pilot:
        screen = top(app, StoryScreen)
        opening = opening_events()[:1]  # session.started, then a tall opening
        for e in opening:
            screen.apply(e)
        for i in range(6):
            text = f"{i}. {TALL}"
            screen.apply(event("narrative.chunk", 2 + i, turn_id=None, index=i, text=text))
            await pilot.pause()
        log = screen.story_log
        await settle(pilot, log)
        assert log.scroll_y == 0, "the opening from its first line"
        assert "This story is written by software" in log_rows(log)[0]
        assert CONTINUES in "\n".join(shown_rows(pilot))


@pytest.mark.parametrize("size", SIZES)
async def test_a_resumed_storys_first_screen_starts_at_a_paragraph_with_welcome_back(
    size: tuple[int, int],
) -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=size) as pilot:
        screen = top(app, StoryScreen)
        screen.replay_until, screen.caught_up = 40, False
        for e in opening_events():
            screen.apply(e)
        seq = 8
        while seq < 40:  # the past: replies of every length, so the view's top falls anywhere
            seq = await play(screen, seq, f"look ({seq})", [TALL] * (seq % 3 + 1), pause=None)
        screen.replay_arrived()
        log = screen.story_log
        await settle(pilot, log)
        rows = log_rows(log)
        assert any("Welcome back" in row for row in rows), rows
        assert log.following and not log.holding
        starts = {p.virtual_region.y for p in log.paragraphs if p.is_mounted}
        assert log.scroll_y in starts, f"the top row starts a paragraph: {rows[0]!r}"
        # the story goes on: the blank rows after the welcome go
        seq = await play(screen, seq, "look", [SHORT], pause=None)
        await settle(pilot, log)
        assert log.is_vertical_scroll_end
        assert [row for row in log_rows(log) if row][-1] == SHORT
