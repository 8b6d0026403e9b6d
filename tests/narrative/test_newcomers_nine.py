"""What the ninth newcomer met in the narration (issue 14), tested in other words and in both
worlds: a pacing line ("No rush.", "Slowly does it.") on most arrivals, and a character's
refusal told again in the narrator's voice ("X isn't ready to talk about that yet. It's no
different from last time.") when the player had asked about something else, after the
character had softened."""

from __future__ import annotations

from itertools import pairwise

import pytest

from tests.narrative.scenes import told, world
from tests.pipeline.walkthroughs import ROUTES
from tta_server.narrative import phrases as P
from tta_server.narrative.default import _Composer
from tta_server.narrative.told import sentences


@pytest.mark.parametrize("world_id", ["lantern-coast", "ember-library"])
@pytest.mark.parametrize("route", ["walkthrough", "newcomer", "terse"])
async def test_a_pacing_line_on_arriving_comes_once_in_fifty_turns(
    world_id: str, route: str
) -> None:
    w = world(world_id.replace("-", "_"))
    moods = {m for table in P.ARRIVE_MOOD.values() for m in table}
    said = [
        turn
        for turn, (_, narration, _) in enumerate(await told(w, ROUTES[world_id][route]))
        for sentence in sentences(narration)
        if sentence in moods
    ]
    assert all(b - a > 50 for a, b in pairwise(said)), said


#: Two asks in a row that the character refuses with the same line, in each world.
REFUSED_TWICE = {
    "lantern_coast": ["go inside", "rue, will you help me?", "rue, can you help me with it?"],
    "ember_library": ["go in", "w", "bastian, may i have the pen?", "bastian, is that pen mine?"],
}


@pytest.mark.parametrize("world_id", sorted(REFUSED_TWICE))
async def test_a_refusal_told_lately_is_not_retold_in_the_narrators_voice(world_id: str) -> None:
    w = world(world_id)
    (_, first, _), (_, again, _) = (await told(w, REFUSED_TWICE[world_id]))[-2:]
    assert again != first
    stock = [*P.REFUSED_BEFORE, P.REFUSE["talk.blocked"][0].replace("{first} ", "")]
    assert not any(line in again for line in stock), again


@pytest.mark.parametrize("world_id", ["lantern_coast", "ember_library"])
def test_characters_next_to_each_other_never_share_an_attitude_line(world_id: str) -> None:
    """Within 50 turns a line said of one character is not said of another; past that, the
    wordings of characters next to each other in the world's list still differ."""
    people = world(world_id).characters
    for at in range(len(people) - 1):
        for value in range(-5, 6):
            line = _Composer.attitude(value, at)
            assert line is None or line != _Composer.attitude(value, at + 1), (at, value)
