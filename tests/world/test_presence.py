"""Asking whether someone is here (issue 14, newcomer 18 on the harbour wall, Pip on the quay:
"is pip here? pip, your dads boat is coming in love" was "I know the words 'pip' and 'boat',
but not 'here', 'dads' or 'coming'"): a plain answer, here or not and where they are when the
player knows, and the rest of the words said to them when they are here."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at

_UNKNOWN = ("I know the word", "not what you'd like")


@pytest.mark.parametrize(
    "text", ["is pip here?", "is pip around?", "pip about?", "is pip here? pip, your dads boat"]
)
async def test_someone_not_here_is_said_to_be_elsewhere_and_where(text: str) -> None:
    game, live = await game_at("harbour-wall", visits={"quay": 1})  # met there
    live.state.whereabouts["pip"] = "quay"
    [told] = await _say(game, live, text)
    assert "Not here. Pip Dunn is at The Quay now: west." in told, told
    assert not any(x in told for x in _UNKNOWN), told


async def test_someone_never_met_is_only_not_here() -> None:
    game, live = await game_at("harbour-wall")
    [told] = await _say(game, live, "is maren here?")
    assert told.startswith("Maren isn't here.") and "Holt" not in told, told  # not heard yet


@pytest.mark.parametrize("text", ["is pip here?", "where's pip?", "is pip around then?"])
async def test_someone_here_is_here(text: str) -> None:
    game, live = await game_at("quay")
    live.state.whereabouts["pip"] = "quay"
    [told] = await _say(game, live, text)
    assert told.startswith("Pip Dunn is right here."), told
    assert "'Where" not in told, told  # never "You ask Pip: 'Where's ?'"


async def test_the_rest_of_the_line_is_said_to_them_when_they_are_here() -> None:
    game, live = await game_at("quay")
    live.state.whereabouts["pip"] = "quay"
    [told] = await _say(game, live, "is pip here? pip, it's not your fault love")
    assert told.startswith("Pip Dunn is right here.") and "Pip" in told.split("\n\n", 1)[1], told
    assert not any(x in told for x in _UNKNOWN), told


@pytest.mark.parametrize("text", ["is anyone there?", "is it far?", "is the lamp here?"])
async def test_other_questions_are_not_about_presence(text: str) -> None:
    game, live = await game_at("quay")
    [told] = await _say(game, live, text)
    assert "right here." not in told and "Not here" not in told, told
