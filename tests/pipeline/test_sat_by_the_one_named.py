"""Newcomer corpus 26 (issue 14): "Maren, may I sit by you? ..." in the tea hut sat Gwen down
by Rue. A deed done by or with "you" after a name ("sit by you", "sit with you", "stay next to
you") is done with the one named."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Maren, may I sit by you?", "maren"),
        ("maren, can i sit with you", "maren"),
        ("Maren, may I sit by you? Since he died I find I don't ask people for much.", "maren"),
        ("rue, may i sit next to you for a bit?", "rue"),
        ("Rue, could I sit beside you?", "rue"),
    ],
)
def test_sitting_by_the_one_named_sits_by_them(text: str, who: str) -> None:
    w, state = placed("lantern_coast", "tea-hut", whereabouts={"maren": "tea-hut"})
    result = play(w, state, text)
    assert result.steps and result.steps[0].action.intent == "sit", steps(result)
    assert result.steps[0].action.target_id == who, steps(result)
