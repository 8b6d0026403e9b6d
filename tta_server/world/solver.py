"""A solver that proves a world can be finished: from its start, and from every state a player
can reach (no soft-lock).

:func:`solve` runs a breadth-first search over the engine's own actions (:func:`~tta_server.
world.engine.apply`) from :func:`~tta_server.world.state.new_state` (or any state of a
playthrough), then checks backwards from the ending states (``state.ended``, which are not
searched past) which reachable states can still reach one. It reports the shortest solution,
the *dead ends* (states from which the ending can no longer be reached) with the shortest path
into each, and counts (states, transitions, seconds). The search is bounded by ``max_states``;
when the bound is hit the report says so (``complete`` is false) and proves nothing about
soft-locks; a best-first search (furthest along the arc first) then still looks for some
solution, reported as maybe not the shortest.

**What matters** (:class:`Canon`) is found from the world file once, backwards from what always
does (where the player is, which exits are open, the arc): a flag, an item's place or an
attitude matters when a condition that matters reads it; an interaction (a use, topic,
reaction or world verb) matters when one of its effects changes something that matters
(``practise_skill`` never does; moving a character, unlocking an exit, completing a step and
ending always do) or when it hands over an item that matters; and the conditions of exits, arc
steps and interactions that matter, matter. Location notes and beats only choose text.

**Candidate actions** are built at each state from what is in scope (the helpers
:func:`~tta_server.world.views.scope` is made of), never from text: every open exit (``go``),
a locked exit whose key is held (``open``), items that matter lying here (``take``), ``give``
of a held item to each character here with a reaction to it that matters, each use that
matters of an item in reach (its verb, with its second object; ``use`` both ways round; ``use``
on a key), each topic on offer that matters (``talk`` by topic id), a reply of each kind (kind,
unkind, unsure, yes, no) to a question that matters while it is open, each character reaction
verb and world verb here that matters, and ``wait`` (``look``, ``inventory`` and ``help``
change nothing but the turn). A canonical intent this module does not know (one added to the
engine later) is tried on its own and on everything in :func:`scope`. Actions left out cannot
change the canonical state.

``drop`` is tried only with ``drops=True``: no condition can ask for an item *not* to be held,
so dropping never opens a way to the ending, but items lying anywhere multiply the states far
beyond a quick search. Without drops, :attr:`Report.left_behind` looks for the usual way a drop
strands a player instead: for each item that matters and each place it is first carried to, it
is put down, the player walks off, and where the place cannot be walked back to while the same
walk with the item in hand could still finish, a search from there proves the ending out of
reach. That finds such soft-locks with the way into them, but is not a proof there are none.

States are compared by the canonical key of :mod:`tta_server.world.solver_canon` (what
no action's result depends on is left out, so that the search ends; its docstring says what and
why).
"""

from __future__ import annotations

import heapq
import itertools
import time
from collections import deque
from collections.abc import Hashable
from dataclasses import dataclass, field, replace

from tta_server.protocol.intents import ACTS, CANONICAL_INTENTS, Intent
from tta_server.world.engine import Action, apply
from tta_server.world.replies import PHRASES, Reading, read_reply
from tta_server.world.schema import (
    USE_INTENTS,
    Item,
    World,
    reaction_key,
    topic_key,
    use_key,
    verb_key,
)
from tta_server.world.solver_canon import Canon
from tta_server.world.state import WorldState, holds, new_state, place_of
from tta_server.world.views import Scope, characters_here, here, is_shut, scope
from tta_server.world.vocab import (
    PLAYER,
)

__all__ = [
    "DEFAULT_MAX_STATES",
    "Canon",
    "DeadEnd",
    "Report",
    "candidate_actions",
    "describe",
    "solve",
]

DEFAULT_MAX_STATES = 200_000
"""The default bound on distinct states explored before the search gives up."""

_REPLIES = tuple(
    next(p for p in PHRASES[r] if read_reply(p) == {r})
    for r in (Reading.KIND, Reading.UNKIND, Reading.UNSURE, Reading.YES, Reading.NO)
)
"""Words that read as each kind of reply to a character's question, one phrase each."""
_KNOWN = frozenset(
    {Intent.GO, Intent.LOOK, Intent.EXAMINE, Intent.TAKE, Intent.DROP, Intent.USE, Intent.OPEN}
    | {Intent.TALK, Intent.GIVE, Intent.INVENTORY, Intent.HELP, Intent.WAIT, *ACTS}
)
"""The intents the candidates cover. The everyday verbs (``ACTS``) are not tried on their own:
the engine runs them as a world verb, use or reaction of the same name (tried as such), or as
``use``, ``examine``, ``give``, ``talk`` or ``go`` (tried), or answers with a line that changes
nothing."""


