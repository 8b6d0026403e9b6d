"""A focus move that comes late never takes the focus back from where the player's keys have
moved it since (issue 15, tui37's item 6): Backspace in an empty tag line removes the last tag,
and once the row of tags was redrawn the line took the focus again, so with Backspace, Tab and
"GB" typed in one burst the focus went on to the next field and then back to the tags (the
letters typed meanwhile went to the field in between, the next ones into the tags). The line
takes the focus only from the row of tags that is gone."""

from __future__ import annotations

import pytest

from tests.tui.conftest import ARIA, fresh, type_at_once, wait_until
from tests.tui.test_form import form_on_screen
from tta_tui.widgets.tag_list import TagList, TagRow

pytestmark = pytest.mark.usefixtures("client_files")


async def test_backspace_then_tab_in_one_burst_leaves_the_focus_on_the_next_field() -> None:
    doc = fresh({**ARIA, "traits": ["kind"]})
    async with form_on_screen(doc=doc, size=(100, 30)) as (app, pilot, form):
        tags = form.query_one("#f-traits", TagList)
        tags.entry.focus()
        await pilot.pause()
        type_at_once(app, "backspace", "tab")
        await wait_until(pilot, lambda: tags.tags == [], what="the last tag removed")
        goals = form.query_one("#f-goals")
        await wait_until(pilot, lambda: app.focused is goals, what="Tab moved on")
        for _ in range(5):  # the removal's redraw and anything after it
            await pilot.pause()
        assert app.focused is goals, f"the focus stays where Tab put it: {app.focused}"


async def test_delete_on_the_last_tag_goes_back_to_the_tag_line() -> None:
    doc = fresh({**ARIA, "traits": ["kind"]})
    async with form_on_screen(doc=doc, size=(100, 30)) as (app, pilot, form):
        tags = form.query_one("#f-traits", TagList)
        tags.query_one(TagRow).focus()
        await pilot.pause()
        await pilot.press("delete")
        await wait_until(pilot, lambda: tags.tags == [], what="the last tag removed")
        await wait_until(pilot, lambda: app.focused is tags.entry, what="the row gone: the line")
        await pilot.press(*"calm")
        assert tags.entry.value == "calm"
