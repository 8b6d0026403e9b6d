"""Comfort said to a character is heard as comfort (issue 14, newcomer 21 n=103): "nobody gets
in by mistake. i left school at fifteen and i read plenty", said to Juno who fears she got in
by mistake, met her fallback "No idea ... I don't even know where the toilets are" (an answer
to a question nobody asked). Reassurance that someone belongs where they are, or will be all
right, reads kind, whoever hears it."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.world.replies import Reading, read_reply

COMFORT = [
    "nobody gets in here by mistake",
    "honestly, no one got in by mistake. you earned your place",
    "you're meant to be here, juno",
    "you're not a fraud. you got this",
    "chin up, you'll be grand",
    "you're clever, you know plenty",
]
PEOPLE = [
    ("ember_library", "reading-room", ["talk to juno"]),
    ("ember_library", "bindery", ["talk to bastian"]),
    ("lantern_coast", "harbour-wall", ["talk to pip"]),
]


@pytest.mark.parametrize("text", COMFORT)
def test_reassurance_reads_kind(text: str) -> None:
    assert Reading.KIND in read_reply(text)


@pytest.mark.parametrize(("name", "at", "before"), PEOPLE)
@pytest.mark.parametrize("text", COMFORT)
def test_comfort_is_never_answered_with_a_fallback_or_a_topic(
    name: str, at: str, before: list[str], text: str
) -> None:
    result = played(name, at, [*before, text])
    keys = [s.outcome.message_key for s in result.steps]
    assert keys[-1:] in (["talk.kindness"], ["talk.reply"]), steps(result)
    w, state = placed(name, at)
    state = played(name, at, before).state
    told = narrated(w, state, text)
    assert "toilets" not in told and "No idea" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "och hen. nobody gets in here by mistake. i left school at sixteen and i read loads",
        "oh love, you belong here. i read plenty",
        "aw pet. you're not a fraud. i'd know",
    ],
)
def test_a_fond_word_before_comfort_is_its_tone_not_words_of_their_own(text: str) -> None:
    """ "och hen." as a clause of its own met Juno's fallback before the comfort was heard."""
    result = played("ember_library", "reading-room", ["talk to juno", text])
    keys = [s.outcome.message_key for s in result.steps]
    assert "talk.default" not in keys and keys[:1] in (["talk.kindness"], ["talk.reply"]), keys


@pytest.mark.parametrize(
    "text", ["i dropped it by mistake", "sorry, i took the wrong one by mistake"]
)
def test_a_mistake_of_ones_own_is_not_comfort(text: str) -> None:
    assert Reading.KIND not in read_reply(text)
