"""Long replies (issue 15; tui40): while the player has not scrolled up on purpose, the story
follows a reply streaming in to its end, however tall, the newest line in sight; a player who
scrolled up is never moved, and a "more below" line that needs no colour says there is more;
the next turn jumps to the bottom; a resumed story's first screen starts at a paragraph.

Two newcomers (at 100x30 and 80x24) pressed End nearly every turn to read the end of a long
reply while a reply taller than the view was held at its start (tui19's "continues below")."""

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
SIZES = [(80, 24), (100, 30), (40, 20)]
TALL = (
    "Maren sets down the lamp and tells you, slowly and without looking up, how the library "
    "came to burn, and who she blames for it, and why she has never said so aloud before."
)
SHORT = "Rue nods and pours the tea."
MORE = "more below"
HEAVY = "Some of what you wrote sounded heavy. Take your time."


def shown_rows(pilot: Pilot[Any]) -> list[str]:
    """The screen as plain text rows (what a capture of a monochrome terminal shows)."""
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


def log_rows(log: StoryLog) -> list[str]:
    """The rows of the story view, as shown on the screen, without its padding or scrollbar."""
    region = log.scrollable_content_region
    rows = [strip.text for strip in log.screen._compositor.render_strips()]
    return [row[region.x : region.right].strip() for row in rows[region.y : region.bottom]]


def newest_in_view(log: StoryLog) -> bool:
    """Is the last row of the newest paragraph in the view? Placed, not read from the screen:
    a row may wrap or end under the scrollbar."""
    region = log.paragraphs[-1].virtual_region
    view = log.scrollable_content_region.height
    return bool(region.height) and log.scroll_y <= region.bottom - 1 < log.scroll_y + view


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


async def scrolled_up(pilot: Pilot[Any], screen: StoryScreen) -> str:
    """Play a reply taller than the view (followed to its end), then scroll up a page on
    purpose, as a player re-reading does; returns the reply's last words."""
    log = screen.story_log
    last_words = "Maren: the end of the reply."
    await play(screen, 8, "ask maren about the fire", [TALL] * 6 + [last_words], pause=pilot)
    await settle(pilot, log)
    assert log.following and newest_in_view(log)
    log.focus()
    await pilot.press("pageup")
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    assert not log.following and not log.is_vertical_scroll_end
    screen.command_input.focus()
    await pilot.pause()
    return last_words


@pytest.mark.parametrize("size", SIZES)
async def test_a_tall_reply_streaming_in_is_followed_to_its_end_with_nothing_to_press(
    size: tuple[int, int],
) -> None:
    """The newest line is in sight after every paragraph of a reply taller than the view, with
    no "more below" line (tui19 held it at its start, and newcomers pressed End every turn)."""
    async with story_on_screen(size) as (pilot, screen):
        log = screen.story_log
        seq = await play(screen, 8, "look", [SHORT] * 6, pause=None)
        await settle(pilot, log)
        said = "ask maren about the fire"
        screen.apply(event("turn.input", seq, turn_id="t9", text=said))
        for i in range(8):
            text = f"{TALL} ({i + 1} of 8)"
            screen.apply(event("narrative.chunk", seq + 1 + i, turn_id="t9", index=i, text=text))
            await settle(pilot, log)
            assert log.following and newest_in_view(log), (i, log_rows(log))
            assert MORE not in "\n".join(shown_rows(pilot)), i
        assert "(8 of 8)" in " ".join(log_rows(log))
        assert log.virtual_size.height > log.scrollable_content_region.height, "it was tall"


@pytest.mark.parametrize("size", SIZES)
async def test_a_player_who_scrolls_up_while_a_reply_streams_stays_there_and_sees_more_below(
    size: tuple[int, int],
) -> None:
    async with story_on_screen(size) as (pilot, screen):
        log = screen.story_log
        said = "ask maren about the fire"
        screen.apply(event("turn.input", 8, turn_id="t8", text=said))
        for i in range(3):
            screen.apply(event("narrative.chunk", 9 + i, turn_id="t8", index=i, text=TALL))
            await settle(pilot, log)
        log.focus()
        await pilot.press("pageup")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert not log.following
        place = log.scroll_y
        assert MORE in "\n".join(shown_rows(pilot))
        for i in range(3, 8):
            screen.apply(event("narrative.chunk", 9 + i, turn_id="t8", index=i, text=TALL))
            await settle(pilot, log)
            assert log.scroll_y == place, "the place the player chose is kept"
            assert f"+{i - 2} new paragraph" in "\n".join(shown_rows(pilot))
        await pilot.press("end")
        await settle(pilot, log)
        assert log.following and newest_in_view(log)
        assert "new paragraph" not in "\n".join(shown_rows(pilot))


