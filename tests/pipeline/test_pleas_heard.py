"""Pleas and requests heard as words to someone (issue 14, newcomer 23): to Maren, coughing,
"nothing to be ashamed of. please see a doctor tomorrow, promise?" looked for a thing called
"doctor tomorrow promise"; "you should see a doctor about that chest" met "I couldn't say".
A plea for their own good is said to them, and kind; "show me how to <do X>" with no one here
to ask is a hint, as "how do i <do X>?" is."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    "text",
    [
        "please go and see a doctor in the morning, promise?",
        "there's no shame in it. promise me you'll call the doctor",
        "you ought to see your gp about that cough",
        "please look after yourself",
        "get some rest tonight, will you?",
    ],
)
@pytest.mark.parametrize(
    ("name", "at", "who"),
    [("lantern_coast", "cottage-kitchen", "maren"), ("ember_library", "bindery", "bastian")],
)
def test_a_plea_for_their_own_good_is_said_to_them_kindly(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    state = play(w, state, f"talk to {who}").state
    result = play(w, state, text)
    assert [s.action.intent for s in result.steps] == ["talk"], steps(result)
    assert result.steps[0].action.target_id == who
    told = narrated(w, state, text)
    assert "find" not in told and "couldn't say" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "show me how to fill the lamp",
        "can you show me how to light it?",
        "please teach me how to wind the clockwork",
        "tell me how to do this",
    ],
)
def test_show_me_how_with_no_one_to_ask_is_a_hint(text: str) -> None:
    w, state = placed("lantern_coast", "lamp-room", held=("matches", "oil-can"))
    result = play(w, state, text)
    assert steps(result) == [("help", "help.ok")], steps(result)


def test_looking_at_a_thing_politely_is_still_a_look() -> None:
    w, state = placed("lantern_coast", "cottage-kitchen")
    result = play(w, state, "please look at the photograph")
    assert [s.action.intent for s in result.steps] == ["examine"], steps(result)
