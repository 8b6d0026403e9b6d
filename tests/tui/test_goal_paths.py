"""Issue 15 (a newcomer): "Space pressed twice ticked nothing" in the character form's goals.
Every way a person reaches the goals list (Tab from the field before, Shift+Tab from the one
after, Tab all the way from the name, a click, the focus a refused save puts there, a resize
while there), at 80x24 and 110x34, in colour, with NO_COLOR and in plain mode: Space ticks the
goal under the ">" and the screen as drawn shows "[x]" on it; Down then Space ticks a second;
Space again on it unticks it. (Space twice on one goal ticks and unticks it, as Space does on
any tick box.) One way failed: the goals taking the focus while the form still scrolled for the
field before, the focus was moved back up (the last test)."""

from __future__ import annotations

import html
import re

import pytest
from textual.widgets import Input

from tests.tui.conftest import SCHEMA, ScreenHarness, fresh, top
from tta_tui.screens.character_form import CharacterForm
from tta_tui.widgets.marks import CURSOR, TickList

pytestmark = pytest.mark.usefixtures("client_files")

GOALS = [g.id for g in SCHEMA.goals]
LABELS = {g.id: g.label for g in SCHEMA.goals}
GOALS_REFUSED = {"profile.goals": "Choose 1 to 5 goals."}
WAYS = ["tab", "shift+tab", "tab from the name", "click", "refused save", "resize"]


def drawn(app: ScreenHarness) -> str:
    """The screen as drawn, in characters."""
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


def tick_shown(app: ScreenHarness, goal: str) -> str | None:
    """How the goal's row is drawn: "[x]" or "[ ]" (None: not on the screen)."""
    found = re.search(r"(\[[x ]\]) ?" + re.escape(LABELS[goal]), drawn(app))
    return found.group(1) if found else None


@pytest.mark.parametrize("mode", ["colour", "nocolor", "plain"])
@pytest.mark.parametrize("size", [(80, 24), (110, 34)], ids=["80x24", "110x34"])
@pytest.mark.parametrize("way", WAYS)
async def test_space_ticks_the_goal_under_the_cursor_however_the_list_was_reached(
    way: str, size: tuple[int, int], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    doc = {"name": "Sam the Caretaker", "traits": ["patient"]}
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(doc)), plain=mode == "plain")
    async with app.run_test(size=size) as pilot:
        form = top(app, CharacterForm)
        goals = form.query_one("#f-goals", TickList)
        await pilot.pause()
        if way == "tab":
            form.query_one("#f-traits .tag-input", Input).focus()
            await pilot.pause()
            await pilot.press("tab")
        elif way == "shift+tab":
            form.query_one("#f-intensity").focus()
            await pilot.pause()
            await pilot.press("shift+tab")
        elif way == "tab from the name":
            for _ in range(12):
                if app.focused is goals:
                    break
                await pilot.press("tab")
                await pilot.pause()
        elif way == "click":
            goals.scroll_visible(animate=False)
            await pilot.pause()
            assert await pilot.click(goals, offset=(8, 0))
        elif way == "refused save":
            form.show_errors(None, GOALS_REFUSED)
        elif way == "resize":
            form.query_one("#f-traits .tag-input", Input).focus()
            await pilot.pause()
            await pilot.press("tab")
            await pilot.pause()
            other = (110, 34) if size == (80, 24) else (80, 24)
            await pilot.resize_terminal(*other)
            await pilot.pause()
            await pilot.resize_terminal(*size)
        await pilot.pause()
        await pilot.pause()
        assert app.focused is goals, f"the focus is on {app.focused!r}"
        assert goals.highlighted is not None, "no goal under the cursor"
        under = GOALS[goals.highlighted]
        assert form.document()["profile"]["goals"] == [], "reaching the list ticks nothing"
        assert tick_shown(app, under) == "[ ]"
        assert f"{CURSOR}What would you like to practise?" in drawn(app)

        await pilot.press("space")
        await pilot.pause()
        assert form.document()["profile"]["goals"] == [under]
        assert tick_shown(app, under) == "[x]"

        await pilot.press("down", "space")
        await pilot.pause()
        second = GOALS[goals.highlighted]
        assert second != under
        assert form.document()["profile"]["goals"] == [under, second]
        assert tick_shown(app, second) == "[x]"

        await pilot.press("space")
        await pilot.pause()
        assert form.document()["profile"]["goals"] == [under]
        assert tick_shown(app, second) == "[ ]" and tick_shown(app, under) == "[x]"


@pytest.mark.parametrize("size", [(80, 24), (110, 34)], ids=["80x24", "110x34"])
async def test_a_scroll_ending_before_the_goals_own_keeps_the_focus_on_them(
    size: tuple[int, int],
) -> None:
    """The goals take the focus while the form is still scrolling for the field before (the
    traits' entry, then Tab at once): that scroll ends before the goals' own, with the goals
    out of sight. The focus stays on the goals, which then come into sight, and Space ticks
    one. (The form used to move the focus to the first field in sight, Backstory, where Space
    typed a blank: 3 runs in 6 at 110x34 with the entry focused, then Tab.)"""
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh({"name": "Sam"})))
    async with app.run_test(size=size) as pilot:
        form = top(app, CharacterForm)
        goals = form.query_one("#f-goals", TickList)
        body = form.query_one("#form-body")
        await pilot.pause()
        form.set_focus(goals)  # its own scroll comes after the next refresh
        body.scroll_to(y=1, animate=False, immediate=True)  # the scroll before ends here
        assert app.focused is goals
        await pilot.pause()
        await pilot.pause()
        assert app.focused is goals
        assert f"{CURSOR}What would you like to practise?" in drawn(app)
        await pilot.press("space")
        await pilot.pause()
        assert form.document()["profile"]["goals"] == [GOALS[0]]
        assert tick_shown(app, GOALS[0]) == "[x]"
