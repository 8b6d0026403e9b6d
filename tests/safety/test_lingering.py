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
