"""The story screen on fixed data, driven with a Pilot (no network): the story log, people in
the story, the command input, the side panel and map, and the safety panels over a story."""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from textual.widgets import Button, Static

from tests.tui.conftest import (
    CRISIS,
    FACILITATOR_TEXT,
    HISTORY,
    TEA_HUT,
    ScreenHarness,
    event,
    facilitator_message,
    fresh,
    opening_events,
    story_on_screen,
    summary,
    top,
    wait_until,
)
from tta_server.protocol.events import SafetyCrisis
from tta_tui.net.events import StoryEvent, parse_event
from tta_tui.net.summary import parse_summary
from tta_tui.screens.safety import CheckinPanel, CrisisScreen
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.map import MapModel, draw_map, layout, render_map
from tta_tui.widgets.side_panel import SidePanel
from tta_tui.widgets.story_log import MAX_PARAGRAPHS, Paragraph, StoryLog
from tta_tui.widgets.typing_line import CommandSuggester, TypingLine, Vocabulary

pytestmark = pytest.mark.usefixtures("client_files")

BOX_DRAWING = {chr(c) for c in range(0x2500, 0x2580)} | {"╱", "╲", "●"}


def story_app(**kw: Any) -> ScreenHarness:
    return ScreenHarness(lambda: StoryScreen(plain=kw.get("plain", False)), **kw)


# -- the story log ------------------------------------------------------------------------------
async def test_story_log_follows_until_the_player_scrolls_up_then_counts_new() -> None:
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        log = app.screen.query_one(StoryLog)
        for i in range(30):
            log.add_narration(f"Paragraph {i}: the fog rolls in over the harbour wall.")
        await pilot.pause()
        await wait_until(pilot, lambda: log.max_scroll_y > 0 and log.is_vertical_scroll_end)
        assert log.following and log.new_count == 0

        log.focus()
        await pilot.press("home")
        await wait_until(pilot, lambda: log.scroll_y == 0, what="scrolled to the top")
        assert not log.following
        for i in range(3):
            log.add_narration(f"New paragraph {i}.")
        await pilot.pause()
        marker = app.screen.query_one("#new-marker", Static)
        assert log.scroll_y == 0, "the view must not jump while the player reads back"
        assert log.new_count == 3 and marker.display
        assert "+3 new" in str(marker.render())

        await pilot.press("end")
        await wait_until(pilot, lambda: log.is_vertical_scroll_end, what="jumped to the end")
        assert log.following and log.new_count == 0 and not marker.display
        log.add_narration("One more.")
        await pilot.pause()
        await wait_until(pilot, lambda: log.is_vertical_scroll_end)
        assert log.new_count == 0


async def test_end_in_the_input_jumps_the_story_down() -> None:
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        log = screen.story_log
        for i in range(30):
            log.add_narration(f"Paragraph {i}.")
        await pilot.pause()
        log.scroll_home(animate=False)
        await wait_until(pilot, lambda: not log.following)
        log.add_narration("Something new happens.")
        await pilot.pause()
        assert log.new_count == 1
        assert screen.focused is screen.command_input
        await pilot.press("end")
        await wait_until(pilot, lambda: log.is_vertical_scroll_end and log.new_count == 0)


