"""Care for a character's health (``safety/care.py``): the contextual vote's crisis on a
player's worry for someone else's body is a check-in at most, never a hold; the speaker's own
symptoms, a question of means, or risk beside it keep the vote's level.

Play corpus 19's newcomer, a nurse, told Maren her chest was bad and to see a doctor; in chat
spelling the vote called it a crisis (0.89). The sentences below are in no set."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety.care import their_health
from tta_server.safety.contextual import ContextualSignal, signal
from tta_server.safety.learned import Scores
from tta_server.safety.lookalikes import signal_lookalike
from tta_server.safety.model import Assessment
from tta_server.safety.normalisation import normalise

CARE = [
    "rue, im a nurse. your chest is bad, u need a doctor",
    "maren your cough sounds awful, you should see the gp tomorrow",
    "how is your ankle now? let me look at your ankle",
    "ilse let me see your hands, you need a doctor for those burns",
]

#: The speaker's own body, a question of means, or risk: not care.
KEPT = [
    "rue my chest is bad, i need a doctor now",
    "your chest is bad? mine is worse, i can't breathe",
    "how long does it take to bleed out, your wrist or your neck",
    "you need a doctor, i took all my pills an hour ago",
    "your hands are burned, mine will be too after tonight, goodbye forever",
]


@pytest.mark.parametrize("text", CARE)
def test_worry_for_their_body_is_care(text: str) -> None:
    assert their_health(normalise(text))


@pytest.mark.parametrize("text", KEPT)
def test_the_speakers_own_body_means_or_risk_is_not(text: str) -> None:
    assert not their_health(normalise(text))


@pytest.mark.parametrize("text", CARE)
def test_the_votes_crisis_on_care_is_a_check_in(text: str) -> None:
    sig: ContextualSignal = signal()
    assert sig.raise_verdict(text, classify(text)).level is not Level.CRISIS
    assert signal_lookalike(normalise(text)) == "care"
    got = sig.raised(text, Assessment(Level.NONE, None, ()), Scores(1.0, 1.0, None))
    assert got.level is Level.CONCERN and got.reasons[-1].endswith(":care"), got


def test_the_nurses_words_are_not_held() -> None:
    text = "rue, im a nurse. your chest is bad, u need a doctor"
    got = signal().raise_verdict(text, classify(text))
    assert got.level is Level.CONCERN and got.reasons[-1].endswith(":care"), got


@pytest.mark.parametrize("text", KEPT[3:])
def test_a_crisis_beside_it_is_kept(text: str) -> None:
    assert signal().raise_verdict(text, classify(text)).level is Level.CRISIS
