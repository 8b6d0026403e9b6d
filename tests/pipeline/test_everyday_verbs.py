"""Everyday verbs, questions and answers to people, "help <person>", unknown words, and things
that are not here: what newcomers typed in both shipped worlds (issue 14, item 1)."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import MARA, world
from tests.pipeline.parser_helpers import make_scope, triples
from tta_server.narrative.base import Scene
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline.parser import parse
from tta_server.pipeline.play import play
from tta_server.protocol.intents import ACTS
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World

PARSES = [
    ("light the lamp", ("light", "lamp", None)),
    ("put out the lamp", ("extinguish", "lamp", None)),
    ("drink the broth", ("drink", "broth", None)),
    ("eat the bread", ("eat", "bread", None)),
    ("smell the air", ("smell", None, None)),
    ("sniff the bread", ("smell", "bread", None)),
    ("listen", ("listen", None, None)),
    ("touch the wall", ("touch", "wall", None)),
    ("stroke the gull", ("pet", "gull", None)),
    ("blow on the bread", ("blow", "bread", None)),
    ("play the whistle", ("play", "whistle", None)),
    ("read the sign", ("read", "sign", None)),
    ("write on the slate with the chalk", ("write", "slate", "chalk")),
    ("write hope on the slate", ("write", "slate", "hope")),
    ("show the key to the keeper", ("show", "key", "keeper")),
    ("give the bread to the gull", ("give", "bread", "gull")),
    ("ask the keeper about the lamp", ("talk", "keeper", "lamp")),
    ("tell the keeper about the gull", ("talk", "keeper", "gull")),
    ("answer the keeper", ("talk", "keeper", None)),
    ("sit on the bench", ("sit", "bench", None)),
    ("sleep", ("sleep", None, None)),
    ("climb the tree", ("climb", "tree", None)),
    ("push the cart", ("push", "cart", None)),
    ("pull the rope", ("pull", "rope", None)),
    ("turn the wheel", ("turn", "wheel", None)),
    ("search the desk", ("search", "desk", None)),
    ("hug the keeper", ("hug", "keeper", None)),
    ("thank the keeper", ("thank", "keeper", None)),
    ("apologise to the keeper", ("apologise", "keeper", None)),
    ("knock on the door", ("knock", "door", None)),
    ("ring the bell", ("ring", "bell", None)),
    ("shut the gate", ("close", "gate", None)),
    ("close the damper a notch at a time", ("close", "damper", None)),
    ("help the keeper", ("assist", "keeper", None)),
    ("help pip with a heavy thought", ("assist", "pip", "heavy thought")),
    ("help", ("help", None, None)),
    ("help me", ("help", None, None)),
    ("help me with the door", ("help", "door", None)),
]


@pytest.mark.parametrize(("text", "expected"), PARSES, ids=[p[0] for p in PARSES])
def test_everyday_verbs_parse_without_a_world(text: str, expected: tuple[str, ...]) -> None:
    assert triples(parse(text)) == [expected]


def test_every_act_has_a_verb_players_type() -> None:
    found = {i.intent for text, _ in PARSES for i in parse(text)}
    assert set(ACTS) <= found


QUESTIONS = [
    "where did she go?",
    "why is the lighthouse dark?",
    "what do we actually know?",
    "no",
    "it's not your fault",
    "don't worry",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_words_said_to_a_present_person_are_talk_to_them(text: str) -> None:
    scope = make_scope([])
    scope.people = frozenset({"keeper-1"})
    [said] = parse(text, scope)
    assert (said.intent, said.target_id) == ("talk", "keeper-1")
    assert said.obj == text.rstrip("?")


def test_a_question_with_no_one_here_is_said_to_no_one() -> None:
    alone = make_scope([])
    alone.entries = [e for e in alone.entries if e.id != "keeper-1"]
    alone.people = frozenset()
    [asked] = parse("why is the lighthouse dark?", alone)
    assert (asked.intent, asked.target, asked.said) == ("talk", None, True)
    assert parse("don't go north", alone)[0].intent == "unknown"
    assert parse("no", alone)[0].intent == "unknown"


def test_a_negated_command_is_not_said() -> None:
    assert parse("don't go north", make_scope())[0].intent == "unknown"


def test_ask_someone_a_question_splits_who_from_what() -> None:
    [asked] = parse("ask the card catalogue where my book is")
    assert (asked.intent, asked.target, asked.obj) == ("talk", "card catalogue", "where my book is")


# -- in the shipped worlds --------------------------------------------------------------------
def _lantern() -> tuple[World, WorldState]:
    w = world("lantern_coast")
    return w, new_state(w)


def test_a_thing_that_is_not_here_is_not_here() -> None:
    w, start = _lantern()
    [step] = play(w, start, "x lantern").steps  # the lantern is in Rue's hut
    assert (step.outcome.ok, step.outcome.message_key) == (False, "examine.not_here")


def test_unknown_words_are_named_never_a_silent_look() -> None:
    w, start = _lantern()
    played = play(w, start, "frobnicate the fog bell")
    assert played.steps == ()
    assert played.unknown == "I know the words 'fog' and 'bell', but not 'frobnicate'."
    assert play(w, start, "xyzzy").unknown == "I don't know the word 'xyzzy'."
    elsewhere = play(w, start, "frobnicate the lantern").unknown  # Rue has it, in her hut
    assert elsewhere == "I know the word 'lantern', but not 'frobnicate'."
    assert play(w, start, "I feel anxious").unknown == ""  # the feelings answer instead


def test_examine_me_describes_the_player_character() -> None:
    w, start = _lantern()
    [step] = play(w, start, "examine me").steps
    assert step.outcome.ok and step.outcome.facts["name"] == "yourself"
    assert step.outcome.facts["description"]
    assert play(w, start, "x myself").steps[0].outcome.facts["name"] == "yourself"


def test_everyday_verbs_get_a_default_reply_and_change_nothing_else() -> None:
    w, start = _lantern()
    for text in ("smell", "listen", "sit", "sleep", "hug myself", "blow", "knock"):
        [step] = play(w, start, text).steps
        assert step.outcome.ok, text
        assert step.outcome.facts["text"], text
        assert step.outcome.state.location == start.location
    refused = play(w, start, "eat the fog bell").steps[0].outcome
    assert not refused.ok and refused.message() == "The fog bell isn't something to eat."


def test_everyday_verbs_reach_the_worlds_own_verbs() -> None:
    w, start = _lantern()
    rung = play(w, start, "ring the fog bell").steps[0]
    assert rung.outcome.ok and rung.outcome.facts.get("interaction") == "use:fog-bell:ring"
    inside = play(w, start, "go inside").state
    thanked = play(w, inside, "thank rue").steps[0]
    assert thanked.outcome.facts.get("interaction") == "react:rue:thank"


def test_help_a_person_is_talking_with_them_not_a_hint() -> None:
    w, start = _lantern()
    inside = play(w, start, "go inside").state
    [step] = play(w, inside, "help rue").steps
    assert step.action.intent == "assist"
    assert step.outcome.message_key.startswith("talk.") and step.outcome.facts["character"] == "rue"
    assert play(w, inside, "help").steps[0].outcome.message_key == "help.ok"
    [away] = play(w, inside, "help pip").steps  # Pip is on the harbour wall
    assert (away.outcome.ok, away.outcome.message_key) == (False, "talk.absent")


def test_a_question_to_a_present_character_is_talk_with_the_words() -> None:
    w, start = _lantern()
    inside = play(w, start, "go inside").state
    [step] = play(w, inside, "why is the lighthouse dark?").steps
    assert step.action == ("talk", "rue", None, "why is the lighthouse dark?")  # as typed
    assert step.outcome.ok


async def test_the_narrator_says_which_words_were_not_understood() -> None:
    w, start = _lantern()
    played = play(w, start, "frobnicate the fog bell")
    scene = Scene(
        world=w,
        persona=MARA,
        context=played.context,
        text="frobnicate the fog bell",
        suggestions=played.suggestions,
        unknown=played.unknown,
    )
    text = " ".join(await DefaultNarrator().narrate(scene))
    assert "I know the words 'fog' and 'bell', but not 'frobnicate'." in text
    assert "look around" in text  # and still what there is to do here
