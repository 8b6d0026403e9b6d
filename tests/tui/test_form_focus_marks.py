"""Newcomer 12 (100x30, colour): after the goals, Tab took the focus "somewhere not visible
(no '>' marker anywhere)". At every Tab stop of the form, in colour, with NO_COLOR and in plain
mode, the screen as drawn shows where the focus is in characters: the field's label reads
"> Label" and is on screen, or the focused button reads "> Save <"; with tags, the row's
marked tag reads "> [tag ×] Del <"."""

from __future__ import annotations

import html
import re

import pytest

from tests.tui.conftest import SCHEMA, ScreenHarness, fresh
from tta_tui.screens.character_form import CharacterForm
from tta_tui.widgets.marks import CURSOR, FieldLabel, MarkedButton
from tta_tui.widgets.tag_list import TagRow

pytestmark = pytest.mark.usefixtures("client_files")
DOC = {"traits": ["anxious", "kind"], "profile": {"avoid_topics": ["spiders"]}}


def _screen_text(app: ScreenHarness) -> str:
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_every_tab_stop_of_the_form_shows_where_the_focus_is(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(DOC)), plain=mode == "plain")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CharacterForm)
        seen = set()
        for key in ["tab"] * 16 + ["shift+tab"] * 16:  # the tags: Shift+Tab reaches them
            await pilot.press(key)
            await pilot.pause()
            focused = app.focused
            assert focused is not None
            seen.add(focused.id or type(focused).__name__)
            shown = _screen_text(app)
            if isinstance(focused, MarkedButton):
                assert f"> {focused.plain_label.plain} <" in shown, focused.id
                continue
            [label] = [lab for lab in form.query(FieldLabel) if lab.field_focused]
            assert f"{CURSOR}{label.text}" in shown, f"{focused!r}: no '> {label.text}'"
            if isinstance(focused, TagRow):
                assert re.search(r"> \[\w+ ×\] Del <|> \[\w+\] remove: Del <", shown), (
                    "the marked tag"
                )
        assert {"f-goals", "f-intensity", "TagRow", "f-country", "save"} <= seen
