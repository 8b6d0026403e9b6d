"""Every state reads without colour (issue 15, item 1): toggles drawn "(*)" / "[x]", focus shown
by reverse video in plain mode and with ``NO_COLOR``, input fields boxed in plain mode."""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, Input, OptionList, TextArea

from tests.conftest import free_port
from tests.tui.conftest import (
    ARIA,
    CHARACTER_NAMES,
    CHARACTERS,
    CRISIS,
    NOW,
    SCHEMA,
    SESSIONS,
    URL,
    WORLD_TITLES,
    ScreenHarness,
    fresh,
)
from tta_server.protocol.events import SafetyCrisis
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.safety import CrisisScreen
from tta_tui.screens.stories import StoriesScreen, story_entries
from tta_tui.startup_bench import CTRL_Q, READY_TEXT, Terminal
from tta_tui.widgets.marks import (
    CHOSEN,
    CURSOR,
    NO_CURSOR,
    MarkedCheckbox,
    MarkedRadioButton,
    TickList,
)

pytestmark = pytest.mark.usefixtures("client_files")
MODES = ["normal", "nocolor", "plain"]


def harness(make: Any, mode: str, monkeypatch: pytest.MonkeyPatch) -> ScreenHarness:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    return ScreenHarness(make, plain=mode == "plain")


def shown(widget: MarkedRadioButton | MarkedCheckbox) -> str:
    """The toggle as drawn, without the cursor's gutter (plain mode, NO_COLOR)."""
    return unmarked(widget.render().plain)


def unmarked(text: str) -> str:
    for gutter in (CURSOR, NO_CURSOR):
        if text.startswith(gutter + "(") or text.startswith(gutter + "["):
            return text[len(gutter) :]
    return text