# -- candidate actions ------------------------------------------------------------------------
def candidate_actions(
    world: World, state: WorldState, canon: Canon, *, drops: bool = True
) -> list[Action]:
    """Every action worth trying in ``state``, built from what is in scope (the helpers
    :func:`scope` is made of; see the module docstring): actions on items and interactions that
    do not matter are left out, since they cannot change the canonical state; ``drops=False``
    leaves out ``drop``."""
    s = state
    acts: list[Action] = [Action(Intent.WAIT)]
    loc = here(world, s)
    for ex in loc.exits:
        if not is_shut(world, s, s.location, ex):
            acts.append(Action(Intent.GO, ex.dir.value))
        elif ex.locked and ex.key in s.inventory:
            acts.append(Action(Intent.OPEN, ex.dir.value))
    keys = {ex.key for ex in loc.exits if ex.key is not None and ex.key in s.inventory}
    people = characters_here(world, s)
    for item in world.items:
        if item.id not in canon.items:
            continue
        place = place_of(world, s, item.id)
        if place == s.location:
            acts.append(Action(Intent.TAKE, item.id))
        elif place != PLAYER:
            continue
        acts += _item_actions(item, keys, canon)
        if place == PLAYER:
            if drops:
                acts.append(Action(Intent.DROP, item.id))
            for ch in people:
                for r in ch.reactions:
                    if r.gift == item.id and reaction_key(ch.id, r) in canon.interactions:
                        acts.append(Action(Intent.GIVE, item.id, ch.id))
    for ch in people:
        if f"{ch.id}:{s.asking.get(ch.id)}" in canon.asked:  # an open question that matters
            acts += [Action(Intent.TALK, ch.id, None, words) for words in _REPLIES]
        for topic in ch.topics:
            if topic_key(ch.id, topic) in canon.interactions and holds(world, s, topic.when):
                acts.append(Action(Intent.TALK, ch.id, topic.id))
        for r in ch.reactions:
            if r.verb and reaction_key(ch.id, r) in canon.interactions:
                acts.append(Action(r.verb, ch.id))
    for verb in world.verbs:
        if verb_key(verb) in canon.interactions and (not verb.at or s.location in verb.at):
            acts.append(Action(verb.verb))
    if any(i not in _KNOWN for i in CANONICAL_INTENTS):
        acts += _unknown_intents(scope(world, s))
    return list(dict.fromkeys(acts))


def _item_actions(item: Item, keys: set[str], canon: Canon) -> list[Action]:
    """Each use that matters of an item in reach, with its second object (both ways round for
    ``use``); ``use`` on a key to an exit here."""
    acts: list[Action] = []
    if item.id in keys:
        acts.append(Action(Intent.USE, item.id))
    for use in item.uses:
        if use_key(item.id, use) not in canon.interactions:
            continue
        acts.append(Action(use.verb, item.id, use.with_))
        if use.with_ is not None and use.verb in USE_INTENTS:
            acts.append(Action(Intent.USE, use.with_, item.id))  # "use Y with X" finds it
    return acts


def _unknown_intents(sc: Scope) -> list[Action]:
    """A canonical intent added after this module was written: tried on everything in scope."""
    new = [i for i in sc.intents if i not in _KNOWN]
    if not new:
        return []
    refs = [x.id for x in (*sc.items_here, *sc.items_held, *sc.items_with_characters)]
    refs += [c.id for c in sc.characters] + [e.dir for e in sc.exits]
    return [Action(i, ref) for i in new for ref in (None, *refs)]


# -- the search -------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeadEnd:
    """A way to get stuck: the shortest path from the start into a state from which the ending
    can no longer be reached (its last action, taken in the place before, is what gets a player
    stuck). ``entries`` counts the stuck states that action enters from states not yet stuck;
    for an ``item`` left behind (see :attr:`Report.left_behind`), the places where putting it
    down strands a player."""

    path: list[Action]
    location: str
    steps_done: list[str]
    entries: int
    item: str | None = None


@dataclass
class Report:
    """What the solver found for one world."""

    world_id: str
    max_states: int
    states: int = 0
    transitions: int = 0
    seconds: float = 0.0
    complete: bool = False
    solution: list[Action] | None = None
    dead_ends: list[DeadEnd] = field(default_factory=list)
    stuck_states: int = 0
    shortest: bool = True
    """Whether ``solution`` is a shortest one (false: found after the bound was hit)."""
    left_behind: list[DeadEnd] = field(default_factory=list)
    """Ways to get stuck by putting an item down and walking away, one per item (found without
    ``drops`` by dropping each item that matters at each place and walking off; not a proof
    that there are no others)."""

    @property
    def ok(self) -> bool:
        """Proven: the whole state space explored, the ending reachable from every state."""
        return (
            self.complete
            and self.solution is not None
            and self.stuck_states == 0
            and not self.left_behind
        )