async def test_end_in_the_input_goes_to_the_end_of_the_line_as_shown() -> None:
    """Found by a newcomer: with a suggestion shown after the cursor ("exa" + "mine"), End
    stayed put (the cursor was at the end of what was typed); End goes to the end shown."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        line = screen.command_input
        await pilot.press(*"go to the ")
        await pilot.press("home", "end")
        assert line.cursor_position == len("go to the "), "from the start to the end"
        line.value = ""
        await pilot.press(*"exa")
        await wait_until(pilot, lambda: line._suggestion == "examine")
        await pilot.press("end")
        assert (line.value, line.cursor_position) == ("examine", 7)
        assert app.posted(TypingLine.JumpToLatest) == [], "not a jump while the line moved"
        await pilot.press("end")
        assert len(app.posted(TypingLine.JumpToLatest)) == 1, "at the end: the story jumps"


async def test_story_text_is_never_markup_and_inputs_are_set_apart() -> None:
    async with story_on_screen() as (pilot, screen):
        screen.apply(
            parse_event({"type": "turn.input", "seq": 8, "data": {"text": "say [red]hi[/red]"}})
        )
        await pilot.pause()
        kinds = [(p.kind, p.text) for p in screen.story_log.paragraphs]
        assert kinds[0][0] == "disclosure" and "written by software" in kinds[0][1]
        assert ("input", "> go inside") in kinds
        assert ("input", "> say [red]hi[/red]") in kinds
        shown = [str(p.render()) for p in screen.story_log.paragraphs]
        assert any("[bold]Not markup[/bold]" in s for s in shown)
        assert any("say [red]hi[/red]" in s for s in shown)
        assert screen.query_one(SidePanel).summary.location == "Rue's Tea Hut"
        banner = screen.query_one("#story-notice", Static)
        assert banner.display and str(banner.render()) == (
            "Written by software, not a person. In an emergency, call 999. F1 help."
        )


async def test_the_story_keeps_the_newest_paragraphs_and_mounts_a_burst_at_once() -> None:
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        log = app.screen.query_one(StoryLog)
        for i in range(MAX_PARAGRAPHS + 5):
            log.add_narration(f"Paragraph {i}.")
        await pilot.pause()
        await wait_until(pilot, lambda: len(log.query(Paragraph)) == MAX_PARAGRAPHS)
        mounted = [p.text for p in log.query(Paragraph)]
        assert mounted == [p.text for p in log.paragraphs]
        assert mounted[0] == "Paragraph 5." and mounted[-1] == f"Paragraph {MAX_PARAGRAPHS + 4}."
        await wait_until(pilot, lambda: log.is_vertical_scroll_end, what="following the end")


# -- people in the story ------------------------------------------------------------------------
def paused_event(seq: int) -> StoryEvent:
    return event(
        "session.paused",
        seq,
        by="fran",
        reason="A quick check-in.",
        message="fran (a facilitator) has paused your story for a moment: A quick check-in. "
        "It will go on when they resume it.",
    )


async def test_a_facilitator_message_is_set_apart_from_the_narration() -> None:
    async with story_on_screen() as (pilot, screen):
        screen.apply(facilitator_message(8, FACILITATOR_TEXT))
        screen.apply(facilitator_message(9, "And a second note.", sender=""))
        await pilot.pause()
        people = [p for p in screen.story_log.paragraphs if p.kind == "facilitator"]
        assert [p.text for p in people] == [
            f"Message from fran (a facilitator):\n{FACILITATOR_TEXT}",
            "Message from a facilitator:\nAnd a second note.",
        ]
        assert people[0].has_class("story-facilitator")
        assert "[b]No markup[/b]" in str(people[0].render()), "shown as written"
        assert not any(
            "Fran" in p.text for p in screen.story_log.paragraphs if p.kind != "facilitator"
        )


async def test_while_paused_nothing_is_sent_and_resuming_clears_it() -> None:
    async with story_on_screen() as (pilot, screen):
        app = pilot.app
        bar = screen.query_one("#story-state", Static)
        assert not bar.display and not screen.paused
        screen.apply(paused_event(8))
        await pilot.pause()
        assert screen.paused and bar.display
        assert str(bar.render()).startswith("Paused by fran (a facilitator).")
        assert [p.kind for p in screen.story_log.paragraphs][-1] == "pause"
        await pilot.press(*"look around", "enter")
        await pilot.pause()
        assert not app.posted(StoryScreen.Say), "not sent while paused"
        assert screen.command_input.value == "look around", "kept for later"
        await pilot.press("ctrl+u")
        await pilot.press(*"/map", "enter")
        await wait_until(pilot, lambda: screen.map_screen, what="/map still works")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, what="the map closed")

        screen.apply(event("session.resumed", 9, by="fran", message="Your story can go on."))
        await pilot.pause()
        assert not screen.paused and not bar.display
        assert screen.story_log.paragraphs[-1].text == "Your story can go on."
        screen.command_input.value = "look around"
        await pilot.press("enter")
        await pilot.pause()
        assert [m.text for m in app.posted(StoryScreen.Say)] == ["look around"]

        screen.turn_refused_paused("A facilitator has paused your story for a moment.")
        await pilot.pause()
        assert screen.paused and bar.display and screen.paused_by is None
        assert str(bar.render()).startswith("Paused by a facilitator.")
        assert screen.command_input.value == "look around", "the refused line comes back"


async def test_an_ended_story_opens_read_only() -> None:
    title = "The Lantern Coast: Aria Moon"
    app = ScreenHarness(lambda: StoryScreen(title=title, read_only=True))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, StoryScreen)
        screen.show_history(fresh({"h": HISTORY})["h"])
        await pilot.pause()
        assert [(p.kind, p.text) for p in screen.story_log.paragraphs] == [
            ("notice", HISTORY[0].text),
            ("narration", HISTORY[1].text),
            ("input", "> go inside"),
            ("narration", HISTORY[3].text),
            ("notice", HISTORY[4].text),
        ]
        assert screen.command_input.disabled and not screen.side.display
        note = screen.query_one("#story-state", Static)
        assert note.display and "has ended" in str(note.render())
        await pilot.press("f2", "f10")
        await pilot.pause()
        assert screen.map_screen is None and not app.posted(StoryScreen.Leave)
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.posted(StoryScreen.Back)) == 1 and not app.posted(StoryScreen.Leave)


# -- command input ------------------------------------------------------------------------------
async def test_command_input_history_up_and_down() -> None:
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        inp = screen.command_input
        for line in ("look", "go north"):
            await pilot.press(*line, "enter")
        await pilot.pause()
        assert [m.text for m in app.posted(StoryScreen.Say)] == ["look", "go north"]
        await pilot.press(*"tak")
        await pilot.press("up")
        assert inp.value == "go north"
        await pilot.press("up")
        assert inp.value == "look"
        await pilot.press("up")
        assert inp.value == "look"
        await pilot.press("down")
        assert inp.value == "go north"
        await pilot.press("down")
        assert inp.value == "tak", "Down past the newest line gives back what was being typed"


async def test_tab_completes_verbs_exits_and_names_from_the_summary() -> None:
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        screen.show_summary(parse_summary(summary()))
        inp = screen.command_input
        await pilot.press(*"exa", "tab")
        assert inp.value == "examine"
        inp.value = ""
        await pilot.press(*"go ", "tab")
        first = inp.value
        assert first in {"go in", "go east", "go north", "go west"}
        await pilot.press("tab")
        assert inp.value != first and inp.value.startswith("go ")
        inp.value = ""
        await pilot.press(*"talk to r", "tab")
        assert inp.value == "talk to Rue Penhallow"
        inp.value = ""
        await pilot.press(*"take whi", "tab")
        assert inp.value == "take a tin whistle"
        inp.value = ""
        await pilot.press(*"zzz", "tab")
        assert inp.value == "zzz" and screen.focused is inp, "nothing to complete: stay here"
        inp.value = ""
        await pilot.press(*"go ins", "tab")
        assert inp.value == "go inside"


async def test_the_suggester_offers_the_rest_of_the_word() -> None:
    vocab = Vocabulary()
    vocab.use(parse_summary(summary()))
    suggester = CommandSuggester(vocab)
    assert await suggester.get_suggestion("exa") == "examine"
    assert await suggester.get_suggestion("Exa") == "Examine"
    assert await suggester.get_suggestion("go we") == "go west"
    assert await suggester.get_suggestion("give a tin") == "give a tin whistle"
    assert await suggester.get_suggestion("qqq") is None
    vocab.use(parse_summary(TEA_HUT))
    assert await suggester.get_suggestion("go w") is None
    assert await suggester.get_suggestion("go o") == "go out"


# -- side panel and map -------------------------------------------------------------------------
async def test_side_panel_shows_the_summary() -> None:
    app = ScreenHarness(lambda: StoryScreen())
    async with app.run_test(size=(120, 40)) as pilot:
        panel = app.screen.query_one(SidePanel)
        panel.show(parse_summary(summary()))
        await pilot.pause()
        text = panel.as_text()
        for expected in (
            "The Quay",
            "in (Rue's Tea Hut)",
            "north (Chapel Street, closed)",
            "a tin whistle",
            "Rue Penhallow",
            "1 of 7 steps done;\nnext: Steady Pip",  # the next step on a line of its own
            "Grounding x2",
            "Asking for help x1",
        ):
            assert expected in text, expected
        panel.show(
            parse_summary(
                summary(
                    inventory=[],
                    characters=[],
                    skills={},
                    arc={"done": 7, "total": 7, "current": None, "ended": True},
                )
            )
        )
        text = panel.as_text()
        assert "Carrying\nnothing" in text and "People here\nno one" in text
        assert "Story\nComplete: all 7 steps done" in text and "none yet" in text


def test_map_places_neighbours_by_direction() -> None:
    model = MapModel()
    model.add(parse_summary(summary()))
    model.add(parse_summary(TEA_HUT))
    model.add(
        parse_summary(
            summary(
                "The Harbour Wall", exits=[{"direction": "west", "to": "The Quay", "open": True}]
            )
        )
    )
    pos = layout(model)
    qx, qy = pos["The Quay"]
    assert pos["Chapel Street"] == (qx, qy - 1)
    assert pos["The Harbour Wall"] == (qx + 1, qy)
    assert pos["The Dunes"] == (qx - 1, qy)
    assert pos["Rue's Tea Hut"] not in {pos["Chapel Street"], pos["The Harbour Wall"]}
    assert model.current == "The Harbour Wall"

    fancy = render_map(model).plain
    lines = fancy.splitlines()
    quay_line = next(i for i, line in enumerate(lines) if "[Quay]" in line)
    assert "(Chapel Street)" in lines[quay_line - 2]
    assert lines[quay_line].index("(Dunes)") < lines[quay_line].index("[Quay]")
    assert lines[quay_line].index("[Quay]") < lines[quay_line].index("[*Harbour Wall]")
    assert "[Rue's Tea Hut]" in fancy and "in" in fancy
    assert "─" in fancy

    plain = render_map(model, plain=True).plain
    assert not BOX_DRAWING & set(plain) and plain.isascii()
    assert "[*Harbour Wall]" in plain


async def test_map_toggles_with_f2_and_no_letter() -> None:
    async with story_on_screen() as (pilot, screen):
        app = pilot.app
        await pilot.press("f2")
        await wait_until(pilot, lambda: screen.map_screen, what="the map screen")
        shown = screen.map_screen
        assert shown is not None
        assert app.screen is shown, "the map has the whole screen"
        assert "[*Rue's Tea Hut]" in shown.map_view.as_text()
        screen.apply(event("narrative.end", 8, turn_id="t2", chunks=1, ok=True, summary=summary()))
        await pilot.pause()
        assert "[*Quay]" in shown.map_view.as_text(), "drawn anew while it is open"
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, what="back to the story")
        await pilot.press("f2")
        await wait_until(pilot, lambda: screen.map_screen is not None, what="F2 opens it")
        await pilot.press("f2")
        await wait_until(pilot, lambda: app.screen is screen, what="F2 closes it")
        screen.command_input.focus()
        await pilot.press("m")
        assert screen.map_screen is None and screen.command_input.value == "m"


GALLERIES = [
    "North",
    "South",
    "East",
    "West",
    "Upper",
    "Lower",
    "Inner",
    "Outer",
    "Old",
    "New",
    "Blue",
    "Red",
]


def _row_of_places(count: int) -> MapModel:
    """A corridor of ``count`` places going east, each with a long name, all visited, the
    player at the east end. The way east from the third is closed: the walk goes round it
    (back to the first, then on from the fourth), so its closed mark stays."""
    model = MapModel()
    names = [f"{word} Gallery of Forgotten Clocks" for word in GALLERIES[:count]]
    seen = []
    for i, here in enumerate(names):
        exits = []
        if i:
            exits.append({"direction": "west", "to": names[i - 1], "open": True})
        if i + 1 < count:
            exits.append({"direction": "east", "to": names[i + 1], "open": i != 2})
        seen.append(parse_summary(summary(here, exits=exits)))
    for place in [*seen[:3], seen[0], *seen[3:]]:
        model.add(place)
    return model


def test_map_fits_the_width_it_is_given_and_names_what_it_shortened() -> None:
    model = _row_of_places(4)
    wide = render_map(model).plain
    assert max(len(line) for line in wide.splitlines()) > 76, "too wide for 80 columns as is"
    fitted = render_map(model, width=76).plain
    assert max(len(line) for line in fitted.splitlines()) <= 76
    grid = fitted.splitlines()[2]
    assert grid.count("[") == 4 and "~" in grid, "every place drawn, names shortened"
    for word in GALLERIES[:4]:
        assert f"{word} Gallery of Forgotten Clocks" in fitted.replace("\n", " ")
    assert "x" in grid.split("]")[3], "the closed exit is marked on its line, not by colour"


def test_map_draws_every_exit_even_far_or_round_corners() -> None:
    model = MapModel()
    model.add(
        parse_summary(
            summary(
                "Hall",
                exits=[
                    {"direction": "east", "to": "Yard", "open": True},
                    {"direction": "north", "to": "Tower", "open": True},
                    {"direction": "up", "to": "Loft", "open": True},
                    {"direction": "northeast", "to": "Garden", "open": True},
                ],
            )
        )
    )
    model.add(parse_summary(summary("Garden", exits=[{"direction": "south", "to": "Far Field"}])))
    drawing = draw_map(model, plain=True)
    text = drawing.text.plain
    lines = text.splitlines()
    hall = next(i for i, line in enumerate(lines) if "[Hall]" in line)
    assert "|" in lines[hall - 1] and "/" in lines[hall - 1], "the Tower above, the Garden NE"
    assert "up" in text and "(Loft)" in text and "(Far Field)" in text
    # Far Field (south of the Garden) and the Yard (east of the Hall) want one cell: one of
    # them bends, and every exit is still a line.
    assert not drawing.elsewhere and "Other ways" not in text
    assert len(drawing.strokes) == 5


async def test_a_map_larger_than_the_screen_scrolls_and_is_never_cut() -> None:
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        screen.map_model = _row_of_places(12)
        screen.action_toggle_map()
        await wait_until(pilot, lambda: screen.map_screen, what="the map screen")
        shown = screen.map_screen
        assert shown is not None
        await pilot.pause()
        view = shown.map_view
        assert view.max_scroll_x > 0, "wider than the screen: it scrolls sideways"
        grid = view.as_text().splitlines()[2]
        assert grid.count("[") == 12 and grid.rstrip().endswith("]"), "every place is drawn"
        await pilot.press("end")
        await pilot.press("right", "right")
        await pilot.pause()
        assert view.scroll_x > 0


# -- safety -------------------------------------------------------------------------------------
async def test_crisis_screen_ignores_keys_typed_ahead_then_enter_picks_the_focused_choice() -> None:
    app = ScreenHarness(lambda: CrisisScreen(SafetyCrisis.model_validate(CRISIS)))
    async with app.run_test(size=(80, 24)) as pilot:
        crisis = top(app, CrisisScreen)
        await pilot.press("tab", "tab")
        focused = crisis.focused
        assert isinstance(focused, Button) and focused.id == "choice-talk"
        assert "Enter picks" in str(crisis.query_one("#crisis-status", Static).render())
        crisis.armed_at = math.inf  # as if it had just opened
        await pilot.press("escape", "q", "enter", "space", "y", "ctrl+c", "backspace")
        await pilot.pause()
        assert top(app, CrisisScreen) is crisis and not app.posted(CrisisScreen.Chosen)
        assert "moment to read" in str(crisis.query_one("#crisis-status", Static).render())

        text = crisis.as_text().splitlines()
        assert text[0] == "If you are in immediate danger, call 999 now."
        assert text[1].startswith("Samaritans") and text[3].startswith("What you just wrote")
        assert text[-3:] == ["I'm safe, continue", "I want to talk to a person", "End the session"]

        crisis.armed_at = 0.0  # read
        await pilot.press("shift+tab")
        assert isinstance(crisis.focused, Button) and crisis.focused.id == "choice-continue"
        await pilot.press("enter")
        await pilot.pause()
        assert [m.choice for m in app.posted(CrisisScreen.Chosen)] == ["continue"]
        assert crisis.waiting and all(b.disabled for b in crisis.query(Button))
        assert top(app, CrisisScreen) is crisis, "it waits for the server's answer"

        crisis.answer_failed("Your answer did not get through.")
        await pilot.pause()
        assert not crisis.waiting and not any(b.disabled for b in crisis.query(Button))


async def test_crisis_screen_without_lines_still_shows_the_emergency_number() -> None:
    data = SafetyCrisis(message="Please reach out.", emergency="911", choices=[])
    app = ScreenHarness(lambda: CrisisScreen(data))
    async with app.run_test(size=(80, 24)):
        crisis = app.screen
        assert isinstance(crisis, CrisisScreen)
        assert crisis.as_text().splitlines()[0] == "If you are in immediate danger, call 911 now."
        assert [b.id for b in crisis.query(Button)] == [
            "choice-continue",
            "choice-talk",
            "choice-end",
        ]


async def test_checkin_panel_is_quiet_and_closes_with_escape() -> None:
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        screen.apply(
            event(
                "safety.checkin",
                9,
                message="Some of what you wrote sounded heavy.",
                lines=["Samaritans: call 116 123 (24/7)."],
            )
        )
        await pilot.pause()
        panel = screen.query_one(CheckinPanel)
        assert top(app, StoryScreen) is screen, "a check-in is not modal"
        await pilot.press(*"look")
        assert screen.command_input.value == "look"
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query(CheckinPanel) and not panel.is_attached


async def test_a_second_checkin_replaces_the_first_without_an_error() -> None:
    """Two check-ins in a row (a newcomer typed on while the first was open): the second
    replaces the first, no "Something went wrong" panel, and the story screen still works."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        for seq, message in ((9, "First check-in."), (10, "Second check-in.")):
            screen.apply(event("safety.checkin", seq, message=message, lines=[]))
        await pilot.pause()
        assert top(app, StoryScreen) is screen, "no error panel over the story"
        panels = screen.query(CheckinPanel)
        assert [p.data.message for p in panels] == ["Second check-in."]
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query(CheckinPanel)


