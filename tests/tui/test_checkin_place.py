"""tui24 (issue 15, newcomer 12): a check-in came up over the reply it followed: the panel took
its rows from the bottom of the story and the view, scrolled to the end, showed the reply's
tail with its start (and the player's words) above the fold; the player had to close the panel
to read what the story said. The panel sits below the story, never over it, and the story,
following, keeps the reply in sight above it (the player's words, the reply's start and its
newest line), at 80x24 and 100x30, with the crisis lines whole and Escape as before."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.tui.conftest import ScreenHarness, event, opening_events, story_on_screen, wait_until
from tta_server.crisis_response import CHECKIN_MESSAGE
from tta_server.safety.resources import as_dict, as_text, load_resources
from tta_tui.net.events import StoryEvent
from tta_tui.screens.safety import CheckinPanel
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.story_log import INPUT_PREFIX, NewMarker, Paragraph, StoryLog

pytestmark = pytest.mark.usefixtures("client_files")
LONG_REPLY = [
    "Four things you can feel: the lantern's wire handle, the cold on your cheeks, the weight "
    "of your coat on your shoulders, the ground pushing back.",
    "Three things you can hear: the sea in the caves, your own breath, a sheep tearing grass "
    "somewhere close and unbothered.",
    "When you look up, the fog has thinned. It was never as thick as it felt. The path runs "
    "on, plain and pale, to the headland.",
]


WORDS = "ok. stop and take stock of what my senses tell me"


def _checkin(seq: int, code: str = "international") -> StoryEvent:
    """The check-in the server sends in turn t9, with ``code``'s lines."""
    table = load_resources().countries[code]
    return event(
        "safety.checkin",
        seq,
        turn_id="t9",
        message=CHECKIN_MESSAGE,
        emergency=table.emergency,
        lines=as_text(table),
        resources=as_dict(table),
    )


def _turn(paragraphs: list[str]) -> list[StoryEvent]:
    """A turn as the server sends it: the player's words, then the reply."""
    events = [event("turn.input", 20, turn_id="t9", text=WORDS)]
    for i, text in enumerate(paragraphs):
        events.append(event("narrative.chunk", 21 + i, turn_id="t9", index=i, text=text))
    events.append(event("narrative.end", 29, turn_id="t9", chunks=len(paragraphs), ok=True))
    return events


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
@pytest.mark.parametrize("length", ["short", "long"])
@pytest.mark.parametrize("when", ["in the turn", "late", "late, the reply read to its end"])
async def test_a_checkin_leaves_the_reply_it_follows_in_sight(
    size: tuple[int, int], length: str, when: str
) -> None:
    """In the turn, the check-in comes right after the player's words (before the reply); a
    late one (the contextual screen's verdict) after the whole reply."""
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=size) as pilot:
        story = app.screen
        assert isinstance(story, StoryScreen)
        log = story.story_log
        for e in opening_events():
            story.apply(e)
        await pilot.pause()
        turn = _turn(LONG_REPLY if length == "long" else LONG_REPLY[:1])
        if when == "in the turn":
            turn.insert(1, _checkin(30))
        for e in turn:
            story.apply(e)
        await wait_until(pilot, lambda: len(log.query(Paragraph)) >= len(log.paragraphs))
        await pilot.pause()
        if when.startswith("late"):
            if when.endswith("its end"):
                await pilot.press("end")
                await pilot.pause()
            story.apply(_checkin(30))
        await wait_until(pilot, lambda: story.query(CheckinPanel), what="the check-in")
        await pilot.pause()
        await pilot.pause()
        panel = story.query_one(CheckinPanel)
        assert panel.region.y >= log.region.bottom, (
            f"the check-in (rows {panel.region.y}-{panel.region.bottom}) covers the story "
            f"(rows {log.region.y}-{log.region.bottom})"
        )
        assert panel.max_scroll_y == 0, "the check-in is whole"
        assert panel.query_one("#checkin-close").region.bottom <= size[1]
        view = log.content_region
        words = next(p for p in log.paragraphs if p.text == INPUT_PREFIX + WORDS)
        reply = next(p for p in log.paragraphs if p.text.startswith("Four things"))
        assert words.region.height and view.y <= words.region.y, "the player's words in sight"
        assert reply.region.y < view.bottom, "and the start of the reply to them"
        assert log.paragraphs[-1].region.bottom <= view.bottom, "and its newest line (tui40)"
        await pilot.press("escape")
        await wait_until(pilot, lambda: not story.query(CheckinPanel), what="closed")
        await pilot.pause()
        assert log.region.bottom > panel.region.y, "the story takes its rows back"


def _rows_in_sight(log: StoryLog, paragraph: Paragraph) -> int:
    """How many of ``paragraph``'s rows the story's view shows (not under its marker line)."""
    view = log.content_region
    marker = log.query_one(NewMarker)
    hidden = marker.region if marker.display else None
    rows = range(max(paragraph.region.y, view.y), min(paragraph.region.bottom, view.bottom))
    return sum(1 for y in rows if hidden is None or not hidden.y <= y < hidden.bottom)


@pytest.mark.parametrize("code", sorted(load_resources().countries))
@pytest.mark.parametrize("nocolor", [False, True])
async def test_at_80x24_a_compact_checkin_leaves_the_reply_readable(
    code: str, nocolor: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Newcomers at 80x24 (issue 15): the check-in ("Some of what you wrote sounded heavy ...")
    took 13 rows and left one line of the reply in sight. At small heights it is compact (a bar
    on its left instead of a box, "A check-in (Esc closes it):" starting its message, no Close
    button; the message whole, the lines run together, each its name, how and contact):
    the player's words and at least six lines of the reply stay in sight, for every country's
    lines (newcomer 16: the international lines took 10 of the story's 16 rows)."""
    if nocolor:
        monkeypatch.setenv("NO_COLOR", "1")
    async with story_on_screen((80, 24)) as (pilot, story):
        log = story.story_log
        await pilot.pause()
        turn = _turn(LONG_REPLY)
        turn.insert(1, _checkin(30, code))
        for e in turn:
            story.apply(e)
        await wait_until(pilot, lambda: story.query(CheckinPanel), what="the check-in")
        await wait_until(pilot, lambda: len(log.query(Paragraph)) >= len(log.paragraphs))
        await pilot.pause()
        await pilot.pause()
        panel = story.query_one(CheckinPanel)
        assert panel.max_scroll_y == 0 and panel.region.bottom <= 24, "the check-in is whole"
        assert panel.region.y >= log.region.bottom, "below the story, never over it"
        words = next(p for p in log.paragraphs if p.text == INPUT_PREFIX + WORDS)
        reply = [p for p in log.paragraphs if p.text in LONG_REPLY]
        assert _rows_in_sight(log, words) == 1, "the player's words in sight"
        rows = sum(_rows_in_sight(log, p) for p in reply)
        assert rows >= 6, f"{rows} line(s) of the reply in sight"
        shown = " ".join(
            " ".join(str(s.render()) for s in panel.query(Static) if s.display).split()
        )
        assert shown.startswith(f"A check-in (Esc closes it): {CHECKIN_MESSAGE}"), shown
        table = load_resources().countries[code]
        assert f"Call {table.emergency}." in shown, "the emergency number"
        assert all(f"{line.name}: " in shown and line.contact in shown for line in table.lines)
        await pilot.resize_terminal(100, 40)
        await wait_until(pilot, lambda: panel.query_one("#checkin-close").display, what="room")
        message = str(panel.query_one("#checkin-message", Static).render())
        assert message == CHECKIN_MESSAGE and panel.border_subtitle == "Esc closes it"
