"""A player saying the game took them the wrong way (newcomer 13: "wait thats not what i meant"
was played as the ``wait`` command): read as a correction, never as waiting."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.world.test_conversation import _game, _say
from tta_server.pipeline.clauses import taken_back
from tta_server.pipeline.play import play
from tta_server.world import new_state


@pytest.mark.parametrize(
    "text",
    [
        "wait thats not what i meant",
        "no wait, i meant the other one",
        "Wait — that's not what I meant!",
        "that is not what i wanted to do",
        "oops, wrong one",
        "you misunderstood me",
        "i didn't mean it like that",
        "thats not what i meant to say, sorry",
    ],
)
async def test_a_correction_alone_asks_what_was_meant_and_does_nothing(text: str) -> None:
    game, live = await _game()
    await _say(game, live, "go inside")
    turn = live.state.turn
    [told] = await _say(game, live, text)
    assert "What did you mean?" in told or "in other words" in told, told
    assert "Time passes" not in told and "minute go by" not in told
    assert live.state.turn == turn  # nothing was done


async def test_while_someone_is_spoken_with_they_wait_to_hear_what_was_meant() -> None:
    game, live = await _game()
    await _say(game, live, "go inside", "talk to rue")
    told = await _say(game, live, "that's not what i meant", "no wait, i meant the other one")
    assert "Rue waits" in told[0] and "Rue waits" in told[1] and told[0] != told[1]


def test_what_follows_a_correction_is_what_was_meant() -> None:
    """ "wait thats not what i meant. you ARE fit to be around books" is words to Ilse."""
    w = world("ember_library")
    state = new_state(w).model_copy(update={"location": "clock-loft"})
    state.whereabouts["ilse"] = "clock-loft"
    [step] = play(w, state, "wait thats not what i meant. you ARE fit to be around books").steps
    assert step.action.intent == "talk" and step.action.target_id == "ilse"


@pytest.mark.parametrize(
    "text", ["wait", "no", "i didn't mean to hurt you", "wait for the boat", "the other lamp"]
)
def test_waiting_and_other_words_are_not_corrections(text: str) -> None:
    assert not taken_back(text)
