"""The help's examples come from the story being played and its key tables from the real
bindings (issue 15, item 7)."""

from __future__ import annotations

import pytest
from textual.binding import Binding
from textual.widgets import Static

from tests.tui.conftest import URL, summary, top
from tta_tui.app import TTAApp, key_sections
from tta_tui.cli import main
from tta_tui.net.summary import parse_summary
from tta_tui.screens.help import (
    HelpScreen,
    examples_for,
    help_page,
    key_name,
    key_rows,
    panel_words,
    plain_text,
)
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.side_panel import status_lines

pytestmark = pytest.mark.usefixtures("client_files")

EMBER = summary(
    "The Reading Room",
    world_title="The Ember Library",
    exits=[
        {"direction": "north", "to": "The Burnt Stacks", "open": True},
        {"direction": "down", "to": "The Bindery", "open": False},
    ],
    inventory=["a brass key"],
    characters=["Ada Quill"],
)


def test_key_names() -> None:
    assert [key_name(k) for k in ("ctrl+q", "f10", "pageup", "m", "escape")] == [
        "Ctrl+Q",
        "F10",
        "PageUp",
        "m",
        "Escape",
    ]


def test_key_rows_follow_the_bindings() -> None:
    rows = key_rows(
        [
            Binding("f2", "toggle_map", "Map", tooltip="show the map", id="s.map"),
            Binding("m", "toggle_map", "Map", show=False, id="s.map_m"),
            Binding("x", "quiet", ""),
            Binding("enter,space", "pick", "Pick", id="s.pick"),
        ]
    )
    assert rows == [
        ("F2 / m", "show the map", "s.map, s.map_m"),
        ("Enter / Space", "Pick", "s.pick"),
    ]
    remapped = key_rows([Binding("f2", "toggle_map", "Map", id="s.map")], {"s.map": "f6,ctrl+g"})
    assert remapped == [("F6 / Ctrl+G", "Map", "s.map")], "the keys in force"


def test_every_binding_of_the_story_is_in_the_help() -> None:
    page = help_page(key_sections())
    for binding in Binding.make_bindings(StoryScreen.BINDINGS):
        assert f"| {key_name(binding.key)}" in page or f"/ {key_name(binding.key)}" in page
    for binding in Binding.make_bindings(TTAApp.BINDINGS):
        assert key_name(binding.key) in page
    assert "<!--" not in page, "both parts are filled in"


def test_examples_come_from_the_world_being_played() -> None:
    ember = examples_for(parse_summary(EMBER))
    text = "\n".join(ember)
    assert "`go north`" in text and "`talk to Ada Quill`" in text
    assert "`examine Ada Quill`" in text, "a person to look at, not the room again"
    assert "`give a brass key to Ada Quill`" in text
    assert "`go down`" not in text, "a closed way is not suggested"
    general = "\n".join(examples_for(None))
    for word in ("Rue", "lobster", "Pip", "lighthouse", "Lantern"):
        assert word not in general and word not in text


async def test_f1_inside_the_ember_library_shows_its_own_examples() -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(100, 30)) as pilot:
        story = StoryScreen(title="The Ember Library: Aria Moon")
        await app.push_screen(story)
        story.show_summary(parse_summary(EMBER))
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        help_screen = top(app, HelpScreen)
        assert "from The Ember Library" in help_screen.page
        assert "`talk to Ada Quill`" in help_screen.page
        assert "Rue" not in help_screen.page and "lobster" not in help_screen.page
        shown = help_screen.query_one("#help-text", Static)
        drawn = " ".join(
            "".join(seg.text for seg in shown.render_line(y)) for y in range(shown.size.height)
        )
        assert "talk to Ada Quill" in drawn and "from The Ember Library" in drawn
        await pilot.press("escape")
        await pilot.pause()
        story.command_input.focus()
        await pilot.press(*"/help", "enter")
        await pilot.pause()
        assert "`talk to Ada Quill`" in top(app, HelpScreen).page


def test_plain_mode_lists_the_keys_without_a_table() -> None:
    page = help_page(key_sections(), plain=True)
    assert "- F1: this help" in page
    assert "| Key |" not in page


def test_plain_help_is_text_without_marks() -> None:
    text = plain_text(help_page(key_sections(), plain=True))
    assert "`" not in text and "**" not in text
    assert not any(line.startswith("#") for line in text.splitlines())
    assert text.isascii() or all(ord(c) < 0x2500 or ord(c) > 0x257F for c in text)
    assert "- F1: this help" in text


@pytest.mark.parametrize("plain", [False, True])
def test_the_help_shows_keys_and_words_never_binding_ids(plain: bool) -> None:
    page = help_page(key_sections(), plain=plain)
    ids = TTAApp([URL]).binding_ids()
    keys = page[page.index("Everywhere") : page.index("Lines starting with")]
    shown = [i for i in ids if i in keys]
    assert shown == [], f"internal ids in the help: {shown}"
    assert "| Id |" not in page
    for terse in ("| Complete |", "| Earlier |", "| Later |", ": Complete", ": Earlier"):
        assert terse not in keys
    assert "finish the word you are typing" in keys
    assert "bring back what you typed before" in keys
    assert "tta --keys" in page, "where a player who wants to move keys finds their ids"


def test_tta_keys_lists_every_id_for_the_keymap(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--keys"]) == 0
    out = capsys.readouterr().out
    assert '"story.map" = "f2"  # the map of the places you have seen' in out
    assert '"input.history_back" = "up"' in out


def test_the_help_says_as_many_lines_as_the_folded_panel_takes() -> None:
    """Newcomers at 80x24 read that the folded panel is "two lines" (the help, F3's words) and
    saw three; since issue 15 it keeps to two (the things carried counted, the step's goal
    dropped first), and the words say one or two."""
    long = parse_summary(
        summary(
            characters=["Rue Penhallow", "Maren Tull", "Bastian Hale"],
            inventory=["a tin whistle", "a storm lantern", "a jar of heather honey"],
        )
    )
    folded = status_lines(long, width=76).split("\n")
    assert len(folded) == 2, folded
    [panel] = [b for b in StoryScreen.BINDINGS if isinstance(b, Binding) and b.key == "f3"]
    for words in (panel_words(None), panel.tooltip):
        assert "one or two lines" in words and "three" not in words
