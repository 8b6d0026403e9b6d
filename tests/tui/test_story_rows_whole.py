"""A story's row in "Your stories" shows its name and its state whole at 80x24 (issue 15,
tui39). A long world title or name wrapped where Textual chose: "(ended)" stood alone on a row,
and the last words of a time ("18:26.") stood where a story's title does, so they read as
another story. Rows are now wrapped for the list's width, the state kept with the name, and a
row's next lines indented further than the line they go on from."""

from __future__ import annotations

import re

import pytest

from tests.tui.conftest import CHARACTER_NAMES, NOW, SESSIONS, WORLD_TITLES, ScreenHarness, top
from tests.tui.test_without_colour import harness
from tta_tui.screens.stories import StoriesScreen, story_entries

pytestmark = pytest.mark.usefixtures("client_files")

LONG_NAME = "Wilhelmina Fitzgerald-Quinn Abernathy"
LONG_WORLD = "The Very Long Named Archipelago of Lost Hours"


def _long() -> StoriesScreen:
    names = {**CHARACTER_NAMES, "c1": LONG_NAME}
    titles = {**WORLD_TITLES, "old-world": LONG_WORLD}
    stories = [
        s.model_copy(update={"updated_at": NOW - 400 * 86400, "created_at": NOW - 500 * 86400})
        for s in SESSIONS
    ]
    return StoriesScreen(story_entries(stories, titles, names), now=lambda: NOW)


def _list_rows(app: ScreenHarness) -> list[tuple[int, str]]:
    """The list's rows with words on them: (the column its words start at, the words), the
    cursor's mark and the list's edges left out."""
    listing = top(app, StoriesScreen).query_one("#story-list").region
    strips = app.screen._compositor.render_strips()
    rows = []
    for y in range(listing.y, listing.bottom):
        text = strips[y].crop(listing.x, listing.right).text
        found = re.search(r"[^\s▊▎▔▁│┃|+>*╭╮╰╯─-]", text)
        if found and not set(text.strip()) <= set("▔▁-+╭╮╰╯─"):
            rows.append((found.start(), text[found.start() :].rstrip(" ▎│┃|")))
    return rows


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_each_row_shows_its_name_and_state_whole_at_80x24(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(_long, mode, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        rows = _list_rows(app)
        words = [w for _, w in rows]
        for state in ("(active)", "(finished)", "(ended)"):
            assert all(w != state for w in words), f"{state} alone on a row: {words}"
        text = " ".join(w.strip() for w in words)
        assert f"{LONG_NAME} (active)" in text and "a deleted character (ended)" in text
        assert text.count(LONG_WORLD) == 1, "the long title whole"
        title_at = {at for at, w in rows if w.startswith(("The ", "A world"))}
        assert len(title_at) == 1, f"the titles start at one column: {rows}"
        [title] = title_at
        for at, w in rows:
            if w.startswith("Last played"):
                assert at == title + 2
            elif not w.startswith(("The ", "A world")):
                assert at > title + 2, f"a wrapped line stands out: {w!r} at {at}"
