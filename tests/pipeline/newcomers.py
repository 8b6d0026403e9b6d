"""One way to set up and check the newcomers' classes (tests/pipeline and tests/narrative
``test_newcomers_*``): a shipped world's state moved to a place, inputs played there in turn,
and each step as (intent, message key)."""

from __future__ import annotations

from collections.abc import Sequence

from tests.narrative.scenes import world
from tta_server.pipeline.play import Played, play
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World, topic_key


def placed(
    name: str,
    at: str,
    seen: Sequence[str] | None = None,
    *,
    held: Sequence[str] = (),
    **update: object,
) -> tuple[World, WorldState]:
    """World ``name`` (file stem) and its start state moved to ``at``; with ``seen``, those
    places and ``at`` visited; things ``held`` in hand; other fields as ``update`` says."""
    w = world(name)
    if seen is not None:
        update["visits"] = dict.fromkeys([*seen, at], 1)
    if held:
        update |= {"inventory": list(held), "places": dict.fromkeys(held, "player")}
    return w, new_state(w).model_copy(update={"location": at, **update})


def played(
    name: str, at: str, texts: Sequence[str], seen: Sequence[str] | None = None, **update: object
) -> Played:
    """The last of ``texts`` played at ``at`` (see :func:`placed`) after the ones before it."""
    w, state = placed(name, at, seen, **update)
    result = play(w, state, texts[0])
    for text in texts[1:]:
        result = play(w, result.state, text)
    return result


def steps(result: Played) -> list[tuple[str, str]]:
    """Each step of a turn as (intent, message key)."""
    return [(str(s.action.intent), s.outcome.message_key) for s in result.steps]


def all_told(w: World, who: str) -> list[str]:
    """Every topic of a character marked told (so that no topic answers the next words)."""
    ch = w.character(who)
    assert ch is not None
    return [topic_key(who, t) for t in ch.topics]
