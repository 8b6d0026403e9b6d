"""One hint a reply: an input whose sentences each ask for help ("i'm stuck, what should i do?",
"why can't i go up? hint") gets the hint once, not once a sentence under two openings (the
ninth newcomer read the whole hint twice in one reply)."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import told, world

ASKS = [
    "i'm stuck. what should i do?",
    "what now? any hints?",
    "help. i dont know where to go",
    "hint please. what do i do next?",
]


@pytest.mark.parametrize("world_id", ["lantern_coast", "ember_library"])
@pytest.mark.parametrize("asked", ASKS)
async def test_a_hint_asked_for_twice_in_one_input_is_given_once(world_id: str, asked: str) -> None:
    w = world(world_id)
    [(_, narration, _)] = await told(w, [asked])
    hint = w.arc.steps[0].hint.split(".")[0]
    assert narration.count(hint) == 1, narration
