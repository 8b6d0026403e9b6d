"""The character form typed fast (issue 15; newcomer 19, who typed Tab, Left for he/him, Tab,
their appearance, Enter, their backstory, Enter in one go): every key acts on the field that
had the focus when it was typed, and no typed text is lost, split or moved to another field
(tta_tui/widgets/typed_keys.py)."""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.widgets import Input, TextArea

from tests.tui.conftest import SCHEMA, ScreenHarness, fresh, top
from tta_tui.screens.character_form import CharacterForm
from tta_tui.widgets.tag_list import TagList

pytestmark = pytest.mark.usefixtures("client_files")

APPEARANCE = "tall skinny, messy dyed green hair, hoodie w/ too many pins, uni student."
BACKSTORY = "grew up by the sea, moved to the city"


def burst(app: App[None], *keys: str) -> None:
    """Post every key at once (a fast typist, tmux send-keys): names of keys ("tab") or text,
    one key per character."""
    for key in keys:
        if key in {"tab", "left", "right", "enter", "backspace", "space"}:
            app.post_message(events.Key(key, {"tab": "\t", "enter": "\r"}.get(key)))
        else:
            for char in key:
                app.post_message(events.Key(_character_to_key(char), char))


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
async def test_a_burst_lands_field_by_field(size: tuple[int, int]) -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh({})))
    async with app.run_test(size=size) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        burst(app, "tab", "left", "tab", APPEARANCE, "enter", BACKSTORY, "enter")
        await pilot.wait_for_scheduled_animations()
        for _ in range(5):
            await pilot.pause()
        doc = form.document()
        assert doc["pronouns"] == "he/him", "Left on the pronouns, typed before the next Tab"
        assert doc["appearance"] == APPEARANCE
        assert doc["backstory"] == BACKSTORY
        assert doc["traits"] == []
        assert app.focused is form.query_one("#f-traits", TagList).entry


async def test_backspace_before_enter_mends_the_field_it_was_typed_in() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh({})))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        form.query_one("#f-appearance", TextArea).focus()
        await pilot.pause()
        burst(app, "tall!", "backspace", "enter", "from", "left", "left", "backspace", "enter")
        for _ in range(5):
            await pilot.pause()
        doc = form.document()
        assert doc["appearance"] == "tall"
        assert doc["backstory"] == "fom"


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_my_own_chosen_in_a_burst_does_not_take_the_keys_typed_after_tab(
    size: tuple[int, int],
) -> None:
    """Issue 15 ("typing fast after Tab misroutes text, cut"): Right to "My own" focuses the
    field for one's own pronouns, but that came after the keys typed with it: Tab had moved on
    to Appearance, its first letters landed there and the rest in the pronouns field, cut at
    20 characters. The focus goes there only while it is still on the pronouns."""
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh({})))
    async with app.run_test(size=size) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        burst(app, "Sam Reed", "tab", "right", "tab", APPEARANCE)
        await pilot.wait_for_scheduled_animations()
        for _ in range(5):
            await pilot.pause()
        doc = form.document()
        assert doc["name"] == "Sam Reed"
        assert doc["appearance"] == APPEARANCE
        assert form.query_one("#f-pronouns-custom", Input).value == ""
        assert app.focused is form.query_one("#f-appearance", TextArea)