async def test_a_long_checkin_still_shows_how_to_close_it() -> None:
    """Message, emergency line and four long resources overflow the panel: the Close
    button scrolls out of sight, so the way to close it is written on the border."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        lines = [
            f"Helpline {n}: call 0800 000 00{n} (any time). Free and confidential." for n in "1234"
        ]
        screen.apply(
            event(
                "safety.checkin",
                9,
                message="Some of what you wrote sounded heavy. " * 3,
                lines=lines,
            )
        )
        await pilot.pause()
        shown = app.export_screenshot().replace("&#160;", " ")
        assert "Esc closes it" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query(CheckinPanel)


def _library() -> MapModel:
    """Places whose names all start with "The", as in The Ember Library."""
    model = MapModel()
    names = ["The Courtyard", "The Stacks", "The Bindery", "The Reading Room", "The Map Room"]
    for i, here in enumerate(names):
        exits = []
        if i:
            exits.append({"direction": "west", "to": names[i - 1], "open": True})
        if i + 1 < len(names):
            exits.append({"direction": "east", "to": names[i + 1], "open": True})
        model.add(parse_summary(summary(here, exits=exits)))
    return model


@pytest.mark.parametrize("width", [None, 76, 64])
def test_map_labels_drop_the_article_and_the_legend_matches(width: int | None) -> None:
    text = render_map(_library(), width=width).plain
    grid = text.splitlines()[2]
    assert "The " not in grid, "the label starts with the word that tells places apart"
    for word in ("Courtyard", "Stacks", "Bindery"):
        assert word in grid
    labels = re.findall(r"[\[(]\*?([^\])]+)[\])]", grid)
    assert len(labels) == 5
    flat = text.replace("\n", " ")
    for label in labels:
        if label.endswith("~"):
            assert re.search(rf"{re.escape(label)} = The \w", flat), f"{label} in the legend"
    if width is not None:
        assert max(len(line) for line in text.splitlines()) <= width


LONG = "Bastian sets down his lamp and tells you, slowly, how the library came to burn. " * 3


async def test_after_reading_back_a_turn_played_jumps_to_the_newest() -> None:
    """fresh6: scrolled up, the reply to a command stayed out of sight under "+3 new
    paragraphs below": easy to miss that the command did anything."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        log = app.screen.query_one(StoryLog)
        marker = log.query_one("#new-marker")
        for i in range(30):
            log.add_narration(f"Paragraph {i}: the fog rolls in over the harbour wall.")
        await wait_until(pilot, lambda: log.max_scroll_y > 0 and log.is_vertical_scroll_end)
        log.focus()
        await pilot.press("pageup")
        await wait_until(pilot, lambda: not log.following, what="reading back")
        log.add_narration("Rue calls from the tea hut.")
        await pilot.pause()
        assert marker.display and "+1 new" in str(marker.render())
        log.add_input("go inside", turn=True)
        log.add_narration("You wander in, to Rue's Tea Hut.")
        await wait_until(pilot, lambda: log.paragraphs[-1].is_mounted)
        await wait_until(pilot, lambda: log.is_vertical_scroll_end, what="the reply in view")
        assert log.following and not marker.display