def solve(
    world: World,
    max_states: int = DEFAULT_MAX_STATES,
    *,
    drops: bool = False,
    start: WorldState | None = None,
) -> Report:
    """Search ``world`` from its start, or from ``start`` (a state of a playthrough), as the
    module docstring says; never raises for a world that loads."""
    started = time.perf_counter()
    canon = Canon.of(world)
    first = canon.representative(start if start is not None else new_state(world))
    report, graph = _search(world, canon, first, max_states, drops)
    if report.complete and not drops:
        report.left_behind = _left_behind(world, canon, graph, max_states)
    report.seconds = time.perf_counter() - started
    return report


@dataclass(frozen=True)
class _Graph:
    """What a search found: every state (in the order found), how each was first reached, the
    index of each canonical key, and the states that can reach the ending."""

    states: list[WorldState]
    parent: list[tuple[int, Action] | None]
    index: dict[Hashable, int]
    live: set[int]


def _search(
    world: World, canon: Canon, start: WorldState, max_states: int, drops: bool
) -> tuple[Report, _Graph]:
    """The breadth-first search and, when it completes, the backward check."""
    report = Report(world_id=world.id, max_states=max_states)
    index: dict[Hashable, int] = {canon.key(start): 0}
    states = [start]
    parent: list[tuple[int, Action] | None] = [None]
    preds: list[list[int]] = [[]]
    goal: int | None = None
    ended: list[int] = []
    queue = deque([0])
    bounded = False
    while queue and not bounded:
        at = queue.popleft()
        s = states[at]
        if s.ended:
            continue  # the goal: nothing after it needs proving
        for action in candidate_actions(world, s, canon, drops=drops):
            outcome = apply(world, s, action)
            if not outcome.ok:
                continue
            k = canon.key(outcome.state)
            to = index.get(k)
            if to is None:
                if len(states) >= max_states:
                    bounded = True
                    break
                to = len(states)
                index[k] = to
                states.append(canon.representative(outcome.state))
                parent.append((at, action))
                preds.append([])
                queue.append(to)
                if outcome.state.ended:
                    ended.append(to)
                    goal = to if goal is None else goal
            if to != at:
                preds[to].append(at)
                report.transitions += 1
    report.states = len(states)
    report.complete = not bounded
    if goal is not None:
        report.solution = _path(parent, goal)
    elif bounded:
        report.solution = _any_solution(world, canon, start, max_states, drops)
        report.shortest = False
    live: set[int] = set()
    if report.complete:
        live = _backwards(preds, ended)
        stuck = [i for i in range(len(states)) if i not in live]
        report.stuck_states = len(stuck)
        report.dead_ends = _dead_ends(states, parent, live, stuck)
    return report, _Graph(states, parent, index, live)


def _left_behind(world: World, canon: Canon, graph: _Graph, max_states: int) -> list[DeadEnd]:
    """Ways to get stuck by putting an item down and walking away, which a search without
    drops cannot see. For each item that matters and each place, the first state found that
    holds the item there: the item is dropped and the player walks off; where the place can no
    longer be walked back to, while the same walk with the item in hand stays live, a search
    from there (without drops, which never help) proves the ending out of reach. One dead end
    per item (the shortest way; ``entries``: at how many places dropping it strands a player);
    not a proof that there are no others.
    """
    firsts: dict[tuple[str, str], int] = {}
    for node, s in enumerate(graph.states):
        if not s.ended:
            for item in s.inventory:
                if item in canon.items:
                    firsts.setdefault((item, s.location), node)
    found: dict[str, DeadEnd] = {}
    for (item, place), node in firsts.items():
        put_down = Action(Intent.DROP, item)
        dropped = apply(world, graph.states[node], put_down)
        if not dropped.ok:
            continue
        walks, back = _walks(world, canon, canon.representative(dropped.state), place)
        for key, (t, moves) in walks.items():
            if key in back or not _live_walk(world, canon, graph, node, moves):
                continue
            verdict, _ = _search(world, canon, t, max_states, False)
            if verdict.complete and verdict.solution is None:
                path = [*_path(graph.parent, node), put_down, *moves]
                old = found.get(item)
                if old is None or len(path) < len(old.path):
                    found[item] = DeadEnd(path, t.location, list(t.steps_done), 0, item)
                found[item] = replace(found[item], entries=found[item].entries + 1)
                break
    return list(found.values())


def _live_walk(world: World, canon: Canon, graph: _Graph, node: int, moves: list[Action]) -> bool:
    """Whether the walk, taken from a state of the search without dropping anything, ends in
    a state that can still reach the ending."""
    s = graph.states[node]
    for action in moves:
        s = apply(world, s, action).state
    to = graph.index.get(canon.key(s))
    return to is not None and to in graph.live


