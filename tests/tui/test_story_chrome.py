"""What sits around the story at 80x24 (tui19, newcomer 8 at 80x24): the folded status keeps
names whole and gives the story a row when it can; the software notice takes one row; the end
of a world is said once by the client; buttons say in their text which has the focus."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Static

from tests.tui.conftest import (
    CHARACTERS,
    NOTICE,
    ScreenHarness,
    event,
    fresh,
    story_on_screen,
    summary,
    wait_until,
)
from tta_tui.net.summary import parse_summary
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.help import help_text
from tta_tui.screens.story import ENDING_NOTE, StoryScreen
from tta_tui.widgets.side_panel import SidePanel, status_lines

pytestmark = pytest.mark.usefixtures("client_files")
DEFAULT_NUMBER = "your local emergency number (112 works from mobiles in many countries)"
"""The emergency words of a country without its own entry (crisis_resources.toml)."""


def rows_of(widget: Static) -> list[str]:
    return [widget.render_line(y).text.strip() for y in range(widget.size.height)]


def test_two_people_and_three_things_fit_whole_at_80_columns() -> None:
    """fresh8: "Carrying: ... a storm la…" with three things, and "Here:" pushed to a second
    line by two people."""
    tea_hut = summary(
        "Rue's Tea Hut",
        exits=[{"direction": "out", "to": "The Quay", "open": True}],
        characters=["Rue Penhallow", "Pip Tregarthen"],
        inventory=["a tin whistle", "a storm lantern", "a jar of honey"],
    )
    rows = status_lines(parse_summary(tea_hut), 78).split("\n")
    assert rows == [
        "Rue's Tea Hut | Ways out: out | Here: Pip, Rue",
        "Carrying: tin whistle and 2 more (F3) | 1 of 7 steps done; next: Steady Pip",
    ], "two rows, nothing cut, every name whole (the next step named before every thing)"


def test_when_the_full_words_would_be_cut_first_names_keep_them_whole() -> None:
    crowded = summary(
        "The Reading Room",
        exits=[
            {"direction": "down", "to": "The Stair", "open": True},
            {"direction": "north", "to": "The Stacks", "open": True},
            {"direction": "east", "to": "The Bindery", "open": False},
        ],
        characters=["Juno Marsh", "Ilse Varga", "Maren Holt"],
        inventory=["the mending pen", "a binder's lantern"],
    )
    rows = status_lines(parse_summary(crowded), 78).split("\n")
    assert rows == [
        "The Reading Room | Ways out: down, north, east (closed)",
        "Here: Ilse, Juno, Maren | Carrying: 2 things (F3) | 1 of 7 steps done",
    ], "two lines at most (issue 15): the things carried counted before a third line"
    wide = status_lines(parse_summary(crowded), 118).split("\n")
    assert wide == [
        "The Reading Room | Ways out: down, north, east (closed) | Here: Ilse Varga, Juno Marsh, "
        "Maren Holt",
        "Carrying: the mending pen, a binder's lantern | 1 of 7 steps done; next: Steady Pip",
    ], "the full words when they fit two lines"


def test_five_things_carried_at_80_columns_are_named_whole_then_counted() -> None:
    """Newcomer 9 at 80 columns with five things or more: "...mending pen, c…", "...storm
    lantern, flask…": the first things named whole, how many more, and the key that shows
    them all; nothing cut."""
    things = ["the mending pen", "a binder's lantern", "a catalogue card", "a cooled ember"]
    crowded = summary(
        "The Reading Room",
        exits=[
            {"direction": "down", "to": "The Stair", "open": True},
            {"direction": "north", "to": "The Stacks", "open": True},
        ],
        characters=["Juno Marsh", "Ilse Varga"],
        inventory=[*things, "a storm lantern", "a flask of cold tea"],
    )
    rows = status_lines(parse_summary(crowded), 78).split("\n")
    assert rows == [
        "The Reading Room | Ways out: down, north | Here: Ilse, Juno",
        "Carrying: mending pen and 5 more (F3) | 1 of 7 steps done; next: Steady Pip",
    ]
    assert not any("…" in row for row in rows) and max(map(len, rows)) <= 78


@pytest.mark.parametrize("width", [0, 78, 118])
async def test_the_people_here_keep_one_order_whatever_order_they_come_in(width: int) -> None:
    """Newcomers saw the names on "Here:" change places between turns with the same people
    present. The client lists them in alphabetical order, in the folded status and the panel,
    whatever order a summary brings them in."""
    people = ["Rue Penhallow", "Pip Tregarthen", "Juno Marsh"]
    one, other = (parse_summary(summary(characters=p)) for p in (people, people[::-1]))
    assert status_lines(one, width) == status_lines(other, width)
    assert "Here: Juno Marsh, Pip Tregarthen, Rue Penhallow" in status_lines(one)
    app = ScreenHarness(lambda: StoryScreen())
    async with app.run_test(size=(120, 40)) as pilot:
        panel = app.screen.query_one(SidePanel)
        panel.show(one)
        await pilot.pause()
        first = panel.as_text()
        panel.show(other)
        await pilot.pause()
        assert panel.as_text() == first
        assert "Juno Marsh\nPip Tregarthen\nRue Penhallow" in first


@pytest.mark.parametrize(("number", "size"), [(DEFAULT_NUMBER, (80, 24)), ("999", (80, 24))])
async def test_the_software_notice_takes_one_row_at_80x24(
    number: str, size: tuple[int, int]
) -> None:
    async with story_on_screen(size, opened=False) as (pilot, screen):
        started = event(
            "session.started",
            1,
            world_id="lantern-coast",
            world_title="The Lantern Coast",
            character_name="Aria Moon",
            notice=NOTICE,
            emergency=number,
        )
        screen.apply(started)
        await pilot.pause()
        banner = screen.query_one("#story-notice", Static)
        assert banner.size.height == 1
        [row] = rows_of(banner)
        assert "software, not a person" in row.lower() and "F1 help." in row
        assert "…" not in row, "its words whole"
        if number == "999":
            assert row == "Written by software, not a person. In an emergency, call 999. F1 help."
        else:
            assert "call your local emergency number" in row
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        [row] = rows_of(banner)
        assert "In an emergency, call your local emergency number" in row or "999" in row


async def test_the_end_of_a_world_is_said_once_by_the_client() -> None:
    """fresh8: three end notices in a row at the ending (the server's two, and the client's
    line in the story as well as the box above the input). The client keeps only the box,
    which says what can be done now, not that the story has ended."""
    async with story_on_screen() as (pilot, screen):
        ending = "That is the end of this story, Aria. You are welcome to stay a while."
        screen.apply(event("turn.input", 8, turn_id="t2", text="ring the bell"))
        screen.apply(event("narrative.chunk", 9, turn_id="t2", index=0, text=ending))
        ended = summary(arc={"done": 7, "total": 7, "current": None, "ended": True})
        screen.apply(event("narrative.end", 10, turn_id="t2", chunks=1, ok=True, summary=ended))
        await wait_until(pilot, lambda: screen.story_log.paragraphs[-1].is_mounted)
        await pilot.pause()
        texts = [p.text for p in screen.story_log.paragraphs]
        assert texts[-1] == ending, "nothing of the client's after the server's ending"
        assert not any("end of this story's arc" in t for t in texts)
        state = screen.query_one("#story-state", Static)
        assert state.display and str(state.render()) == ENDING_NOTE
        assert "Escape" in ENDING_NOTE and "end of this story" not in ENDING_NOTE
        # newcomer 10: at 80x24 the note took two rows off a story area of about 14
        assert state.outer_size.height == 1, "one row at 80 columns"


async def focused_button_text(pilot: Pilot[Any], button: Button) -> str:
    button.focus()
    await pilot.pause()
    return str(button.label)


async def test_the_characters_buttons_say_which_has_the_focus() -> None:
    """A plain Button shows its focus by colour alone (lost with NO_COLOR and in a capture)."""
    app = ScreenHarness(
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria", active_stories=1)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        buttons = list(app.screen.query(Button))
        assert buttons
        for button in buttons:
            if button.disabled or not button.display:
                continue
            label = await focused_button_text(pilot, button)
            assert label.startswith("> ") and label.endswith(" <"), label
        app.screen.set_focus(None)
        await pilot.pause()
        assert not any(str(b.label).startswith("> ") for b in buttons)


async def test_the_ending_line_is_said_once_not_under_every_reply_played_on() -> None:
    """fresh18 played on after the ending: "Story complete: Escape steps out (kept as
    finished), or play on here" repeated under every later reply. It goes once a turn is sent;
    F1 says it still."""
    async with story_on_screen() as (pilot, screen):
        state = screen.query_one("#story-state", Static)
        ended = summary(arc={"done": 7, "total": 7, "current": None, "ended": True})
        screen.apply(event("narrative.end", 8, turn_id="t2", chunks=0, ok=True, summary=ended))
        await pilot.pause()
        assert state.display and str(state.render()) == ENDING_NOTE
        await pilot.press("s", "i", "t", "enter")
        await pilot.pause()
        screen.apply(event("turn.input", 9, turn_id="t3", text="sit"))
        screen.apply(event("narrative.chunk", 10, turn_id="t3", index=0, text="You sit."))
        screen.apply(event("narrative.end", 11, turn_id="t3", chunks=1, ok=True, summary=ended))
        await pilot.pause()
        assert not state.display, "not said again under the next reply"
        screen.set_paused(True, "fran")
        screen.set_paused(False)
        assert not state.display, "nor after a pause"
        assert "Escape steps out" in help_text()
