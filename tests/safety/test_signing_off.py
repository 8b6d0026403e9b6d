"""Signing off for now (``safety.signing_off``): a goodnight is not a farewell for good.

Newcomer 28 (play corpus 25) ended a session with "right im off. night all" and got a
check-in panel: the n-gram model read the two everyday parts together as a farewell (concern,
0.81). A message that is nothing but an everyday leave-taking is not read by the model; one with
any word of finality, thanks for everything or love to all is read as before.
"""

from __future__ import annotations

import pytest

from tta_server.safety import classify
from tta_server.safety.classifier import text_variants
from tta_server.safety.model import Level
from tta_server.safety.signing_off import signing_off

GOODNIGHTS = [
    "right im off. night all",
    "Right, I'm off! Night all x",
    "thats me done for tonight, ta ra",
    "ok im off to bed now, see you tomorrow",
    "well, I'm heading off. Cheers all, laters",
    "gotta go, catch you later",
    "nite all xx",
    "logging off now. bye for now",
    "i'm going to bed. night night",
    "thanks for tonight, see ya",
    "buenas noches a todos, hasta mañana",
    "bonne nuit, à demain",
    "gute Nacht zusammen, bis morgen",
    "boa noite pessoal, até amanhã",
    "buonanotte a tutti, a domani",
]

#: Leave-takings with more in them than a goodnight: the learned model still reads them (and
#: the rules, as always).
FAREWELLS = [
    "night all, this is the last time",
    "goodnight everyone, thank you for everything, i love you all",
    "bye forever",
    "im off. tell my mum i love her",
    "night all. i won't be back",
    "goodnight everyone, sorry for everything",
    "im done",
    "i'm going. bye",
    "off to bed and hopefully i never wake up",
    "adiós a todos para siempre",
]


@pytest.mark.parametrize("text", GOODNIGHTS)
def test_an_everyday_goodnight_is_signing_off_and_no_flag(text: str) -> None:
    assert signing_off(text_variants(text)[0])
    assert classify(text).level is Level.NONE


@pytest.mark.parametrize("text", FAREWELLS)
def test_a_farewell_with_more_in_it_is_not_signing_off(text: str) -> None:
    assert not signing_off(text_variants(text)[0])


def test_the_newcomers_goodnight_was_a_flag_of_the_model_alone() -> None:
    # Without the gate the model's concern came back: the gate is what makes it none.
    from tta_server.safety import learned

    model = learned.load()
    said = text_variants("right im off. night all")[0]
    assert model.score(said).level(model.flag_at, model.crisis_at) is not Level.NONE


@pytest.mark.parametrize(
    "text",
    [
        "off to bed and hopefully i never wake up",
        "goodnight everyone, i won't be here tomorrow",
        "night all, i have the pills ready",
    ],
)
def test_a_farewell_with_risk_keeps_its_flag(text: str) -> None:
    assert classify(text).level is not Level.NONE


@pytest.mark.parametrize(
    "text",
    [
        "turn it off n on again",
        "Have you tried turning it off and on again?",
        "switch it off and on",
        "turn the lamp off and then on again",
        "i turned it off and back on",
    ],
)
def test_turning_a_thing_off_and_on_again_is_no_flag(text: str) -> None:
    # Newcomer 28's "turn it off n on again" was a check-in: the model read "off ... again".
    assert classify(text).level is Level.NONE


@pytest.mark.parametrize(
    "text",
    ["turn it off and on again, then kill myself", "i want to switch myself off for good"],
)
def test_switching_oneself_off_is_still_read(text: str) -> None:
    assert classify(text).level is not Level.NONE
