"""What the twelfth newcomer met answering characters (issue 14), tested in other words and in
both worlds: a "no" that belonged to the player's own clause ("no, nobody sent me") was read as
the answer to a grieving character's "Am I [fit]?"; "once or twice" was read as a plain no, and
"kind of, yeah" as a plain yes."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played
from tta_server.pipeline.play import Played, play
from tta_server.world import WorldState
from tta_server.world.schema import Character, World, questions


def _replies(result: Played) -> list[tuple[str, str]]:
    """Each answer to a character's question in the turn, as (question, reading)."""
    return [
        (str(s.outcome.facts["question"]), str(s.outcome.facts["reading"]))
        for s in result.steps
        if s.outcome.message_key == "talk.reply"
    ]


#: (world, place, first words (they ask the question), the character, its question)
ASKED = {
    "ilse": ("ember_library", "clock-loft", "hello there", "ilse", "fit"),
    "pip": ("lantern_coast", "harbour-wall", "hi pip", "pip", "fault"),
    "maren": ("lantern_coast", "cottage-kitchen", "hello maren", "maren", "weakness"),
    "bastian": ("ember_library", "bindery", "hello bastian", "bastian", "harsh-page"),
    "rue": ("lantern_coast", "tea-hut", "hello rue", "rue", "try"),
}


@pytest.mark.parametrize(
    ("who", "text"),
    [
        ("ilse", "nope, i came up here on my own"),
        ("ilse", "no. the cat showed me the stair"),
        ("pip", "no, rue told me where to find you"),
        ("pip", "yeah, the fog rolled in fast tonight"),
        ("maren", "no, pip asked me to come up"),
        ("bastian", "yes, juno waved me over"),
    ],
)
def test_a_yes_or_no_of_the_players_own_clause_answers_no_question(who: str, text: str) -> None:
    name, at, first, ch, q = ASKED[who]
    asked = played(name, at, [first])
    assert asked.state.asking.get(ch) == q, asked.state.asking
    result = played(name, at, [first, text])
    assert _replies(result) == [], _replies(result)
    assert result.state.asking.get(ch) == q  # still open: the player may answer it yet
    question = next(x for x in questions(result_character(name, ch)) if x.id == q)
    told = narrated(*_after(name, at, [first]), text)
    for line in (question.kind, question.unkind, question.unsure):
        assert " ".join(line.split())[:60] not in told, told


@pytest.mark.parametrize(
    ("who", "text", "reading"),
    [
        ("ilse", "nope.", "unkind"),
        ("ilse", "no, you are not fit for it, no", "unkind"),
        ("ilse", "yes, you are fit to be around books", "kind"),
        ("pip", "no, it isnt", "kind"),
        ("maren", "no, needing help isn't weakness", "kind"),
        ("bastian", "yes, i have", "kind"),
        ("bastian", "no, i've never had a page like that", "unsure"),
    ],
)
def test_a_yes_or_no_about_the_question_still_answers_it(who: str, text: str, reading: str) -> None:
    name, at, first, _, q = ASKED[who]
    assert _replies(played(name, at, [first, text])) == [(q, reading)]


@pytest.mark.parametrize(
    ("who", "text", "reading"),
    [
        ("bastian", "a few times, yes", "kind"),
        ("bastian", "hmm, now and then", "kind"),
        ("bastian", "idk, maybe", "unsure"),
        ("pip", "sort of, yeah", "unsure"),
        ("pip", "a bit. maybe", "unsure"),
        ("ilse", "kinda?", "unsure"),
    ],
)
def test_partly_and_unsure_are_their_own_readings_not_yes_or_no(
    who: str, text: str, reading: str
) -> None:
    name, at, first, _, q = ASKED[who]
    assert _replies(played(name, at, [first, text])) == [(q, reading)]


def test_partly_inside_a_sentence_is_no_answer() -> None:
    name, at, first, _, _ = ASKED["pip"]
    result = played(name, at, [first, "i walked along the wall a bit"])
    assert _replies(result) == []


def test_what_follows_a_partial_answer_in_the_line_is_played() -> None:
    name, at, first, _, q = ASKED["bastian"]
    result = played(name, at, [first, "a couple of times. what can i do about them?"])
    assert _replies(result) == [(q, "kind")]
    assert "mending-pen" in result.state.inventory  # the question after it was answered


def test_the_unsure_answer_does_not_presume_a_no() -> None:
    w, state = _after("ember_library", "bindery", ["hello bastian"])
    told = narrated(w, state, "dunno really")
    assert "'Lucky,'" not in told


def result_character(name: str, who: str) -> Character:
    w, _ = placed(name, "start")
    ch = w.character(who)
    assert ch is not None
    return ch


def _after(name: str, at: str, texts: list[str]) -> tuple[World, WorldState]:
    w, state = placed(name, at)
    for text in texts:
        state = play(w, state, text).state
    return w, state


@pytest.mark.parametrize(
    ("who", "text", "reading"),
    [
        ("ilse", "nope. i mean, you are. of course you are", "kind"),
        ("pip", "yes. sorry i mean no, it isnt", "kind"),
        ("bastian", "no wait, yes i have", "kind"),
        ("rue", "whatever, yes, i'll have a go", "kind"),
        ("bastian", "whatever. yeah, i have", "kind"),
        ("rue", "whatever", "unkind"),
    ],
)
def test_what_a_reply_means_after_a_correction_or_a_shrug_is_the_answer(
    who: str, text: str, reading: str
) -> None:
    """Newcomer 13: "no. i mean, of course you are" told Ilse she was not fit; "whatever. sure
    ill try" was read as Rue's no."""
    name, at, first, _, q = ASKED[who]
    assert _replies(played(name, at, [first, text]))[-1:] == [(q, reading)]
