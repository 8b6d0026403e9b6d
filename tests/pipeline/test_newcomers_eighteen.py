"""Faults from newcomers 17 and 18 (issue 14): help asked for again, another's words passed on,
a name after "then", a name not heard yet, a gift sent by someone else."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps
from tests.world.test_out_of_order import _KEY_FIRST


@pytest.mark.parametrize(
    "again", ["ask maren for help", "maren, can you help me again?", "can you help me, maren?"]
)
def test_help_asked_for_again_after_it_was_given_says_the_way_on(again: str) -> None:
    """After Maren gave the key, "ask maren for help" twice got her old line, then "nothing
    to add just now": asked again, the way on is the answer."""
    walk = [*_KEY_FIRST[:-1], again, again]  # the key from Maren before Rue was met
    [step] = played("lantern_coast", "quay", walk).steps
    assert step.outcome.message_key == "help.ok", step.outcome
    assert "tea hut" in str(step.outcome.facts.get("hint")), step.outcome.facts


@pytest.mark.parametrize(
    "text",
    [
        "maren says you can come round, with soup if you must",
        "like maren said, i need a light",
        "maren said to tell you she's sorry",
        "pip told me you'd have a lantern",
        "as maren says, it's all in the notes",
    ],
)
def test_words_passed_on_from_someone_else_are_said_to_whoever_is_here(text: str) -> None:
    """Newcomer 18 in the tea hut: "maren says u can come round" was not understood."""
    result = played("lantern_coast", "tea-hut", [text])
    assert [s.action.target_id for s in result.steps] == ["rue"], steps(result)
    assert result.steps[0].outcome.message_key != "talk.nobody", steps(result)


@pytest.mark.parametrize(
    ("at", "text", "who"),
    [
        ("tea-hut", "tell me about the light then rue", "rue"),
        ("tea-hut", "what happened to the lighthouse then, rue?", "rue"),
        ("harbour-wall", "what's wrong then pip", "pip"),
    ],
)
def test_a_name_after_then_calls_the_one_spoken_to(at: str, text: str, who: str) -> None:
    """ "tell me about the light then maren" was two talks: the second, her name alone, told
    her next topic unasked."""
    result = played("lantern_coast", at, [text])
    assert [(s.action.intent, s.action.target_id) for s in result.steps] == [("talk", who)]


def test_then_still_splits_two_commands() -> None:
    result = played("lantern_coast", "quay", ["look then north"])
    assert [s.action.intent for s in result.steps] == ["look", "go"]


@pytest.mark.parametrize(
    ("text", "says"),
    [("is pip here?", "Pip isn't here."), ("is the kid around?", "The kid isn't here.")],
)
def test_is_someone_here_never_names_them_before_they_are_met(text: str, says: str) -> None:
    """Newcomer 18 on the quay: "is pip here?" answered "Pip Dunn isn't here." before Pip
    was met; her surname is not the player's to know yet."""
    [step] = played("lantern_coast", "quay", [text]).steps
    assert step.outcome.facts.get("text") == says, step.outcome.facts
    met = played("lantern_coast", "quay", [text], ["harbour-wall"]).steps[0].outcome
    assert "Pip Dunn" in str(met.facts.get("text")), met.facts


@pytest.mark.parametrize(
    "text",
    [
        "rue sent this broth for you",
        "maren, rue sent you some broth",
        "rue made you some broth",
        "this broth is from rue",
        "rue sent me. here is the broth",
    ],
)
def test_a_gift_sent_by_someone_else_is_offered(text: str) -> None:
    """Newcomer 17: "Rue sent this broth for you" to Maren, no "give" in it, was only talk."""
    held = {"inventory": ["flask"], "places": {"flask": "player"}}
    flags = ["rue-told", "pip-steadied", "skipper-home"]
    result = played("lantern_coast", "cottage-kitchen", [text], flags=flags, **held)
    gives = [
        (s.action.target_id, s.action.obj_id) for s in result.steps if s.action.intent == "give"
    ]
    assert gives == [("flask", "maren")], steps(result)


