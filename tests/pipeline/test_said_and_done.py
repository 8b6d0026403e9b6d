"""More of what the third newcomers' corpus (issue 14) showed refused or misread, in other
words than the players': leave-takings ("bye maren"), "find X", questions about what to do
asked with no one here, "I'll try" as an answer, typos in verbs, "take X (up) to <person>",
"go and <verb>", "go in" said inside, and a command's tail that names nothing ("a notch at a
time", "before you ...")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.narrative.scenes import world
from tests.pipeline.parser_helpers import make_scope, triples
from tta_server.pipeline.parser import parse
from tta_server.pipeline.play import Played, play
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World


def _state(name: str, at: str, **update: object) -> tuple[World, WorldState]:
    w = world(name)
    return w, new_state(w).model_copy(update={"location": at, **update})


def _did(played: Played) -> list[tuple[str, str | None, str]]:
    return [(str(s.action.intent), s.action.target_id, s.outcome.message_key) for s in played.steps]


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [
        ("lantern_coast", "tea-hut", "bye rue", "rue"),
        ("lantern_coast", "tea-hut", "goodbye, rue!", "rue"),
        ("ember_library", "bindery", "farewell bastian", "bastian"),
        ("ember_library", "bindery", "wave goodbye to bastian", "bastian"),
    ],
)
def test_a_leave_taking_is_said_to_the_person(name: str, at: str, text: str, who: str) -> None:
    w, state = _state(name, at)
    [(intent, target, key)] = _did(play(w, state, text))
    assert (intent, target) == ("talk", who)
    assert key.startswith("talk.")


def test_thanks_to_everyone_then_goodbye_is_thanks_and_a_goodbye() -> None:
    w, state = _state("ember_library", "bindery")
    did = _did(play(w, state, "thank you all, bye"))
    assert [(i, t) for i, t, _ in did] == [("thank", "bastian"), ("talk", "bastian")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("find the lantern", "lantern"),
        ("look for the key", "key"),
        ("search for the rusty key", "rusty key"),
        ("hunt for the bread", "bread"),
    ],
)
def test_find_and_look_for_are_searching(text: str, target: str) -> None:
    assert triples(parse(text, make_scope())) == [("search", target, None)]


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "dunes", "how do i find the dog?"),
        ("lantern_coast", "cliff-path", "why can't i go any further"),
        ("ember_library", "east-corridor", "what should i do with the biscuits"),
        ("ember_library", "stacks", "what did that do?"),
        ("ember_library", "stacks", "what does that even mean"),
    ],
)
def test_a_question_about_what_to_do_with_no_one_here_gets_a_hint(
    name: str, at: str, text: str
) -> None:
    w, state = _state(name, at)
    assert _did(play(w, state, text)) == [("help", None, "help.ok")]


def test_the_same_question_with_someone_here_is_asked_of_them() -> None:
    w, state = _state("lantern_coast", "tea-hut")
    [(intent, target, _)] = _did(play(w, state, "how do i get to the lighthouse?"))
    assert (intent, target) == ("talk", "rue")


@pytest.mark.parametrize(
    "text", ["i'll try", "yes, i will try", "of course i'll come", "i can try"]
)
def test_a_willing_answer_is_said_not_done(text: str) -> None:
    w, state = _state("lantern_coast", "harbour-wall")
    did = _did(play(w, state, text))
    assert [(i, t) for i, t, _ in did] == [("talk", "pip")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("unlcok the gate with the key", ("open", "gate", "key")),
        ("exmaine the lantern", ("examine", "lantern", None)),
        ("tkae the bread", ("take", "bread", None)),
        ("pcik up the key", ("take", "key", None)),
    ],
)
def test_a_typo_in_the_verb_before_a_name_here_is_mended(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert triples(parse(text, make_scope())) == [expected]


@pytest.mark.parametrize("text", ["tale the bread", "lokk", "clock the key", "unlcok"])
def test_a_word_that_is_not_a_near_verb_before_a_name_stays_unknown(text: str) -> None:
    assert [i.intent for i in parse(text, make_scope())] == ["unknown"]


@pytest.mark.parametrize(
    "text", ["take the rusty key to maren", "bring the key up to the keeper", "take it to her"]
)
def test_taking_a_thing_to_a_person_gives_it(text: str) -> None:
    scope = replace(make_scope(last_mentioned=["key-1"]), people=frozenset({"keeper-1"}))
    [intent] = parse(text, scope)
    assert (intent.intent, intent.target_id, intent.obj_id) == ("give", "key-1", "keeper-1")


def test_taking_a_thing_to_a_place_is_still_taking() -> None:
    scope = replace(make_scope(), people=frozenset({"keeper-1"}))
    [intent] = parse("take the key to the harbour", scope)
    assert (intent.intent, intent.target_id) == ("take", "key-1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("go and take the key", [("take", "key", None)]),
        ("come and look at the gull", [("examine", "gull", None)]),
        ("go ahead and light the lamp", [("light", "lamp", None)]),
        ("go and then take the key", [("go", None, None), ("take", "key", None)]),
    ],
)
def test_go_and_verb_is_the_verb(text: str, expected: list[tuple[str, str | None, None]]) -> None:
    assert triples(parse(text, make_scope())) == expected


def test_go_in_said_inside_lets_the_rest_of_the_input_happen() -> None:
    w, state = _state("lantern_coast", "tea-hut")
    did = _did(play(w, state, "go inside and talk to rue"))
    assert did[0][2] == "go.already"
    assert did[1][:2] == ("talk", "rue")


def test_go_in_outdoors_with_no_way_in_is_still_no_way() -> None:
    w, state = _state("lantern_coast", "dunes")
    assert _did(play(w, state, "go in"))[0][2] == "go.no_exit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("read the key a page at a time", ("read", "key", None)),
        ("push the lamp a bit", ("push", "lamp", None)),
        ("light the lamp before you go", ("light", "lamp", None)),
        ("pull the lantern one notch at a time", ("pull", "lantern", None)),
        ("tell maren about it before you go", ("talk", "maren", "it before you go")),
    ],
)
def test_a_tail_that_names_nothing_is_dropped_from_a_command(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert triples(parse(text, make_scope()))[0] == expected


@pytest.mark.parametrize("text", ["come on skipper, let's go home", "good boy, lets go home"])
def test_lets_go_after_words_to_someone_is_said_to_them(text: str) -> None:
    w, state = _state("lantern_coast", "dune-hollow")
    played = play(w, state, text)
    assert {i for i, _, _ in _did(played)} == {"talk"}
    assert played.state.location == "dune-hollow"


def test_lets_go_home_alone_is_going_home() -> None:
    w, state = _state("lantern_coast", "tea-hut", visits={"quay": 1, "tea-hut": 1})
    assert play(w, state, "let's go home").state.location == "quay"


@pytest.mark.parametrize(("name", "at"), [("ember_library", "foyer"), ("lantern_coast", "tea-hut")])
def test_listen_alone_with_one_person_here_listens_to_the_place(name: str, at: str) -> None:
    w, state = _state(name, at)
    [step] = play(w, state, "listen").steps
    assert (step.action.intent, step.outcome.message_key) == ("listen", "act.ok")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("north to the lighthouse", [("go", "north", None)]),
        ("east towards the sea", [("go", "east", None)]),
        ("keep going up", [("go", "up", None)]),
        ("carry on north", [("go", "north", None)]),
        ("dig in the bread", [("search", "bread", None)]),
        ("sift through the bread", [("search", "bread", None)]),
        ("wear the lantern", [("use", "lantern", None)]),
        ("put on the lantern", [("use", "lantern", None)]),
        ("put the key on the gull", [("drop", "key", "gull")]),  # tried as a use first
    ],
)
def test_more_ways_newcomers_say_go_search_and_use(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert triples(parse(text, make_scope())) == expected


def test_a_typo_of_a_world_verb_before_only_a_manner_is_mended() -> None:
    [intent] = parse("breath slowly", make_scope())
    assert intent.intent == "breathe"
    assert [i.intent for i in parse("brethe", make_scope())] == ["breathe"]
    assert [i.intent for i in parse("bread slowly", make_scope())] != ["breathe"]
