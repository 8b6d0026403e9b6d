"""Giving a character the thing a step with them needs (issue 14, newcomer 23): Juno had just
said "If I had something that only wrote true things, I'd write that down", and "give pen to
juno" was "That's yours. I've got enough going on with one page." Giving it to her is the
writing on her page, done with her; before she has told what is wrong, the page's own words
say what is still missing. Other things are still declined as before."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    "text",
    ["give pen to juno", "give juno the pen", "hand her the mending pen", "offer juno the pen"],
)
def test_giving_her_the_pen_she_wished_for_writes_on_her_page(text: str) -> None:
    w, state = placed("ember_library", "reading-room", held=("mending-pen",))
    state = play(w, state, "talk to juno").state
    result = play(w, state, text)
    assert [s.outcome.message_key for s in result.steps] == ["verb.ok"], steps(result)
    assert "juno-freed" in result.state.flags
    assert "That's yours" not in narrated(w, state, text)


@pytest.mark.parametrize("text", ["give pen to juno", "hand juno the pen"])
def test_before_she_has_said_what_is_wrong_the_refusal_says_why(text: str) -> None:
    w, state = placed("ember_library", "reading-room", held=("mending-pen",))
    result = play(w, state, text)
    assert [s.outcome.message_key for s in result.steps] == ["verb.blocked"], steps(result)
    told = narrated(w, state, text)
    assert "what Juno needs the page to say" in told, told
    assert "juno-freed" not in result.state.flags


def test_a_thing_no_step_with_her_needs_is_still_declined() -> None:
    w, state = placed("ember_library", "reading-room", held=("mending-pen", "lantern"))
    state = play(w, state, "talk to juno").state
    result = play(w, state, "give the lantern to juno")
    assert [s.outcome.message_key for s in result.steps] == ["give.declined"], steps(result)
