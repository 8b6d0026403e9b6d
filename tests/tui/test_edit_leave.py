"""Leaving an edited character asks first (issue 15; newcomer 25).

Escape on the Edit form went straight back to the characters and the changes were gone: an
edit is not kept as a draft (a new character's form is). With a change made, Escape now asks
("Leave without saving your changes to ...?", "Keep it" first); with none it leaves at once."""

from __future__ import annotations

from textual.widgets import Input

from tests.tui.test_play import PASSWORD, SIZE, log_in, screen_is, type_into
from tests.wire.client import Client, character
from tta_tui.app import TTAApp
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen, ConfirmScreen


async def test_escape_with_changes_asks_and_keeps_them_until_told(server_url: str) -> None:
    player = await Client.open(server_url)
    await player.ok("register", username="fay", password=PASSWORD)
    await player.ok("login", username="fay", password=PASSWORD)
    await player.ok("character.create", character=character("Fay Lorne"))
    await player.close()

    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=SIZE) as pilot:
        await log_in(pilot)
        await pilot.press("e")
        form: CharacterForm = await screen_is(pilot, CharacterForm, "the edit form")
        await pilot.press("escape")  # nothing changed: straight back
        await screen_is(pilot, CharactersScreen, "the characters, at once")

        await pilot.press("e")
        form = await screen_is(pilot, CharacterForm, "the edit form again")
        name = form.query_one("#f-name", Input)
        await type_into(pilot, name, "")
        await pilot.press("end", *" Jr")
        await pilot.pause()
        assert name.value == "Fay Lorne Jr"
        await pilot.press("escape")
        ask: ConfirmScreen = await screen_is(pilot, ConfirmScreen, "the question")
        assert "Leave without saving your changes to Fay Lorne Jr?" in ask.question
        await pilot.press("escape")  # Keep it: back in the form, the change still there
        form = await screen_is(pilot, CharacterForm, "back in the form")
        assert form.query_one("#f-name", Input).value == "Fay Lorne Jr"

        await pilot.press("escape")
        await screen_is(pilot, ConfirmScreen, "the question again")
        await pilot.click("#confirm-yes")
        characters: CharactersScreen = await screen_is(pilot, CharactersScreen, "left")
        assert [c.name for c in characters.characters] == ["Fay Lorne"]
        assert app.failures == []
