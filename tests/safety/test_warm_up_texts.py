"""The server's start-up warm-up (``tta_server.warm_up``) plays :data:`~tta_server.warm_up.TEXTS`
from an account of its own: none of them may ever raise an alert, so each must be rated
``none`` by the screen and stay ``none`` after the contextual signal (a future rule table or
index that flagged one would show facilitators an alert from the warm-up account)."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.contextual_pool import WARM_UP_TEXT
from tta_server.warm_up import TEXTS


@pytest.mark.parametrize("text", [*TEXTS, WARM_UP_TEXT])
def test_every_warm_up_text_is_none_to_the_screen_and_the_signal(text: str) -> None:
    base = classify(text)
    assert base.level is Level.NONE, (text, base)
    said = signal().level(text, signal().score(text))
    assert said is Level.NONE, (text, said)
    assert signal().raise_verdict(text, base) == base