def _walks(
    world: World, canon: Canon, start: WorldState, place: str
) -> tuple[dict[Hashable, tuple[WorldState, list[Action]]], set[Hashable]]:
    """Every state reachable from ``start`` by walking alone (with the walk), and the keys of
    those from which ``place`` can be walked to."""
    walks = {canon.key(start): (start, list[Action]())}
    preds: dict[Hashable, set[Hashable]] = {}
    queue = deque([canon.key(start)])
    while queue:
        key = queue.popleft()
        s, moves = walks[key]
        for ex in here(world, s).exits:
            if is_shut(world, s, s.location, ex):
                continue
            action = Action(Intent.GO, ex.dir.value)
            outcome = apply(world, s, action)
            if not outcome.ok:
                continue
            to = canon.key(outcome.state)
            preds.setdefault(to, set()).add(key)
            if to not in walks:
                walks[to] = (canon.representative(outcome.state), [*moves, action])
                queue.append(to)
    back = {k for k, (s, _) in walks.items() if s.location == place}
    queue = deque(back)
    while queue:
        for p in preds.get(queue.popleft(), ()):
            if p not in back:
                back.add(p)
                queue.append(p)
    return walks, back


def _any_solution(
    world: World, canon: Canon, start: WorldState, max_states: int, drops: bool
) -> list[Action] | None:
    """Some way to the ending, not the shortest, when the breadth-first search hit its bound:
    a best-first search that tries first the states furthest along the arc (then with the most
    flags and interactions done), within ``max_states`` states of its own."""
    seen = {canon.key(start)}
    counter = itertools.count()  # ties go to the state found first
    heap = [(_progress(start), next(counter), start, list[Action]())]
    while heap and len(seen) < max_states:
        _, _, s, path = heapq.heappop(heap)
        for action in candidate_actions(world, s, canon, drops=drops):
            outcome = apply(world, s, action)
            if not outcome.ok:
                continue
            if outcome.state.ended:
                return [*path, action]
            k = canon.key(outcome.state)
            if k not in seen:
                seen.add(k)
                after = canon.representative(outcome.state)
                heapq.heappush(heap, (_progress(after), next(counter), after, [*path, action]))
    return None


def _progress(s: WorldState) -> tuple[int, int, int]:
    """How far along a state is, as a heap priority (smaller comes first)."""
    return (-len(s.steps_done), -len(s.flags), -len(s.done))


def _path(parent: list[tuple[int, Action] | None], node: int) -> list[Action]:
    path: list[Action] = []
    step = parent[node]
    while step is not None:
        node, action = step
        path.append(action)
        step = parent[node]
    return path[::-1]


def _backwards(preds: list[list[int]], ended: list[int]) -> set[int]:
    """Every state from which some ending state is reachable."""
    live = set(ended)
    queue = deque(ended)
    while queue:
        for p in preds[queue.popleft()]:
            if p not in live:
                live.add(p)
                queue.append(p)
    return live


def _dead_ends(
    states: list[WorldState],
    parent: list[tuple[int, Action] | None],
    live: set[int],
    stuck: list[int],
) -> list[DeadEnd]:
    """The stuck states entered straight from a live one, one per (place, last action): the
    step that gets a player stuck, with the shortest path that takes it, shortest first; and
    how many stuck states are entered that way."""
    if 0 not in live:  # not even the start can reach the ending
        return [DeadEnd([], states[0].location, list(states[0].steps_done), len(stuck))]
    first: dict[tuple[str, Action], int] = {}
    count: dict[tuple[str, Action], int] = {}
    for node in stuck:  # in breadth-first order: the first seen has the shortest path
        step = parent[node]
        assert step is not None  # only the start has no parent, and it is live
        before, action = step
        if before in live:
            how = (states[before].location, action)
            first.setdefault(how, node)
            count[how] = count.get(how, 0) + 1
    return [
        DeadEnd(_path(parent, n), states[n].location, list(states[n].steps_done), count[how])
        for how, n in first.items()
    ]


# -- words for authors ------------------------------------------------------------------------
def describe(action: Action) -> str:
    """An action as a player might type it: ``go n``, ``give flask to maren``, ``say "no"
    to pip``."""
    intent, target, obj, words = action
    if intent == Intent.TALK and words:
        return f'say "{words}" to {target}'
    if intent == Intent.GIVE and obj:
        return f"give {target} to {obj}"
    if intent == Intent.TALK and obj:
        return f"talk to {target} about {obj}"
    if intent == Intent.TALK:
        return f"talk to {target}"
    if obj:
        return f"{intent} {target} with {obj}"
    return " ".join(x for x in (intent, target) if x)