@pytest.mark.parametrize("mode", MODES)
async def test_login_mode_choice_reads_without_colour(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(lambda: LoginScreen(URL), mode, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        log_in = app.screen.query_one("#mode-login", MarkedRadioButton)
        register = app.screen.query_one("#mode-register", MarkedRadioButton)
        assert shown(log_in).startswith("(*)") and shown(register).startswith("( )")
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert shown(log_in).startswith("( )") and shown(register).startswith("(*)")


@pytest.mark.parametrize("mode", MODES)
async def test_goals_and_sharing_read_ticked_or_not(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(lambda: CharacterForm(SCHEMA, document=fresh(ARIA)), mode, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        form = app.screen
        goals = form.query_one("#f-goals", TickList)
        ticked = set(ARIA["profile"]["goals"])
        for row, goal in enumerate(SCHEMA.goals):
            line = unmarked(goals.render_line(row).text)
            assert line.startswith("[x]" if goal.id in ticked else "[ ]"), line
        goals.focus()
        goals.highlighted = 1
        await pilot.press("space")
        await pilot.pause()
        assert unmarked(goals.render_line(1).text).startswith("[x]")
        share = form.query_one("#f-share", MarkedCheckbox)
        assert shown(share).startswith("[ ]")
        share.focus()
        await pilot.press("space")
        await pilot.pause()
        assert shown(share).startswith("[x]")
        assert form.document()["profile"]["share_transcript"] is True
        intensity = form.query_one("#intensity-gentle", MarkedRadioButton)
        assert shown(intensity).startswith("(*)")


@pytest.mark.parametrize("mode", ["nocolor", "plain"])
async def test_focus_shows_without_colour(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The focused field is drawn with a double border (plain mode: in reverse video), its
    cursor steady and in reverse video (in plain mode the reversed field's cursor is not); a
    focused button is reversed too."""
    app = harness(lambda: LoginScreen(URL, "aria"), mode, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        password = app.screen.query_one("#password", Input)
        username = app.screen.query_one("#username", Input)
        assert app.focused is password
        cursor = password.get_component_styles("input--cursor").text_style
        if mode == "plain":
            assert password.styles.text_style.reverse and not username.styles.text_style.reverse
            assert not cursor.reverse and cursor.underline
        else:
            assert password.styles.border.top[0] == "double"
            assert username.styles.border.top[0] != "double"
            assert cursor.reverse, "the cursor is reverse video, never a colour alone"
        assert password.cursor_blink is False
        await pilot.press("tab")
        await pilot.pause()
        button = app.screen.query_one("#login-submit", Button)
        assert app.focused is button and button.styles.text_style.reverse
        assert not password.styles.text_style.reverse
        assert password.styles.border.top[0] != "double"


async def test_colour_mode_keeps_textual_focus_look() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL, "aria"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        password = app.screen.query_one("#password", Input)
        assert app.focused is password and not password.styles.text_style.reverse
        assert password.cursor_blink is True


async def test_plain_mode_draws_input_fields_in_ascii() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, plain=True), plain=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for field in [*app.screen.query(Input), *app.screen.query(TextArea)]:
            kind, _ = field.styles.border.top
            assert kind == "ascii", f"{field.id} has border {kind!r}"


@pytest.mark.parametrize("mode", ["nocolor", "plain"])
async def test_the_highlighted_row_of_a_focused_list_is_reversed(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria"), mode, monkeypatch
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#character-list", OptionList)
        assert app.focused is listing
        style = listing.get_component_styles("option-list--option-highlighted")
        assert style.text_style.reverse
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is not listing
        style = listing.get_component_styles("option-list--option-highlighted")
        assert not style.text_style.reverse, "only the list with the focus"


@pytest.mark.parametrize("mode", MODES)
async def test_without_colour_a_glyph_marks_the_highlighted_row_of_a_list(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In every mode ">" beside the highlighted row while the list has the focus, "* " while a
    button has it (one ">" on screen, where Enter goes: newcomer audit at 80x24): reverse video
    or colour alone is lost where the terminal drops it and in a text capture of the screen
    (fresh6 at 120x40 with colour started a story as the wrong character)."""
    entries = story_entries(fresh({"s": SESSIONS})["s"], WORLD_TITLES, CHARACTER_NAMES)
    app = harness(lambda: StoriesScreen(entries, now=lambda: NOW), mode, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#story-list", OptionList)

        def rows() -> list[str]:
            return [listing.render_line(y).text for y in range(len(entries) * 2)]

        titles = [row for row in rows() if "(" in row]  # a story's first line names its state
        assert titles[0].startswith(CURSOR + "The Lantern Coast")
        assert all(
            row.startswith(NO_CURSOR + "The") or row.startswith(NO_CURSOR + "A ")
            for row in titles[1:]
        )
        await pilot.press("down", "tab")  # the next story, and the focus on a button
        await pilot.pause()
        assert app.focused is not listing
        titles = [row for row in rows() if "(" in row]
        assert titles[1].startswith(CHOSEN + "The Ember Library: José Ortega")
        assert titles[0].startswith(NO_CURSOR)


@pytest.mark.parametrize("mode", MODES)
async def test_a_glyph_marks_the_toggle_with_the_focus_in_every_mode(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(lambda: CharacterForm(SCHEMA, document=fresh(ARIA)), mode, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        form = app.screen
        share = form.query_one("#f-share", MarkedCheckbox)
        coaching = form.query_one("#f-coaching", MarkedCheckbox)
        share.focus()
        await pilot.pause()
        assert share.render().plain.startswith(CURSOR + "[ ]")
        assert coaching.render().plain.startswith(NO_CURSOR + "[")
        gentle = form.query_one("#intensity-gentle", MarkedRadioButton)
        assert gentle.render().plain.startswith(NO_CURSOR + "(*)")
        assert gentle.parent is not None
        gentle.parent.focus()
        await pilot.pause()
        assert gentle.render().plain.startswith(CURSOR + "(*)")
        assert share.render().plain.startswith(NO_CURSOR + "[ ]")


@pytest.mark.parametrize("mode", MODES)
async def test_the_crisis_choice_with_the_focus_says_so_in_its_text(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Newcomer play at 80x24 with NO_COLOR: which crisis choice Enter would pick was not
    visible. The focused one reads "> ... <" in every mode, and Enter picks it (none has the
    focus when it opens, tui40; Tab goes to the first)."""
    app = harness(lambda: CrisisScreen(SafetyCrisis.model_validate(CRISIS)), mode, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        crisis = app.screen
        assert isinstance(crisis, CrisisScreen)

        def labels() -> list[str]:
            return [str(b.label) for b in crisis.query(".choice").results(Button)]

        assert labels() == ["I'm safe, continue", "I want to talk to a person", "End the session"]
        await pilot.press("tab", "tab")
        assert labels() == [
            "I'm safe, continue",
            "> I want to talk to a person <",
            "End the session",
        ]
        if mode != "normal":  # one choice to a line, never wrapped
            rendered = [b.render_line(0).text for b in crisis.query(".choice")]
            assert "> I want to talk to a person <" in rendered[1]
        await pilot.press("tab")
        assert labels() == [
            "I'm safe, continue",
            "I want to talk to a person",
            "> End the session <",
        ]
        await pilot.press("shift+tab")
        crisis.armed_at = 0.0  # read
        await pilot.press("enter")
        await pilot.pause()
        assert [m.choice for m in app.posted(CrisisScreen.Chosen)] == ["talk"]


def test_with_no_color_the_terminal_gets_its_own_colours_and_focus_is_reversed(
    tmp_path: Path,
) -> None:
    """Found by newcomers at 80x24 with NO_COLOR: no focus showed. The real client (in a
    pseudo-terminal, as a player runs it) drew every cell black on black: Textual's greyscale
    NO_COLOR filter turned the terminal's default colours to black, so reverse video had nothing
    to reverse. Now no cell gets a colour of ours, and the focused field is reversed."""
    env = {**os.environ, "TERM": "xterm-256color", "NO_COLOR": "1"}
    env["TTA_CLIENT_LOG"] = str(tmp_path / "c.log")
    argv = [sys.executable, "-m", "tta_tui.cli", "--server", f"ws://127.0.0.1:{free_port()}"]
    term = Terminal(argv, 80, 24, env)
    try:

        def styles_now() -> list[set[bytes]]:
            return [set(p.split(b";")) for p in re.findall(rb"\x1b\[([0-9;]*)m", term.output)]

        # the login form drawn, and its focus with it (the first frame can reach the terminal
        # in more than one write: the form's words before the focused field's cursor)
        shown = term.wait_for(
            lambda _: READY_TEXT in term.text() and any(b"7" in s for s in styles_now()),
            time.perf_counter() + 60,
        )
        assert shown, term.text()[-2000:]
        styles = styles_now()
        coloured = [s for s in styles if s & {b"38", b"48"} or any(_colour(p) for p in s)]
        assert coloured == [], "the terminal's own colours only"
        assert any(b"7" in s for s in styles), "the focused field's cursor is reversed"
        os.write(term.master, CTRL_Q)
        assert term.wait_exit(time.perf_counter() + 60)
    finally:
        term.close()


def _colour(param: bytes) -> bool:
    """An SGR parameter that sets a foreground or background colour (30-37, 40-47, 90-107;
    39 and 49 are the terminal's own)."""
    n = int(param or b"0")
    return 30 <= n <= 37 or 40 <= n <= 47 or 90 <= n <= 107


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_focused_crisis_choice_shows_its_whole_text_in_colour(
    size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Newcomer play at 120x40 in colour: with the focus marks added, "I'm safe, continue" read
    "> I'm safe," (its second line cut off by the button's height). Every choice, focused or
    not, shows all its words."""
    app = harness(lambda: CrisisScreen(SafetyCrisis.model_validate(CRISIS)), "normal", monkeypatch)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        crisis = app.screen
        assert isinstance(crisis, CrisisScreen)

        def shown() -> list[str]:
            texts = []
            for b in crisis.query(".choice").results(Button):
                lines = [b.render_line(y).text for y in range(b.size.height)]
                texts.append(" ".join(" ".join(lines).split()))
            return texts

        await pilot.press("tab", "tab")  # none has the focus when it opens (tui40)
        for key in ("", "shift+tab", "shift+tab"):  # talk, then safe, then the end
            if key:
                await pilot.press(key)
            await pilot.pause()
            choices = ("I'm safe, continue", "I want to talk to a person", "End the session")
            for text, words in zip(shown(), choices, strict=True):
                assert all(w in text.split() for w in words.split()), (text, words)
