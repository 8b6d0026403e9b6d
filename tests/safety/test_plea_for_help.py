"""A plea for help with a task one cannot do alone, and nothing else, is a concern at most
(round 29, ``lookalikes.PLEA``): the contextual signal and the n-gram model agreed on crisis
for "i can't do it on my own, will you help me", a hold for a player stuck at a puzzle with no
one there to hear it. Words of risk, time, a plan or an end beside the plea keep the rules' and
the signals' reading. The real encoder; the sentences are the lead's own."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety.classifier import text_variants
from tta_server.safety.contextual import signal
from tta_server.safety.lookalikes import PLEA

#: Pleas the signals alone would call crisis; the first still so is used.
PLEAS = (
    "i can't do it on my own, will you help me",
    "i cant do it on my own. will you help me",
    "i can't do it by myself, can you help me",
)


def test_a_plea_the_signals_call_crisis_is_a_concern() -> None:
    served = [signal().raise_verdict(t, classify(t)) for t in PLEAS]
    pleas = [v for v in served if v.reasons and v.reasons[-1].endswith(":plea")]
    assert pleas, f"the signals no longer call any of {PLEAS} crisis: nothing to lower"
    assert all(v.level is not Level.CRISIS for v in served), served


@pytest.mark.parametrize(
    "text",
    [
        "i can't do it on my own, will you help me",
        "I don't think I can do this bit on my own... can you give me a hand?",
        "ok i cant fix the lamp by myself. help me please",
        "could you help me with the clockwork",
        "help me",
    ],
)
def test_pleas_with_nothing_else_are_read_as_pleas(text: str) -> None:
    assert PLEA.fullmatch(text_variants(text)[-1]), text_variants(text)[-1]


@pytest.mark.parametrize(
    "text",
    [
        "i can't do this on my own anymore, help me",
        "i can't do it on my own tonight, help me",
        "i can't do it alone. i have the pills. help me",
        "help me, i want to die",
        "i can't do it on my own, will you help me end it",
        "i can't live on my own, help me",
    ],
)
def test_a_plea_with_anything_more_is_not(text: str) -> None:
    assert not PLEA.fullmatch(text_variants(text)[-1]), text_variants(text)[-1]


def test_risk_beside_a_plea_keeps_the_crisis() -> None:
    text = "i can't do it alone. i have the pills. help me"
    assert signal().raise_verdict(text, classify(text)).level is Level.CRISIS
