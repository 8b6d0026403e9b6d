"""Stock lines are said once per story (issue 14, newcomer 11: "Small steps, Wren. They add
up." three times, "How's the weather in there?" four, "X doesn't answer that, not directly",
"No harm in trying / Nothing is lost / That's all right"): the narrator's memory keeps them
past its window of 50 narrations, and the tables offer alternatives, then leave the line out."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from tests.narrative.scenes import MARA, told, world
from tests.pipeline.walkthroughs import ROUTES
from tta_server.narrative import phrases as P
from tta_server.narrative.pronouns import voice_of
from tta_server.narrative.stock import ONCE_PER_STORY, stock_prints
from tta_server.narrative.told import TOLD_TURNS, Memory, fingerprint, remember, sentences
from tta_server.narrative.words import first_name

ROUNDS = {
    "lantern_coast": (
        ["go inside", "talk to rue", "yes", "leave"],
        ["hint", "take the moon", "go south", "open the sea", "e", "w", "help"],
    ),
    "ember_library": (
        ["go in", "w", "talk to bastian", "e"],
        ["hint", "take the moon", "go south", "open the dome", "n", "s", "help"],
    ),
}


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_no_stock_line_twice_in_a_long_story(name: str) -> None:
    w = world(name)
    start, again = ROUNDS[name]
    inputs = start + again * 12  # 88 turns: well past the memory's window of 50
    assert len(inputs) > TOLD_TURNS + 30
    stock = stock_prints(w, MARA.name, MARA.pronouns)
    heard = asyncio.run(told(w, inputs))
    said = Counter(
        s for _, narration, _ in heard for p in narration.split("\n\n") for s in sentences(p)
    )
    twice = {s: n for s, n in said.items() if n > 1 and fingerprint(s) in stock}
    assert not twice, twice
    assert sum(n for s, n in said.items() if fingerprint(s) in stock) >= 4  # some were said


def test_the_memory_keeps_stock_lines_for_the_whole_story() -> None:
    w = world("lantern_coast")
    stock = stock_prints(w, "Wren", "she/her")
    line = "Rue's voice comes back to you: 'Kettle first, Wren, then the next thing.'"
    assert fingerprint(line) in stock
    memory = remember([], [line, "The fog lies on the harbour."], stock)
    for i in range(TOLD_TURNS * 2):
        memory = remember(memory, [f"Turn {i} goes by."], stock)
    assert len(memory) == TOLD_TURNS
    assert Memory(memory).told(line)  # a stock line: still remembered
    assert not Memory(memory).told("The fog lies on the harbour.")  # the rest: forgotten
    assert not Memory(memory).told("Turn 0 goes by.")


def test_each_once_per_story_table_has_alternatives() -> None:
    for table in ONCE_PER_STORY:
        assert not table or len(table) >= 2, table  # (no comfort at all in one tone)
    assert len(P.HELP_AWAY) >= 5 and len(P.OFFTOPIC) >= 5 and len(P.COMFORT["gentle"]) >= 5
    w = world("ember_library")  # the guide's check-in is one of them, in every form
    assert fingerprint(w.guide.check_in_away or "") in stock_prints(w, "Wren", "they/them")


def test_a_characters_thanks_and_words_to_no_one_are_said_once_then_shorter() -> None:
    """Newcomers 12 to 16: Rue's "'Get away with you,' says Rue, pleased as anything. 'Go on.
    Be useful.'" met again and again, and "You speak, but there's no one here to hear it."."""
    w = world("lantern_coast")
    rue = w.character("rue")
    assert rue is not None and rue.thanks is not None
    rounds = ["go inside", "thanks rue", "thank you", "leave", "hello?", "is anyone there?"]
    inputs = ["wait", "look", "e", "w", "go inside", "thanks rue", "leave", "hello?"] * 10
    heard = asyncio.run(told(w, [*rounds, *inputs]))
    said = [narration for _, narration, _ in heard]
    nobody = [*P.REFUSE["talk.nobody"]]
    assert sum(rue.thanks in x for x in said) == 1, said
    assert all(sum(line in x for x in said) <= 1 for line in nobody)
    assert any(line in x for x in said for line in P.REFUSE_AGAIN["talk.nobody"])  # shorter
    thanked = [x for text, x, _ in heard if text == "thanks rue"]
    assert len(thanked) == 11 and all("Rue" in x for x in thanked)  # plain lines, hers


@pytest.mark.parametrize("name", ["lantern-coast", "ember-library"])
def test_praise_and_moods_are_said_once_in_a_whole_story(name: str) -> None:
    """Newcomers 17 and 18: "Go gently. You're doing fine." three times, "Take it at your own
    pace" again, "is getting the hang of this": once each in a story, then left out."""
    w = world(name.replace("-", "_"))
    guide = w.character(w.guide.character)
    keys = voice_of(MARA.pronouns, MARA.name, first_name(guide.name) if guide else "")
    tables = [P.GUIDE_PRAISE, P.GUIDE_PRAISE_HERE, *P.ARRIVE_MOOD.values()]
    tables += [t for tones in P.GOAL_LINES.values() for t in tones.values()]
    lines = {fingerprint(x.format_map(keys)) for t in tables for x in t if "{pos" not in x}
    heard = asyncio.run(told(w, ROUTES[name]["walkthrough"] * 2))  # the story, then on past it
    said = Counter(
        s for _, narration, _ in heard for p in narration.split("\n\n") for s in sentences(p)
    )
    twice = {s: n for s, n in said.items() if n > 1 and fingerprint(s) in lines}
    assert not twice, twice
    assert lines <= stock_prints(w, MARA.name, MARA.pronouns)