async def test_replayed_turns_keep_the_view_on_the_newest_text() -> None:
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        log = app.screen.query_one(StoryLog)
        log.add_input("ask bastian about the fire")  # the past, as a resume replays it
        for _ in range(8):
            log.add_narration(LONG)
        await wait_until(pilot, lambda: log.max_scroll_y > 0 and log.is_vertical_scroll_end)
        await pilot.pause()
        assert log.following


async def test_a_checkin_with_a_uk_set_of_lines_fits_80x24_whole() -> None:
    """Seen at 80x24: the panel's ten rows cut the last resource ("IASP crisis centre directory:
    visit" and no address). A message, the emergency line and three resources, as the UK's
    crisis resources give, are shown whole with the way to close it (compact at 80x24: "A
    check-in (Esc closes it):" starts the message), and the story's newest line stays in view
    above the panel."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        log = screen.query_one(StoryLog)
        for i in range(12):
            log.add_narration(f"Paragraph {i}: the fog rolls in over the harbour wall.")
        lines = [
            "If you are in immediate danger, call 999 or 112 now.",
            "Samaritans: call 116 123 (free, 24/7), or email jo@samaritans.org.",
            "Shout: text SHOUT to 85258 (free, 24/7).",
            "IASP crisis centre directory: visit https://www.iasp.info/crisis-centres-helplines/",
        ]
        message = (
            "That sounded like a lot to carry. You don't have to carry it alone: if it would "
            "help to talk to someone, these people listen."
        )
        screen.apply(event("safety.checkin", 9, message=message, lines=lines))
        await pilot.pause()
        shown = app.export_screenshot().replace("&#160;", " ")
        assert "crisis-centres-helplines" in shown
        assert "A check-in (Esc closes it):" in shown
        assert "Paragraph 11" in shown


async def test_the_end_of_a_world_is_marked_above_the_input_even_after_a_long_ending() -> None:
    """Newcomer play at 80x24: the world ended with a long last reply (then held at its start),
    and the "end of this story" line came below it, out of sight. A line above the input now says
    so while the story stays open, and the pause bar, when it comes and goes, gives it back."""
    async with story_on_screen() as (pilot, screen):
        state = screen.query_one("#story-state", Static)
        await pilot.pause()
        assert not state.display, "no ending yet"
        screen.apply(event("turn.input", 8, turn_id="t2", text="ring the bell"))
        for i in range(8):
            screen.apply(event("narrative.chunk", 9 + i, turn_id="t2", index=i, text=LONG))
        ended = summary(arc={"done": 7, "total": 7, "current": None, "ended": True})
        screen.apply(event("narrative.end", 17, turn_id="t2", chunks=8, ok=True, summary=ended))
        await wait_until(pilot, lambda: screen.story_log.paragraphs[-1].is_mounted)
        await pilot.pause()
        assert state.display and "Story complete" in str(state.render())
        assert 0 <= state.region.y < 24 and state.region.height > 0, "on screen at 80x24"
        screen.set_paused(True, "fran")
        assert "Paused" in str(state.render())
        screen.set_paused(False)
        assert state.display and "Story complete" in str(state.render())


def _resumed() -> StoryScreen:
    """A story screen as the app opens one it resumes: its replay (to seq 7) on its way."""
    story = StoryScreen(title="The Lantern Coast: Aria Moon")
    story.replay_until, story.caught_up = 7, False
    return story


async def test_a_resumed_story_says_it_is_on_its_way_until_its_replay_is_in() -> None:
    """Newcomer play: resuming showed an empty pane with "Type what you do, e.g. look, go
    north" (a place the story was not in) until the text arrived. Until the replay is in, the
    line above the input says the story is on its way, and so does the input's cue."""
    app = ScreenHarness(_resumed)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        state = screen.query_one("#story-state", Static)
        assert state.display and "Bringing back your story" in str(state.render())
        assert "on its way" in screen.command_input.placeholder
        assert "go north" not in screen.command_input.placeholder
        for e in opening_events():
            screen.apply(e)
        screen.replay_arrived()
        await pilot.pause()
        assert not state.display, "the story is here"
        assert "talk to Rue" in screen.command_input.placeholder, "what to type, from the place"


