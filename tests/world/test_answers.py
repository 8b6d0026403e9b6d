"""Characters answer the question asked: "where is X?" and "who is X?" about any person, place
or item of either shipped world, from the state as it is now; a topic is only called "already
told" when the player asked for nothing but it again; a chat word ("ok") never outranks what
the words are about."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import told, world
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.answers import question_about, route
from tta_server.world.engine import Action, apply


def _walk(inputs: list[str], world_id: str = "lantern_coast") -> WorldState:
    w = world(world_id)
    state = new_state(w)
    for text in inputs:
        state = play(w, state, text).state
    return state


@pytest.mark.parametrize(
    ("words", "kind", "what", "id"),
    [
        ("where is pip", "where", "character", "pip"),
        ("Do you know where Skipper is?", "where", "character", "skipper"),
        ("hi, where's Lamp Cottage?", "where", "location", "cottage-step"),
        ("where can I find the fog bell", "where", "item", "fog-bell"),
        ("where will i find pip", "where", "character", "pip"),  # newcomer 21 (n=6)
        ("where would we find Lamp Cottage?", "where", "location", "cottage-step"),
        ("where shall I find the keeper", "where", "character", "maren"),
        ("who is Maren Holt?", "who", "character", "maren"),
        ("who's the keeper", "who", "character", "maren"),
        ("who are you?", "who", "character", "rue"),
    ],
)
def test_a_where_or_who_question_names_one_thing_of_the_world(
    words: str, kind: str, what: str, id: str
) -> None:
    asked = question_about(world(), words, "rue")
    assert asked is not None and (asked.kind, asked.what, asked.id) == (kind, what, id)


@pytest.mark.parametrize(
    "words",
    ["where is pip's dad", "who is the fog bell", "where", "where is the toilet", "is pip ok"],
)
def test_words_that_name_nothing_or_ask_otherwise_are_not_such_a_question(words: str) -> None:
    assert question_about(world(), words, "rue") is None


def test_the_way_is_the_shortest_by_open_exits() -> None:
    w = world()
    state = _walk(["go inside"])
    assert route(w, state, "chapel-street") == [("out", "The Quay"), ("north", "Chapel Street")]
    assert route(w, state, "tea-hut") == []
    assert route(w, state, "cottage-kitchen") is None  # the cottage door is shut


@pytest.mark.parametrize(
    ("words", "answer", "facts"),
    [
        ("where is pip?", "at", {"place_name": "The Harbour Wall", "subject_name": "Pip Dunn"}),
        (
            "where's the harbour wall",
            "place",
            {"route": [["out", "The Quay"], ["east", "The Harbour Wall"]]},
        ),
        ("where is the lighthouse key", "holder", {"holder_name": "Maren Holt"}),
        ("where is the storm lantern", "held_by_speaker", {}),
        ("where is the tin whistle", "holder", {"holder_name": "Pip Dunn"}),
        ("where is the can of paraffin", "unknown", {}),  # nowhere the player has been
    ],
)
def test_rue_answers_from_the_world_as_it_is(
    words: str, answer: str, facts: dict[str, object]
) -> None:
    w = world()
    state = _walk(["go inside"])
    outcome = apply(w, state, Action("talk", "rue", None, words))
    assert outcome.message_key == "talk.answer"
    assert outcome.facts["answer"] == answer
    assert facts.items() <= outcome.facts.items()


def test_an_answer_follows_the_state_and_who_is_a_fresh_topic_then_the_role() -> None:
    w = world()
    state = _walk(["go inside", "ask rue about the lighthouse", "yes", "ask rue for help"])
    held = apply(w, state, Action("talk", "rue", None, "where is the lantern?"))
    assert held.facts["answer"] == "held"  # she gave it; now it is the player's
    who = apply(w, state, Action("talk", "rue", None, "who is pip?"))
    assert who.message_key == "talk.ok" and who.facts["topic"] == "pip"  # her topic about Pip
    again = apply(w, who.state, Action("talk", "rue", None, "who is pip?"))
    role = w.character("pip").role  # type: ignore[union-attr]
    assert again.message_key == "talk.answer"  # told already: who she is, not where nor a
    assert again.facts["answer"] == "who" and again.facts["role"] == role  # repeat
    assert role and "topic" not in again.facts
    intro = apply(
        w,
        new_state(w).model_copy(update={"location": "tea-hut"}),
        Action("talk", "rue", None, "who are you?"),
    )
    assert intro.message_key == "talk.ok" and intro.facts["topic"] == "lighthouse"  # her story
    told = play(w, who.state, "ask rue about the boats").state
    me = apply(w, told, Action("talk", "rue", None, "who are you?"))
    assert me.facts["answer"] == "self" and me.facts["subject_name"] == "Rue Penhallow"


async def _told(world_id: str, *inputs: str) -> list[str]:
    return [narration for _, narration, _ in await told(world(world_id), inputs)]


async def test_the_narrator_says_the_answer_with_the_way_there() -> None:
    told = await _told("lantern_coast", "go inside", "where is Pip?", "where's Lamp Cottage?")
    assert "Harbour Wall" in told[1] and "out to the Quay, then east" in told[1]
    assert "out to the Quay, then north to Chapel Street, then east" in told[2]
    library = await _told("ember_library", "go in", "w", "where is juno?")
    assert "Reading Room" in library[2]


async def test_already_told_is_only_said_to_a_plain_request_for_the_same_thing() -> None:
    heard = ("already", "told you", "heard that")
    told = await _told(
        "lantern_coast",
        "go inside",
        "ask rue about the lighthouse",
        "yes",
        "is pip ok?",
        "does pip like dogs?",
        "tell me about pip",
    )
    told = told[3:]
    assert "Eleven going on forty" in told[0]
    assert not any(x in told[1] for x in heard)  # a different question: no claim
    assert any(x in told[2] for x in heard)  # the same thing asked again, plainly


def test_a_chat_word_does_not_outrank_what_the_words_are_about() -> None:
    w = world()
    state = _walk(["go inside", "leave", "e"])
    dad = play(w, state, "is your dad ok?")
    assert dad.steps[-1].outcome.facts.get("topic") == "dad"
    family = play(w, state, "hi pip, how is your family?")
    assert family.steps[-1].outcome.facts.get("topic") == "dad"


@pytest.mark.parametrize("reply", ["yes", "yes, i'll help", "sure", "ok"])
def test_a_yes_to_the_question_a_kind_answer_ends_in_answers_that_question(reply: str) -> None:
    w = world()
    state = _walk(["go inside", "leave", "e", "talk to pip", "no, it's not your fault"])
    assert state.asking == {"pip": "check"}  # "Would you help me check it? Properly?"
    played = play(w, state, reply)
    first = played.steps[0].outcome
    assert first.message_key == "talk.reply" and first.facts["question"] == "check"
    assert first.facts["reading"] == "kind" and "Properly, then" in first.facts["text"]
    checked = play(w, played.state, "what do we know for sure?")
    assert "pip-steadied" in checked.state.flags
