"""Round 33b (docs/safety.md): a dog walked or fed before a goodbye is an errand, not affairs put
in order. Newcomer 36 (Derek, play corpus 32) ended an evening with "Im tired now. I think I
will go home and walk the dog. Goodbye everyone, and thank you." and was held by round 24's
``r24_affairs_farewell`` (the dog, then a goodbye). A dog given away with a goodbye is still
a crisis."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify, contextual

ERRANDS = [
    "Im tired now. I think I will go home and walk the dog. Goodbye everyone, and thank you.",
    "time to walk my dog, goodbye everyone",
    "i have to feed the dog now. bye everyone, see you tomorrow",
    "voy a pasear al perro. adios a todos",
    "vou passear o cachorro. adeus a todos",
]
REHOMED = [
    "gave the dog to the neighbours, i wont be needing anything. goodbye",
    "gave my dog to my sister and wrote down my passwords. goodbye everyone",
    "le di el perro a mi vecina. adios",
    "i fed the dog and paid my debts. bye all",
]


@pytest.mark.parametrize("text", ERRANDS)
def test_a_dog_walked_before_a_goodbye_is_no_crisis(text: str) -> None:
    assert classify(text).level is not Level.CRISIS


def test_the_newcomers_goodbye_is_not_held_as_served() -> None:
    text = ERRANDS[0]
    assert contextual.signal().raise_verdict(text, classify(text)).level is not Level.CRISIS


@pytest.mark.parametrize("text", REHOMED)
def test_a_dog_given_away_or_debts_paid_with_a_goodbye_stays_a_crisis(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS
    assert "suicide.r24_affairs_farewell" in got.reasons
