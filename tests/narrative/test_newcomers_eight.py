"""What the eighth newcomer met in the narration (issue 14), tested in other words and in both
worlds: walking to and fro, the same lead-in ("One step, then another: east, to ...") on most
moves, and the same ways on and things here told again on every return, in other words each
time; an arrival says where you are plainly, and the panel keeps the lists."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import told, world
from tests.pipeline.walkthroughs import ROUTES
from tta_server.narrative import phrases as P
from tta_server.narrative.told import sentences
from tta_server.protocol.directions import DIRECTION_WORDS
from tta_server.world import World

#: Walks to and fro that newcomers make, in each world (from its start).
WALKS = {
    "lantern_coast": [
        "n",
        "s",
        "n",
        "s",
        "e",
        "w",
        "e",
        "w",
        "n",
        "e",
        "w",
        "s",
        "in",
        "out",
        "e",
        "w",
    ],
    "ember_library": ["go in", "n", "s", "e", "w", "n", "s", "out", "in", "n", "s", "e", "w"],
}
#: The words of a plain lead, once the way and the place are taken out ("You go _, to _.").
PLAIN = frozenset(
    [
        "you",
        "go",
        "head",
        "to",
        "make",
        "your",
        "way",
        "a",
        "few",
        "steps",
        "and",
        "are",
        "at",
        "push",
        "on",
        "straight",
    ]
)


async def _walked(w: World, walk: list[str]) -> list[tuple[str, list[str]]]:
    return [(text, narration.split("\n\n")) for text, narration, _ in await told(w, walk)]


def _shape(w: World, sentence: str) -> str:
    """A sentence with the world's place names and the ways taken out."""
    names = sorted({loc.name for loc in w.locations}, key=len, reverse=True)
    shape = sentence.lower()
    for name in names:
        shape = shape.replace(name.lower(), "_")
    words = sorted(DIRECTION_WORDS, key=len, reverse=True)
    return re.sub(rf"\b(?:{'|'.join(map(re.escape, words))})\b", "_", shape)


@pytest.mark.parametrize("world_id", sorted(WALKS))
async def test_a_lead_that_is_more_than_the_facts_is_not_said_twice_in_a_walk(
    world_id: str,
) -> None:
    w = world(world_id)
    seen: dict[str, str] = {}
    again = []
    for text, paragraphs in await _walked(w, WALKS[world_id]):
        lead = sentences(paragraphs[0])[0]
        shape = _shape(w, lead)
        if shape in seen and not set(re.findall(r"[a-z]+", shape)) <= PLAIN:
            again.append((text, lead, seen[shape]))
        seen[shape] = lead
    assert again == []


@pytest.mark.parametrize("world_id", sorted(WALKS))
async def test_the_same_ways_and_things_are_not_listed_again_on_each_return(
    world_id: str,
) -> None:
    w = world(world_id)
    names = {loc.name for loc in w.locations}
    told: dict[frozenset[str], str] = {}
    again = []
    for text, paragraphs in await _walked(w, WALKS[world_id]):
        for paragraph in paragraphs[1:]:  # after the arrival: who and what is here, ways on
            for sentence in sentences(paragraph):
                places = frozenset(n for n in names if n in sentence)
                if len(places) >= 2 and places in told:  # the same ways, in any words
                    again.append((text, sentence, told[places]))
                if len(places) >= 2:
                    told[places] = sentence
    assert again == []


#: Skills a line about worry does not follow: naming a feeling, cooling anger.
NOT_WORRY = frozenset({"naming_feelings", "cooling_anger"})


#: A new story in the Ember Library straight to the stove, whose moment is naming the anger.
TO_THE_STOVE = ["go inside", "pick up the biscuits", "feed footnote", "follow him", "down"]


@pytest.mark.parametrize(
    "named", ["i think its anger, hot and loud", "that's anger. it's furious and so am i"]
)
async def test_an_anxious_player_naming_anger_hears_nothing_about_worry(named: str) -> None:
    story = await told(world("ember_library"), [*TO_THE_STOVE, named])  # MARA: anxiety
    (_, _, before), (_, narration, after) = story[-2:]
    assert after - before & NOT_WORRY  # the moment was met
    assert [s for s in sentences(narration) if "worry" in s.lower()] == []


@pytest.mark.parametrize("world_id", ["lantern-coast", "ember-library"])
@pytest.mark.parametrize("route", ["walkthrough", "newcomer", "terse"])
async def test_an_attitude_line_is_not_said_of_one_character_after_another(
    world_id: str, route: str
) -> None:
    w = world(world_id.replace("-", "_"))
    names = sorted({c.name.split()[0] for c in w.characters}, key=len, reverse=True)
    shapes: dict[str, int] = {}
    again = []
    for turn, (text, paragraphs) in enumerate(await _walked(w, ROUTES[world_id][route])):
        for sentence in (s for p in paragraphs for s in sentences(p)):
            lines = [t for w in P.ATTITUDES for table in w.values() for t in table]
            for name in names:
                if sentence.startswith(name) or sentence.endswith(f"{name}: trust, plainly."):
                    shape = sentence.replace(name, "{first}")
                    if shape in lines and shape in shapes and turn - shapes[shape] <= 50:
                        again.append((text, sentence))
                    if shape in lines:
                        shapes[shape] = turn
    assert again == []
