"""A way is said from where the player is (issue 14, newcomer 16): Rue in the tea hut said the
way to the lighthouse as "out to the Quay, then north to Chapel Street, then up from here":
"up from here" read as up from where they stood, not from Chapel Street. "From here" now opens
the way, never ends its last step."""

from __future__ import annotations

import re

import pytest

from tests.world.test_conversation import _say, game_at

_LAST_STEP_FROM_HERE = re.compile(r"then \w+ from here")


@pytest.mark.parametrize(
    "question",
    [
        "where is the lighthouse?",
        "how do i get to lamp cottage?",
        "where is pip?",
        "which way to the dunes?",
    ],
)
async def test_rue_says_the_way_from_where_the_player_is(question: str) -> None:
    game, live = await game_at("tea-hut")
    told = await _say(game, live, *[question] * 4)  # each wording of the way, in turn
    for line in told:
        assert "out to the Quay" in line, line
        assert not _LAST_STEP_FROM_HERE.search(line), line
