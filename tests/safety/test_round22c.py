"""Round 22c: hoping not to wake up is crisis in every language (docs/safety.md, "Round 22c").

The commonest form of the wish to be dead was crisis only in English and Italian; round 22's
development set found "espero no despertar mañana" none as served. ``lang/r22_wake`` reads it in
Spanish, French, Portuguese and German, and hoping not to wake someone else, or not to wake
late, stays none. The sentences are the lead's own, written from the rule's class."""

from __future__ import annotations

import pytest

from tests.safety.round_checks import assert_crisis, assert_none
from tta_server.safety import Level, classify
from tta_server.safety.normalisation import normalise
from tta_server.safety.overnight import overnight

NOT_TO_WAKE = [
    "espero no despertar mañana",
    "ojalá no despierte mañana, estoy harta",
    "le pido a dios no volver a despertar",
    "j'espère ne pas me réveiller demain",
    "je prie pour ne plus me réveiller",
    "espero não acordar amanhã",
    "tomara que eu não acorde amanhã",
    "ich hoffe, ich wache morgen nicht auf",
    "ich bete, dass ich nie wieder aufwache",
]

#: Someone else woken, or waking late: ordinary.
ORDINARY = [
    "espero no despertar a los niños",
    "ojalá no despierte a nadie con la música",
    "espero no despertarme tarde mañana",
    "espero não acordar o bebê",
    "espero não acordar tarde amanhã",
    "j'espère ne pas me réveiller trop tard",
    "j'espère ne pas réveiller les enfants",
    "hoffentlich wache ich nicht zu spät auf",
    "ich hoffe, ich wache nicht auf, wenn der wecker klingelt",
]


@pytest.mark.parametrize("text", NOT_TO_WAKE)
def test_hoping_not_to_wake_is_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize("text", NOT_TO_WAKE[:8])
def test_the_new_rule_reads_it(text: str) -> None:
    assert "suicide.r22_hope_not_to_wake" in classify(text).reasons


@pytest.mark.parametrize("text", ORDINARY)
def test_waking_someone_or_late_is_none(text: str) -> None:
    assert_none(text)


#: Sleep with words between it and not waking (the rule allowed "forever" or "tonight" only).
SLEEP_NOT_WAKE = [
    "i'll sleep in the loft tonight and never wake up",
    "i want to go to sleep in my bed and not wake up",
]


@pytest.mark.parametrize("text", SLEEP_NOT_WAKE)
def test_sleep_somewhere_and_never_wake_is_crisis(text: str) -> None:
    assert "suicide.never_wake" in classify(text).reasons
    assert_crisis(text)


#: Staying the night in a place of the story: the n-gram model's crisis (a hold) is a concern
#: at most (``safety.overnight``); waking someone else is no risk word.
OVERNIGHT = [
    "i'll sleep up here in the net loft tonight",
    "i'll sleep on the sofa tonight and not wake the kids",
]


@pytest.mark.parametrize("text", OVERNIGHT)
def test_staying_the_night_is_no_hold(text: str) -> None:
    assert classify(text).level is not Level.CRISIS, classify(text)
    assert overnight(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "gonna sleep up here tonight, for good this time",
        "i'll sleep here tonight and not wake up",
        "sleeping in the loft tonight with the rope",
    ],
)
def test_staying_the_night_with_risk_is_no_frame(text: str) -> None:
    assert not overnight(normalise(text))
