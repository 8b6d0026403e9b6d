"""Tables other modules derive from a world are built once and kept with that world."""

from __future__ import annotations

from pathlib import Path

from tta_server.pipeline.binding import parser_scope, verb_starts, world_verbs
from tta_server.world import World, load_world
from tta_server.world.engine import new_state, scope


def test_a_derived_table_is_built_once_per_world(tiny: World, tiny_path: Path) -> None:
    built: list[str] = []

    def names(world: World) -> list[str]:
        built.append(world.id)
        return [x.id for x in world.items]

    first = tiny.derived(names)
    assert tiny.derived(names) is first
    other = load_world(tiny_path)
    assert other.derived(names) == first
    assert other.derived(names) is not first
    assert len(built) == 2


def test_the_parser_scope_reuses_the_worlds_verb_words(tiny: World) -> None:
    state = new_state(tiny)
    one = parser_scope(scope(tiny, state), state, tiny)
    two = parser_scope(scope(tiny, state), state, tiny)
    assert one.known_verbs is two.known_verbs is verb_starts(tiny)
    assert world_verbs(tiny) is world_verbs(tiny)
    assert all(v.split()[0] in one.known_verbs for v in world_verbs(tiny))
