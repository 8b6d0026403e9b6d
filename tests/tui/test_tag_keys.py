"""The keys of a tag list (issue 15; newcomer 19): Backspace in the empty line removes the last
tag, as tag inputs usually do; Delete on a marked tag still removes that one."""

from __future__ import annotations

import pytest
from textual.app import ComposeResult

from tests.tui.conftest import ScreenHarness, top, wait_until
from tta_tui.screens.fresh_keys import FreshKeysScreen
from tta_tui.widgets.tag_list import TagList, TagRow
from tta_tui.widgets.text_field import TextField

pytestmark = pytest.mark.usefixtures("client_files")


class Tags(FreshKeysScreen):
    """A tag list and a field after it, nothing else."""

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
        tags = top(app, Tags).query_one(TagList)
        tags.query_one(TagRow).focus()
        await pilot.press("delete")
        await wait_until(pilot, lambda: tags.tags == ["the sea"], what="spiders removed")