async def test_typing_after_a_resume_lands_in_the_input() -> None:
    """Newcomer 10 at 80x24: after a resume the story log kept the focus it was given while the
    replay came in, and "go to the foyer" + Enter vanished without a sign. Once the replay is in
    the input has focus; a key typed while the story has focus goes on in the input."""
    app = ScreenHarness(_resumed)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        assert screen.focused is screen.story_log, "the story may be read while it comes"
        for e in opening_events():
            screen.apply(e)
        screen.replay_arrived()
        await pilot.pause()
        assert screen.focused is screen.command_input
        screen.story_log.focus()  # a click on the story, or Shift+Tab
        await pilot.pause()
        await pilot.press(*"go east")
        await pilot.pause()
        assert screen.focused is screen.command_input
        assert screen.command_input.value == "go east"


# -- left from the last round (fresh6 at 80x24, NO_COLOR) ----------------------------------------
CROWDED = summary(
    "The Reading Room",
    inventory=["the mending pen", "a binder's lantern", "a catalogue card"],
    characters=["Juno Marsh", "Ilse Varga", "Maren Holt"],
)


async def test_the_folded_status_never_cuts_the_names_of_the_people_here() -> None:
    """fresh6 at 80 columns: "Carrying: the mending pen, a binder's lantern, a catalogue card |
    Here: Juno …"."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        screen.show_summary(parse_summary(fresh(CROWDED)))
        await pilot.pause()
        shown = str(screen.query_one("#side-status", Static).render())
        assert "Here: Ilse, Juno, Maren" in shown, "first names, whole, when it must be cut"
        assert len(shown.split("\n")) <= 2 and max(len(line) for line in shown.split("\n")) <= 78


async def test_the_unfolded_panel_at_80x24_shows_everyone_here() -> None:
    """fresh6 (F3 at 80x24): "People here" was cut at the bottom of the screen (Maren Holt fell
    off with no scroll hint); the panel cannot take the focus to be scrolled."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        crowded = fresh(CROWDED)
        crowded["skills"] = {"Grounding": 2, "Asking for help": 1, "Naming feelings": 1}
        screen.show_summary(parse_summary(crowded))
        await pilot.press("f3")
        panel = screen.query_one(SidePanel)
        await wait_until(pilot, lambda: panel.display and panel.size.height > 0)
        await wait_until(pilot, lambda: bool(panel.packed), what="compacted")
        await pilot.pause()
        assert panel.virtual_size.height <= panel.scrollable_content_region.height, "all of it"
        text = " ".join(panel.as_text().split())  # items whole, a list over several lines
        assert all(name in text for name in ("Ilse Varga", "Juno Marsh", "Maren Holt")), text
        assert "Naming feelings x1" in text
        await pilot.resize_terminal(120, 40)
        await wait_until(pilot, lambda: not panel.packed, what="room again")
        assert "People here\nIlse Varga\nJuno Marsh\nMaren Holt" in panel.as_text()


