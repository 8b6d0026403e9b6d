"""Calling out to see who is about ("is anyone there?", "anybody home?"): a hello to whoever is
here, or the plain answer that no one is, never "I don't know the words 'anyone' and 'there'"
(newcomer 16's words, refused)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import game_at
from tta_server.pipeline.play import play
from tta_server.protocol.intents import Intent

CALLS = [
    "is anyone there?",
    "Is anybody here?",
    "is there anyone here",
    "anybody home?",
    "hello, is anyone there?",
    "hey is someone in there",
    "anyone out there?",
]


@pytest.mark.parametrize("text", CALLS)
async def test_calling_out_with_no_one_here_is_answered_plainly(text: str) -> None:
    _, live = await game_at("dunes")
    played = play(live.world, live.state, text)
    assert not played.unknown and not played.suggestions, played.unknown
    assert [(s.action.intent, s.outcome.message_key) for s in played.steps] == [
        (Intent.TALK, "talk.nobody")
    ]


@pytest.mark.parametrize("text", CALLS[:3])
async def test_calling_out_with_someone_here_greets_them(text: str) -> None:
    _, live = await game_at("tea-hut")
    played = play(live.world, live.state, text)
    assert len(played.steps) == 1 and played.steps[0].action.intent == Intent.TALK
    assert played.steps[0].outcome.ok and played.steps[0].outcome.message_key != "talk.nobody"


@pytest.mark.parametrize("text", ["is anyone going to help me", "anyone", "someone took it"])
async def test_other_words_with_anyone_are_not_a_call(text: str) -> None:
    _, live = await game_at("dunes")
    played = play(live.world, live.state, text)
    assert [s.outcome.message_key for s in played.steps] != ["talk.nobody"]
