"""Everyday distress (``strain.everyday_distress``): the concerns that get no second check-in
panel soon after one (the setting ``checkin_panel_quiet_s``, ``handlers/turns.py``). Newcomer
29, a widow, got the panel three times in one evening for mentioning her late husband; grief,
loneliness, worry and a low week are everyday, hopelessness, worthlessness and every graver
cell are not."""

from __future__ import annotations

import pytest

from tta_server.safety import classify
from tta_server.safety.model import Level
from tta_server.safety.strain import everyday_distress

EVERYDAY = [
    "i lost my wife last year and some evenings it still catches me out",
    "a bit lonely since i moved here, if im honest",
    "i feel really low this week",
    "i havent slept properly in weeks",
    "my mum is having an operation on friday and im so worried",
]

GRAVER = [
    "nothing is ever going to get better for me",  # hopelessness
    "i feel numb since she went",
    "i am worthless and everyone knows it",
    "the urge to cut is back but i havent",  # self-harm, another category
    "im not coping at all anymore",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_distress_is_everyday(text: str) -> None:
    verdict = classify(text)
    assert verdict.level is Level.CONCERN, verdict
    assert everyday_distress(text, verdict)


@pytest.mark.parametrize("text", GRAVER)
def test_graver_concerns_are_not(text: str) -> None:
    verdict = classify(text)
    assert verdict.level is not Level.NONE, verdict
    assert not everyday_distress(text, verdict)


def test_a_crisis_is_never_everyday() -> None:
    text = "i miss him so much i want to die"
    verdict = classify(text)
    assert verdict.level is Level.CRISIS
    assert not everyday_distress(text, verdict)
