"""Template text that came out as broken English (issue 14, newcomer corpus 27): "You can't
find any mend the pages here", "You tell Footnote: 'Dance with.'", "You speak to the gulls. It
doesn't answer", and a hug to a second person answered "Once more, the same as before". Every
refusal, quotation and repeat line is played here with awkward inputs, in both worlds, and
none may read as these did."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import MARA, narrated, world
from tests.pipeline.newcomers import placed
from tta_server.game import Game
from tta_server.narrative.default import DefaultNarrator
from tta_server.world import WorldState
from tta_server.world.schema import World
from tta_server.world_catalogue import record_of

#: Inputs that name a deed where a thing is looked for, say a verb and a preposition to
#: someone, speak to a crowd of creatures, or ask for what is not there.
AWKWARD = [
    "can i help mend the pages",
    "help fix the lamp",
    "help find the way",
    "find go north",
    "look for sing a song",
    "take me",
    "search for it",
    "dance with {person}",
    "wave at {person}",
    "sing to {person}",
    "play with {person}",
    "talk to the gulls",
    "wave at the gulls",
    "speak to the readers",
    "talk to the portraits",
]
PLACES = [
    ("lantern_coast", "lighthouse-yard", None),
    ("lantern_coast", "tea-hut", "rue"),
    ("lantern_coast", "quay", None),
    ("ember_library", "bindery", "bastian"),
    ("ember_library", "foyer", "footnote"),
    ("ember_library", "reading-room", "juno"),
    ("ember_library", "stacks", None),
]
#: What broken templates looked like.
BROKEN = [
    re.compile(r"\bany (?:mend|help|fix|find|go|sing|take|look|dance|play|search|me|it)\b"),
    re.compile(r"'[A-Z][a-z]* (?:with|at|to|for|on)[.?!]'"),  # 'Dance with.'
    re.compile(r"\b(?:the )?(?:gulls|readers|portraits)\. It doesn't\b"),
    re.compile(r"\{[a-z_]+\}|\bNone\b"),  # a slot left unfilled
]


@pytest.mark.parametrize(("name", "at", "person"), PLACES)
@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_inputs_never_read_as_broken_english(
    name: str, at: str, person: str | None, text: str
) -> None:
    w, state = placed(name, at)
    said = text.format(person=person or "the gulls")
    told = narrated(w, state, said)
    for pattern in BROKEN:
        assert pattern.search(told) is None, (said, told)


async def _in_turn(w: World, state: WorldState, inputs: list[str]) -> list[str]:
    """The narration of each input, played through the game with the narrator's memory."""
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    live.state = state
    found = []
    for i, text in enumerate(inputs):
        result = await game.turn(live, text, f"t{i}")
        Game.commit(live, result, text)
        found.append(result.narration)
    return found


@pytest.mark.parametrize(
    ("name", "at", "others", "first", "second"),
    [
        ("ember_library", "bindery", {"ilse": "bindery"}, "hug ilse", "hug bastian"),
        ("ember_library", "bindery", {"ilse": "bindery"}, "hug ilse", "hug bastian too"),
        ("lantern_coast", "quay", {"rue": "quay", "pip": "quay"}, "hug rue", "hug pip"),
        ("lantern_coast", "cottage-kitchen", {}, "pat skipper", "hug maren"),
    ],
)
async def test_a_repeat_line_is_only_for_the_same_one_again(
    name: str, at: str, others: dict[str, str], first: str, second: str
) -> None:
    w, state = placed(name, at, whereabouts=others)
    told = await _in_turn(w, state, [first, second])
    for again in ("the same as before", "nothing new comes of it", "much as it did before"):
        assert again not in told[1], told
    world(name)  # the world loads as shipped
