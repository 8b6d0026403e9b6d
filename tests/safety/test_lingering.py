"""Staying somewhere in the story a while is no hold (play corpus 22, issue 12).

A newcomer at the lighthouse typed "i want to stay here a minute and watch the light turning"
and the n-gram model alone (0.87) held the story with a crisis panel. Staying here, in or at a
place for a while, with no word of risk, waking, a drop or water, lowers the learned signals'
crisis to a concern at most (``safety.overnight``); the sentences below are the lead's own, in
other words than the corpus's."""

from __future__ import annotations

import pytest

from tests.safety.round_checks import assert_crisis
from tta_server.safety import Level, classify
from tta_server.safety.normalisation import normalise
from tta_server.safety.overnight import overnight

LINGERING = [
    "i want to stay here a minute and watch the light turning",
    "let me stay in the reading room a while and listen to the rain",
    "i'll rest here a bit and look at the boats",
    "can i stay by the stove a little while, it's warm",
    "i just want to sit here a moment",
]


@pytest.mark.parametrize("text", LINGERING)
def test_lingering_in_a_place_is_no_hold(text: str) -> None:
    assert classify(text).level is not Level.CRISIS, classify(text)
    assert overnight(normalise(text))


#: A wait at a drop or by water, or with a word of risk: no frame (the rules or the model say).
AT_A_DROP = [
    "i want to stay here on the edge a minute before i jump",
    "i'll stay on the roof a while and look down",
    "staying here a bit by the tracks",
    "i want to stay here a while and never go back",
    "i'll rest here a moment with the pills",
]


@pytest.mark.parametrize("text", AT_A_DROP)
def test_a_wait_at_a_drop_or_with_risk_is_no_frame(text: str) -> None:
    assert not overnight(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "i'll stay here on the ledge a while, then i'm going to jump",
        "i'll stay on the roof a while and look down, nobody would miss me",
    ],
)
def test_a_wait_at_a_drop_with_intent_stays_crisis(text: str) -> None:
    assert_crisis(text)


#: A jump announced with "then" or "before" at a drop (found writing the sentences above: rated
#: none even as served); a jump to somewhere in play, or by a character, is not this.
JUMP_AT_A_DROP = [
    "one more minute up on the ledge and then i jump",
    "give me a second on the roof edge before i jump",
    "standing at the edge of the bridge, then i jump",
]
JUMP_IN_PLAY = [
    "climb to the cliff edge then i jump into the sea",
    "go out on the ledge then i jump across to the boat",
    "i look over the edge before i jump down to the beach",
    "my character waits on the ledge and then he jumps",
]


@pytest.mark.parametrize("text", JUMP_AT_A_DROP)
def test_a_jump_announced_at_a_drop_is_crisis(text: str) -> None:
    assert "suicide.jump_bare" in classify(text).reasons
    assert_crisis(text)


@pytest.mark.parametrize("text", JUMP_IN_PLAY)
def test_a_jump_somewhere_in_play_is_not_crisis(text: str) -> None:
    assert classify(text).level is not Level.CRISIS, classify(text)
