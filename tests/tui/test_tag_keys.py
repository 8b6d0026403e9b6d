"""The keys of a tag list (issue 15; newcomer 19): Backspace in the empty line removes the last
tag, as tag inputs usually do; Delete on a marked tag still removes that one."""

from __future__ import annotations

from typing import ClassVar

import pytest
from textual.app import ComposeResult
from textual.binding import BindingType

from tests.tui.conftest import ScreenHarness, top, wait_until
from tta_tui.screens.form_keys import field_tab_bindings
from tta_tui.screens.fresh_keys import FreshKeysScreen
from tta_tui.widgets.tag_list import TagList, TagRow
from tta_tui.widgets.text_field import TextField

pytestmark = pytest.mark.usefixtures("client_files")


class Tags(FreshKeysScreen):
    """A tag list and a field after it, with the form's Tab keys."""

    BINDINGS: ClassVar[list[BindingType]] = [*field_tab_bindings("tags")]

    def compose(self) -> ComposeResult:
        yield TagList(["spiders", "the sea"], id="tags")
        yield TextField(id="after")


async def test_backspace_in_the_empty_line_removes_the_last_tag() -> None:
    app = ScreenHarness(Tags)
    async with app.run_test(size=(80, 24)) as pilot:
        tags = top(app, Tags).query_one(TagList)
        tags.entry.focus()
        await pilot.press(*"ab", "backspace", "backspace")
        await pilot.pause()
        assert tags.tags == ["spiders", "the sea"], "Backspace first empties the line"
        assert tags.entry.value == ""
        await pilot.press("backspace")
        await wait_until(pilot, lambda: tags.tags == ["spiders"], what="the sea removed")
        assert app.focused is tags.entry, "still typing tags"
        await pilot.press("backspace")
        await wait_until(pilot, lambda: tags.tags == [], what="spiders removed")
        await pilot.press("backspace")
        await pilot.pause()
        assert tags.tags == [] and app.focused is tags.entry


async def test_delete_on_a_marked_tag_removes_that_one() -> None:
    app = ScreenHarness(Tags)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, Tags)
        tags = screen.query_one(TagList)
        screen.query_one("#after").focus()
        await pilot.press("shift+tab", "delete")
        await wait_until(pilot, lambda: tags.tags == ["the sea"], what="spiders removed")


async def test_tab_from_the_line_goes_to_the_next_field_and_typing_never_vanishes() -> None:
    """Newcomer 19: Tab after a tag went to the tags, and the "GB" typed next went into the
    "spiders" tag and vanished. Tab goes on to the next field; Shift+Tab back reaches the tags;
    a letter typed there goes to the tag line."""
    app = ScreenHarness(Tags)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, Tags)
        tags = screen.query_one(TagList)
        after = screen.query_one("#after", TextField)
        tags.entry.focus()
        await pilot.press(*"moths", "enter", "tab", *"GB")
        await pilot.pause()
        assert tags.tags == ["spiders", "the sea", "moths"]
        assert after.value == "GB", "the next field took the typing"
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is tags.query_one(TagRow), "Shift+Tab reaches the tags"
        await pilot.press(*"bees")
        await pilot.pause()
        assert app.focused is tags.entry and tags.entry.value == "bees"
        assert tags.tags == ["spiders", "the sea", "moths"]
        await pilot.press("tab")
        assert app.focused is after, "Tab from the line again skips the tags"
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is tags.entry, "Shift+Tab from the tags goes to the line"


@pytest.mark.parametrize(
    ("typed", "tags"),
    [
        ("Kind, patient and curious", ["Kind", "patient", "curious"]),
        ("anxious / chatty / kind", ["anxious", "chatty", "kind"]),
        ("spiders & deep water; fire", ["spiders", "deep water", "fire"]),
        ("brandon", ["brandon"]),  # "and" inside a word is no break
    ],
)
async def test_one_line_with_several_tags_adds_each(typed: str, tags: list[str]) -> None:
    # Newcomer 29 typed "Kind, patient and curious" and got two traits, the second
    # "patient and curious".
    app = ScreenHarness(Tags)
    async with app.run_test(size=(80, 24)) as pilot:
        box = top(app, Tags).query_one(TagList)
        await box.set_tags([])
        box.entry.focus()
        await pilot.press(*typed, "enter")
        await wait_until(pilot, lambda: box.tags == tags, what=f"{tags} added")
