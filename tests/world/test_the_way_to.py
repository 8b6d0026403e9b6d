"""Asking the way to a named place (newcomer 14 on Chapel Street: "Which way is Lamp Cottage
from here? I'm a bit lost." was "you know of nowhere called lamp cottage"; to Pip, "Thank you
Pip. I'll find Skipper for you. Which way are the dunes?" got only her answer to the thanks)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at


@pytest.mark.parametrize(
    "text",
    [
        "Which way is Lamp Cottage from here? I'm a bit lost.",
        "which way is lamp cottage",
        "is lamp cottage far from here?",
        "how do i get to lamp cottage from here?",
        "where is lamp cottage from here",
    ],
)
async def test_the_way_to_a_named_place_is_told_with_no_one_here(text: str) -> None:
    game, live = await game_at("chapel-street")
    [told] = await _say(game, live, text)
    assert "Lamp Cottage" in told and "east" in told, told
    assert "nowhere called" not in told, told


@pytest.mark.parametrize("text", ["which way are the dunes?", "which way is it to the dunes?"])
async def test_the_way_somewhere_been_is_the_way(text: str) -> None:
    game, live = await game_at("quay", visits={"quay": 1, "dunes": 1})
    [told] = await _say(game, live, text)
    assert "The way to the Dunes: west." in told, told


async def test_a_question_after_thanks_and_a_promise_is_still_asked() -> None:
    game, live = await game_at("harbour-wall")
    await _say(game, live, "talk to pip")
    [told] = await _say(
        game, live, "Thank you Pip. I'll find Skipper for you. Which way are the dunes?"
    )
    assert "The Dunes?" in told and "west" in told, told
