"""What the tenth newcomer met in the narration (issue 14), tested in other words and in both
worlds: a greeting that goes on ("hi bastian, it's me, the new one") quoted back as an answer
to a question no one asked ("You answer Bastian in your own words: ... half hears you"), and
rooms described in full again on return."""

from __future__ import annotations

import asyncio

import pytest

from tests.narrative.scenes import narrated, told, world
from tests.pipeline.newcomers import placed, played

GREETED = [
    ("ember_library", "bindery", "bastian", "hi bastian, it's me, the new one from the foyer"),
    ("lantern_coast", "tea-hut", "rue", "hey rue, it's me, just off the last bus"),
]


@pytest.mark.parametrize(("name", "at", "who", "text"), GREETED)
def test_a_greeting_that_goes_on_is_played_as_the_greeting(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    told = narrated(w, state, text)
    assert told == narrated(w, state, f"hi {who}"), told  # as the greeting alone
    for part in ("last bus", "new one", "own words", "half hears"):
        assert part not in told.lower(), told


@pytest.mark.parametrize(("name", "at", "who", "text"), GREETED)
def test_a_greeting_that_goes_on_after_the_greeting_was_answered(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    state = played(name, at, [f"talk to {who}", "not sure", "ok"]).state
    told = narrated(w, state, text)
    assert "own words" not in told and "half hears" not in told, told
    assert "last bus" not in told.lower() and "new one" not in told.lower(), told


@pytest.mark.parametrize(
    ("name", "at", "before", "text", "quoted"),
    [
        ("lantern_coast", "harbour-wall", ["talk to pip"], "hi pip, none of this is your fault",
         "None of this is your fault"),
        ("ember_library", "bindery", ["talk to bastian"], "hello bastian, no, never one like that",
         None),
    ],
)  # fmt: skip
def test_a_greeting_then_an_answer_to_their_question_is_still_the_answer(
    name: str, at: str, before: list[str], text: str, quoted: str | None
) -> None:
    result = played(name, at, [*before, text])
    step = result.steps[-1]
    assert step.outcome.message_key == "talk.reply", step.outcome
    if quoted is not None:
        assert step.outcome.facts.get("words") == quoted


@pytest.mark.parametrize(
    ("name", "there", "back", "place"),
    [("lantern_coast", "in", "out", "tea-hut"), ("ember_library", "go in", "out", "foyer")],
)
def test_a_place_come_back_to_long_after_is_named_not_described_again(
    name: str, there: str, back: str, place: str
) -> None:
    """Rooms were described word for word again on return, 50-odd turns after (the tea hut,
    the bindery, the quay); once each description has had its turn a return names the place,
    and "look" still gives it in full."""
    w = world(name)
    loc = w.location(place)
    assert loc is not None
    visits = [there, back] * len(loc.descriptions)  # each description has its turn
    inputs = [*visits, *(["wait"] * 51), there, "look"]
    said = asyncio.run(told(w, inputs))
    returned, looked = said[-2][1], said[-1][1]
    assert loc.name.lower() in returned.lower() and "and wait" not in returned, returned
    for d in loc.descriptions:
        assert d.split(".")[0] not in returned, returned
    assert any(d.split(".")[0] in looked for d in loc.descriptions), looked


@pytest.mark.parametrize(
    ("name", "at", "before", "text", "first"),
    [
        ("ember_library", "reading-room", ["talk to juno", "no"],
         "juno, is every word of it true? does everyone really know? who would even say so?",
         "Juno"),
        ("lantern_coast", "harbour-wall",
         ["talk to pip", "no, it isn't your fault, you spotted it", "ok", "what do we know?"],
         "pip, are you cold out here? do you like the gulls? is the wall slippery?", "Pip"),
    ],
)  # fmt: skip
def test_questions_in_one_input_to_someone_get_one_answer(
    name: str, at: str, before: list[str], text: str, first: str
) -> None:
    """A question to Juno was answered in pieces: two stock lines and "Ask Bastian"."""
    w, _ = placed(name, at)
    state = played(name, at, before).state
    told = narrated(w, state, text).split("\n")
    assert len([p for p in told if first in p]) == 1, told
