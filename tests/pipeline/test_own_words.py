"""Free sentences where a moment takes the player's own words, and replies kept whole (issue 14,
second corpus): naming a feeling in a sentence at the stove that asks for it, answering a harsh
page in one's own words, a reply of several sentences to a character."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.feelings import mentions_feeling
from tta_server.world.schema import World


def _ember(at: str, **update: object) -> tuple[World, WorldState]:
    w = world("ember_library")
    return w, new_state(w).model_copy(update={"location": at, **update})


@pytest.mark.parametrize(
    "text", ["i think that is fury", "it looks like pure rage to me", "there's so much resentment"]
)
def test_a_sentence_naming_a_feeling_names_it_where_the_moment_asks(text: str) -> None:
    w, state = _ember("boiler-room")
    played = play(w, state, text)
    [step] = played.steps
    assert (step.action.intent, step.outcome.ok) == ("name", True)
    assert "anger-named" in played.state.flags
    assert text.split(" ", 2)[-1] in step.outcome.facts["words"]  # quoted back


@pytest.mark.parametrize("text", ["is this anger?", "the stove is very old", "what is it"])
def test_other_sentences_are_not_the_naming(text: str) -> None:
    w, state = _ember("boiler-room")
    played = play(w, state, text)
    assert "anger-named" not in played.state.flags


def test_the_naming_counts_once() -> None:
    w, state = _ember("boiler-room")
    named = play(w, state, "that is anger, hot anger").state
    assert "anger-named" in named.flags
    again = play(w, named, "it is full of anger")
    assert not again.steps or again.steps[0].action.intent != "name"


@pytest.mark.parametrize(
    "text",
    [
        "you are wrong. i am slow, but i get there in the end",
        "I came here tonight and that counts for something",
    ],
)
def test_a_sentence_answers_the_harsh_page_once_it_is_read(text: str) -> None:
    w, state = _ember(
        "stacks",
        inventory=["your-book"],
        places={"your-book": "player"},
        flags=["read-own-page"],
    )
    played = play(w, state, text)
    [step] = played.steps
    assert (step.action.intent, step.action.target_id) == ("answer", "your-book")
    assert "own-page-answered" in played.state.flags
    unread = play(w, state.model_copy(update={"flags": []}), text)
    assert "own-page-answered" not in unread.state.flags


def test_a_reply_of_several_sentences_to_someone_is_one_reply() -> None:
    w = world("lantern_coast")
    state = new_state(w).model_copy(
        update={"location": "harbour-wall", "asking": {"pip": "fault"}, "mentioned": ["pip"]}
    )
    played = play(w, state, "of course not. you told someone, and help is on its way")
    [step] = played.steps
    assert (step.action.intent, step.outcome.message_key) == ("talk", "talk.reply")
    assert step.outcome.facts["reading"] == "kind"
    assert step.action.target_text == "of course not. you told someone, and help is on its way"


def test_feelings_are_found_as_nouns_and_adjectives() -> None:
    assert mentions_feeling("this is grief, mostly")
    assert mentions_feeling("I'm furious!")
    assert not mentions_feeling("the stove is fine")


def test_a_reply_then_a_question_stay_two() -> None:
    w = world("lantern_coast")
    state = new_state(w).model_copy(update={"location": "tea-hut"})
    played = play(w, state, "of course. why is the lighthouse dark?")
    assert len(played.steps) == 2


@pytest.mark.parametrize(
    "text", ["I don't know what to do now", "i am stuck on this bit", "no idea really"]
)
def test_being_lost_is_not_an_answer_to_the_page(text: str) -> None:
    w, state = _ember(
        "stacks",
        inventory=["your-book"],
        places={"your-book": "player"},
        flags=["read-own-page"],
    )
    assert "own-page-answered" not in play(w, state, text).state.flags


def test_a_greeting_before_a_question_is_answered_once() -> None:
    w = world("lantern_coast")
    state = new_state(w).model_copy(update={"location": "tea-hut"})
    [step] = play(w, state, "hello there! why is the lighthouse dark?").steps
    assert (step.action.intent, step.action.target_id) == ("talk", "rue")
