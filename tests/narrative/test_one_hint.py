"""One hint, and each paragraph once, a reply: an input whose sentences each ask for help ("i'm
stuck. what should i do?", "why can't i go up? hint") gets the hint once, not once a sentence
under two openings; one whose sentences ask the same of the senses ("listen. what can i hear?")
hears the sounds once (the ninth newcomer read the whole hint, and the dunes' sounds, twice in
one reply)."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import told, world

ASKS = [
    "i'm stuck. what should i do?",
    "what now? any hints?",
    "help. i dont know where to go",
    "hint please. what do i do next?",
]


@pytest.mark.parametrize("world_id", ["lantern_coast", "ember_library"])
@pytest.mark.parametrize("asked", ASKS)
async def test_a_hint_asked_for_twice_in_one_input_is_given_once(world_id: str, asked: str) -> None:
    w = world(world_id)
    [(_, narration, _)] = await told(w, [asked])
    hint = w.arc.steps[0].hint.split(".")[0]
    assert narration.count(hint) == 1, narration


#: Inputs whose two sentences ask the same thing of the senses or the place.
DOUBLES = [
    "listen. what can i hear?",
    "what can i hear? listen",
    "look. look around",
    "smell the air. what does it smell like?",
    "where am i? look around",
]


@pytest.mark.parametrize(
    ("world_id", "before"), [("lantern_coast", []), ("ember_library", ["go in"])]
)
@pytest.mark.parametrize("asked", DOUBLES)
async def test_no_paragraph_is_told_twice_in_one_reply(
    world_id: str, before: list[str], asked: str
) -> None:
    *_, (_, narration, _) = await told(world(world_id), [*before, asked])
    paragraphs = [p for p in narration.split("\n\n") if p.strip()]
    assert len(paragraphs) == len(set(paragraphs)), narration


@pytest.mark.parametrize(
    ("world_id", "inputs", "opening"),
    [
        ("ember_library", ["go in", "who is the cat? look at the cat"], "ginger cat"),
        ("lantern_coast", ["what is the bell? examine the bell"], "brass bell"),
    ],
)
async def test_one_thing_looked_at_twice_in_one_input_is_described_once(
    world_id: str, inputs: list[str], opening: str
) -> None:
    """Newcomer 10: "who's footnote? look at footnote" told the cat's description twice, under
    two openings ("You look at Footnote properly." / "You take a moment to look at ...")."""
    narration = (await told(world(world_id), inputs))[-1][1]
    assert narration.count(opening) == 1, narration
