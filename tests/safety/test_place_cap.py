"""A crisis the contextual signal alone gives to words about a place of the world is a concern
(``contextual_step.place_capped``, round 15 of docs/safety.md): the signal reads "loft" as a
place of hanging, and both shipped worlds have one. Means, acts at a height, risk and distress
words, and every rule's crisis are never lowered. The real encoder; the sentences are new."""

from __future__ import annotations

import pytest

from tta_server.contextual_step import names_a_place, place_capped
from tta_server.data import worlds
from tta_server.safety import Assessment, Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.normalisation import normalise
from tta_server.world import World, WorldState, load_world, new_state

#: Quiet talk about the loft the signal calls crisis; the first that still is is used.
QUIET = (
    "its so quiet up here in the net loft",
    "the net loft, so quiet up there, a quiet look around would be nice",
    "the loft is quiet and i have a quiet look around, a long quiet look",
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
    got = place_capped(world, state, text, raised, base)
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
    assert place_capped(world, state, text, raised, base) == raised


def test_the_cap_needs_the_signals_crisis_and_a_place_of_this_world() -> None:
    world, state = _coast()
    text = _quiet()
    raised, base = _raised(text)
    assert place_capped(world, state, text, base, base) == base  # nothing raised: unchanged
    library = load_world(worlds() / "ember_library.toml")
    at_the_steps = new_state(library)
    # "the loft" is nowhere near The Library Steps, and "net loft" is not the library's.
    if "net loft" not in text:
        assert place_capped(library, at_the_steps, text, raised, base) == raised


def test_places_are_named_by_full_name_or_near_by_their_last_word() -> None:
    world, state = _coast()
    assert names_a_place(world, state, normalise("up in the net loft"))
    assert names_a_place(world, state, normalise("the loft is quiet"))  # where the player is
    assert names_a_place(world, state, normalise("the harbour wall is high"))  # by full name
    assert not names_a_place(world, state, normalise("my garage is quiet"))
    quay = state.model_copy(update={"location": "quay"})
    assert names_a_place(world, quay, normalise("go up the stairs"))  # an exit's alias here
