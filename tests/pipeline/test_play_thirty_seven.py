"""Play 37 (issue 14), what a newcomer (Mia, newcomer corpus 31) met talking to the people of
both worlds, each fixed and proved here: telling Ilse of a nan in a care home who "didnt know
who i was" met "'You don't know me,' she says."; asking Bastian whether her nan "still knows me
somewhere inside" met a stock line (a personal sharing, or a question about the player's own
people, is heard kindly in the character's own voice)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from tests.narrative.scenes import MARA, narrated, world
from tests.pipeline.newcomers import placed, played, steps
from tta_server.narrative.base import Scene
from tta_server.narrative.default import DefaultNarrator
from tta_server.narrative.spelling import meant
from tta_server.pipeline.play import play
from tta_server.world import World, WorldState, new_state

CORPUS = Path(__file__).parent / "corpus" / "newcomers-31.jsonl"

NAN = (
    "i get it. my nan is in a care home and last time she didnt know who i was. its like "
    "missing someone whos still here"
)


@pytest.mark.parametrize(
    ("at", "text"),
    [
        ("clock-loft", f"tell ilse {NAN}"),
        ("clock-loft", NAN),
        ("bindery", "ask bastian if he thinks my nan still knows me somewhere inside"),
        ("bindery", "bastian, do you think my nan still knows who i am?"),
        ("clock-loft", "my gran is in a nursing home now"),
    ],
)
def test_the_players_own_people_are_heard_kindly(at: str, text: str) -> None:
    result = played("ember_library", at, [text])
    assert steps(result) == [("talk", "talk.disclosed")], steps(result)
    w, state = placed("ember_library", at)
    told = narrated(w, state, text)
    assert "You don't know me" not in told and "Ask me about" not in told, told


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ask rue how she copes when shes worried", "'How do you cope when you're worried?'"),
        ("ask rue what she does when she cant sleep", "'What do you do when you can't sleep?'"),
        ("ask rue how she is", "'How are you?'"),
    ],
)
def test_a_question_asked_for_her_is_put_to_her(text: str, said: str) -> None:
    w, state = placed("lantern_coast", "tea-hut")
    told = narrated(w, state, text)
    assert said in told and "copies" not in told, told


def test_a_word_spelt_right_is_never_corrected() -> None:
    w, state = placed("lantern_coast", "tea-hut")
    told = narrated(w, state, "rue i never know how anyone copes with all this")
    assert "copies" not in told, told
    assert meant("copes", frozenset({"copies"})) is None  # an ending is no slip of spelling
    assert meant("hoped", frozenset({"hopied"})) is None


@pytest.mark.parametrize(
    "text",
    [
        "idk what to do",
        "im lost",
        "wat now",
        "no idea what to do",
        "i'm lost lol",
        "dunno what to do now",
    ],
)
@pytest.mark.parametrize(("name", "at"), [("ember_library", "foyer"), ("lantern_coast", "tea-hut")])
def test_being_stuck_in_chat_spellings_asks_for_a_hint(name: str, at: str, text: str) -> None:
    result = played(name, at, [text])
    assert [str(s.action.intent) for s in result.steps] == ["help"], steps(result)


def test_feeling_lost_is_still_a_feeling() -> None:
    result = played("lantern_coast", "tea-hut", ["i feel so lost since my mum died"])
    assert [str(s.action.intent) for s in result.steps] == ["talk"], steps(result)


@cache
def _mias(n: int) -> WorldState:
    """The Lantern Coast as Mia had it before her input ``n`` (newcomer corpus 31, story 2)."""
    w = world("lantern_coast")
    state = new_state(w)
    for row in map(json.loads, CORPUS.read_text().splitlines()):
        if row["story"] == 2 and row["n"] < n:
            state = play(w, state, row["text"]).state
    return state


def _ended() -> tuple[World, WorldState]:
    """The Lantern Coast as Mia left it at its ending (story 2, after n 63)."""
    state = _mias(64)
    assert state.ended
    return world("lantern_coast"), state


@pytest.mark.parametrize(
    "text",
    [
        "wait thats it? i didnt even see the boats come in",
        "wait thats it?",
        "is that it?",
        "so thats it then",
        "wait what",
        "is the story over?",
    ],
)
def test_asking_if_it_is_over_after_the_ending_is_answered(text: str) -> None:
    w, state = _ended()
    assert steps(play(w, state, text)) == [("help", "help.ok")]
    told = narrated(w, state, text)
    assert "ending" in told and "let the time go by" not in told, told


def test_wait_after_the_ending_still_waits() -> None:
    w, state = _ended()
    result = play(w, state, "wait")
    assert [str(s.action.intent) for s in result.steps] == ["wait"]


PRAISE = ("is doing well", "has found", "worth keeping", "getting steadier", "smiling about")
PRAISE += ("done kindly", "nods once", "Look at that")


def test_a_step_reached_by_walking_is_not_praised() -> None:
    w, state = world("lantern_coast"), _mias(47)
    played_ = play(w, state, "go north")
    assert [d.subject for d in played_.steps[0].outcome.delta][-1] == "reach-lighthouse"
    for previous in map(str, range(12)):  # the narrator's seed, each way
        scene = Scene(
            world=w,
            persona=MARA,
            context=played_.context,
            steps=played_.steps,
            text="go north",
            previous=previous,
        )
        told = "\n".join(DefaultNarrator().compose(scene))
        assert not any(x in told for x in PRAISE), told


def test_a_hug_is_not_taken_in_the_same_words_by_everyone() -> None:
    w, state = placed("ember_library", "clock-loft")
    ilse = narrated(w, state, "hug ilse")
    w, state = placed("lantern_coast", "cottage-kitchen")
    maren = narrated(w, state, "hug maren")
    assert "hug" in ilse.lower() + maren.lower()
    assert ilse.replace("Ilse Marrow", "X") != maren.replace("Maren Holt", "X"), (ilse, maren)


def _runs(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z']+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("name", ["lantern_coast", "ember_library"])
def test_the_guide_thanks_for_an_answer_in_other_words_when_away(name: str) -> None:
    guide = world(name).guide  # Rue's "Fog comes in and fog lifts" twice (corpus 31)
    assert guide.heard is not None and guide.heard_away is not None
    shared = _runs(str(guide.heard)) & _runs(str(guide.heard_away))
    assert not shared, shared


@pytest.mark.parametrize(
    "before", [["talk to bastian"], ["talk to bastian", "ask bastian for help"]]
)
@pytest.mark.parametrize(
    "text", ["Where do I find my own harsh page?", "Bastian, could I borrow the mending pen?"]
)
def test_a_question_to_bastian_is_matched_to_what_it_asks(before: list[str], text: str) -> None:
    result = played("ember_library", "bindery", [*before, text])
    topics = [s.outcome.facts.get("topic") for s in result.steps]
    assert topics == ["pen"], (topics, steps(result))


def test_marens_ada_is_told_once_then_more_of_her() -> None:
    w, state = placed("lantern_coast", "cottage-kitchen")
    first = play(w, state, "whos ada")
    again = play(w, first.state, "what happened to ada")
    assert [s.outcome.facts.get("topic") for s in again.steps] == ["photograph"]
    told = [str(s.outcome.facts.get("text")) for s in (*first.steps, *again.steps)]
    assert told[0] != told[1] and "Ada and me" not in told[1], told
    assert "That's Ada" not in told[0]  # no photo pointed at (she may not have it in hand)


@pytest.mark.parametrize(
    "text",
    ["ask rue how she copes when shes worried", "ask rue what she does when shes worried"],
)
def test_asking_rue_how_she_copes_gets_her_answer_on_coping(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut")
    result = play(w, state, text)
    assert steps(result) == [("talk", "talk.coping")], steps(result)
