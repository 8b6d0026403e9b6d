"""The guide is only heard once met: asides ("Rue would say", "You can almost hear Bastian")
and the safety check-in, grounding and pause words speak in the guide's voice only when the
guide is here (or, remembered, once met); otherwise they name nobody."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import MARA, world
from tests.pipeline.walkthroughs import ROUTES
from tta_server.game import Game
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.views import GUIDE_PLAIN, guide_words, met
from tta_server.world_catalogue import record_of


def _walk(world_id: str, inputs: list[str]) -> WorldState:
    w = world(world_id)
    state = new_state(w)
    for text in inputs:
        state = play(w, state, text).state
    return state


def test_met_is_who_the_player_has_been_with_or_spoken_to() -> None:
    w = world("ember_library")
    assert "bastian" not in met(w, _walk("ember_library", ["go in"]))
    assert "bastian" in met(w, _walk("ember_library", ["go in", "w"]))
    assert "bastian" in met(w, _walk("ember_library", ["go in", "w", "e"]))  # and stays met


@pytest.mark.parametrize("which", ["check_in", "grounding", "pause"])
def test_the_guides_words_fit_where_the_guide_is(which: str) -> None:
    w = world("ember_library")
    unmet = _walk("ember_library", ["go in"])
    here = _walk("ember_library", ["go in", "w"])
    away = _walk("ember_library", ["go in", "w", "e"])
    assert guide_words(w, unmet, which) == GUIDE_PLAIN[which]  # type: ignore[arg-type]
    assert "Bastian" not in guide_words(w, unmet, which)  # type: ignore[arg-type]
    assert guide_words(w, here, which) == getattr(w.guide, which)  # type: ignore[arg-type]
    remembered = guide_words(w, away, which)  # type: ignore[arg-type]
    assert remembered == getattr(w.guide, f"{which}_away")
    assert re.search(r"Bastian would|hear Bastian", remembered)  # not as if he were here


def test_the_lantern_coast_guide_is_not_heard_before_the_tea_hut() -> None:
    w = world("lantern_coast")
    start = new_state(w)
    assert "Rue" not in guide_words(w, start, "check_in")
    assert "says Rue" in guide_words(w, _walk("lantern_coast", ["go inside"]), "grounding")


async def _route_story(world_id: str, inputs: list[str]) -> list[tuple[str, str, WorldState]]:
    """(input, narration, state after) for the opening ("") and each input, played through
    the game service."""
    w = world(world_id.replace("-", "_"))
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, events = await game.opening(w, MARA)
    opening = "\n\n".join(e.data["text"] for e in events if e.type == "narrative.chunk")
    told = [("", opening, live.state)]
    for i, text in enumerate(inputs):
        result = await game.turn(live, text, f"t{i}")
        Game.commit(live, result, text)
        told.append((text, result.narration, live.state))
    return told


BEFORE_THE_GUIDE = {  # a newcomer's play (corpus 2, player 1): a skill and a hint before
    "ember-library": [  # meeting Bastian, who used to be "nodding" and "heard" already
        *("look", "go in", "take the paper twist", "feed the cat", "e", "go down the stairs"),
        *("x stove", "name the anger", "who is bastian?", "hint", "u", "w"),
    ],
}
PLAYS = {w: {**routes, "before-guide": BEFORE_THE_GUIDE.get(w, [])} for w, routes in ROUTES.items()}


@pytest.mark.parametrize(
    ("world_id", "route"), [(w, r) for w, routes in PLAYS.items() for r in routes if routes[r]]
)
async def test_an_unmet_guide_is_never_named_in_narration(world_id: str, route: str) -> None:
    w = world(world_id.replace("-", "_"))
    guide = w.character(w.guide.character)
    assert guide is not None
    first = guide.name.split()[0]
    places = [loc.name for loc in w.locations]
    unmet = 0
    for text, narration, state in await _route_story(world_id, PLAYS[world_id][route]):
        if guide.id not in met(w, state):
            unmet += 1
            prose = narration
            for name in places:  # "Rue's Tea Hut" names a place, not her
                prose = prose.replace(name, "")
            assert first not in prose, text
    assert unmet >= 1  # each route starts before the guide is met
