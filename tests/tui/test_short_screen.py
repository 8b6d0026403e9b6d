"""At 80x24 the story keeps the rows (issue 15, newcomer 16: "the long replies left very
little of the story visible"). Under 30 rows the typing line is one row, without its box,
a bar on its left while it has the focus (drawn without colour too): two more rows of the
story. From 30 rows up it keeps its box."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import story_on_screen

pytestmark = pytest.mark.usefixtures("client_files")


def rows(pilot: Pilot[Any]) -> list[str]:
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_at_80x24_the_typing_line_is_one_row_and_says_it_has_the_focus(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    async with story_on_screen((80, 24), plain=mode == "plain") as (pilot, screen):
        line = screen.command_input
        log = screen.story_log
        line.focus()
        await pilot.pause()
        assert line.region.height == 1, f"the typing line takes {line.region.height} rows"
        assert log.region.height >= 16, f"the story has {log.region.height} rows"
        shown = rows(pilot)[line.region.y]
        mark = shown[line.region.x]
        assert mark in "▌┃|", f"the focus is drawn on the typing line's left: {shown!r}"
        assert "Type what you do" in shown
        log.focus()
        await pilot.pause()
        shown = rows(pilot)[line.region.y]
        assert shown[line.region.x] == " ", f"no mark without the focus: {shown!r}"


async def test_at_100x30_the_typing_line_keeps_its_box() -> None:
    async with story_on_screen((100, 30)) as (pilot, screen):
        await pilot.pause()
        assert screen.command_input.region.height == 3
