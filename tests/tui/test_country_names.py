"""The Country field takes what people type (issue 15): newcomer fresh28 typed "uk" and was
refused ("Use a two-letter country code such as US, GB, IE..."), and only when he saved. A
country's name or code in any case ("uk", "England", "USA", "Côte d'Ivoire", "gb") is taken as
its code, the line under the field says which country it was taken as, and words that name no
country are said when the field is left, in words that say what to type (no list of codes)."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError
from textual.widgets import Input, Static

from tests.tui.conftest import ARIA, FIELD_ERRORS, SCHEMA, ScreenHarness, fresh, top, wait_until
from tta_server.characters import COUNTRY_CODES, CharacterIn
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.countries import NAMES, country_code, folded
from tta_tui.screens.field_checks import country_problem
from tta_tui.widgets.error_line import ErrorLine

pytestmark = pytest.mark.usefixtures("client_files")
TYPED = {
    "uk": "GB", "UK": "GB", "The U.K.": "GB", "england": "GB", "Scotland": "GB", "WALES": "GB",
    "Northern Ireland": "GB", "united kingdom": "GB", "Great Britain": "GB", "gb": "GB",
    "United States": "US", "united states of america": "US", "USA": "US", "U.S.A.": "US",
    "us": "US", "America": "US", "ireland": "IE", "Éire": "IE", "brasil": "BR",
    "cote d'ivoire": "CI", "Côte d’Ivoire": "CI", "the netherlands": "NL", "Holland": "NL",
    "bosnia & herzegovina": "BA", "guinea bissau": "GW", "  New   Zealand ": "NZ",
}  # fmt: skip
CODES_LISTED = re.compile(r"\b[A-Z]{2}\b.*\b[A-Z]{2}\b")
"""Two codes in one message: a list of codes, which says nothing to most people."""


@pytest.mark.parametrize("code", sorted(COUNTRY_CODES))
def test_every_country_the_server_takes_is_taken_by_name_and_code(code: str) -> None:
    assert code in NAMES, f"{code} has no name"
    for typed in (code, code.lower(), *NAMES[code], *(n.upper() for n in NAMES[code])):
        assert country_code(typed) == code, typed


def test_no_name_stands_for_two_countries() -> None:
    seen: dict[str, str] = {}
    for code, names in NAMES.items():
        for name in (code, *names):
            assert seen.setdefault(folded(name), code) == code, name


@pytest.mark.parametrize(("typed", "code"), TYPED.items())
def test_what_people_type_is_taken_as_its_code(typed: str, code: str) -> None:
    assert country_code(typed) == code
    assert country_problem(typed, SCHEMA.limits, left=True) is None


@pytest.mark.parametrize("typed", ["Narnia", "B1", "Europe", "U", "xx"])
def test_words_that_name_no_country_say_what_to_type(typed: str) -> None:
    said = country_problem(typed, SCHEMA.limits, left=True) or ""
    assert said.startswith(f"'{typed}' is not a country we know.")
    assert "Type the country's name" in said and not CODES_LISTED.search(said)


def shown_error(form: CharacterForm, key: str) -> str | None:
    line = form.query_one(f"#err-{key}", ErrorLine)
    return line.message if line.display else None


def hint(form: CharacterForm) -> str:
    return str(form.query_one("#hint-country", Static).render())


async def test_uk_is_taken_as_gb_and_saved_so() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(ARIA)))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        field = form.query_one("#f-country", Input)
        field.focus()
        await pilot.press("ctrl+a", "u", "k", "tab")
        await pilot.pause()
        assert field.value == "uk", "what was typed stays as typed"
        assert shown_error(form, "country") is None
        assert hint(form).startswith("Taken as GB, United Kingdom")
        document = form.document()
        assert document["profile"]["country"] == "GB"
        assert CharacterIn.model_validate(document).profile.country == "GB"
        await pilot.press("ctrl+s")
        await pilot.pause()
        [saved] = app.posted(CharacterForm.Submitted)
        assert saved.document["profile"]["country"] == "GB"


async def test_a_country_we_do_not_know_is_said_on_leaving_the_field() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(ARIA)))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        field = form.query_one("#f-country", Input)
        field.focus()
        await pilot.press("ctrl+a", *"Narnia")
        await pilot.pause(0.8)  # past the typing check's pause: a name being typed is no error
        assert shown_error(form, "country") is None
        await pilot.press("tab")  # leaving the field says it, with no save
        await wait_until(pilot, lambda: shown_error(form, "country") is not None, what="error")
        said = shown_error(form, "country") or ""
        assert said.startswith("'Narnia' is not a country we know.") and "Type" in said
        assert app.posted(CharacterForm.Submitted) == []
        assert "United Kingdom, UK or GB" in hint(form), "the line under it says what to type"
        with pytest.raises(ValidationError):  # sent as typed, the server refuses it too
            CharacterIn.model_validate(form.document())
        field.focus()
        await pilot.press("ctrl+a", *"Wales")
        await pilot.pause()
        assert shown_error(form, "country") is None, "gone as soon as fixed"


async def test_the_servers_refusal_of_a_country_is_said_in_the_forms_words() -> None:
    doc = fresh(ARIA)
    doc["profile"]["country"] = "Narnia"
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=doc))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        form.show_errors(None, {"profile.country": FIELD_ERRORS["profile.country"]})
        await pilot.pause()
        said = shown_error(form, "country") or ""
        assert said.startswith("'Narnia' is not a country we know.")
        assert not CODES_LISTED.search(said)
