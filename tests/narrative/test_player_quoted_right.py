"""The player's words as the story gives them back (issue 14, newcomer 21): "'Whats the
weather like.'" and "'I ken that feeling. Left behind. Thats me since jean.'" quoted the
player's typing slips back at them in speech marks, and "You answer Rue in your own words"
framed words no one had asked for as an answer. Decided: slips of the keys ("teh", "hte")
and words typed without their apostrophe ("whats", "dont", "im") are quoted put right (the
spellings table the parser reads them with); Scots and dialect ("ken", "ye", "wee") are the
player's voice and quoted as typed. And the story does not answer for the player: a thanks
after a character's question (Rue's "Would you try?") is not met with her answer to thanks
("Go on. Be useful.", as if the player had said yes)."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps

TALKED = [
    ("lantern_coast", "tea-hut", ["talk to rue"]),
    ("ember_library", "reading-room", ["talk to juno"]),
    ("lantern_coast", "harbour-wall", ["talk to pip"]),
]


def _told(name: str, at: str, before: list[str], text: str) -> str:
    w, _ = placed(name, at)
    return narrated(w, played(name, at, before).state, text)


@pytest.mark.parametrize(("name", "at", "before"), TALKED)
@pytest.mark.parametrize(
    ("typed", "quoted", "never"),
    [
        ("whats teh weather doing tonight", "What's the weather doing tonight?", "teh"),
        ("thats a lovely scarf, dont you think", "That's a lovely scarf, don't you think", "dont"),
        ("im sure its nothing, isnt it", "I'm sure it's nothing, isn't it", "isnt"),
        ("ye ken, hte fog is wild", "Ye ken, the fog is wild", "hte"),
    ],
)
def test_slips_are_quoted_put_right_and_dialect_as_typed(
    name: str, at: str, before: list[str], typed: str, quoted: str, never: str
) -> None:
    told = _told(name, at, before, typed)
    assert re.search(rf"\b{never}\b", told.lower()) is None, told
    if f": '{quoted[:4]}" in told or f"'{quoted[:4]}" in told:  # quoted (not every line is)
        assert quoted in told, told


def test_the_slips_are_quoted_at_all() -> None:
    told = _told("lantern_coast", "tea-hut", ["talk to rue"], "whats teh weather doing tonight")
    assert "'What's the weather doing tonight?'" in told, told


def test_a_quotation_of_words_no_one_asked_for_is_not_called_an_answer() -> None:
    for text in ["that's a lovely jumper", "nice and warm in here", "thats a grand view"]:
        told = _told("lantern_coast", "tea-hut", ["talk to rue"], text)
        assert "You answer" not in told and "in your own words" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "aye, it's wild out there. thanks",
        "it's freezing out there, you're right. thank you",
        "aye its grim out. cheers",
    ],
)
def test_thanks_after_a_question_of_theirs_is_not_taken_for_a_yes(text: str) -> None:
    result = played("lantern_coast", "tea-hut", [text])
    keys = [s.outcome.message_key for s in result.steps]
    assert keys == ["talk.ok"] and result.state.asking.get("rue"), steps(result)
    told = narrated(*placed("lantern_coast", "tea-hut"), text)
    assert "Be useful" not in told and told.rstrip().endswith("mattering."), told
