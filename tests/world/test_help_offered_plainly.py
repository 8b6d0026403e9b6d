"""Help offered in plain words to someone here is an offer, answered by them (newcomer corpus
28: "can I help you with that?", "let me help", "want a hand?" to Maren met the guide's hint
or her "I couldn't say. Ask me about Ada"; he had to type "ask maren for help")."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed
from tta_server.pipeline.play import play

OFFERS = [
    "want a hand?",
    "let me help",
    "need any help, {name}?",
    "can i give you a hand with the stairs",
    "i'd like to help you",
    "anything i can do?",
    "ok, let me help you out",
    "do you want some help with that",
    "i'll lend a hand",
]


@pytest.mark.parametrize("offer", OFFERS)
@pytest.mark.parametrize(
    ("name", "at", "who"),
    [
        ("lantern_coast", "cottage-kitchen", "maren"),
        ("lantern_coast", "tea-hut", "rue"),
        ("ember_library", "bindery", "bastian"),
        ("ember_library", "reading-room", "juno"),
    ],
)
def test_help_offered_is_said_to_the_one_here(name: str, at: str, who: str, offer: str) -> None:
    w, state = placed(name, at)
    state.whereabouts[who] = at
    ch = w.character(who)
    assert ch is not None
    [step] = play(w, state, offer.format(name=ch.name.split()[0].lower())).steps
    assert step.action.intent == "assist" and step.action.target_id == who, step.action
    assert step.outcome.message_key.startswith("talk."), step.outcome.message_key


def test_maren_takes_help_offered_plainly_once_she_trusts_you() -> None:
    w, state = placed(
        "lantern_coast", "cottage-kitchen", attitudes={"maren": 2}, done=["talk:maren:hello"]
    )  # she has told why she shut the door
    state.whereabouts["maren"] = "cottage-kitchen"
    result = play(w, state, "want a hand with the light?")
    assert "maren-helped" in result.state.flags and "lighthouse-key" in result.state.inventory


@pytest.mark.parametrize("offer", ["let me help", "want a hand?"])
def test_with_no_one_here_it_is_no_offer(offer: str) -> None:
    w, state = placed("lantern_coast", "quay")
    [*found] = play(w, state, offer).steps
    assert all(s.action.intent != "assist" for s in found)
