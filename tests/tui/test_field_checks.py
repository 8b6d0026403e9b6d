"""Field errors while typing (newcomer audit at 80x24: a digit in the name was reported only on
Save): a problem is said under its field after a short pause in the typing or on leaving the
field, and goes as soon as it is fixed. The checks say nothing the server would accept."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from textual.widgets import Input

from tests.tui.conftest import SCHEMA, ScreenHarness, top, wait_until
from tta_server.characters import CharacterIn
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.countries import country_code
from tta_tui.screens.field_checks import country_problem, name_problem
from tta_tui.widgets.error_line import ErrorLine

pytestmark = pytest.mark.usefixtures("client_files")
VALID = {"name": "Ab", "traits": ["kind"], "profile": {"goals": ["mindfulness"]}}


def shown_error(form: CharacterForm, key: str) -> str | None:
    line = form.query_one(f"#err-{key}", ErrorLine)
    return line.message if line.display else None


def server_accepts(**fields: object) -> bool:
    doc = {**VALID, **fields}
    try:
        CharacterIn.model_validate(doc)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize(
    "name",
    ["Aria", "R2-D2", "Zoë", "José Ortega", "O'Brien", "A", "..", "Li Wei 3", "Jo_Jo", "Ana!",
     "Ngozi-Adaeze", "x" * 41, "Ré.  ", "  Al  "],
)  # fmt: skip
def test_the_name_check_agrees_with_the_server(name: str) -> None:
    problem = name_problem(name, SCHEMA.limits, left=True)
    assert (problem is None) == server_accepts(name=name), problem


@pytest.mark.parametrize("plain", [False, True])
async def test_a_digit_in_the_name_is_said_while_typing_and_goes_when_fixed(plain: bool) -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA), plain=plain)
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        assert app.focused is form.query_one("#f-name", Input)
        await pilot.press(*"Ari4")
        await wait_until(pilot, lambda: shown_error(form, "name") is not None, what="the error")
        assert "'4'" in (shown_error(form, "name") or "")
        assert app.posted(CharacterForm.Submitted) == [], "no Save needed"
        await pilot.press("backspace")
        await pilot.pause()
        assert shown_error(form, "name") is None, "gone as soon as fixed"
        await pilot.press("a", "tab")
        await pilot.pause()
        assert shown_error(form, "name") is None


async def test_a_short_name_is_said_on_leaving_the_field_only() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        # while typing, a short name is no problem (so no check is waiting to say one) ...
        assert name_problem("A", SCHEMA.limits, left=False) is None
        await pilot.press("A", "4")
        await wait_until(pilot, lambda: shown_error(form, "name") is not None, what="the error")
        await pilot.press("backspace")  # ... and the digit's error goes at once, "A" left
        await pilot.pause()
        assert shown_error(form, "name") is None
        await pilot.press("tab")
        await wait_until(pilot, lambda: shown_error(form, "name") is not None, what="the error")
        assert shown_error(form, "name") == "Use 2 to 40 characters for the name."


@pytest.mark.parametrize(
    "country", ["BR", "br", " gb ", "Brasil", "B1", "G", "Deutschland", "uk", "Narnia"]
)
def test_the_country_check_refuses_only_what_the_server_refuses(country: str) -> None:
    """As the form sends it: a country's name as its code (tta_tui/screens/countries.py)."""
    problem = country_problem(country, SCHEMA.limits, left=True)
    sent = country_code(country) or country
    assert (problem is None) == server_accepts(profile={**VALID["profile"], "country": sent})


async def test_a_country_typed_by_name_is_kept_and_taken_as_its_code() -> None:
    """'Brasil' was silently cut to 'Br' (room for two letters only); later it was refused with
    "type the code"; now it is Brazil (test_country_names.py)."""
    app = ScreenHarness(lambda: CharacterForm(SCHEMA))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        field = form.query_one("#f-country", Input)
        field.focus()
        await pilot.press(*"Brasil")
        assert field.value == "Brasil", "every letter typed is taken"
        await pilot.press("tab")
        await pilot.pause()
        assert shown_error(form, "country") is None
        assert form.document()["profile"]["country"] == "BR"
