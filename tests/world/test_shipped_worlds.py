"""The two shipped worlds: sound, complete, and playable from start to ending.

Each walkthrough is a scripted list of engine actions (ids already resolved, as a parser would
give them). Every action must succeed; the arc must complete in order and reach the ending;
at least three distinct coping skills must be practised on the way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tta_server import data
from tta_server.world import (
    World,
    WorldState,
    apply,
    context,
    load_world,
    new_state,
    scope,
    validate_file,
)
from tta_server.world.vocab import Skill
from tta_server.world_catalogue import WorldInfo, load_catalogue, load_worlds

WORLDS = data.worlds()  # read as the server reads them: importlib.resources

Step = tuple[str, str | None, str | None, str | None]


def a(
    intent: str, target: str | None = None, obj: str | None = None, text: str | None = None
) -> Step:
    return (intent, target, obj, text)


LANTERN_COAST = [
    a("go", "in"),
    a("talk", "rue", None, "what's happened to the lighthouse?"),
    a("talk", "rue", None, "could you help me? I don't know where to start"),
    a("go", "out"),
    a("ring", "fog-bell"),
    a("go", "e"),
    a("talk", "pip"),
    a("examine", "slate"),
    a("rewrite", "slate"),
    a("talk", "pip", None, "tell me about skipper"),
    a("go", "w"),
    a("go", "up"),
    a("take", "blanket"),
    a("go", "down"),
    a("go", "w"),
    a("listen"),
    a("go", "w"),
    a("talk", "skipper"),
    a("breathe"),
    a("give", "blanket", "skipper"),
    a("play", "tin-whistle"),
    a("go", "e"),
    a("go", "s"),
    a("take", "sea-glass"),
    a("hold", "sea-glass"),
    a("go", "n"),
    a("go", "e"),
    a("go", "n"),
    a("go", "e"),
    a("go", "in"),
    a("talk", "maren"),
    a("give", "flask", "maren"),
    a("talk", "maren", None, "will you teach me how to light it?"),
    a("read", "logbook"),
    a("go", "out"),
    a("go", "w"),
    a("go", "up"),
    a("notice"),
    a("go", "up"),
    a("open", "gate"),
    a("go", "n"),
    a("go", "e"),
    a("take", "oil-can"),
    a("take", "matches"),
    a("go", "w"),
    a("go", "in"),
    a("take", "winding-handle"),
    a("go", "up"),
    a("use", "oil-can", "great-lamp"),
    a("wind", "clockwork"),
    a("light", "great-lamp"),
    a("breathe"),
    a("go", "down"),
    a("go", "out"),
    a("go", "s"),
    a("go", "down"),
    a("go", "down"),
    a("go", "s"),
]

EMBER_LIBRARY = [
    a("go", "in"),
    a("go", "w"),
    a("talk", "bastian"),
    a("talk", "bastian", None, "how can I help mend things?"),
    a("take", "lantern"),
    a("go", "n"),
    a("remember"),
    a("take", "rosemary"),
    a("go", "s"),
    a("go", "e"),
    a("consult", "catalogue"),
    a("go", "n"),
    a("go", "n"),
    a("take", "your-book"),
    a("read", "your-book"),
    a("answer", "your-book"),
    a("go", "s"),
    a("talk", "juno"),
    a("rewrite", "juno-page"),
    a("talk", "juno", None, "have you seen ilse?"),
    a("go", "w"),
    a("examine", "library-map"),
    a("go", "e"),
    a("go", "s"),
    a("take", "cat-biscuits"),
    a("give", "cat-biscuits", "footnote"),
    a("go", "e"),
    a("go", "e"),
    a("examine", "ash"),
    a("take", "fenn-glasses"),
    a("go", "w"),
    a("go", "down"),
    a("name"),
    a("breathe"),
    a("take", "cool-ember"),
    a("go", "up"),
    a("go", "up"),
    a("go", "up"),
    a("talk", "ilse"),
    a("give", "fenn-glasses", "ilse"),
    a("give", "cool-ember", "ilse"),
    a("talk", "ilse", None, "what happened with the fire?"),
    a("talk", "ilse", None, "tell me about fenn"),
    a("go", "down"),
    a("open", "study door"),
    a("go", "in"),
    a("remember"),
    a("take", "fenn-book"),
    a("read", "fenn-book"),
    a("go", "out"),
    a("go", "up"),
    a("give", "fenn-book", "ilse"),
    a("go", "down"),
    a("go", "down"),
    a("go", "w"),
    a("go", "w"),
    a("mend"),
]

CASES = {
    "lantern-coast": ("lantern_coast.toml", LANTERN_COAST),
    "ember-library": ("ember_library.toml", EMBER_LIBRARY),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def shipped(request: pytest.FixtureRequest) -> tuple[World, list[Step]]:
    name, walk = CASES[request.param]
    world = load_world(WORLDS / name)
    assert world.id == request.param
    return world, walk


def play(world: World, walk: list[Step]) -> WorldState:
    state = new_state(world)
    for step in walk:
        out = apply(world, state, step)
        assert out.ok, (step, out.message_key, out.facts)
        # the state survives a JSON round trip at every turn (sessions store it)
        state = WorldState.model_validate(json.loads(json.dumps(out.state.model_dump(mode="json"))))
        assert state == out.state
        scope(world, state)
        context(world, state)
    return state


def test_both_files_validate_cleanly() -> None:
    for name, _ in CASES.values():
        assert validate_file(WORLDS / name) == []


def test_each_world_is_complete(shipped: tuple[World, list[Step]]) -> None:
    world, _ = shipped
    assert len(world.locations) >= 12
    assert len(world.items) >= 10
    assert len(world.characters) >= 4
    assert world.character(world.guide.character) is not None
    assert len(world.meta.skills) >= 3
    assert len(world.arc.steps) >= 5
    assert all(len(loc.descriptions) >= 2 for loc in world.locations)
    assert len(world.beats) >= 3


def test_the_walkthrough_reaches_the_ending(shipped: tuple[World, list[Step]]) -> None:
    world, walk = shipped
    assert 40 <= len(walk) <= 90
    state = play(world, walk)
    assert state.ended
    assert state.steps_done == [s.id for s in world.arc.steps]
    practised = {Skill(k) for k, n in state.skills.items() if n > 0}
    assert len(practised) >= 3
    assert practised <= set(world.meta.skills)
    assert context(world, state).arc.ended


def test_steps_do_not_complete_before_the_story_reaches_them(
    shipped: tuple[World, list[Step]],
) -> None:
    world, walk = shipped
    state = new_state(world)
    seen: list[str] = []
    for step in walk[:-1]:
        state = apply(world, state, step).state
        assert state.steps_done[: len(seen)] == seen  # only ever appended to, in order
        seen = list(state.steps_done)
    assert not state.ended
    assert len(state.steps_done) == len(world.arc.steps) - 1


def test_content_notes_are_tagged_where_they_happen() -> None:
    coast = load_world(WORLDS / "lantern_coast.toml")
    tags = {t for loc in coast.locations for t in loc.tags}
    assert {"fog", "deep water", "illness", "heights"} <= tags
    library = load_world(WORLDS / "ember_library.toml")
    tags = {t for loc in library.locations for t in loc.tags}
    assert {"fire", "grief", "anger", "harsh self-talk"} <= tags


def test_the_catalogue_offers_both_worlds() -> None:
    worlds, problems = load_catalogue(WORLDS)
    assert problems == []
    assert set(worlds) == {"lantern-coast", "ember-library"}
    for info in worlds.values():
        assert isinstance(info, WorldInfo)
        assert info.title and info.summary and info.goals
    assert worlds["lantern-coast"].title == "The Lantern Coast"
    assert worlds["ember-library"].title == "The Ember Library"


def test_the_catalogue_reports_a_broken_file_in_one_line(tmp_path: Path) -> None:
    good = (WORLDS / "lantern_coast.toml").read_text(encoding="utf-8")
    (tmp_path / "a_good.toml").write_text(good, encoding="utf-8")
    (tmp_path / "b_copy.toml").write_text(good, encoding="utf-8")
    broken = good.replace('start = "quay"', 'start = "pier"').replace(
        'character = "rue"', 'character = "ruth"'
    )
    (tmp_path / "c_broken.toml").write_text(broken, encoding="utf-8")
    (tmp_path / "d_unreadable.toml").write_text("[world", encoding="utf-8")
    worlds, problems = load_worlds(tmp_path)
    assert set(worlds) == {"lantern-coast"}
    assert problems[0] == "b_copy.toml: world id 'lantern-coast' is used by another file"
    assert problems[1] == "c_broken.toml: [world]: start 'pier' is not a location (and 1 more)"
    assert problems[2].startswith("d_unreadable.toml: cannot be read: ")
    assert len(problems) == 3
