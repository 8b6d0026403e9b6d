"""Every tag of a tag list is shown whole, never cut at its end, at 80 and 120 columns, plain
or not, with the row's cursor on it or not (issue 15, newcomer 30: "funny, sarcastic, kinda
anxious" showed "[kinda anxiou ×]"; the row was three equal columns, each tag cut to fit)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import ARIA, SCHEMA, ScreenHarness, fresh, top, wait_until
from tta_tui.screens.character_form import CharacterForm
from tta_tui.widgets.tag_list import TagList, TagRow

pytestmark = pytest.mark.usefixtures("client_files")

LONGEST_TRAIT = "x" * 30  # the longest a trait may be (tta_server/protocol/character.py)
TRAITS = [
    ["funny", "sarcastic", "kinda anxious"],
    ["kind", "quiet", "a bit too honest sometimes", "curious", LONGEST_TRAIT],
]
SIZES = [(80, 24), (110, 34), (120, 40)]


def shown_rows(pilot: Pilot[Any]) -> list[str]:
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


async def tags_in_sight(pilot: Pilot[Any], tags: TagList, traits: list[str], marked: bool) -> None:
    row = tags.query_one(TagRow)
    await wait_until(pilot, lambda: len(row.children) == len(traits), what="the tags drawn")
    if marked:
        row.focus()
    else:
        tags.entry.focus()
    await pilot.pause()
    row.scroll_visible(immediate=True)
    await pilot.pause()


@pytest.mark.parametrize("plain", [False, True], ids=["colour", "plain"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("traits", TRAITS, ids=["newcomer30", "long"])
async def test_every_tag_is_shown_whole(
    traits: list[str], size: tuple[int, int], plain: bool
) -> None:
    doc = fresh({**ARIA, "traits": traits})
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=doc, plain=plain), plain=plain)
    width = size[0]
    async with app.run_test(size=size) as pilot:
        form = top(app, CharacterForm)
        tags = form.query_one("#f-traits", TagList)
        await tags_in_sight(pilot, tags, traits, marked=False)
        rows = shown_rows(pilot)
        for trait in traits:
            label = f"[{trait}] remove" if plain else f"[{trait} ×]"
            assert any(label in r for r in rows), f"{label} whole at {width}: {rows}"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_marked_tag_is_shown_whole(size: tuple[int, int]) -> None:
    """With the row's cursor on it, a tag's longer label ("> [kinda anxious ×] Del <") is
    whole too: on the first tag, then the last, the longest."""
    traits = TRAITS[1]
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh({**ARIA, "traits": traits})))
    async with app.run_test(size=size) as pilot:
        form = top(app, CharacterForm)
        tags = form.query_one("#f-traits", TagList)
        await tags_in_sight(pilot, tags, traits, marked=True)
        assert any(f"> [{traits[0]} ×] Del <" in r for r in shown_rows(pilot))
        await pilot.press(*["right"] * (len(traits) - 1))
        await pilot.pause()
        rows = shown_rows(pilot)
        assert any(f"> [{traits[-1]} ×] Del <" in r for r in rows), rows
