"""The command palette finds commands by the words players use, and fits 80 columns (issue 15:
"your stories" found nothing; the magnifier emoji pushed the border a column out)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.command import CommandList, CommandPalette, SearchIcon

from tests.tui.conftest import URL, started, wait_until
from tta_tui.app import TTAApp

pytestmark = pytest.mark.usefixtures("client_files")


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
        await started(pilot)
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await pilot.press(*query)  # at full speed, as typed
        await wait_until(
            pilot, lambda: wanted in listed(palette), what=f"{wanted} for {query!r}", within=5
        )


async def test_the_palette_fits_80_columns_with_a_one_cell_mark() -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.pause()
        palette = app.screen
        icon = palette.query_one(SearchIcon)
        assert icon.icon == ">"
        box = palette.query_one("#--container")
        assert box.region.right <= 80
        assert cell_len(str(icon.render())) == 1
