"""After a world's ending (issue 14, newcomer corpus 27): every sentence went to whoever was
there and drew stock lines: Ilse's "Finish it badly" four times, Bastian's "a question for
the catalogue" to "hi bastian", and "hi im back lol" with both of them there answered "No
one answers." A hello with nothing new to say to it is a hello back, said to whoever is
here; small talk after the ending never repeats a line within a few turns."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import told, world
from tests.pipeline.walkthroughs import EMBER_LIBRARY, LANTERN_COAST

ROUTES = {"ember_library": EMBER_LIBRARY, "lantern_coast": LANTERN_COAST}
STOCK = ("question for the catalogue", "Couldn't tell you", "No idea", "No one answers")


async def _after(name: str, inputs: list[str]) -> list[str]:
    route = ROUTES[name]
    said = await told(world(name), [*route, *inputs])
    assert said[len(route) - 1][1]  # the ending was told
    return [text for _, text, _ in said[len(route) :]]


@pytest.mark.parametrize(
    "hello", ["hi im back lol", "hello everyone", "hey all", "hi bastian", "hello again ilse"]
)
async def test_a_hello_after_the_ending_is_answered_with_a_hello(hello: str) -> None:
    text = (await _after("ember_library", [hello]))[0]
    assert not any(x in text for x in STOCK), text
    assert "There's no one here" not in text and "no one here to hear" not in text, text


async def test_small_talk_after_the_ending_repeats_no_line() -> None:
    chat = [
        "hi ilse",
        "ilse can u help me with my revision lol",
        "do u have a bf or gf",
        "ilse what will you do now?",
        "what's your favourite book, ilse?",
        "ilse do you like cats",
        "ilse tell me something",
        "ilse is it raining",
    ]
    said = await _after("ember_library", chat)
    quotes = [q for text in said for q in re.findall(r"'[^']{12,}'", text)]
    assert sum("Finish it badly" in x for x in said) <= 1, said
    for i, q in enumerate(quotes):
        assert q not in quotes[i + 1 : i + 6], (q, said)


@pytest.mark.parametrize("name", sorted(ROUTES))
async def test_a_hello_to_someone_there_after_the_ending_is_no_stock_line(name: str) -> None:
    who = {"ember_library": "bastian", "lantern_coast": "pip"}[name]
    said = await _after(name, [f"hi {who}", f"hello {who}", "hi"])
    for text in said:
        assert not any(x in text for x in STOCK), said
