"""Gifts in natural speech (issue 14, newcomers 14 to 16): "I'd like you to have it", "this is
for you, Ilse", "here, take the blanket", "put this blanket round your shoulders" said with
someone here give them the thing named, or the one just mentioned or held; they were talked
past, taken back into the player's hands ("You already have that") or dropped on the floor."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    "text",
    [
        "I'd like you to have it",
        "this is for you, Pip",
        "here, take the blanket",
        "put this blanket round your shoulders",  # newcomer 16: dropped
        "here pip, take the blanket",
        "you can have the blanket",
        "take this blanket, pip",
    ],
)
def test_words_that_hand_the_blanket_to_pip_give_it(text: str) -> None:
    w, state = placed("lantern_coast", "harbour-wall", held=["blanket"])
    [step] = play(w, state, text).steps
    assert (step.action.intent, step.action.target_id, step.action.obj_id) == (
        "give",
        "blanket",
        "pip",
    ), steps(play(w, state, text))


@pytest.mark.parametrize(
    "text",
    [
        "Hello Ilse. I brought you a sprig of rosemary from Fenn's bush in the garden. Here,"
        " I'd like you to have it.",  # newcomer 15
        "this is for you, Ilse",
    ],
)
def test_the_gift_she_would_take_is_given(text: str) -> None:
    w, state = placed("ember_library", "clock-loft", held=["rosemary", "mending-pen"])
    assert steps(play(w, state, text))[-1] == ("give", "give.ok")  # after her hello, if any


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("take care, pip", ("talk", "talk.goodbye")),
        ("take the lantern", ("take", "take.not_here")),  # not held: the usual take
        ("take the blanket", ("take", "take.already_held")),  # no "here", no name: a take
    ],
)
def test_words_that_hand_nothing_held_are_not_a_gift(text: str, first: tuple[str, str]) -> None:
    w, state = placed("lantern_coast", "harbour-wall", held=["blanket"])
    assert steps(play(w, state, text))[:1] == [first]


def test_with_no_one_here_taking_is_taking() -> None:
    w, state = placed("lantern_coast", "quay", held=["blanket"])
    assert steps(play(w, state, "take the blanket"))[:1] == [("take", "take.already_held")]


@pytest.mark.parametrize(
    "text",
    [
        "hello maren love, rue sent this broth. get it down you",  # newcomer 18
        "here's some broth, maren",
        "maren, i've brought some broth",
        "maren, get this down you",
        "here's some broth from rue, maren",
        "maren, ive brought you some broth from rue's",
    ],
)
def test_words_that_bring_the_broth_to_maren_give_it(text: str) -> None:
    """Newcomer 18 in Maren's kitchen, the flask in hand: "rue sent this broth. get it down
    you" was "You can't find that here"."""
    w, state = placed("lantern_coast", "cottage-kitchen", held=["flask"])
    found = steps(play(w, state, text))
    assert ("give", "give.ok") in found, found


#: Giving in plain words (newcomer 22, English as a second language: "hi ilse. i found these in
#: the ashes ... here, for u" was talked past, "give broth" with Maren and Skipper in the
#: kitchen was "There's no one here to offer it to").
@pytest.mark.parametrize(
    "text",
    [
        "here, for u",
        "here you go",
        "for you",
        "have it",
        "keep it",
        "i found these in the ashes. here, for u",
        "here u go",
    ],
)
def test_plain_giving_words_with_one_person_here_give_the_one_thing_held(text: str) -> None:
    w, state = placed("ember_library", "clock-loft", held=["fenn-glasses"])
    assert steps(play(w, state, text))[-1:] == [("give", "give.ok")], text


@pytest.mark.parametrize("text", ["give broth", "give the flask", "give soup"])
def test_giving_with_a_person_and_an_animal_here_goes_to_the_one_who_would_take_it(
    text: str,
) -> None:
    w, state = placed(
        "lantern_coast",
        "cottage-kitchen",
        held=["flask"],
        whereabouts={"skipper": "cottage-kitchen"},
    )
    [step] = play(w, state, text).steps
    assert (step.action.target_id, step.outcome.message_key) == ("flask", "give.ok"), text
    assert step.outcome.facts["character"] == "maren"


@pytest.mark.parametrize("text", ["give blanket", "here, for u", "here you go"])
def test_giving_with_two_people_here_and_none_named_asks_which(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut", held=["blanket"], whereabouts={"pip": "tea-hut"})
    result = play(w, state, text)
    assert steps(result) == [("give", "give.whom")], text
    assert "blanket" in result.state.inventory
    told = narrated(w, state, text)
    assert "Rue or Pip?" in told and "No harm" not in told, told


@pytest.mark.parametrize("text", ["here", "i am here", "i'm here for you"])
def test_here_alone_gives_nothing_the_one_spoken_to_would_not_take(text: str) -> None:
    w, state = placed("lantern_coast", "harbour-wall", held=["blanket"])
    assert "give" not in [i for i, _ in steps(play(w, state, text))], text


@pytest.mark.parametrize(
    "text",
    [
        "could u give me something warm for maren",  # newcomer 13, with "u" read as "you"
        "could you give me something warm for maren",
        "give me the blanket",
        "can you give us a light",
    ],
)
def test_give_me_is_asking_whoever_is_here(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut")
    [step] = play(w, state, text).steps
    assert (step.action.intent, step.action.target_id) == ("talk", "rue"), text
