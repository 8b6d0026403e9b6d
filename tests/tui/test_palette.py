"""The command palette finds commands by the words players use, and fits 80 columns (issue 15:
"your stories" found nothing; the magnifier emoji pushed the border a column out)."""

from __future__ import annotations

from typing import Any

import pytest
from rich.cells import cell_len
from textual.command import CommandList, CommandPalette, SearchIcon
from textual.pilot import Pilot
from textual.strip import Strip

from tests.tui.conftest import URL, started, wait_until
from tta_tui.app import TTAApp
from tta_tui.widgets.marks import CURSOR

pytestmark = pytest.mark.usefixtures("client_files")


async def opened_palette(pilot: Pilot[Any]) -> CommandPalette:
    """The client started, then Ctrl+P: the palette on top."""
    await started(pilot)
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    return palette


def listed(palette: CommandPalette) -> list[str]:
    """The command names the palette lists now."""
    results = palette.query_one(CommandList)
    return [
        str(results.get_option_at_index(i).prompt).split("\n")[0]
        for i in range(results.option_count)
    ]


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("your stories", "Your stories"),
        ("stories", "Your stories"),
        ("resume", "Your stories"),
        ("leave", "Your stories"),
        ("quit story", "Your stories"),
        ("map", "Map"),
        ("keys", "Help"),
        ("new", "New story"),
    ],
)
async def test_players_words_find_the_command(query: str, wanted: str) -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(80, 24)) as pilot:
        palette = await opened_palette(pilot)
        await pilot.press(*query)  # at full speed, as typed
        await wait_until(
            pilot, lambda: wanted in listed(palette), what=f"{wanted} for {query!r}", within=5
        )


async def test_the_palette_fits_80_columns_with_a_one_cell_mark() -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(80, 24)) as pilot:
        palette = await opened_palette(pilot)
        await pilot.pause()
        icon = palette.query_one(SearchIcon)
        assert icon.icon == ">"
        box = palette.query_one("#--container")
        assert box.region.right <= 80
        assert cell_len(str(icon.render())) == 1


def palette_rows(palette: CommandPalette) -> list[Strip]:
    """The palette's result rows as drawn (before the screen's colours)."""
    results = palette.query_one(CommandList)
    return [results.render_line(y) for y in range(results.size.height)]


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_the_highlighted_command_reads_without_colour(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Newcomers at 80x24 with NO_COLOR could not see which command Enter would run: Textual
    marks it by colour alone. In every mode a ">" stands before it; without colour it is also in
    reverse video, and it moves with Down."""
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = TTAApp([URL], plain=mode == "plain")
    async with app.run_test(size=(80, 24)) as pilot:
        palette = await opened_palette(pilot)
        await wait_until(pilot, lambda: "Help" in listed(palette), what="the commands")
        await pilot.pause()

        def marked() -> list[str]:
            rows = palette_rows(palette)
            return [row.text[len(CURSOR) :].strip() for row in rows if row.text.startswith(CURSOR)]

        assert marked() == ["New story"]
        await pilot.press("down")
        await wait_until(pilot, lambda: marked() == ["Your stories"], what="the mark to move")
        if mode != "normal":
            rows = palette_rows(palette)
            reversed_rows = [
                row.text.strip()
                for row in rows
                if row.text.strip() and all(s.style and s.style.reverse for s in row if s.text)
            ]
            colours = {s.style.color for row in rows for s in row if s.style and s.style.reverse}
            assert all(c is None or c.is_default for c in colours), "the terminal's own colours"
            assert reversed_rows and reversed_rows[0] == "> Your stories", reversed_rows
            assert all("New story" not in r for r in reversed_rows)
