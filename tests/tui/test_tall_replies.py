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

from tests.tui.conftest import (
    ScreenHarness,
    event,
    opening_events,
    story_on_screen,
    summary,
    wait_until,
)
from tta_tui.screens.safety import CheckinPanel
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
HEAVY = "Some of what you wrote sounded heavy. Take your time."


def shown_rows(pilot: Pilot[Any]) -> list[str]:
    """The screen as plain text rows (what a capture of a monochrome terminal shows)."""
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


def log_rows(log: StoryLog) -> list[str]:
    """The rows of the story view, as shown on the screen, without its padding or scrollbar."""
    region = log.scrollable_content_region
    rows = [strip.text for strip in log.screen._compositor.render_strips()]
    return [row[region.x : region.right].strip() for row in rows[region.y : region.bottom]]


def start_in_view(log: StoryLog, said: str) -> bool:
    """Is the first row of the player's words ``said`` (the start of their reply) in the view?
    Placed, not read from the screen: a row may wrap or end under the scrollbar."""
    words = [p for p in log.paragraphs if p.kind == "input" and p.text == f"> {said}"][-1]
    y = words.virtual_region.y
    return log.scroll_y <= y < log.scroll_y + log.scrollable_content_region.height


async def settle(pilot: Pilot[Any], log: StoryLog) -> None:
    await wait_until(pilot, lambda: not log._unmounted and log.paragraphs[-1].is_mounted)
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def play(
    screen: StoryScreen,
    seq: int,
    said: str,
    paragraphs: list[str],
    *,
    pause: Pilot[Any] | None,
    checkin: bool = False,
) -> int:
    """One turn as the server sends it: the echoed words, a check-in when ``checkin`` (the
    server puts it right after them), the reply's chunks (with a pause between chunks when
    ``pause`` is given: streamed), then its end; returns the next seq."""
    turn = f"t{seq}"
    screen.apply(event("turn.input", seq, turn_id=turn, text=said))
    if checkin:
        seq += 1
        screen.apply(event("safety.checkin", seq, turn_id=turn, message=HEAVY, lines=[]))
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


async def held_reply(pilot: Pilot[Any], screen: StoryScreen) -> str:
    """Play a short turn, then one whose reply is taller than the view (held at its start,
    "continues below"); returns the reply's last words."""
    log = screen.story_log
    seq = await play(screen, 8, "look", [SHORT] * 6, pause=None)
    await settle(pilot, log)
    last_words = "Maren: the end of the reply."
    await play(screen, seq, "ask maren about the fire", [TALL] * 6 + [last_words], pause=pilot)
    await settle(pilot, log)
    assert log.holding
    return last_words


@pytest.mark.parametrize("size", SIZES)
async def test_a_tall_reply_is_shown_from_the_players_words_with_a_line_saying_it_goes_on(
    size: tuple[int, int],
) -> None:
    async with story_on_screen(size) as (pilot, screen):
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
    async with story_on_screen(size) as (pilot, screen):
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
    async with story_on_screen() as (pilot, screen):
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
    async with story_on_screen(size, opened=False) as (pilot, screen):
        screen.apply(opening_events()[0])  # session.started, then a tall opening
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
    async with story_on_screen(size, opened=False) as (pilot, screen):
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


# -- found by playing newcomer 9's inputs through a whole world at 80x24 (tui20) ---------------
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("rows_over", [1, 40])
async def test_a_tall_reply_right_after_a_held_one_is_shown_from_its_start(
    size: tuple[int, int], rows_over: int
) -> None:
    """Newcomer 9: "the reply's beginning often cut off, PgUp needed". After a held reply the
    next turn jumped to the bottom by a scroll that landed after the next reply, all in one
    burst from the server, was already held at its start: it showed the end instead (at The
    Dunes, a reply one row taller than the view lost its first row)."""
    async with story_on_screen(size) as (pilot, screen):
        log = screen.story_log
        seq = await play(screen, 8, "ask maren about the fire", [TALL] * 8, pause=None)
        await settle(pilot, log)
        assert log.holding
        view = log.scrollable_content_region.height
        # a reply (its words, a blank row, its lines) taller than the view by ``rows_over``
        lines = [f"Line {i} of the reply." for i in range(view + rows_over - 2)]
        seq = await play(screen, seq, "go to the dunes", ["\n".join(lines)], pause=None)
        await settle(pilot, log)
        assert log_rows(log)[0] == "> go to the dunes", log_rows(log)
        assert log.holding and CONTINUES in "\n".join(shown_rows(pilot))


