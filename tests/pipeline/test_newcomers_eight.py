"""What the eighth newcomer met in play (issue 14), tested in other words: a character who
answered one sentence bringing up their own topic on the next sentence of the same input ("half
hears you; something else has been waiting its turn"), in both worlds; a command at a moment
that takes the player's own words quoted as their words ("'Wipe the.'"), "rub it out" read as
a thing called "it out", and "clean" taken for a typo of "clang"."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import played, steps
from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.frames import verb_typo
from tta_server.pipeline.parser import parse
from tta_server.pipeline.play import play
from tta_server.world import new_state

#: From the start of the Ember Library to Bastian in the bindery, who then asks a question.
AT_BASTIAN = ["go in", "w", "talk to bastian"]


@pytest.mark.parametrize(
    ("world_id", "before", "who", "text"),
    [
        (
            "lantern_coast",
            ["e", "talk to pip", "no, it isn't your fault, you spotted it"],
            "pip",
            "sure, we can do that. what is true for certain?",
        ),
        (
            "ember_library",
            AT_BASTIAN,
            "bastian",
            "yes, i will. what do you think of the moon?",
        ),
    ],
)
def test_an_answer_is_not_stitched_to_the_characters_own_topic(
    world_id: str, before: list[str], who: str, text: str
) -> None:
    result = played(world_id, new_state(world(world_id)).location, [*before, text])
    said = [s for s in result.steps if s.outcome.facts.get("character") == who]
    assert said and said[0].outcome.ok  # the answer
    assert not any(s.outcome.facts.get("offtopic") for s in said), steps(result)


# -- a command is never quoted as the player's own words; phrasal verbs ------------------------
PIP_ASKS = ["e", "talk to pip", "no, it isn't your fault, you spotted it", "ok"]


@pytest.mark.parametrize(
    "text", ["erase the slate", "scrub it clean", "clean the slate", "rub that out", "wipe it off"]
)
def test_a_command_at_a_moment_of_own_words_does_it_without_quoting_the_command(text: str) -> None:
    w = world("lantern_coast")
    state = new_state(w)
    for typed in PIP_ASKS:
        state = play(w, state, typed).state
    steps = play(w, state, text).steps
    assert [(str(s.action.intent), s.outcome.ok) for s in steps] == [("rewrite", True)]
    assert "words" not in steps[0].outcome.facts  # told in the world's words, not 'Erase the.'


def test_the_players_own_words_at_that_moment_are_still_quoted() -> None:
    w = world("lantern_coast")
    state = new_state(w)
    for typed in PIP_ASKS:
        state = play(w, state, typed).state
    steps = play(w, state, "they are only waiting out past the bar").steps
    assert steps[0].outcome.facts.get("words") == "They are only waiting out past the bar"


@pytest.mark.parametrize(
    ("text", "verb_words"),
    [
        ("cross it out", "cross out"),
        ("could i scratch that out", "scratch out"),
        ("rub them off", "rub off"),
        ("wipe this clean", "wipe clean"),
    ],
)
def test_a_phrasal_verb_round_its_object_never_makes_it_out_a_thing(
    text: str, verb_words: str
) -> None:
    norm = normalise(text)
    assert verb_words in norm
    for intent in parse(text):
        assert not (intent.target or "").endswith((" out", " off", " clean"))


@pytest.mark.parametrize("word", ["clean", "wash", "erase"])
def test_an_everyday_verb_is_a_word_not_a_typo_of_a_game_verb(word: str) -> None:
    assert verb_typo(word) is None


# -- a thing someone has just given is not refused as already held -----------------------------
@pytest.mark.parametrize(
    ("name", "before", "text", "item"),
    [
        (
            "lantern_coast",
            ["go inside", "ask Rue what's happened to the lighthouse"],
            "ask rue for help and take a lantern",
            "storm-lantern",
        ),
        (
            "ember_library",
            AT_BASTIAN,
            "how can i help mend things? let me take the pen",
            "mending-pen",
        ),
    ],
)
def test_taking_what_was_just_given_is_not_refused_as_already_held(
    name: str, before: list[str], text: str, item: str
) -> None:
    start = new_state(world(name)).location
    result = played(name, start, [*before, text])
    assert item in result.state.inventory
    assert ("take", "take.already_held") not in steps(result), steps(result)


def test_taking_what_was_held_before_is_still_told() -> None:
    told = ["go inside", "ask Rue what's happened to the lighthouse", "ask rue for help"]
    result = played("lantern_coast", "quay", [*told, "take the storm lantern"])
    assert steps(result) == [("take", "take.already_held")]


# -- "i'll listen" to someone is words to them, not the verb listen ---------------------------
@pytest.mark.parametrize(
    ("name", "at", "who"),
    [("lantern_coast", "tea-hut", "rue"), ("ember_library", "bindery", "bastian")],
)
@pytest.mark.parametrize("text", ["ok, i'll listen", "right, i am listening to you"])
def test_saying_you_will_listen_is_said_to_the_person_here(
    name: str, at: str, who: str, text: str
) -> None:
    result = played(name, at, [text])
    assert [(str(s.action.intent), s.action.target_id) for s in result.steps] == [("talk", who)]


def test_listening_with_no_one_here_is_still_the_verb() -> None:
    result = played("lantern_coast", "dunes", ["i'll listen"])
    assert result.steps and str(result.steps[0].action.intent) == "listen"
