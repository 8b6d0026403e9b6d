"""The game's own suggestions work (issue 14, third corpus: "close the damper a notch", a
hint's wording, was refused). Every route of both shipped worlds is walked; at each input, the
hint the player would get (``help``) is split into its clauses, and every clause that tells the
player to do something is played in the state where the hint is shown: the game must
understand it (a refusal in the story is fine: "ask her about the light" on the empty quay).
"""

from __future__ import annotations

import functools
import re

import pytest

from tests.narrative.scenes import world
from tests.pipeline.walkthroughs import ROUTES
from tta_server.pipeline.play import play
from tta_server.protocol.intents import Intent
from tta_server.world import World, WorldState, new_state
from tta_server.world.views import hint_now

FILES = {"lantern-coast": "lantern_coast", "ember-library": "ember_library"}

_SENTENCES = re.compile(r"[.;:!?]\s+|[.;:!?]$|,\s+then\s+|\s+then\s+|,\s+and\s+")
#: Words that start a hint's statements, not its instructions ("The gate takes Maren's key").
_NOT_A_VERB = frozenset(
    [
        "the",
        "a",
        "an",
        "she",
        "he",
        "it",
        "they",
        "you",
        "you've",
        "you'll",
        "your",
        "his",
        "her",
        "their",
        "its",
        "everyone",
        "someone",
        "something",
        "all",
        "true",
        "oil",
        "whatever",
        "nobody",
        "there",
        "so",
    ]
)
#: Words that start a clause's scene-setting, up to its first comma ("Out there, stand still").
_LEAD_INS = frozenset(["when", "once", "if", "out", "up", "west", "east", "north", "south", "next"])


def instructions(hint: str, world_: World) -> list[str]:
    """The clauses of a hint that tell the player to do something, as a player would copy
    them ("close the stove's damper a notch at a time")."""
    names = {
        w.lower().removesuffix("'s")
        for x in (*world_.characters, *world_.locations, *world_.items)
        for w in x.name.split()
        if w[:1].isupper()
    }
    found = []
    for clause in _SENTENCES.split(" ".join(hint.split())):
        clause = clause.strip(" ,")
        while clause.split(" ", 1)[0].lower().strip(",") in _LEAD_INS and "," in clause:
            clause = clause.split(",", 1)[1].strip()
        for lead in ("now ", "then ", "and "):
            clause = clause.removeprefix(lead).removeprefix(lead.capitalize())
        first = clause.split(" ", 1)[0].lower().strip(",")
        if not clause or first in _NOT_A_VERB or first.removesuffix("'s") in names:
            continue
        if first in ("don't", "never") or not clause[:1].isalpha():
            continue
        found.append(clause)
    return found


@functools.cache
def _world(world_id: str) -> World:
    return world(FILES[world_id])


def _shown(world_id: str) -> list[tuple[str, str, WorldState]]:
    """(route, hint instruction, state) for every instruction shown along every route."""
    w = _world(world_id)
    seen: set[tuple[str, str]] = set()
    cases = []
    for route, inputs in ROUTES[world_id].items():
        state = new_state(w)
        for text in inputs:
            step = next((s for s in w.arc.steps if s.id not in state.steps_done), None)
            if step is not None:
                for clause in instructions(hint_now(w, state, step), w):
                    if (clause, state.location) not in seen:
                        seen.add((clause, state.location))
                        cases.append((route, clause, state))
            state = play(w, state, text).state
    return cases


def test_hints_have_instructions_to_check() -> None:
    for world_id in FILES:
        clauses = {c for _, c, _ in _shown(world_id)}
        assert len(clauses) >= 10, clauses


@pytest.mark.parametrize("world_id", list(FILES))
def test_every_instruction_in_a_hint_is_understood_where_it_is_shown(world_id: str) -> None:
    w = _world(world_id)
    failed = []
    for route, clause, state in _shown(world_id):
        played = play(w, state, clause)
        intents = [s.action.intent for s in played.steps]
        if not intents or Intent.UNKNOWN in intents:
            failed.append((route, state.location, clause, played.unknown))
    assert not failed, "\n".join(map(str, failed))


def _completions(world_id: str) -> list[tuple[str, str, str, WorldState]]:
    """(route, step, hint, state) for each arc step, in the state just before each route's
    input that completes it."""
    w = _world(world_id)
    cases = []
    for route, inputs in ROUTES[world_id].items():
        state = new_state(w)
        for text in inputs:
            after = play(w, state, text).state
            for step in w.arc.steps:
                if step.id in after.steps_done and step.id not in state.steps_done:
                    cases.append((route, step.id, hint_now(w, state, step), state))
            state = after
    return cases


@pytest.mark.parametrize("world_id", list(FILES))
def test_a_hint_that_says_what_to_do_does_it_where_it_is_due(world_id: str) -> None:
    """Where the hint names what completes its step ("close the stove's damper a notch at a
    time", "take his book up to Ilse"), doing what it says there completes the step: an
    instruction as a whole, or the part of it after its last "and" ("go in and say hello",
    typed in the bindery)."""
    w = _world(world_id)
    failed = []
    for route, step, hint, state in _completions(world_id):
        said = instructions(hint, w)
        tries = [*said, *(c.rsplit(" and ", 1)[1] for c in said if " and " in c)]
        if said and not any(step in play(w, state, c).state.steps_done for c in tries):
            failed.append((route, step, state.location, said))
    assert not failed, "\n".join(map(str, failed))


@pytest.mark.parametrize(
    "text",
    [
        "close the damper a notch",
        "shut the damper",
        "close the stove's damper a notch at a time",
        "turn down the stove",
        "close the damper, slowly, one notch at a time",
    ],
)
def test_closing_the_damper_cools_the_named_ember(text: str) -> None:
    w = _world("ember-library")
    state = new_state(w)
    for typed in ROUTES["ember-library"]["walkthrough"]:
        if typed == "breathe slowly":
            break
        state = play(w, state, typed).state
    assert "cool-ember" not in state.steps_done
    assert "cool-ember" in play(w, state, text).state.steps_done


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "quay", "wind the clockwork slowly"),
        ("lantern_coast", "tea-hut", "fill the lamp from the oil can"),
        ("ember_library", "foyer", "mend the book"),
    ],
)
def test_a_world_verb_typed_where_it_means_nothing_is_understood_not_here(
    name: str, at: str, text: str
) -> None:
    w = world(name)
    state = new_state(w).model_copy(update={"location": at})
    [step] = play(w, state, text).steps
    assert (step.outcome.ok, step.outcome.message_key) == (False, "verb.blocked")
    assert "here" in step.outcome.facts["text"]
