"""Characters' own voices for the lines they fall back on (issue 14, newcomer 21): "X nods,
but something else has been waiting to be said" and "X listens, and thinks about it, but has
nothing to add just now" came from Rue, then Maren, then Juno, the name the only change. Each
character has their own ``asides`` and ``quiet`` lines, said first, each once a story; the
narrator's plain lines follow, and none of those is said twice in a story, whoever says it."""

from __future__ import annotations

import asyncio
import re
from collections import Counter

import pytest

from tests.narrative.scenes import told, world
from tta_server.narrative import phrases as P
from tta_server.world.views import animal_kind

WORLDS = ["lantern_coast", "ember_library"]


def _tails(table: tuple[str, ...]) -> list[str]:
    """The words of each plain line after its first slot: the same whoever says it."""
    return [re.sub(r"\{[a-z]+\}", "", line.split("}", 1)[-1]).strip(" .") for line in table]


@pytest.mark.parametrize("name", WORLDS)
def test_every_character_has_their_own_asides_and_quiet_lines(name: str) -> None:
    w = world(name)
    for ch in w.characters:
        first = ch.name.split()[0]
        assert len(ch.asides) >= 2 and len(ch.quiet) >= 2, ch.id
        for line in (*ch.asides, *ch.quiet):
            assert first in line, (ch.id, line)  # told of them, in their voice
            if animal_kind(ch):
                assert "'" not in line.replace(f"{first}'s", ""), line  # an animal never speaks
    lines = [x for ch in w.characters for x in (*ch.asides, *ch.quiet)]
    assert len(lines) == len(set(lines))


#: Off the point with Rue, then with Pip: words that find none of their topics.
ASIDE_WALK = [
    "go inside",
    *["what's the weather doing", "do you like cats", "is the tea strong", "any news"],
    "ask rue for help",
    "leave",
    "ring the fog bell",
    "e",
    *["what's the weather doing", "do you like cats", "is the chalk yours", "any news"],
]


def test_the_plain_lines_are_not_said_twice_in_a_story_whoever_says_them() -> None:
    said = [text for _, text, _ in asyncio.run(told(world("lantern_coast"), ASIDE_WALK))]
    everything = "\n".join(said)
    for tail in _tails(P.OFFTOPIC) + _tails(P.TALK_NOTHING_NEW):
        assert everything.count(tail) <= 1, (tail, everything)
    w = world("lantern_coast")
    own = [x for ch in w.characters for x in (*ch.asides, *ch.quiet)]
    assert any(x in everything for x in own), everything  # their own voices were heard
    counted = Counter(x for x in own if x in everything)
    assert all(n == 1 for n in counted.values()), counted


def test_nothing_more_to_say_comes_in_their_own_words_and_varies() -> None:
    """Everything of Rue's told, asked again and again: her own quiet lines, each once,
    before any plain one."""
    w = world("lantern_coast")
    rue = w.character("rue")
    assert rue is not None
    asks = ["what about the light", "is the girl all right", "what about the boats"] * 3
    walk = ["go inside", "talk to rue", "ask about the light", "ask about pip"]
    walk += ["ask about the boats", "ask rue for help", *asks]
    said = [text for _, text, _ in asyncio.run(told(w, walk))]
    quiet = [x for x in rue.quiet if any(x in s for s in said)]
    assert quiet == [x for x in rue.quiet if x in "\n".join(said)]
    assert quiet, said
    for line in quiet:
        assert sum(line in s for s in said) == 1, line