@pytest.mark.parametrize("size", SIZES)
async def test_the_next_turn_jumps_to_the_bottom_and_short_ones_follow(
    size: tuple[int, int],
) -> None:
    """Newcomer 7: End was needed every few replies. The next turn goes to the bottom without
    End, even from a player who scrolled up, and a reply that fits shows its end at once."""
    async with story_on_screen(size) as (pilot, screen):
        log = screen.story_log
        await scrolled_up(pilot, screen)
        seq = 20
        for turn in range(3):
            reply = [SHORT, f"Nothing else ({turn})."]
            seq = await play(screen, seq, f"look ({turn})", reply, pause=pilot)
            await settle(pilot, log)
            assert log.is_vertical_scroll_end and log.following
            rows = log_rows(log)
            assert any(f"Nothing else ({turn})." in r for r in rows)
            assert MORE not in "\n".join(shown_rows(pilot))


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
async def test_a_new_storys_opening_is_followed_to_its_newest_line(size: tuple[int, int]) -> None:
    async with story_on_screen(size, opened=False) as (pilot, screen):
        screen.apply(opening_events()[0])  # session.started, then a tall opening
        log = screen.story_log
        for i in range(6):
            text = f"{i}. {TALL}"
            screen.apply(event("narrative.chunk", 2 + i, turn_id=None, index=i, text=text))
            await settle(pilot, log)
            assert newest_in_view(log), i
        assert MORE not in "\n".join(shown_rows(pilot))


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
        assert log.following
        starts = {p.virtual_region.y for p in log.paragraphs if p.is_mounted}
        assert log.scroll_y in starts, f"the top row starts a paragraph: {rows[0]!r}"
        # the story goes on: the blank rows after the welcome go
        seq = await play(screen, seq, "look", [SHORT], pause=None)
        await settle(pilot, log)
        assert log.is_vertical_scroll_end
        assert [row for row in log_rows(log) if row][-1] == SHORT


@pytest.mark.parametrize("streamed", [False, True])
async def test_a_reply_that_opens_a_checkin_keeps_its_newest_line_in_sight(
    streamed: bool,
) -> None:
    """The check-in panel takes half of 24 rows as the reply arrives (the server sends it right
    after the player's words); while it is open and once it is closed, the newest line of the
    reply is in sight."""
    async with story_on_screen() as (pilot, screen):
        log = screen.story_log
        seq = await play(screen, 8, "look", [SHORT], pause=None)
        await settle(pilot, log)
        said = "i feel like i ruin everything"
        reply = [TALL, TALL, SHORT]
        await play(screen, seq, said, reply, pause=pilot if streamed else None, checkin=True)
        await settle(pilot, log)
        assert screen.query(CheckinPanel)
        assert newest_in_view(log) and log.following, log_rows(log)
        await pilot.press("escape")
        await settle(pilot, log)
        assert not screen.query(CheckinPanel)
        assert newest_in_view(log) and log.following, log_rows(log)


async def test_a_reply_arriving_while_the_player_types_is_followed_and_the_words_kept() -> None:
    async with story_on_screen() as (pilot, screen):
        log = screen.story_log
        seq = await play(screen, 8, "ask maren about the fire", [TALL] * 8, pause=None)
        await settle(pilot, log)
        screen.command_input.focus()
        await pilot.press(*"look at")
        await play(screen, seq, "ask again", [TALL] * 8 + [SHORT], pause=pilot)
        await pilot.press(*" the lamp")
        await settle(pilot, log)
        assert screen.command_input.value == "look at the lamp"
        assert [row for row in log_rows(log) if row][-1] == SHORT, log_rows(log)


async def test_enter_on_an_empty_line_reads_on_to_the_end() -> None:
    """Newcomer 15 at 80x24: the way on from a "more below" line was not obvious. Enter on an
    empty line (the key every player has) reads on a page, as the marker says, the typing line
    keeps the focus, and no turn is sent."""
    async with story_on_screen((80, 24)) as (pilot, screen):
        log = screen.story_log
        app = pilot.app
        assert isinstance(app, ScreenHarness)
        last_words = await scrolled_up(pilot, screen)
        screen_text = "\n".join(shown_rows(pilot))
        assert "Enter or PgDn reads on" in screen_text, screen_text
        sent = len(app.posted(StoryScreen.Say))
        for _ in range(10):
            if log.is_vertical_scroll_end:
                break
            top = log.scroll_y
            await pilot.press("enter")
            await pilot.pause()
            assert log.scroll_y > top or log.is_vertical_scroll_end, "Enter read on"
            assert app.focused is screen.command_input
        assert log.is_vertical_scroll_end and log.following
        assert any(last_words in row for row in log_rows(log))
        assert MORE not in "\n".join(shown_rows(pilot))
        assert len(app.posted(StoryScreen.Say)) == sent, "no turn sent"
        await pilot.press(*"look", "enter")
        await wait_until(pilot, lambda: len(app.posted(StoryScreen.Say)) == sent + 1)


@pytest.mark.parametrize("typed", ["ex", "go n"])
async def test_end_jumps_to_the_end_while_the_player_types(typed: str) -> None:
    """Newcomer 16 at 80x24: the marker says "End jumps to the end", but with words on the
    line End moved its cursor or took the suggestion shown ("ex" -> "examine"). While the
    marker shows, End jumps the story to its end and leaves the line as typed; once it is
    gone, End acts on the line again."""
    async with story_on_screen((80, 24)) as (pilot, screen):
        log = screen.story_log
        line = screen.command_input
        last_words = await scrolled_up(pilot, screen)
        line.focus()
        await pilot.press(*typed, "left")
        await pilot.press("end")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert log.is_vertical_scroll_end and log.following
        assert any(last_words in row for row in log_rows(log))
        assert MORE not in "\n".join(shown_rows(pilot))
        assert line.value == typed and line.cursor_position == len(typed) - 1
        assert pilot.app.focused is line
        await pilot.press("end")
        await pilot.pause()
        assert line.value.startswith(typed) and line.cursor_position == len(line.value)
