"""Feelings said with no one to answer, or after an ending, are heard by the story (newcomer
20: "Honestly I feel a bit tearful. I haven't slept well in weeks, but this was nice and quiet."
after the Lantern Coast's ending got "I know the word 'feel', but not 'honestly', 'bit',
'tearful' or 'haven't'"), and a character present answers them instead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.world.test_conversation import _game, _say, game_at
from tta_server.game import Game, Live
from tta_server.world.feelings import named_feelings

CORPUS = Path(__file__).resolve().parents[1] / "pipeline" / "corpus" / "newcomers-20.jsonl"
TEARFUL = (
    "Honestly I feel a bit tearful. I haven't slept well in weeks, but this was nice and quiet."
)


@pytest.mark.parametrize(
    ("text", "feelings"),
    [
        (TEARFUL, ("tearful", "short of sleep")),
        ("I've been really stressed lately", ("stressed",)),
        ("i have been feeling fed up", ("fed up",)),
        ("I'm worn out", ("worn out",)),
        ("I can't sleep", ("short of sleep",)),
        ("I'm tired and sleeping badly", ("tired", "short of sleep")),
    ],
)
def test_states_and_sleep_are_named(text: str, feelings: tuple[str, ...]) -> None:
    assert named_feelings(text) == feelings


@pytest.mark.parametrize("text", ["i've been to the quay", "I slept well", "i don't feel sad"])
def test_places_been_and_good_sleep_name_nothing(text: str) -> None:
    assert named_feelings(text) == ()


#: Inputs left out of the replay: n=96 ("Thank you for trusting me. I'll go and look. Go down
#: and unlock the study") goes down itself since play23, so the newcomer's next "Go down"
#: (typed because the game had not gone) would walk past the study.
_DONE_BY_THE_ONE_BEFORE = {97}


async def _ended(world_id: str, first: int, last: int) -> tuple[Game, Live]:
    """The newcomer's own inputs ``first`` to ``last`` replayed: the story at its ending."""
    game, live = await _game(world_id)
    lines = [json.loads(x) for x in CORPUS.read_text().splitlines()]
    kept = (d for d in lines if first <= d["n"] <= last and d["n"] not in _DONE_BY_THE_ONE_BEFORE)
    await _say(game, live, *(d["text"] for d in kept))
    assert live.state.ended
    return game, live


@pytest.mark.parametrize(
    ("world_id", "first", "last", "text"),
    [
        ("lantern_coast", 1, 53, TEARFUL),
        ("ember_library", 55, 107, "I've been so tired lately, if I'm honest"),
    ],
)
async def test_a_feeling_after_the_ending_is_answered_by_whoever_is_there(
    world_id: str, first: int, last: int, text: str
) -> None:
    game, live = await _ended(world_id, first, last)
    result = await game.turn(live, text, "after")
    keys = [s.outcome.message_key for s in result.played.steps]
    assert keys == ["talk.feeling"], keys  # once, not once a clause
    assert "I know the word" not in result.narration and "don't know" not in result.narration


@pytest.mark.parametrize(
    ("world_id", "place"), [("lantern_coast", "quay"), ("ember_library", "bridge-steps")]
)
async def test_a_feeling_said_to_no_one_is_acknowledged_not_refused(
    world_id: str, place: str
) -> None:
    game, live = await game_at(place, world_id=world_id)
    told = await _say(game, live, TEARFUL, "I've been really stressed lately", "I'm worn out")
    for words, story in zip(("tearful", "stressed", "worn out"), told, strict=True):
        assert words in story.lower(), story
        assert "I know the word" not in story and "know the words" not in story
    assert len(set(told)) == 3
