"""The new-character form says when it keeps what was typed: Esc closes it with a toast that
the draft is kept, and the form opens on that draft with a toast that it is as left. Newcomer
16 pressed Esc, thought all was lost, typed everything again into the kept fields and got
"MaggieMaggie" (play corpus 16). An empty form closes and opens without a word."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.conftest import wait_until
from tests.tui.test_play import SIZE, _draft, register, screen_is, type_into
from tta_tui.account_flow import DRAFT_KEPT, DRAFT_OPENED
from tta_tui.app import TTAApp
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen


def _said(pilot: Pilot[Any]) -> list[str]:
    return [str(n.message) for n in pilot.app._notifications]


async def test_escape_keeps_the_draft_and_says_so_both_ways(server_url: str) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "maggie")
        await pilot.press("n")
        await screen_is(pilot, CharacterForm, "the character form")
        await pilot.press("escape")  # nothing typed: no word of a draft
        await screen_is(pilot, CharactersScreen, "back to the characters")
        await pilot.press("n")
        form: CharacterForm = await screen_is(pilot, CharacterForm, "the character form")
        assert DRAFT_KEPT not in _said(pilot) and DRAFT_OPENED not in _said(pilot)

        await type_into(pilot, form.query_one("#f-name", Input), "Maggie")
        await wait_until(
            pilot, lambda: (_draft(pilot) or {}).get("name") == "Maggie", what="the draft saved"
        )
        await pilot.press("escape")
        await screen_is(pilot, CharactersScreen, "back to the characters")
        await wait_until(pilot, lambda: DRAFT_KEPT in _said(pilot), what="the kept toast")

        await pilot.press("n")
        form = await screen_is(pilot, CharacterForm, "the character form")
        await wait_until(pilot, lambda: DRAFT_OPENED in _said(pilot), what="the opened toast")
        assert form.query_one("#f-name", Input).value == "Maggie"
