"""An everyday act's stock line is not told again while it was told lately (issue 14,
newcomer corpus 25: "You sit on ... for a moment. It feels good to be still." four times
across a night's play). Done again, it is said briefly in other words (sitting, resting:
:data:`~tta_server.narrative.phrases.STILL_AGAIN`)."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import told, world
from tta_server.narrative import phrases as P

_STILL = "It feels good to be still."


@pytest.mark.parametrize(
    ("name", "inputs"),
    [
        ("ember_library", ["go in", "out", "sit on the steps", "look", "sit on the steps"]),
        ("ember_library", ["go in", "out", "sit on the steps", "sit down on the steps again"]),
        ("lantern_coast", ["look", "sit on the lobster pots", "look", "sit on the pots"]),
    ],
)
async def test_sitting_again_is_said_in_other_words(name: str, inputs: list[str]) -> None:
    found = await told(world(name), inputs)
    said = [narration for _, narration, _ in found]
    firsts = [i for i, n in enumerate(said) if _STILL in n]
    assert len(firsts) == 1, said
    assert any(line in said[-1] for line in P.STILL_AGAIN), said[-1]
