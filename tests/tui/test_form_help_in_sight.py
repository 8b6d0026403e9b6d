"""The character form keeps the focused field's help in sight with it. At 80x24 the form
scrolled only the focused box into view, at the bottom of the form, so its help under it was
hidden exactly while it was needed: newcomer 24 (fresh24) never saw "Tick 1 to 5 with Space or
Enter." while in the goals, nor "Enter moves on.", nor the trait tags he had just added. Tab
through the whole form: each field's label, the field and its counter, help and error lines
show; the tags added show too."""

from __future__ import annotations

from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Static

from tests.tui.conftest import SCHEMA, ScreenHarness, top, wait_until
from tta_tui.screens.character_form import CharacterForm
from tta_tui.widgets.marks import FieldLabel
from tta_tui.widgets.tag_list import TagList

pytestmark = pytest.mark.usefixtures("client_files")


def group(form: CharacterForm) -> list[Widget]:
    """The focused field's part of the form: its label, the field, and the lines under it
    (counter, help, error) up to the next label."""
    body = form.query_one("#form-body", VerticalScroll)
    focused = form.focused
    assert focused is not None
    top_level = next(w for w in (focused, *focused.ancestors) if w.parent is body)
    children = list(body.children)
    at = children.index(top_level)
    start = at
    while start > 0 and not isinstance(children[start], FieldLabel):
        start -= 1
    end = at + 1
    while end < len(children) and not isinstance(children[end], FieldLabel):
        end += 1
    return [w for w in children[start:end] if w.display and w.virtual_region.height]


def out_of_sight(form: CharacterForm) -> list[str]:
    body = form.query_one("#form-body", VerticalScroll)
    seen = Region(0, round(body.scroll_y), body.virtual_size.width, body.scrollable_size.height)
    return [
        w.id or type(w).__name__ for w in group(form) if not seen.contains_region(w.virtual_region)
    ]


async def settled_in_sight(pilot: Pilot[Any], form: CharacterForm, what: str) -> None:
    await wait_until(pilot, lambda: not out_of_sight(form), within=2, what=what)


async def test_tab_through_the_form_shows_each_field_with_its_help() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        visited = []
        while not isinstance(form.focused, Button):
            await pilot.press("tab")
            await pilot.pause()
            if isinstance(form.focused, Button):
                break
            label = next(w.id for w in group(form) if isinstance(w, FieldLabel))
            visited.append(label)
            await settled_in_sight(pilot, form, f"{label} with its help")
        assert "label-goals" in visited and "label-coaching" in visited


async def test_tags_added_show_under_the_traits_with_the_help() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        traits = form.query_one("#f-traits", TagList)
        form.query_one("#f-backstory").focus()
        await pilot.pause()
        await pilot.press("tab")  # on to the traits, as newcomer 24 came
        await pilot.pause()
        assert form.focused is traits.query_one(".tag-input")
        for trait in ("patient", "practical", "kind"):
            await pilot.press(*trait, "enter")
            await pilot.pause()
        assert traits.tags == ["patient", "practical", "kind"]
        await settled_in_sight(pilot, form, "the tags and the help")
        hint = form.query_one("#hint-traits", Static)
        assert hint in group(form)
