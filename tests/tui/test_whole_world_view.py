"""Long replies checked over a whole world (issue 15, tui20; tui40): newcomer 9's own inputs for
The Lantern Coast (tests/pipeline/corpus/newcomers-9.jsonl), played through the whole client
against a real server at 80x24, and after every reply its newest line is in the view, the story
following (tui40: a reply taller than the view is followed to its end, not held at its start;
two newcomers pressed End nearly every turn to read the end of a long reply). The cases are
pinned down in test_tall_replies.py; this keeps a whole world honest. It takes a few minutes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from tests.tui.conftest import wait_until
from tests.tui.test_play import PASSWORD, log_in, screen_is
from tests.tui.test_tall_replies import log_rows, newest_in_view, settle
from tests.wire.client import Client, character
from tta_tui.app import TTAApp
from tta_tui.screens.story import StoryScreen
from tta_tui.screens.worlds import WorldsScreen

pytestmark = pytest.mark.usefixtures("client_files")
CORPUS = Path(__file__).parents[1] / "pipeline" / "corpus" / "newcomers-9.jsonl"
WORLD = "lantern-coast"


def newcomer_inputs(world: str) -> list[str]:
    """What newcomer 9 typed in ``world``, in order."""
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    return [row["text"] for row in rows if row["world"] == world]


async def start_in(pilot: Pilot[Any], world: str) -> StoryScreen:
    """A new story in ``world`` for the highlighted character."""
    await pilot.press("enter")
    worlds: WorldsScreen = await screen_is(pilot, WorldsScreen, "the worlds")
    ids = [w.id for w in worlds.worlds]
    moves = ids.index(world) - (worlds.query_one("#world-list", OptionList).highlighted or 0)
    for _ in range(abs(moves)):
        await pilot.press("down" if moves > 0 else "up")
    await pilot.press("enter")
    story: StoryScreen = await screen_is(pilot, StoryScreen, "the story")
    await wait_until(pilot, lambda: story.summary.location, what="the opening")
    return story


@pytest.mark.timeout(900)
async def test_every_reply_of_a_newcomers_whole_world_is_followed_to_its_end_at_80x24(
    server_url: str,
) -> None:
    player = await Client.open(server_url)
    await player.ok("register", username="fay", password=PASSWORD)
    await player.ok("login", username="fay", password=PASSWORD)
    await player.ok("character.create", character=character("Fay Lorne"))
    await player.close()
    app = TTAApp([server_url], username="fay")
    cut = []
    async with app.run_test(size=(80, 24)) as pilot:
        await log_in(pilot)
        story = await start_in(pilot, WORLD)
        log = story.story_log
        inputs = newcomer_inputs(WORLD)
        assert len(inputs) > 40, "the whole world"
        for n, text in enumerate(inputs):
            before = story.summary
            story.command_input.value = text
            story.command_input.focus()
            await pilot.press("enter")
            await wait_until(
                pilot, lambda was=before: story.summary is not was, what=f"reply to {text}"
            )
            await settle(pilot, log)
            if not (log.following and newest_in_view(log)):
                cut.append(f"{n} {text!r}:\n    " + "\n    ".join(log_rows(log)))
        assert story.summary.arc.ended, "played to the ending"
        assert app.failures == []
    assert not cut, "replies shown without their end:\n" + "\n".join(cut)
