"""Several tags typed on one line are each held to a tag's length, not the line to it (issue 15,
newcomer 30: "funny, sarcastic, kinda anxious" and Enter gave "[kinda anxiou ×]": the line
itself took at most 30 characters, a trait's most, so the 31st, the last "s", was never typed).
A tag longer than that is not added: it stays in the line, and a sentence says why."""

from __future__ import annotations

import pytest

from tests.tui.conftest import ARIA, fresh, wait_until
from tests.tui.test_form import form_on_screen
from tta_server.protocol.character import TRAIT_MAX_CHARS
from tta_tui.widgets.tag_list import TagList

pytestmark = pytest.mark.usefixtures("client_files")


async def test_three_traits_on_one_line_longer_than_one_trait_are_whole() -> None:
    line = "funny, sarcastic, kinda anxious"
    assert len(line) > TRAIT_MAX_CHARS
    async with form_on_screen(doc=fresh({**ARIA, "traits": []}), size=(80, 24)) as (
        _,
        pilot,
        form,
    ):
        tags = form.query_one("#f-traits", TagList)
        tags.entry.focus()
        await pilot.pause()
        await pilot.press(*line, "enter")
        await wait_until(pilot, lambda: len(tags.tags) == 3, what=f"three traits: {tags.tags}")
        assert tags.tags == ["funny", "sarcastic", "kinda anxious"]


async def test_a_trait_too_long_stays_in_the_line_and_says_why() -> None:
    long = "x" * (TRAIT_MAX_CHARS + 1)
    async with form_on_screen(doc=fresh({**ARIA, "traits": []}), size=(80, 24)) as (
        app,
        pilot,
        form,
    ):
        tags = form.query_one("#f-traits", TagList)
        tags.entry.focus()
        await pilot.pause()
        await pilot.press(*f"kind, {long}", "enter")
        await wait_until(pilot, lambda: tags.tags == ["kind"], what=f"kind only: {tags.tags}")
        assert tags.entry.value == long, "the long one kept, to be shortened"
        said = [n.message for n in app._notifications]
        assert any(f"at most {TRAIT_MAX_CHARS} characters" in m for m in said), said
