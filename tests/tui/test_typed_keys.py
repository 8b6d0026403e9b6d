"""The one reader of Textual's binding maps (tta_tui/widgets/typed_keys.py: ``bindings_of``)
agrees with Textual's public ``Screen.active_bindings``, the player's keymap included, so a
Textual that changes its private maps fails here; keys typed in a burst act where they were
typed under the player's own keys too, and an app key moved by the keymap works while a screen
loads."""

from __future__ import annotations

from typing import ClassVar

import pytest
from textual import events
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget

from tests.tui.conftest import SCHEMA, ScreenHarness, fresh, top, type_at_once, wait_until
from tests.tui.test_tag_keys import Tags
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.tag_list import TagList, TagRow
from tta_tui.widgets.typed_keys import bindings_of

pytestmark = pytest.mark.usefixtures("client_files")

KEYMAP = {"field.select_all": "ctrl+e", "input.history_back": "ctrl+up", "form.save": "ctrl+w"}


class Quitting(ScreenHarness):
    """The harness with the player client's Quit (an app key with an id, as in LinkedApp)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True, id="harness.quit")
    ]


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: CharacterForm(SCHEMA, document=fresh({})), "#f-name"),
        (lambda: CharacterForm(SCHEMA, document=fresh({})), "#f-appearance"),
        (lambda: StoryScreen(title="The Lantern Coast"), "#command-input"),
    ],
)
async def test_bindings_of_each_node_are_those_textual_reports_active(
    make: object, field: str
) -> None:
    app = ScreenHarness(make)  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        app.set_keymap(KEYMAP)
        await pilot.pause()
        app.screen.query_one(field).focus()
        await pilot.pause()
        active = app.screen.active_bindings
        assert active, "Textual reports the bindings in force"
        checked = 0
        for key, binding in active.items():
            if isinstance(binding.node, Widget):
                assert binding.binding in bindings_of(binding.node).key_to_bindings[key], key
                checked += 1
        assert checked >= 2
        focused = app.focused
        assert focused is not None
        keys = bindings_of(focused).key_to_bindings
        assert "ctrl+e" in keys and "ctrl+a" not in keys, "the keymap moved Select all"
        assert active["ctrl+e"].node is focused


async def test_a_key_moved_by_the_keymap_acts_where_it_was_typed() -> None:
    """Delete on a tag moved to Ctrl+D: pressed on the tags just before Tab, it removes the
    marked tag (matched with the raw bindings it went on up, and the app matched it against the
    next field, which has no Ctrl+D)."""
    app = ScreenHarness(Tags)
    async with app.run_test(size=(80, 24)) as pilot:
        app.set_keymap({"tags.remove": "ctrl+d"})
        screen = top(app, Tags)
        tags = screen.query_one(TagList)
        screen.query_one("#after").focus()
        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: isinstance(app.focused, TagRow), what="on the tags")
        type_at_once(app, "ctrl+d", "tab", *"GB")
        await wait_until(pilot, lambda: screen.query_one("#after").value == "GB", what="GB")
        await pilot.pause()
        assert tags.tags == ["the sea"], "Ctrl+D removed the tag it was typed on"


async def test_an_app_key_moved_by_the_keymap_works_when_typed_early() -> None:
    """Quit moved to Ctrl+X and typed while the story was on its way: it still quits (the app's
    own keys are never dropped, whichever key the player gave them)."""
    app = Quitting(lambda: Screen[None]())
    async with app.run_test(size=(80, 24)) as pilot:
        app.set_keymap({"harness.quit": "ctrl+x"})
        quit_key = events.Key("ctrl+x", None)  # typed before the story screen is made
        await app.push_screen(StoryScreen(title="The Lantern Coast"))
        await pilot.pause()
        app.post_message(quit_key)
        await wait_until(pilot, lambda: not app.is_running, what="Ctrl+X quits")
