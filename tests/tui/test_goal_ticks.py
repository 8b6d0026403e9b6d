"""Issue 15, newcomer 17: Space once failed to tick a goal in the character form. A click on a
goal ticked it at once, so the Space pressed after it (as the hint under the list says) took the
tick away again. The goals tick with Space and Enter however the list got the focus (Tab, a
click, after typing in another field); the first click into the list puts the cursor on the goal
clicked, as Tab does, and the tick shows as "[x]" without colour."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import SCHEMA
from tests.tui.test_form import form_on_screen
from tta_tui.widgets.marks import CURSOR, TickList

FIRST, SECOND = SCHEMA.goals[0].id, SCHEMA.goals[1].id


@pytest.mark.parametrize("key", ["space", "enter"])
@pytest.mark.parametrize("how", ["tab", "click", "typed then click", "typed then tab"])
async def test_the_key_after_reaching_the_goals_ticks_one(how: str, key: str) -> None:
    async with form_on_screen(size=(80, 24)) as (app, pilot, form):
        goals = form.query_one("#f-goals", TickList)
        traits = form.query_one("#f-traits .tag-input", Input)
        if how.startswith("typed"):
            form.query_one("#f-name", Input).focus()
            await pilot.press("B", "o", "b")
        goals.scroll_visible(animate=False)
        await pilot.pause()
        if how.endswith("click"):
            assert await pilot.click(goals, offset=(8, 2))  # the second goal's row
            target = SECOND
        else:
            traits.focus()
            await pilot.press("tab")  # from the traits (none yet: no chips to pass)
            target = FIRST
        await pilot.pause()
        assert app.focused is goals
        assert form.document()["profile"]["goals"] == [], "reaching the list ticks nothing"
        await pilot.press(key)
        await pilot.pause()
        assert form.document()["profile"]["goals"] == [target]
        row = goals.render_line(0 if target == FIRST else 1).text
        assert row.startswith(CURSOR + "[x]"), row
        await pilot.press(key)
        await pilot.pause()
        assert form.document()["profile"]["goals"] == []
        assert goals.render_line(0 if target == FIRST else 1).text.startswith(CURSOR + "[ ]")


async def test_a_click_on_the_focused_list_ticks_the_goal_clicked() -> None:
    async with form_on_screen(size=(80, 24)) as (_, pilot, form):
        goals = form.query_one("#f-goals", TickList)
        goals.scroll_visible(animate=False)
        await pilot.pause()
        assert await pilot.click(goals, offset=(8, 2))
        await pilot.pause()
        assert form.document()["profile"]["goals"] == []
        assert await pilot.click(goals, offset=(8, 2))
        await pilot.pause()
        assert form.document()["profile"]["goals"] == [SECOND]
        assert await pilot.click(goals, offset=(8, 1))
        await pilot.pause()
        assert form.document()["profile"]["goals"] == [SECOND, FIRST]


async def test_the_hint_under_the_goals_names_both_keys_that_tick() -> None:
    """A newcomer read "Tick 1 to 5 with Space." and did not know Enter ticks too (and so ticked
    a goal with an Enter meant for the next field)."""
    async with form_on_screen(size=(80, 24)) as (_, pilot, form):
        await pilot.pause()
        hint = str(form.query_one("#hint-goals").render())
        assert "Space or Enter" in hint, hint
