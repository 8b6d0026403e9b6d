"""A refusal's words are true without colour. The server says "Please fix the highlighted
fields."; newcomer 24 (fresh24, NO_COLOR) saw nothing highlighted, only the error under the
field. The login and the character form name the fields to fix and say where what is wrong is
written, in every mode."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from tests.tui.conftest import wait_until
from tests.tui.test_play import connected_login, register, screen_is, type_into
from tta_tui.app import TTAApp
from tta_tui.screens.character_form import CharacterForm
from tta_tui.widgets.error_line import ErrorLine

pytestmark = pytest.mark.usefixtures("client_files")


def words(widget: Static) -> str:
    """The words of a line (an error line's without its mark, test_error_lines.py)."""
    return widget.message if isinstance(widget, ErrorLine) else str(widget.render())


async def test_a_short_password_says_which_field_and_where(
    server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = TTAApp([server_url])
    async with app.run_test(size=(80, 24)) as pilot:
        login = await connected_login(pilot)
        await pilot.press("ctrl+r")
        await type_into(pilot, login.query_one("#username", Input), "sam_caretaker")
        await type_into(pilot, login.query_one("#password", Input), "abc123")
        await type_into(pilot, login.query_one("#password2", Input), "abc123")
        await pilot.press("enter")
        box = login.query_one("#login-message", Static)
        await wait_until(pilot, lambda: box.display, what="the refusal")
        assert words(box) == "Please fix Password: what is wrong is written under it."
        assert "10" in words(login.query_one("#err-password", Static))


async def test_a_name_with_a_digit_says_which_field_and_where(server_url: str) -> None:
    app = TTAApp([server_url], plain=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await register(pilot, "sam")
        await pilot.press("n")
        form: CharacterForm = await screen_is(pilot, CharacterForm, "the character form")
        await type_into(pilot, form.query_one("#f-name", Input), "Sam the Caretaker 2")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: "name" in form.errors, what="the name refused")
        top = words(form.query_one("#form-message", Static))
        assert "highlighted" not in top
        assert top.startswith("Please fix Name")
        assert "what is wrong is written under" in top
        assert form.query_one("#err-name", Static).display
