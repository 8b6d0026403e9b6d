"""One vocabulary of directions (``tta_server.protocol.directions``), spoken the same by the world
schema, the engine, the parser, the server's summaries and the client's map and completion."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest

from tta_server.pipeline import vocabulary
from tta_server.pipeline.binding import parser_scope
from tta_server.pipeline.parser import DIRECTIONS, parse
from tta_server.protocol.directions import ABBREVIATIONS, DIRECTION_WORDS, Direction
from tta_server.world import load_world, new_state, scope
from tta_server.world.schema import Exit, World
from tta_server.world.vocab import UnlockExit
from tta_tui.widgets import map_layout, typing_line

WORLDS = sorted(
    (Path(__file__).resolve().parents[1] / "tta_server" / "data" / "worlds").glob("*.toml")
)
assert WORLDS, "the shipped worlds were not found"


@pytest.fixture(scope="module", params=WORLDS, ids=[p.stem for p in WORLDS])
def world(request: pytest.FixtureRequest) -> World:
    return load_world(request.param)


@pytest.mark.parametrize("direction", list(Direction))
def test_every_direction_has_an_opposite_that_round_trips(direction: Direction) -> None:
    assert direction.opposite is not direction
    assert direction.opposite.opposite is direction
    assert direction.opposite.diagonal == direction.diagonal


@pytest.mark.parametrize("direction", list(Direction))
def test_every_direction_is_found_by_its_value_word_and_any_case(direction: Direction) -> None:
    for name in (direction.value, direction.word, direction.word.upper(), f" {direction.word} "):
        assert Direction.from_name(name) is direction
    assert Direction.from_name("sideways") is None


def test_abbreviations_and_names_all_lead_to_a_direction() -> None:
    assert set(ABBREVIATIONS) == {"n", "s", "e", "w", "ne", "nw", "se", "sw", "u", "d"}
    assert set(DIRECTION_WORDS.values()) == set(Direction)
    assert all(name == name.lower() and " " not in name for name in DIRECTION_WORDS)


def test_the_world_schema_writes_exits_as_directions() -> None:
    hints = typing.get_type_hints(Exit)
    assert hints["dir"] is Direction
    assert UnlockExit.model_fields["dir"].annotation is Direction


def test_the_parsers_directions_are_the_protocols() -> None:
    assert tuple(d.word for d in Direction) == DIRECTIONS
    for name, direction in DIRECTION_WORDS.items():
        assert vocabulary.DIRECTION_WORDS[name] == direction.word, name
    for name, word in vocabulary.DIRECTION_WORDS.items():
        assert Direction.from_name(word) is not None, name
    assert set(vocabulary.DEFAULT_DIRECTION.values()) <= set(DIRECTIONS)


def test_every_exit_of_the_shipped_worlds_parses_to_its_direction(world: World) -> None:
    exits = [ex for loc in world.locations for ex in loc.exits]
    assert exits
    for ex in exits:
        for typed in (ex.dir.value, ex.dir.word, f"go {ex.dir.word}", f"go {ex.dir.value}"):
            [intent] = parse(typed)
            assert (intent.intent, intent.target) == ("go", ex.dir.word), typed
            assert intent.target is not None
            assert Direction.from_name(intent.target) is ex.dir


def test_the_scopes_exits_are_direction_words(world: World) -> None:
    state = new_state(world)
    exits = parser_scope(scope(world, state), state).exits
    assert exits
    assert all(Direction.from_name(e) is not None and e in DIRECTIONS for e in exits)


@pytest.mark.parametrize("direction", list(Direction))
def test_the_map_places_each_direction_opposite_its_way_back(direction: Direction) -> None:
    assert set(map_layout.COMPASS) == {d for d in Direction if d.opposite in map_layout.COMPASS}
    delta = map_layout.delta(direction.word)
    assert delta == map_layout.COMPASS.get(direction)
    assert map_layout.opposite(direction.word) == direction.opposite.word
    if delta is not None:
        assert map_layout.delta(direction.opposite.word) == (-delta[0], -delta[1])


def test_completion_offers_direction_words() -> None:
    assert set(typing_line.BARE_DIRECTIONS) <= set(DIRECTIONS)
    assert "north" in typing_line.BARE_DIRECTIONS
