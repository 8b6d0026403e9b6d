"""Questions put with no one here (newcomer 16, play corpus 16): "Could you tell me where the
lighthouse is?" alone on the quay was answered "There's no one here to talk to" (a place named
by one word of its name is now found: The Lighthouse Yard, and the way to it is said even when
it is shut further on), and "Should I ring the fog bell to help them?" got the same; a question
about what the player should or could do now gets the guide's hint. Other questions stay said to
no one ("where did everyone go?")."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.world.test_conversation import _say, game_at
from tta_server.world.answers import Asked, question_about


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me where the lighthouse is?",
        "where is the lighthouse",
        "which way is the lighthouse?",
    ],
)
async def test_a_place_named_by_one_word_of_its_name_is_found(text: str) -> None:
    game, live = await game_at("quay")
    [told] = await _say(game, live, text)
    assert "Lighthouse Yard" in told and "north" in told, told
    assert "no one here" not in told, told


def test_a_word_two_places_share_finds_neither() -> None:
    library = world("ember_library")
    assert question_about(library, "where is the clock") is None  # Clock Stair or Clock Loft?
    assert question_about(library, "where is the loft") == Asked("where", "location", "clock-loft")


@pytest.mark.parametrize(
    "text",
    ["Should I ring the fog bell to help them?", "what can i do now?", "so how do we get in?"],
)
async def test_what_should_i_do_asked_alone_gets_the_guides_hint(text: str) -> None:
    game, live = await game_at("quay")
    [told] = await _say(game, live, text)
    assert "no one here" not in told, told
    assert "Rue" in told, told  # the guide's hint on the quay: go and ask Rue
