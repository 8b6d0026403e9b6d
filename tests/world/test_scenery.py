"""Scenery (examinable things the prose mentions, state-dependent), "examine me", background
nouns, the senses, and the shipped worlds' prose passing the noun check."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world as shipped
from tests.world.test_engine import act, run
from tta_server.pipeline.play import play
from tta_server.world import World, WorldState, new_state


def test_scenery_is_examined_by_name_and_alias(tiny: World) -> None:
    start = new_state(tiny)
    for words in ("fog", "mist"):
        [step] = play(tiny, start, f"examine the {words}").steps
        assert step.action.target_id == "fog"
        assert step.outcome.facts["description"] == "Grey fog, thick as wool."
    assert act(tiny, start, "examine", "fog").facts["name"] == "the fog"


def test_scenery_description_follows_its_state(tiny: World) -> None:
    cleared = run(tiny, new_state(tiny), ("count",))
    assert "fog-gone" in cleared.flags
    out = act(tiny, cleared, "examine", "fog")
    assert out.facts["description"] == "Only a few wisps of fog are left."


def test_scenery_is_only_where_it_is(tiny: World) -> None:
    hut = run(tiny, new_state(tiny), ("go", "e"))
    assert act(tiny, hut, "examine", "fog").message_key == "examine.not_here"
    [step] = play(tiny, hut, "x fog").steps
    assert step.outcome.message_key == "examine.not_here"


def test_smell_reads_the_scenery(tiny: World) -> None:
    out = act(tiny, new_state(tiny), "smell", "fog")
    assert out.ok and out.facts["text"] == "Salt and old rope."


def test_background_nouns_get_a_plain_answer_not_the_room(tiny: World) -> None:
    in_tower = new_state(tiny).model_copy(update={"location": "tower"})
    out = act(tiny, in_tower, "examine", None, None, "round room")
    assert (out.ok, out.message_key) == (False, "examine.background")
    assert "room" in out.facts["text"]
    elsewhere = act(tiny, new_state(tiny), "examine", None, None, "round room")
    assert elsewhere.message_key == "examine.not_here"  # only where the prose mentions it


def test_examine_me_uses_the_worlds_player_text(tiny: World) -> None:
    out = act(tiny, new_state(tiny), "examine", "player")
    assert out.facts == {"name": "yourself", "description": "You look windswept."}


# -- the shipped worlds ----------------------------------------------------------------------------
def _walk(name: str, *inputs: str) -> tuple[World, WorldState]:
    w = shipped(name)
    state = new_state(w)
    for text in inputs:
        state = play(w, state, text).state
    return w, state


@pytest.mark.parametrize(
    ("name", "walk", "text", "expected"),
    [
        ("lantern_coast", ("go inside",), "look at the kettle", "kettle"),
        ("lantern_coast", ("n",), "x doors", "painted-doors"),
        ("lantern_coast", (), "examine the fog", "fog"),
        ("lantern_coast", (), "look at the sea", "sea"),
        ("ember_library", ("go in", "n", "n"), "look at the books", "stack-books"),
        ("ember_library", ("go in",), "x the dome", "dome"),
    ],
)
def test_what_the_prose_mentions_can_be_examined(
    name: str, walk: tuple[str, ...], text: str, expected: str
) -> None:
    w, state = _walk(name, *walk)
    [step] = play(w, state, text).steps
    assert step.outcome.ok, (state.location, step.outcome.message_key)
    assert step.action.target_id == expected
    assert step.outcome.facts["description"]


def test_doors_of_exits_can_be_examined_and_knocked_on() -> None:
    w = shipped("lantern_coast")
    state = new_state(w)
    for text in ("n", "e"):  # Chapel Street, then Lamp Cottage
        state = play(w, state, text).state
    assert state.location == "cottage-step"
    [look] = play(w, state, "examine the blue door").steps
    assert look.outcome.ok and "Maren" in look.outcome.facts["description"]
    [knock] = play(w, state, "knock on the door").steps
    assert not knock.outcome.ok and knock.outcome.facts["text"].startswith("You knock.")


def test_the_fog_clears_in_the_prose_once_the_lamp_is_lit() -> None:
    w = shipped("lantern_coast")
    state = new_state(w)
    before = play(w, state, "x fog").steps[0].outcome.facts["description"]
    lit = state.model_copy(update={"flags": ["lamp-lit"]})
    after = play(w, lit, "x fog").steps[0].outcome.facts["description"]
    assert before != after and "beam" in after


# -- scenery answers take, open, eat and drink in the story's words (issue 14) ------------------
def _played(w: World, inputs: list[str]) -> WorldState:
    state = new_state(w)
    for text in inputs:
        state = play(w, state, text).state
    return state


def _said(w: World, state: WorldState, text: str) -> tuple[str, str]:
    [step] = play(w, state, text).steps
    facts = step.outcome.facts
    return step.outcome.message_key, str(facts.get("text") or facts.get("description") or "")


@pytest.mark.parametrize(
    ("where", "text", "key", "expected"),
    [
        (["go in"], "take a cup of tea", "take.fixed", "Mugs don't leave the hut"),
        (["go in"], "drink some tea", "act.ok", "Strong, sweet and very hot"),
        (["go in"], "grab a biscuit", "take.fixed", "drop a coin"),
        (["go in"], "eat the biscuits", "act.ok", "ginger biscuit"),
        (["up"], "open the chest", "open.scenery", "You lift the lid"),
        (["up"], "pick up the sea chest", "take.fixed", "far too heavy"),
        (["w", "s"], "take a shell", "take.fixed", "put it back where the tide left it"),
    ],
)
def test_scenery_the_prose_names_answers_take_open_and_taste(
    where: list[str], text: str, key: str, expected: str
) -> None:
    w = shipped("lantern_coast")
    said_key, said = _said(w, _played(w, where), text)
    assert said_key == key and expected in said


def test_scenery_without_a_take_text_gets_a_plain_refusal_not_a_miss(tiny: World) -> None:
    [step] = play(tiny, new_state(tiny), "take the fog").steps
    assert step.outcome.message_key == "take.fixed"
    assert step.outcome.facts["text"] == "The fog belongs where it is; you leave it be."


def test_the_room_text_names_the_sea_glass_in_words_a_player_can_use() -> None:
    w = shipped("lantern_coast")
    tideline = _played(w, ["w", "s"])
    for words in ("the blue thing", "the pale blue glint", "something blue"):
        [step] = play(w, tideline, f"take {words}").steps
        assert step.action.target_id == "sea-glass" and step.outcome.message_key == "take.ok"


def test_ember_library_tea_can_be_drunk_and_not_carried_off() -> None:
    w = shipped("ember_library")
    bindery = _played(w, ["go in", "w"])
    assert _said(w, bindery, "take the tea")[0] == "take.fixed"
    key, said = _said(w, bindery, "drink tea")
    assert key == "act.ok" and "strong enough to stand a spoon in" in said
