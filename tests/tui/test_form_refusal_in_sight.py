"""A refused character says which fields to fix where the player is looking (issue 15, tui39).

At 80x24 the character form is far taller than the screen, and the sentence naming the fields
to fix ("Please fix Country: what is wrong is written under it.") sat at the top of the form,
out of sight once the form had scrolled to the first field in error. As the account form does
(tests/tui/test_refusal_in_sight.py), the sentence now stays in sight, the first field in error
has the focus and its own error line shows under it, in every mode at 80x24 and 100x30."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from tests.tui.conftest import ARIA, FIELD_ERRORS, SCHEMA, ScreenHarness, fresh, top, wait_until
from tests.tui.test_refusal_in_sight import settled
from tta_tui.screens.character_form import CharacterForm

pytestmark = pytest.mark.usefixtures("client_files")

COUNTRY = {"profile.country": FIELD_ERRORS["profile.country"]}
TRAITS = {"traits[0]": FIELD_ERRORS["traits[0]"]}


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
@pytest.mark.parametrize(
    ("fields", "focus", "named", "error"),
    [
        (COUNTRY, "#f-country", "Country", FIELD_ERRORS["profile.country"]),
        (TRAITS, "#f-traits .tag-input", "Personality traits", FIELD_ERRORS["traits[0]"]),
    ],
)
async def test_a_refused_character_names_its_fields_in_sight(
    fields: dict[str, str],
    focus: str,
    named: str,
    error: str,
    size: tuple[int, int],
    mode: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(ARIA)), plain=mode == "plain")
    async with app.run_test(size=size) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.posted(CharacterForm.Submitted), what="the save")
        form.show_errors(None, fields)
        await settled(pilot, f"Please fix {named}", error)
        field = form.query_one(focus, Widget)
        assert app.focused is field
        assert field.region.height > 0, "the focused field in sight"