def test_someone_who_sent_the_player_is_no_gift() -> None:
    held = {"inventory": ["flask"], "places": {"flask": "player"}}
    flags = ["rue-told", "pip-steadied", "skipper-home"]
    result = played("lantern_coast", "cottage-kitchen", ["rue sent me"], flags=flags, **held)
    assert [s.action.intent for s in result.steps] == ["talk"], steps(result)


def test_a_greeting_before_a_gift_is_still_said() -> None:
    """ "hello maren. rue sent some broth for you": her hello, then the broth (newcomer 11)."""
    held = {"inventory": ["flask"], "places": {"flask": "player"}}
    flags = ["rue-told", "pip-steadied", "skipper-home"]
    texts = ["hello maren. rue sent some broth for you"]
    result = played("lantern_coast", "cottage-kitchen", texts, flags=flags, **held)
    assert steps(result) == [("talk", "talk.ok"), ("give", "give.ok")], steps(result)


@pytest.mark.parametrize("text", ["goodnight all", "bye everyone", "see you both"])
def test_goodnight_all_is_said_to_everyone_here(text: str) -> None:
    """Newcomer 18: "goodnight all" in the bindery was answered by Bastian alone."""
    result = played("ember_library", "bindery", [text], whereabouts={"ilse": "bindery"})
    said = [(s.action.target_id, s.outcome.message_key) for s in result.steps]
    assert said == [("bastian", "talk.goodbye"), ("ilse", "talk.goodbye")], said


def test_goodnight_to_one_by_name_is_theirs_alone() -> None:
    result = played(
        "ember_library", "bindery", ["goodnight bastian"], whereabouts={"ilse": "bindery"}
    )
    assert [s.action.target_id for s in result.steps] == ["bastian"], steps(result)


@pytest.mark.parametrize(
    ("name", "at", "text", "pot"),
    [
        ("lantern_coast", "tea-hut", "can i have a cuppa?", "rues-tea"),
        ("lantern_coast", "tea-hut", "ask rue for a cup of tea please", "rues-tea"),
        ("ember_library", "bindery", "ask bastian for tea", "bindery-tea"),
        ("ember_library", "bindery", "make a tea", "bindery-tea"),
        ("ember_library", "bindery", "make everyone a cup of tea", "bindery-tea"),
    ],
)
def test_asking_for_tea_where_it_is_poured_pours_it(
    name: str, at: str, text: str, pot: str
) -> None:
    """Newcomers 11 and 18: "ask bastian for tea" got "Couldn't tell you", "make everyone a
    cup of tea" was not understood, with the teapot on the bench."""
    [step] = played(name, at, [text]).steps
    assert (step.action.intent, step.action.target_id, step.outcome.ok) == ("drink", pot, True)


def test_asking_for_tea_with_no_pot_here_is_no_drink() -> None:
    assert all(
        s.action.intent != "drink" for s in played("lantern_coast", "quay", ["make a tea"]).steps
    )


@pytest.mark.parametrize("text", ["count the steps", "count the stairs", "count them"])
def test_counting_the_lighthouse_stairs_is_a_breathing_moment(text: str) -> None:
    """Newcomers 13-16: the sign says COUNT THEM, IT HELPS, and "count the steps" was "You
    can't count anything here, not yet"."""
    [step] = played("lantern_coast", "tower-stair", [text]).steps
    assert step.outcome.ok and step.outcome.facts.get("interaction") == "verb:count-steps", step


@pytest.mark.parametrize("text", ["pip, go in to rue, it's warm there", "pip, go home"])
def test_sending_someone_in_by_name_is_said_to_them(text: str) -> None:
    """Newcomer 17: "go inside to Rue, it is warm there" to Pip walked the player instead."""
    result = played("lantern_coast", "harbour-wall", [text], flags=["pip-steadied", "rue-told"])
    assert [(s.action.intent, s.action.target_id) for s in result.steps] == [("talk", "pip")]
    assert result.state.location == "harbour-wall"