@pytest.mark.parametrize("nocolor", [False, True])
async def test_a_panel_over_the_story_leaves_no_fragments_of_it_at_the_edges(
    nocolor: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fresh6 (80x24, NO_COLOR): the crisis panel and the End story question were drawn over
    the story with its letters showing beside them ("T", "S", "w"; "SH", "Yo", "ro"): read
    as stray fragments in a text capture, with colour too, where the dimming is lost."""
    if nocolor:
        monkeypatch.setenv("NO_COLOR", "1")
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        for i in range(30):
            screen.story_log.add_narration(f"Sentence {i} of the story fills the line " * 3)
        await pilot.pause()
        crisis = CrisisScreen(SafetyCrisis.model_validate(fresh(CRISIS)))
        await app.push_screen(crisis)
        await pilot.pause()
        panel = crisis.query_one("#crisis-panel")
        rows = [strip.text for strip in app.screen._compositor.render_strips()]
        left, right = panel.region.x, panel.region.right
        for y, row in enumerate(rows):
            outside = row[:left] + row[right:]
            assert outside.strip() == "", f"row {y} shows {outside.strip()!r} beside the panel"


async def test_up_and_down_scroll_the_story_and_down_in_the_line_reads_on() -> None:
    """Newcomer 10: Down in the story did not scroll (PgDn did): the focus was on the typing
    line, where Up and Down go through what was typed. With the story focused, Up and Down
    scroll it a line; in the typing line Up stays the history and Down, with nothing later in
    it, scrolls the story down a line."""
    app = story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        log = app.screen.query_one(StoryLog)
        for i in range(30):
            log.add_narration(f"Paragraph {i}: the fog rolls in over the harbour wall.")
        await wait_until(pilot, lambda: log.max_scroll_y > 0 and log.is_vertical_scroll_end)
        log.focus()
        await pilot.pause()
        bottom = log.scroll_y
        await pilot.press("up", "up", "up")
        await wait_until(pilot, lambda: log.scroll_y == bottom - 3, what="up 3 lines")
        assert not log.following, "reading back"
        await pilot.press("down")
        await wait_until(pilot, lambda: log.scroll_y == bottom - 2, what="down a line")
        entry = app.screen.query_one(TypingLine)
        entry.focus()
        await pilot.pause()
        await pilot.press("down")
        await wait_until(pilot, lambda: log.scroll_y == bottom - 1, what="read on a line")
        entry.history.append("look")
        await pilot.press("up")
        await pilot.pause()
        assert entry.value == "look" and log.scroll_y == bottom - 1, "Up is the history"
        await pilot.press("down")
        await pilot.pause()
        assert entry.value == "" and log.scroll_y == bottom - 1, "back to the typing first"
