"""Conversation words are speech, not commands, and something hard told is heard kindly
(issue 14, newcomer corpus 25: Marcus's "tell maren she did alright asking for help" met the
guide's hint; "tell ilse my dad is ill and i get angry at him sometimes" met her stock line
(its "and i get angry ..." was read as a take, its "ill" as "i'll"); "wat else is there to do
here" alone met "Nobody is here to answer"; "my dad hums off key n all. some days he dont
know who i am" met Bastian's "a question for the catalogue, not a bookbinder"). A "tell X
..." line is said to X whatever words follow ("and" starts no command in it); praise of X is
kindness; a what-to-do question with no one here is help; a disclosure (someone close ill,
forgetting or gone; the player judging themselves a failure; guilt or anger towards someone
close) is ``talk.disclosed``: a warm line, never a stock one, from whoever is here, and
heard by the story when no one is."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.narrative import phrases as P
from tta_server.world.disclosures import disclosed

DISCLOSURES = [
    "my mum has alzheimers and some days she doesnt know my name",
    "im a useless daughter, i never visit",
    "my grandad died in march",
    "i keep snapping at my mum and she's poorly",
    "i dont ring my brother enough since he got sick",
    "honestly i feel like a failure",
]


@pytest.mark.parametrize("text", DISCLOSURES)
@pytest.mark.parametrize(
    ("name", "at", "who"),
    [
        ("ember_library", "bindery", "bastian"),
        ("lantern_coast", "tea-hut", "rue"),
    ],
)
def test_a_disclosure_is_heard_kindly_by_whoever_is_here(
    name: str, at: str, who: str, text: str
) -> None:
    result = played(name, at, [text])
    assert steps(result) == [("talk", "talk.disclosed")], steps(result)
    w, state = placed(name, at)
    told = narrated(w, state, text)
    ch = w.character(who)
    voiced = ch.disclosed if ch is not None else None  # their own line (newcomer corpus 28)
    plain = any(line.split("{first}")[1][:20] in told for line in P.DISCLOSED)
    assert plain or (voiced and voiced in told), told


@pytest.mark.parametrize("text", DISCLOSURES[:3])
def test_told_by_name_it_is_heard_too(text: str) -> None:
    result = played("ember_library", "bindery", [f"tell bastian {text}"])
    assert steps(result) == [("talk", "talk.disclosed")], steps(result)


@pytest.mark.parametrize("text", DISCLOSURES[:3])
def test_with_no_one_here_the_story_hears_it(text: str) -> None:
    for name, at in [("lantern_coast", "dunes"), ("ember_library", "map-room")]:
        told = narrated(*placed(name, at), text)
        assert any(line[:30] in told for line in P.DISCLOSED_ALONE), told
        assert "I know the word" not in told, told


@pytest.mark.parametrize(
    "text",
    ["my dad sings badly", "the light is gone", "is maren ill", "i got angry at the stove"],
)
def test_other_words_are_no_disclosure(text: str) -> None:
    assert not disclosed(text)


@pytest.mark.parametrize(
    "text",
    [
        "tell bastian my sister is ill and i get cross with her when she forgets",
        "tell bastian my dad is ill and i take it out on him",
    ],
)
def test_a_tell_line_is_all_said(text: str) -> None:
    result = played("ember_library", "bindery", [text])
    assert steps(result) == [("talk", "talk.disclosed")], steps(result)


def test_a_tell_line_may_still_go_on_to_leave() -> None:
    result = played("lantern_coast", "tea-hut", ["talk to rue", "tell rue thanks and go out"])
    assert [i for i, _ in steps(result)] == ["talk", "go"], steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "tell maren she did alright asking for help in the end",
        "tell maren she was brave to ask for help",
        "maren you did good asking for help",
    ],
)
def test_praise_of_asking_is_kindness_not_a_hint(text: str) -> None:
    """Once Maren has given her key (asking done), not the guide's hint."""
    texts = ["talk to maren", "i dunno how to work a lighthouse, can you show me", text]
    result = played("lantern_coast", "cottage-kitchen", texts)
    assert [i for i, _ in steps(result)] == ["talk"], steps(result)  # her question answered
    assert steps(result)[0][1] in ("talk.kindness", "talk.reply"), steps(result)  # or kindness


def test_praise_told_is_quoted_as_said_to_them() -> None:
    w, _ = placed("lantern_coast", "cottage-kitchen")
    state = played("lantern_coast", "cottage-kitchen", ["talk to maren"]).state
    told = narrated(w, state, "tell maren she was brave to ask for help")
    assert "'You were brave to ask for help.'" in told, told


@pytest.mark.parametrize(
    "text", ["wat else is there to do here", "whats left to do", "what else can i do", "what next"]
)
@pytest.mark.parametrize(
    ("name", "at"), [("lantern_coast", "dunes"), ("ember_library", "boiler-room")]
)
def test_what_to_do_with_no_one_here_is_help(name: str, at: str, text: str) -> None:
    assert steps(played(name, at, [text])) == [("help", "help.ok")]


@pytest.mark.parametrize(
    "text", ["tell juno good luck with her course", "good luck juno", "best of luck, juno"]
)
def test_good_wishes_are_kindness(text: str) -> None:
    result = played("ember_library", "reading-room", ["talk to juno", text])
    assert steps(result) in ([("talk", "talk.kindness")], [("talk", "talk.reply")]), steps(result)
    assert result.steps[0].outcome.facts.get("reading") in (None, "kind"), steps(result)


def test_good_wishes_told_are_quoted_as_said_to_them() -> None:
    w, _ = placed("ember_library", "reading-room")
    state = played("ember_library", "reading-room", ["talk to juno"]).state
    told = narrated(w, state, "tell juno good luck with her course")
    assert "'Good luck with your course.'" in told, told
