"""Invitations and personal questions answered in each character's voice (issue 14, newcomer
22, whose goal was social connection: "juno do u want to get a coffee sometime?" was met with
"No idea ... I'll find out", "juno, we can be friends? maybe study together" with "Ask
Bastian", "whats ur name?" went unanswered). Every character of the shipped worlds has a
``personal`` and an ``invited`` line; the narrator has plain ones for a world without; a
question of theirs left open stays open."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tests.pipeline.newcomers import placed
from tta_server.pipeline.play import play

PEOPLE = [
    ("ember_library", "reading-room", "juno"),
    ("ember_library", "bindery", "bastian"),
    ("ember_library", "clock-loft", "ilse"),
    ("lantern_coast", "tea-hut", "rue"),
    ("lantern_coast", "harbour-wall", "pip"),
    ("lantern_coast", "cottage-kitchen", "maren"),
]
INVITATIONS = [
    "do u want to get a coffee sometime?",
    "we can be friends? maybe study together here sometimes",
    "would you like to grab lunch with me tomorrow?",
    "wanna hang out after this?",
]
PERSONAL = ["whats your name?", "how old are u?", "where are you from?", "what do you study?"]


@pytest.mark.parametrize("name", ["ember_library", "lantern_coast"])
def test_every_character_has_their_own_answers(name: str) -> None:
    for ch in world(name).characters:
        assert ch.personal and ch.invited and ch.coping, ch.id


@pytest.mark.parametrize(("name", "at", "who"), PEOPLE)
@pytest.mark.parametrize("text", INVITATIONS)
def test_an_invitation_is_answered_in_their_own_words(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    state = play(w, state, f"talk to {who}").state
    asked = dict(state.asking)
    result = play(w, state, f"{who}, {text}")
    [step] = result.steps
    assert step.outcome.message_key == "talk.invited", text
    ch = w.character(who)
    assert ch is not None and ch.invited is not None
    told = narrated(w, state, f"{who}, {text}")
    assert ch.invited[:40] in told and "No idea" not in told, told
    assert result.state.asking == asked  # their own question still open


@pytest.mark.parametrize(("name", "at", "who"), PEOPLE)
@pytest.mark.parametrize("text", PERSONAL)
def test_a_personal_question_is_answered_in_their_own_words(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    state = play(w, state, f"talk to {who}").state
    result = play(w, state, text)
    keys = [s.outcome.message_key for s in result.steps]
    assert keys == ["talk.personal"], (who, text, keys)


@pytest.mark.parametrize("text", ["lets go north", "where is pip?", "do you want the blanket?"])
def test_other_words_are_not_reaching_out(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut")
    keys = [s.outcome.message_key for s in play(w, state, text).steps]
    assert not {"talk.invited", "talk.personal"} & set(keys), (text, keys)


COPING = [
    "how do you cope when someone you love is ill?",
    "can i ask you something? what helps you when you're worried?",
    "how did you get through it, after?",
    "do you ever get scared?",
    "have you ever lost someone?",
    "does it get easier?",
]


@pytest.mark.parametrize(("name", "at", "who"), PEOPLE)
@pytest.mark.parametrize("text", COPING)
def test_a_question_about_how_they_cope_is_answered_in_their_own_words(
    name: str, at: str, who: str, text: str
) -> None:
    """Newcomer 23, thinking of her mum's operation: "bastian, can i ask you something? how do
    you cope when someone you love is ill?" met a line about his pen. A sincere question about
    their own hard times gets their own answer."""
    w, state = placed(name, at)
    state = play(w, state, f"talk to {who}").state
    result = play(w, state, f"{who}, {text}")
    keys = [s.outcome.message_key for s in result.steps]
    assert keys == ["talk.coping"], (who, text, keys)
    ch = w.character(who)
    assert ch is not None and ch.coping is not None
    told = narrated(w, state, f"{who}, {text}")
    assert ch.coping[:40] in told, told


@pytest.mark.parametrize(
    "text", ["how do i cope with this?", "what helps with the fog?", "how do you light it?"]
)
def test_other_questions_are_not_about_how_they_cope(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut")
    keys = [s.outcome.message_key for s in play(w, state, f"rue, {text}").steps]
    assert "talk.coping" not in keys, (text, keys)
