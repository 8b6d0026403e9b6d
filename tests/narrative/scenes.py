"""Real scenes for narrator tests: a shipped world played with the real parser and engine."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tta_server import data
from tta_server.game import Game
from tta_server.narrative.base import Persona, Scene
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline.play import play
from tta_server.world import World, WorldState, context, load_world, new_state
from tta_server.world_catalogue import record_of

WORLDS = data.worlds()  # read as the server reads them: importlib.resources

MARA = Persona(name="Mara", pronouns="she/her", goals=("managing_anxiety",), intensity="gentle")


@cache
def world(world_id: str = "lantern_coast") -> World:
    return load_world(WORLDS / f"{world_id}.toml")


def opening(world_id: str = "lantern_coast", persona: Persona = MARA) -> Scene:
    """The first narration of a session."""
    w = world(world_id)
    return Scene(world=w, persona=persona, context=context(w, new_state(w)), opening=True)


def after(
    inputs: list[str],
    world_id: str = "lantern_coast",
    persona: Persona = MARA,
    previous: str | None = None,
) -> Scene:
    """The scene of the last input, after playing the ones before it from the start."""
    w = world(world_id)
    state: WorldState = new_state(w)
    for text in inputs[:-1]:
        state = play(w, state, text).state
    played = play(w, state, inputs[-1])
    return Scene(
        world=w,
        persona=persona,
        context=played.context,
        steps=played.steps,
        text=inputs[-1],
        suggestions=played.suggestions,
        previous=previous,
    )


def narrated(w: World, state: WorldState, text: str, persona: Persona = MARA) -> str:
    """One input played from ``state`` and told by the default narrator (no memory), its
    paragraphs one a line."""
    played = play(w, state, text)
    scene = Scene(world=w, persona=persona, context=played.context, steps=played.steps, text=text)
    return "\n".join(DefaultNarrator().compose(scene))


async def told(
    w: World, inputs: Sequence[str], persona: Persona = MARA
) -> list[tuple[str, str, frozenset[str]]]:
    """Each input played through the game service (real parser, engine and default narrator,
    the narrator's memory as the game keeps it) after the opening: the input, its narration,
    and the skills practised so far."""
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, persona)
    found = []
    for i, text in enumerate(inputs):
        result = await game.turn(live, text, f"t{i}")
        Game.commit(live, result, text)
        found.append((text, result.narration, frozenset(live.state.skills)))
    return found
