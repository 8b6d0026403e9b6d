"""A gift finds the one it is given to whatever reason follows (newcomer 15 in the bindery,
Ilse there holding Fenn's book: "give the mending pen to ilse so she can finish fenns book" was
"There's no one here to give it to."), and Ilse's answer to a gift follows the story (newcomers 1
and 6: "I don't deserve anything" after her healing and the ending)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at

_EMBER = "ember_library"
_HEALED = {
    "whereabouts": {"ilse": "bindery"},
    "places": {"mending-pen": "player", "fenn-book": "ilse", "fenn-glasses": "ilse"},
    "inventory": ["mending-pen"],
    "flags": ["ilse-confessed", "read-fenn-letter", "remembered-fenn", "glasses-found"],
    "attitudes": {"ilse": 4},
    "steps_done": ["find-ilse", "remember-fenn"],
}


@pytest.mark.parametrize(
    "text",
    [
        "give the mending pen to ilse so she can finish fenns book",
        "give the pen to ilse because she needs it for the book",
        "give ilse the pen so she can finish the book",
        "give the pen to ilse for her to finish fenn's book",
        "hand ilse the mending pen so that she can write in it",
        "give the pen to ilse bc the book needs it",
    ],
)
async def test_a_reason_after_whom_a_thing_is_given_to_is_no_part_of_their_name(text: str) -> None:
    game, live = await game_at("bindery", world_id=_EMBER, **_HEALED)
    [told] = await _say(game, live, text)
    assert "no one here" not in told and "Ilse" in told, told


@pytest.mark.parametrize(
    ("steps", "heard", "not_heard"),
    [
        ([], "I don't deserve anything", "Keep it"),
        (["find-ilse"], "isn't what I need", "deserve"),
        (["find-ilse", "remember-fenn", "mend-book"], "The book's mended", "deserve"),
    ],
)
async def test_ilse_declines_a_gift_as_the_story_stands(
    steps: list[str], heard: str, not_heard: str
) -> None:
    attitude = 1 if steps else -1
    game, live = await game_at(
        "clock-loft",
        "study-key",
        world_id=_EMBER,
        steps_done=steps,
        attitudes={"ilse": attitude},
    )
    [told] = await _say(game, live, "give the key to ilse")
    assert heard in told and not_heard not in told, told
