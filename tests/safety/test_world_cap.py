"""A crisis the contextual signal alone gives to words about a place or a thing of the world is
a concern (``contextual_step.world_capped``, rounds 15 and 16 of docs/safety.md): the signal
reads "loft" as a place of hanging, and both shipped worlds have one; it held newcomers doing
what the story suggested (winding the lighthouse clockwork on the out-breath, sitting on the
garden's bench to think of someone missed). Means, acts at a height, risk and distress words,
and every rule's crisis are never lowered. The real encoder."""

from __future__ import annotations

import pytest

from tta_server.contextual_step import names_a_place, names_a_thing, world_capped
from tta_server.data import worlds
from tta_server.safety import Assessment, Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.normalisation import normalise
from tta_server.world import World, WorldState, load_world, new_state

#: Quiet talk about the loft the signal calls crisis; the first that still is is used. Round
#: 22's index calls none of the first three anything (its development set has soft moves up
#: to a loft beside going up to jump); it reads the last, not wanting to leave the loft's peace,
#: as the index's "not coming back down" crises.
QUIET = (
    "its so quiet up here in the net loft",
    "the net loft, so quiet up there, a quiet look around would be nice",
    "the loft is quiet and i have a quiet look around, a long quiet look",
    "so peaceful up here in the net loft, i never want to go back down",
)


def _coast() -> tuple[World, WorldState]:
    world = load_world(worlds() / "lantern_coast.toml")
    state = new_state(world)
    return world, state.model_copy(update={"location": "net-loft"})


def _raised(text: str) -> tuple[Assessment, Assessment]:
    base = classify(text)
    return signal().raise_verdict(text, base), base


def _quiet() -> str:
    found = [t for t in QUIET if _raised(t)[0].level is Level.CRISIS]
    found = [t for t in found if _raised(t)[1].level is not Level.CRISIS]
    assert found, f"the signal no longer calls any of {QUIET} crisis: nothing to cap"
    return found[0]


def test_quiet_words_about_the_loft_are_a_concern_not_a_hold() -> None:
    world, state = _coast()
    text = _quiet()
    raised, base = _raised(text)
    got = world_capped(world, state, text, raised, base)
    assert got.level is Level.CONCERN
    assert got.reasons[-1].startswith("contextual:concern:") and got.reasons[-1].endswith(":place")


@pytest.mark.parametrize(
    "extra",
    [
        " with the rope",  # a means
        ". i could just jump",  # an act at a height
        ". nobody would miss me",  # a rule's crisis
        ". i want to die",
        ". i feel so alone",  # a word of another cell
    ],
)
def test_risk_in_the_same_words_is_never_lowered(extra: str) -> None:
    world, state = _coast()
    text = _quiet() + extra
    raised, base = _raised(text)
    assert world_capped(world, state, text, raised, base) == raised


def test_the_cap_needs_the_signals_crisis_and_a_place_of_this_world() -> None:
    world, state = _coast()
    text = _quiet()
    raised, base = _raised(text)
    assert world_capped(world, state, text, base, base) == base  # nothing raised: unchanged
    library = load_world(worlds() / "ember_library.toml")
    at_the_steps = new_state(library)
    # "the loft" is nowhere near The Library Steps, and "net loft" is not the library's.
    if "net loft" not in text:
        assert world_capped(library, at_the_steps, text, raised, base) == raised


def test_places_are_named_by_full_name_or_near_by_their_last_word() -> None:
    world, state = _coast()
    assert names_a_place(world, state, normalise("up in the net loft"))
    assert names_a_place(world, state, normalise("the loft is quiet"))  # where the player is
    assert names_a_place(world, state, normalise("the harbour wall is high"))  # by full name
    assert not names_a_place(world, state, normalise("my garage is quiet"))
    quay = state.model_copy(update={"location": "quay"})
    assert names_a_place(world, quay, normalise("go up the stairs"))  # an exit's alias here


#: Newcomer 16's words at the lighthouse's clockwork and the library garden's bench (play
#: corpus 16), and new ones like them; each case uses the first the signal still calls crisis.
CLOCKWORK = (
    # paced by the breath, neither learned signal reads these since round 31 (safety.game_acts):
    # none before any cap (tests/safety/test_round31.py)
    "Now I wind the clockwork with the handle, slowly, on the out-breath.",
    "i wind the clockwork slowly with the handle on each out breath",
    "now i wind the clockwork with the handle, slowly, one turn at a time",
)
BENCH = (
    # the three below are a concern on screen since round 26's crisis head, not raised to crisis
    "I sit down on the bench next to the tea and think about my nan",
    "I sit on the bench beside the cup of tea and think about my mum for a minute.",
    "sitting on the bench by the cup of tea thinking about my grandad",
    # "for a minute" is lingering since round 23b (safety.overnight): a concern before the cap
    "I sit on the bench beside the cup of tea and think about my mum.",
)


def _signal_crisis(texts: tuple[str, ...]) -> str:
    found = [t for t in texts if _raised(t)[0].level is Level.CRISIS]
    found = [t for t in found if _raised(t)[1].level is not Level.CRISIS]
    assert found, f"the signal no longer calls any of {texts} crisis: nothing to cap"
    return found[0]


def _at(path: str, location: str, holding: tuple[str, ...] = ()) -> tuple[World, WorldState]:
    world = load_world(worlds() / path)
    state = new_state(world)
    places = {**state.places, **{i: "player" for i in holding}}
    update = {"location": location, "places": places, "inventory": [*state.inventory, *holding]}
    return world, state.model_copy(update=update)


@pytest.mark.parametrize(
    ("texts", "path", "location", "holding"),
    [
        (CLOCKWORK, "lantern_coast.toml", "lamp-room", ("winding-handle",)),
        (BENCH, "ember_library.toml", "courtyard", ()),
    ],
    ids=["clockwork", "bench"],
)
def test_doing_what_the_story_suggests_with_its_things_is_a_concern_not_a_hold(
    texts: tuple[str, ...], path: str, location: str, holding: tuple[str, ...]
) -> None:
    world, state = _at(path, location, holding)
    text = _signal_crisis(texts)
    raised, base = _raised(text)
    got = world_capped(world, state, text, raised, base)
    assert got.level is Level.CONCERN
    assert got.reasons[-1].startswith("contextual:concern:") and got.reasons[-1].endswith(":thing")


@pytest.mark.parametrize(
    "extra", [" and then i take the knife to my wrists", ". i could take the meds and not wake"]
)
def test_a_means_beside_the_things_is_never_lowered(extra: str) -> None:
    world, state = _at("ember_library.toml", "courtyard")
    text = _signal_crisis(BENCH) + extra
    raised, base = _raised(text)
    assert world_capped(world, state, text, raised, base) == raised


def test_things_are_named_only_where_the_player_can_refer_to_them() -> None:
    world, state = _at("ember_library.toml", "courtyard")
    assert names_a_thing(world, state, normalise("the cup of tea on the bench"))  # scenery here
    assert not names_a_thing(world, state, normalise("my kitchen table"))
    steps = new_state(world)  # the library steps: no bench there
    assert not names_a_thing(world, steps, normalise("the bench"))
    coast, lamp = _at("lantern_coast.toml", "lamp-room", ("winding-handle",))
    assert names_a_thing(coast, lamp, normalise("wind it with the handle"))  # held
    assert names_a_thing(coast, lamp, normalise("the clockwork"))  # here
