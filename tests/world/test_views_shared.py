"""The views' speed-ups keep their meaning: items listed where ``place_of`` puts them, in
world-file order, however they moved; parts made of the world's words shared and frozen."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tta_server.data import worlds
from tta_server.world import load_world, new_state
from tta_server.world.schema import World
from tta_server.world.state import WorldState, place_of
from tta_server.world.views import context, items_at, scope


@pytest.fixture(scope="module")
def coast() -> World:
    return load_world(worlds() / "lantern_coast.toml")


def _by_definition(world: World, state: WorldState, place: str) -> list[str]:
    return [i.id for i in world.items if place_of(world, state, i.id) == place]


def test_items_at_follows_every_move_in_world_file_order(coast: World) -> None:
    state = new_state(coast)
    start = state.location
    first_here = _by_definition(coast, state, start)
    assert first_here, "the start has things to move"
    places = sorted({place_of(coast, state, i.id) for i in coast.items})
    moves = [
        {},
        {first_here[0]: "player"},  # one taken from here
        {coast.items[-1].id: start},  # the world's last item brought here
        {coast.items[-1].id: start, coast.items[0].id: start, first_here[0]: "nowhere"},
        {i.id: start for i in reversed(coast.items)},  # every item here, moved in reverse
        {"no-such-item": start, first_here[0]: start},  # a stale id; one "moved" where it was
    ]
    for moved in moves:
        state.places = dict(moved)
        for place in [*places, start, "player", "nowhere"]:
            assert [i.id for i in items_at(coast, state, place)] == _by_definition(
                coast, state, place
            ), (moved, place)


def test_world_parts_of_views_are_shared_and_frozen(coast: World) -> None:
    state = new_state(coast)
    a, b = scope(coast, state), scope(coast, state.model_copy(update={"turn": 7}))
    assert a == b
    assert a.location is b.location and a.exits[0] is b.exits[0]
    with pytest.raises(ValidationError):
        setattr(a.location, "name", "elsewhere")  # noqa: B010 (mypy knows it is read-only)
    with pytest.raises(ValidationError):
        setattr(a.exits[0], "open", not a.exits[0].open)  # noqa: B010
    ctx = context(coast, state)
    assert ctx.exits == a.exits
    with pytest.raises(ValidationError):
        setattr(ctx.exits[0], "to_name", "elsewhere")  # noqa: B010
