"""A question goes to the topic it names, and a character never says they know nothing of what
their own part in the story is about (newcomer 18, Maren, keeper of the light forty years:
"how do i get the light going again then" was answered "No idea where the great lamp is";
"tell me about the light then maren" with her line about not being ill; "how long has the light
been here" with a shrug, though the yard's sign says 1861)."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.world.test_conversation import _say, game_at
from tta_server.game import Game, Live
from tta_server.pipeline.play import play
from tta_server.world import new_state
from tta_server.world.answers import question_about

_TOLD = ["talk:maren:hello", "reply:maren:weakness", "talk:maren:help"]


async def _at_maren(*told: str) -> tuple[Game, Live]:
    """Maren's kitchen after her first talk and the player's kind answer (and ``told``)."""
    return await game_at(
        "cottage-kitchen",
        done=[*_TOLD[:2], *told],
        attitudes={"maren": 2},
        flags=["skipper-home", *(["maren-helped"] if told else [])],
    )


@pytest.mark.parametrize(
    "words",
    [
        "how do i get the light going again",
        "how can we get the lamp lit",
        "how do i get it working",
    ],
)
def test_getting_a_thing_going_is_not_asking_the_way(words: str) -> None:
    assert question_about(world(), words, "maren") is None


def test_getting_somewhere_is_still_asking_the_way() -> None:
    asked = question_about(world(), "how do i get to lamp cottage", "rue")
    assert asked is not None and asked.id == "cottage-step"


async def test_the_keeper_asked_how_to_light_it_hands_the_key_and_knows_the_lamp() -> None:
    game, live = await _at_maren()
    [told] = await _say(game, live, "how do i get the light going again then. do you need a key")
    assert "No idea" not in told and "Couldn't tell you" not in told
    assert "lighthouse-key" in live.state.inventory
    assert "goes unanswered" not in told  # the key given answers both questions
    [after] = await _say(game, live, "and how do i get the great lamp going?")
    assert "1861" in after and "No idea" not in after


@pytest.mark.parametrize(
    "words", ["tell me about the light then maren", "how long has the light been here"]
)
async def test_the_keeper_asked_about_the_light_tells_of_it(words: str) -> None:
    game, live = await _at_maren("talk:maren:help")  # the key given, as in the play
    [told] = await _say(game, live, words)
    assert "1861" in told and "not ill" not in told


async def test_asked_again_she_does_not_fall_back_on_her_first_talk() -> None:
    game, live = await _at_maren()
    await _say(game, live, "tell me about the light")
    [again] = await _say(game, live, "tell me about the light again")
    assert "not ill" not in again and "I know why you're here" not in again


def test_no_one_claims_ignorance_of_a_thing_they_talk_about() -> None:
    """Asked where the great lamp is (in a room the player has not seen: no spoilers), the
    keeper answers from her topic about the light, not "No idea where"."""
    w = world()
    state = new_state(w).model_copy(
        update={"location": "cottage-kitchen", "done": _TOLD, "flags": ["maren-helped"]}
    )
    [step] = play(w, state, "maren, where is the great lamp?").steps
    assert step.outcome.facts.get("answer") != "unknown", step.outcome.facts
    assert step.outcome.facts.get("topic") == "light"
