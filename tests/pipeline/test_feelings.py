"""Feelings a player names: found in the words, then acknowledged by the narrator instead of
"the words found no hold", with nothing in the world changed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.narrative.scenes import MARA, world
from tta_server.game import Game, Live
from tta_server.narrative.default import DefaultNarrator
from tta_server.store.base import NewEvent
from tta_server.world import new_state
from tta_server.world.feelings import named_feelings
from tta_server.world_catalogue import record_of


@pytest.mark.parametrize(
    ("text", "feelings"),
    [
        ("honestly i feel really anxious and kind of hopeless tonight", ("anxious", "hopeless")),
        ("I feel hopeless", ("hopeless",)),
        ("I’m so tired", ("tired",)),
        ("Im anxious, help", ("anxious",)),
        ("feeling a bit better now", ("better",)),
        ("i felt calm and happy", ("calm", "happy")),
        ("I think I am okay", ("okay",)),
    ],
)
def test_first_person_feelings_are_found_in_order(text: str, feelings: tuple[str, ...]) -> None:
    assert named_feelings(text) == feelings


@pytest.mark.parametrize(
    "text",
    [
        "I'm not scared",
        "I don't feel sad",
        "i am going north",
        "i feel like going north",
        "the keeper seems sad",
        "talk to the anxious gull",
        "",
    ],
)
def test_negations_others_and_plans_name_no_feeling(text: str) -> None:
    assert named_feelings(text) == ()


def _story(events: list[NewEvent]) -> str:
    return " ".join(e.data["text"] for e in events if e.type == "narrative.chunk")


async def _turn(text: str, intensity: str = "gentle") -> tuple[str, bool]:
    w = world("lantern_coast")
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, DefaultNarrator(), lambda _: None)
    live = Live(w, version, new_state(w), 1, replace(MARA, intensity=intensity))
    result = await game.turn(live, text, "t1")
    world_unchanged = result.played.state.model_dump(exclude={"told"}) == live.state.model_dump(
        exclude={"told"}
    )  # only the narrator's memory of what it said moves on
    return _story(result.events), world_unchanged


@pytest.mark.parametrize("intensity", ["gentle", "moderate", "challenging"])
async def test_a_named_feeling_is_acknowledged_and_changes_nothing(intensity: str) -> None:
    story, unchanged = await _turn("honestly i feel really anxious and kind of hopeless", intensity)
    assert "anxious and hopeless" in story.lower(), story
    assert "slips away" not in story and "nothing answers" not in story.lower()
    assert "you could" in story  # and what there is to do here
    assert unchanged


async def test_a_mixed_feeling_names_the_hard_part_and_a_good_one_is_welcomed() -> None:
    story, _ = await _turn("i feel a bit low but ok")
    assert "low" in story and "low and ok" not in story
    story, _ = await _turn("feeling better now")
    assert story.startswith("Better.") and "what helped" in story


async def test_words_that_name_no_feeling_still_get_the_usual_answer() -> None:
    story, unchanged = await _turn("xyzzy plover")
    assert "slips away" in story or "drift off" in story
    assert unchanged
