"""Newcomer corpora 26 and 27 (issue 14): requests said politely or at length were refused
where the short command worked ("I should like to read the brass plaque on the bench,
please", "I'd like to go and see how Juno is getting on in the reading room"), texted words
misread ("where r the stacks": no one to hear it; "could u show me the stacks"), and "ur"
quoted as "your" where it meant "you're" ("Your like 11", "your smart", "your fit to be
around books")."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tests.pipeline.newcomers import placed, steps
from tta_server.narrative.spelling import as_meant, known_words
from tta_server.pipeline.play import play
from tta_server.world.texted import spelt_ur


@pytest.mark.parametrize(
    ("world", "at", "polite", "plain"),
    [
        ("lantern_coast", "headland", "I should like to read the plaque, please.", "read plaque"),
        ("lantern_coast", "headland", "i'd quite like to look at the bench", "look at bench"),
        ("lantern_coast", "headland", "I should like to sit on the bench", "sit on the bench"),
        (
            "ember_library",
            "courtyard",
            "I should like to look at the brass plaque by the rosemary, please.",
            "look at the plaque",
        ),
        (
            "ember_library",
            "courtyard",
            "i wanna look at the plaque next to the rosemary",
            "look at the plaque",
        ),
        (
            "ember_library",
            "courtyard",
            "I would really like to read the plaque near the bench",
            "read the plaque",
        ),
        ("ember_library", "bindery", "i really want to take the lantern", "take the lantern"),
    ],
)
def test_a_polite_or_roundabout_request_does_what_the_short_one_does(
    world: str, at: str, polite: str, plain: str
) -> None:
    w, state = placed(world, at)
    assert steps(play(w, state, polite)) == steps(play(w, state, plain))
    assert steps(play(w, state, plain))[0][1].endswith(".ok")


@pytest.mark.parametrize(
    ("at", "text", "who"),
    [
        ("map-room", "I'd like to go and see how Juno is getting on in the reading room.", "juno"),
        ("map-room", "i want to go and see juno", "juno"),
        ("reading-room", "go and see how bastian is doing", "bastian"),
        ("stacks", "I shall pop back and see how Juno is getting on", "juno"),
    ],
)
def test_going_to_see_someone_said_at_length_walks_there(at: str, text: str, who: str) -> None:
    seen = ["foyer", "bindery", "reading-room", "map-room", "stacks"]
    w, state = placed("ember_library", at, seen)
    result = play(w, state, text)
    assert [(s.action.intent, s.action.target_id) for s in result.steps] == [("go", who)]
    assert result.steps[0].outcome.ok, steps(result)


@pytest.mark.parametrize(
    ("at", "text"),
    [
        ("foyer", "where r the stacks"),
        ("foyer", "could u show me the stacks"),
        ("foyer", "can you show me the way to the stacks?"),
        ("reading-room", "where r the stacks juno"),
        ("reading-room", "juno can u show me the stacks pls"),
    ],
)
def test_texted_and_show_me_questions_ask_the_way(at: str, text: str) -> None:
    w, state = placed("ember_library", at)
    result = play(w, state, text)
    assert [s.outcome.message_key for s in result.steps] == ["talk.answer"], steps(result)
    assert "Stacks" in narrated(w, state, text) or "north" in narrated(w, state, text)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ur like 11", "youre like 11"),
        ("ur smart", "youre smart"),
        ("ur so lucky ur a cat", "youre so lucky youre a cat"),
        ("ur fit to be around books", "youre fit to be around books"),
        ("ur doing great", "youre doing great"),
        ("ur scared", "youre scared"),
        ("ur the best", "youre the best"),
        ("ur dad is back", "your dad is back"),
        ("is that ur book", "is that your book"),
        ("ur little brother", "your little brother"),
        ("ur best friend", "your best friend"),
        ("ur", "your"),
    ],
)
def test_ur_is_youre_before_what_one_is_and_your_before_what_one_has(
    typed: str, meant: str
) -> None:
    assert spelt_ur(typed) == meant


@pytest.mark.parametrize(
    ("typed", "quoted"),
    [
        ("ur like 11 the lighthouse isnt ur job", "You're like 11"),
        ("u got in cos ur smart", "you're smart"),
        ("ofc ur fit to be around books", "you're fit to be around books"),
        ("ur so brave pip", "You're so brave"),
    ],
)
def test_ur_is_quoted_as_meant(typed: str, quoted: str) -> None:
    said = as_meant(typed, known_words(world("lantern_coast")))
    assert quoted.lower() in said.lower() and "your like" not in said.lower(), said