@pytest.mark.parametrize("streamed", [False, True])
async def test_a_reply_that_opens_a_checkin_is_shown_from_its_start_before_and_after_it(
    streamed: bool,
) -> None:
    """The check-in panel takes half of 24 rows as the reply arrives (the server sends it right
    after the player's words); while it is open and once it is closed, the reply is read from
    the player's words."""
    async with story_on_screen() as (pilot, screen):
        log = screen.story_log
        seq = await play(screen, 8, "look", [SHORT], pause=None)
        await settle(pilot, log)
        said = "i feel like i ruin everything"
        reply = [TALL, TALL, SHORT]
        await play(screen, seq, said, reply, pause=pilot if streamed else None, checkin=True)
        await settle(pilot, log)
        assert screen.query(CheckinPanel)
        assert start_in_view(log, said), log_rows(log)
        await pilot.press("escape")
        await settle(pilot, log)
        assert not screen.query(CheckinPanel)
        assert start_in_view(log, said), log_rows(log)
        assert log.holding or log.is_vertical_scroll_end


async def test_a_reply_arriving_while_the_player_types_is_shown_from_its_start() -> None:
    async with story_on_screen() as (pilot, screen):
        log = screen.story_log
        seq = await play(screen, 8, "ask maren about the fire", [TALL] * 8, pause=None)
        await settle(pilot, log)
        screen.command_input.focus()
        await pilot.press(*"look at")
        await play(screen, seq, "ask again", [TALL] * 8, pause=pilot)
        await pilot.press(*" the lamp")
        await settle(pilot, log)
        assert screen.command_input.value == "look at the lamp"
        assert log_rows(log)[0] == "> ask again", log_rows(log)


async def test_enter_on_an_empty_line_reads_a_held_reply_on_to_its_end() -> None:
    """Newcomer 15 at 80x24: a long reply stopped at "continues below" on most turns and the
    way on was not obvious. Enter on an empty line (the key every player has) reads on a page,
    as the marker says, the typing line keeps the focus, and no turn is sent."""
    async with story_on_screen((80, 24)) as (pilot, screen):
        log = screen.story_log
        app = pilot.app
        assert isinstance(app, ScreenHarness)
        last_words = await held_reply(pilot, screen)
        screen_text = "\n".join(shown_rows(pilot))
        assert "Enter or PgDn reads on" in screen_text, screen_text
        sent = len(app.posted(StoryScreen.Say))
        for _ in range(10):
            if log.is_vertical_scroll_end:
                break
            top = log.scroll_y
            await pilot.press("enter")
            await pilot.pause()
            assert log.scroll_y > top, "Enter read on"
            assert app.focused is screen.command_input
        assert log.is_vertical_scroll_end and not log.holding
        assert any(last_words in row for row in log_rows(log))
        assert CONTINUES not in "\n".join(shown_rows(pilot))
        assert len(app.posted(StoryScreen.Say)) == sent, "no turn sent"
        await pilot.press(*"look", "enter")
        await wait_until(pilot, lambda: len(app.posted(StoryScreen.Say)) == sent + 1)


@pytest.mark.parametrize("typed", ["ex", "go n"])
async def test_end_jumps_to_the_end_of_a_held_reply_while_the_player_types(typed: str) -> None:
    """Newcomer 16 at 80x24: the marker says "End jumps to the end", but with words on the
    line End moved its cursor or took the suggestion shown ("ex" -> "examine") and the story
    stayed held. While the marker shows, End jumps the story to its end and leaves the line as
    typed; once it is gone, End acts on the line again."""
    async with story_on_screen((80, 24)) as (pilot, screen):
        log = screen.story_log
        line = screen.command_input
        last_words = await held_reply(pilot, screen)
        line.focus()
        await pilot.press(*typed, "left")
        await pilot.press("end")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert log.is_vertical_scroll_end and not log.holding
        assert any(last_words in row for row in log_rows(log))
        assert CONTINUES not in "\n".join(shown_rows(pilot))
        assert line.value == typed and line.cursor_position == len(typed) - 1
        assert pilot.app.focused is line
        await pilot.press("end")
        await pilot.pause()
        assert line.value.startswith(typed) and line.cursor_position == len(line.value)
