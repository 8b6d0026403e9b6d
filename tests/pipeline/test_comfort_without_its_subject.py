"""Comfort in second-language order (issue 14, newcomer 27, corpus 24 n=12): to Pip's "It is my
fault. Isn't it?", "nie, nie. is not your fault. light go out because Maren is sick, not
because you" was three remarks, and "light go out ..." the verb light ("You can't find that
here"). A noun that is also a verb, followed by a verb of its own ("light go out", "fire went
out"), is a sentence about it; "is not ..." with its subject left out is no question; the
sentences are one reply."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, played, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    "text",
    [
        "nie, nie. is not your fault. light go out because Maren is sick, not because you",
        "no. is not your fault. light is out because maren is ill",
        "no no. was not you. the lamp went out, lamps do that",
        "no. is not your fault, pip. light go out because nobody could climb",
    ],
)
def test_comfort_with_its_subject_left_out_is_one_reply(text: str) -> None:
    result = played("lantern_coast", "harbour-wall", ["talk to pip", text])
    assert [(s.action.target_id, s.outcome.message_key) for s in result.steps] == [
        ("pip", "talk.reply")
    ], steps(result)


@pytest.mark.parametrize(
    "text", ["light go out because maren is sick", "fire went out", "help is coming, pip"]
)
def test_a_noun_then_its_own_verb_is_no_command(text: str) -> None:
    result = played("lantern_coast", "harbour-wall", ["talk to pip", text])
    assert [str(s.action.intent) for s in result.steps] == ["talk"], steps(result)


@pytest.mark.parametrize("text", ["light the lantern", "light lantern now"])
def test_the_verb_before_a_thing_is_still_the_command(text: str) -> None:
    w, state = placed("lantern_coast", "harbour-wall", held=["storm-lantern"])
    result = play(w, state, text)
    assert [str(s.action.intent) for s in result.steps] == ["light"], steps(result)
