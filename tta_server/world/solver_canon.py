"""What of a world's state matters to the solver (:mod:`tta_server.world.solver`), found
once per world from the world file, and the canonical key that compares states by it.

**States are compared by a canonical key** (:meth:`Canon.key`) that leaves out what no
action's result depends on (the engine reads it only to choose words), so that the search ends:

* ``turn`` and ``mentioned`` (for "it" and "her"): a counter and parser memory that every
  action changes; ``told``, the narrator's memory (the engine never reads it);
* ``visits`` (read only for first-visit text) and ``skills`` (practice counts, for the
  narrator): counters that grow without bound; ``came_from``, read only by "go back", which
  the solver never tries (every way back is also a way by its direction, which it does);
* the order of ``inventory``, ``flags``, ``unlocked``, ``steps_done`` and ``done`` (the engine
  only asks whether something is in them);
* entries of ``done`` whose interaction has no effect that matters (``done`` decides only
  whether effects apply again, and which text is said);
* flags no condition that matters reads; attitudes none tests (an attitude that never falls is
  capped at the highest value tested); the place of items that do not matter; and in
  ``asking``, questions whose replies do not matter.

A field :class:`WorldState` gains later is kept whole (order and all): new state can make the
search larger, never wrong. ``tests/world/test_solver.py`` checks the claims on every reachable
state of small worlds: every action (not only the candidates) gives the same canonical
successor from a state and from a copy that differs in all that is left out, and an action
left out reaches no canonical state the candidates do not.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from typing import Any

from tta_server.world.schema import (
    World,
    questions,
    reaction_key,
    reply_key,
    topic_key,
    use_key,
    verb_key,
)
from tta_server.world.state import WorldState
from tta_server.world.vocab import (
    AttitudeAtLeast,
    ChangeAttitude,
    ClearFlag,
    Condition,
    Effect,
    FlagNotSet,
    FlagSet,
    HasItem,
    PlaceItem,
    PractiseSkill,
    SetFlag,
)

__all__ = ["IGNORED_FIELDS", "Canon"]

IGNORED_FIELDS = frozenset(
    {"turn", "mentioned", "visits", "skills", "told", "chatting", "came_from"}
)
""":class:`WorldState` fields no action's result depends on (they only choose words)."""

_KEPT_FIELDS = frozenset(
    {"world_id", "location", "ended", "inventory", "places", "whereabouts", "flags", "unlocked"}
    | {"steps_done", "done", "attitudes", "asking"}
)
_OTHER_FIELDS = tuple(f for f in WorldState.model_fields if f not in _KEPT_FIELDS | IGNORED_FIELDS)
"""Fields :class:`WorldState` gained after this module was written: kept whole in the key."""


# -- what matters -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Site:
    """An interaction: its key, conditions, effects and the items it involves (the item used,
    its second object, a gift the character keeps)."""

    key: str
    when: list[Condition]
    effects: list[Effect]
    items: tuple[str, ...]
    moves: str | None = None  # a gift that changes hands
    opens: str | None = None  # the reply key of the question it asks


def _sites(world: World) -> Iterator[_Site]:
    for item in world.items:
        for use in item.uses:
            involved = (item.id,) + ((use.with_,) if use.with_ else ())
            yield _Site(use_key(item.id, use), use.when, use.effects, involved)
    for ch in world.characters:
        for topic in ch.topics:
            opens = reply_key(ch.id, topic.asks) if topic.asks else None
            yield _Site(topic_key(ch.id, topic), topic.when, topic.effects, (), None, opens)
        for r in ch.reactions:
            gift = (r.gift,) if r.gift else ()
            moves = r.gift if r.accept else None
            opens = reply_key(ch.id, r.asks) if r.asks else None
            yield _Site(reaction_key(ch.id, r), r.when, r.effects, gift, moves, opens)
    for verb in world.verbs:
        yield _Site(verb_key(verb), verb.when, verb.effects, ())
    for ch in world.characters:
        for q in questions(ch):
            yield _Site(reply_key(ch.id, q), q.when, q.effects, ())


