"""Ctrl+U empties a text field up to the cursor (the readline convention) in every text field of
the client, and a refused form puts the focus, in sight, on the first field in error, where
Ctrl+U empties it whole (issue 15, newcomer 30: "Ctrl+U did not clear a field; I had to spam
Backspace", after a refused account whose focus "stayed somewhere I couldn't see").

tui37 found nothing of the client's that takes Ctrl+U from a field (Textual's Input binds it to
delete_left_all, its TextArea to the start of the line): these tests hold it so, in each field,
with the cursor inside the text, so a binding that steals the key, or a field that stops taking
it, fails here."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.conftest import (
    ARIA,
    SCHEMA,
    URL,
    ScreenHarness,
    fresh,
    story_on_screen,
    top,
    wait_until,
)
from tta_server.protocol.errors import ErrorCode
from tta_tui.net import ServerError
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


async def _ctrl_u_mid_text(pilot: Pilot[Any], box: Input) -> None:
    """Type "abc|def" (the cursor after "abc"), Ctrl+U: "def" is left, the cursor at its start."""
    box.focus()
    await pilot.pause()
    await pilot.press("ctrl+a", *"abcdef", "left", "left", "left", "ctrl+u")
    await wait_until(pilot, lambda: box.value == "def", what=f"{box.id}: {box.value!r}")
    assert box.cursor_position == 0
    await pilot.press("end", "ctrl+u")
    await wait_until(pilot, lambda: box.value == "", what=f"{box.id} emptied: {box.value!r}")


@pytest.mark.parametrize("field", ["#username", "#password", "#password2"])
async def test_ctrl_u_in_the_login_s_fields(field: str) -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        await pilot.press("ctrl+r")  # creating an account: "Password again" shows
        await pilot.pause()
        await _ctrl_u_mid_text(pilot, login.query_one(field, Input))


@pytest.mark.parametrize(
    "field",
    ["#f-name", "#f-pronouns-custom", "#f-country", "#f-traits .tag-input", "#f-avoid .tag-input"],
)
async def test_ctrl_u_in_the_character_form_s_fields(field: str) -> None:
    doc = fresh({**ARIA, "pronouns": "xe/xem"})  # "My own": its field takes typing
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=doc))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        await _ctrl_u_mid_text(pilot, form.query_one(field, Input))


async def test_ctrl_u_in_the_story_s_line() -> None:
    async with story_on_screen() as (pilot, screen):
        await _ctrl_u_mid_text(pilot, screen.query_one("#command-input", Input))


@pytest.mark.parametrize(
    ("fields", "first"),
    [
        ({"username": "Use 3 to 32 characters.", "password": "Use 10 to 256."}, "#username"),
        ({"password": "The password must not contain the user name."}, "#password"),
    ],
)
async def test_a_refused_account_focuses_the_first_field_in_error_in_sight(
    fields: dict[str, str], first: str
) -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        await pilot.press("ctrl+r", *"aisha.k", "tab", *"aisha123", "enter", *"aisha123")
        await pilot.press("enter")
        await pilot.pause()
        [sent] = app.posted(LoginScreen.Submitted)
        assert sent.register
        refusal = ServerError(ErrorCode.INVALID_FIELDS, "Some fields are invalid.", fields)
        assert login.show_refusal(refusal)
        box = login.query_one(first, Input)
        await wait_until(pilot, lambda: app.focused is box, what=f"the focus on {first}")
        for _ in range(3):  # the form's scroll, after a refresh
            await pilot.pause()
        form = login.query_one("#login-form")
        assert form.region.contains_region(box.region), "the field in error is in sight"
        label = login.query_one(f"#label-{first[1:]}")
        assert str(label.render()).startswith("> "), "its label says it has the focus"
        await pilot.press("ctrl+u")
        await wait_until(pilot, lambda: box.value == "", what=f"Ctrl+U empties {first}")