@dataclass(frozen=True)
class Canon:
    """What of a world's state matters to the search, found once per world, and :meth:`key`:
    a state's canonical, hashable form.

    What matters is found backwards from what always does (where the player is, which exits
    are open, the arc): a flag, an item's place or an attitude matters when a condition that
    matters reads it; an interaction matters when one of its effects changes something that
    matters (``practise_skill`` never does; moving a character, unlocking an exit, completing
    a step and ending always do), or it hands over an item that matters; the conditions of
    exits, arc steps and interactions that matter, matter. A character's question (its
    reply) is an interaction; the topic or reaction that asks one that matters, matters, and
    so does which question a character is asking (``asking``). ``done`` keys are kept for the
    interactions whose effects matter.
    """

    flags: frozenset[str]
    attitude_caps: dict[str, int | None]
    items: frozenset[str]
    done: frozenset[str]
    interactions: frozenset[str]
    verbs: frozenset[str]
    asked: frozenset[str]

    @classmethod
    def of(cls, world: World) -> Canon:
        flags: set[str] = set()
        items: set[str] = set()
        tested: dict[str, int] = {}

        def read(when: list[Condition]) -> None:
            for c in when:
                if isinstance(c, FlagSet):
                    flags.add(c.flag)
                elif isinstance(c, FlagNotSet):
                    flags.add(c.not_flag)
                elif isinstance(c, HasItem):
                    items.add(c.has_item)
                elif isinstance(c, AttitudeAtLeast):
                    who = c.attitude_at_least
                    tested[who] = max(tested.get(who, c.value), c.value)

        for loc in world.locations:
            for ex in loc.exits:
                read(ex.when)
                if ex.key:
                    items.add(ex.key)
        for step in world.arc.steps:
            read(step.when)

        def matters(e: Effect) -> bool:
            if isinstance(e, SetFlag):
                return e.set_flag in flags
            if isinstance(e, ClearFlag):
                return e.clear_flag in flags
            if isinstance(e, ChangeAttitude):
                return e.attitude in tested
            if isinstance(e, PlaceItem):
                return e.place_item in items
            return not isinstance(e, PractiseSkill)

        sites = list(_sites(world))
        interactions: set[str] = set()
        grew = True
        while grew:
            grew = False
            for site in sites:
                if site.key in interactions:
                    continue
                if (
                    any(map(matters, site.effects))
                    or (site.moves and site.moves in items)
                    or (site.opens and site.opens in interactions)
                ):
                    interactions.add(site.key)
                    read(site.when)
                    items.update(site.items)
                    grew = True
        done = {site.key for site in sites if any(map(matters, site.effects))}
        asked = {
            f"{ch.id}:{q.id}"
            for ch in world.characters
            for q in questions(ch)
            if reply_key(ch.id, q) in done
        }
        effects = [e for x in sites for e in x.effects]
        effects += [e for step in world.arc.steps for e in step.effects]
        falls = {e.attitude for e in effects if isinstance(e, ChangeAttitude) and e.by < 0}
        caps = {who: (None if who in falls else top) for who, top in tested.items()}
        verbs = {v.verb for v in world.verbs if verb_key(v) in interactions}
        verbs |= {u.verb for i in world.items for u in i.uses if use_key(i.id, u) in interactions}
        verbs |= {
            r.verb
            for ch in world.characters
            for r in ch.reactions
            if r.verb and reaction_key(ch.id, r) in interactions
        }
        return cls(
            frozenset(flags),
            caps,
            frozenset(items),
            frozenset(done),
            frozenset(interactions),
            frozenset(verbs),
            frozenset(asked),
        )

    def key(self, state: WorldState) -> Hashable:
        """The state with everything that cannot matter left out, as a hashable tuple."""
        s = state
        return (
            s.location,
            s.ended,
            self.items.intersection(s.inventory),
            frozenset(x for x in s.places.items() if x[0] in self.items),
            frozenset(s.whereabouts.items()),
            self.flags.intersection(s.flags),
            frozenset(s.unlocked),
            frozenset(s.steps_done),
            self.done.intersection(s.done),
            frozenset(self._attitudes(s.attitudes)),
            frozenset(x for x in s.asking.items() if f"{x[0]}:{x[1]}" in self.asked),
            *(_hashable(getattr(s, name)) for name in _OTHER_FIELDS),
        )

    def _attitudes(self, attitudes: dict[str, int]) -> Iterator[tuple[str, int]]:
        """The attitudes some condition tests, each capped at the most it needs."""
        for who, value in attitudes.items():
            if who in self.attitude_caps:
                cap = self.attitude_caps[who]
                yield who, value if cap is None else min(value, cap)

    def representative(self, state: WorldState) -> WorldState:
        """The state with what is left out reset (so the engine copies less of it)."""
        return state.model_copy(
            update={
                "turn": 0,
                "mentioned": [],
                "visits": {},
                "skills": {},
                "done": [x for x in state.done if x in self.done],
            }
        )


def _hashable(value: Any) -> Hashable:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    assert isinstance(value, Hashable)
    return value
