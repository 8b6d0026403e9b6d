"""The engine's ``go``: a way out of here by direction, door or place name, a place further off
by name (walked through the places seen, unseen ones last, "go home" to the start), a locked
way whose key is in hand, and why no way leads somewhere. Used by
:mod:`tta_server.world.engine`."""

from __future__ import annotations

import functools
import re

from tta_server.protocol.directions import Direction
from tta_server.world.answers import route, way_said
from tta_server.world.schema import Character, Exit, Location, World
from tta_server.world.state import WorldState, exit_key, holds, where_is
from tta_server.world.turn import Outcome, Turn, find_exit, the
from tta_server.world.views import here, is_shut


def go(t: Turn) -> Outcome:
    ref = t.action.target_id or t.action.target_text
    if not ref:
        return t.fail("go.where")
    ex = find_exit(t.world, t.s, ref)
    back = ex is None and " ".join(ref.lower().split()) in BACK
    if back and t.s.came_from in (None, t.s.location):
        return t.fail("go.no_exit", direction=ref, text=_NOWHERE_BACK)
    if back and t.s.came_from is not None:  # "go back": the way the player came
        ex = next((x for x in here(t.world, t.s).exits if x.to == t.s.came_from), None)
        if ex is None:
            return _go_far(t, t.s.came_from)
    if ex is None and ref in ("out", "outside"):  # "leave" where no way is called "out"
        ex = _way_out(t)
    if ex is None:
        return _go_far(t, ref)
    if _key_in_hand(t, ex):  # "go in the study" holding its key: say so, not whose it is
        key = t.world.item(ex.key or "")
        door = ex.door or "way"
        way = the(door if door.lower().startswith(("the ", "a ", "an ")) else f"the {door}")
        named = the(key.name) if key is not None else "its key"
        text = f"{cap(way)} is locked, and {named} is in your hand: unlock it, then go in."
        return t.fail("go.blocked", direction=ex.dir.value, text=text)
    if is_shut(t.world, t.s, t.s.location, ex):
        return t.fail("go.blocked", direction=ex.dir.value, text=ex.blocked)
    first = ex.to not in t.s.visits
    t.changes.move_player(ex.to)
    loc = here(t.world, t.s)
    return t.done(
        "go.ok",
        direction=ex.dir.value,
        location=loc.id,
        location_name=loc.name,
        first_visit=first,
        visits=t.s.visits.get(loc.id, 0),
        text=loc.first_visit if first else None,
    )


#: Words for the way the player came ("go back", "back the way i came", "where i was").
BACK = frozenset(
    {
        "back",
        "way back",
        "the way back",
        "way i came",
        "the way i came",
        "way i came in",
        "the way i came in",
        "back the way i came",
        "where i came from",
        "where i was",
        "where i was before",
    }
)
_NOWHERE_BACK = "This is where you came in; there is nowhere to go back to yet."


def _way_out(t: Turn) -> Exit | None:
    """The way to take for "leave" or "go out" where no way here is called out (newcomer corpus
    29: "say goodbye to Juno then leave" met "Nothing leads out from here"): the one way on,
    unless it leads in, else the first step of the way back to where the story began; None at
    the start."""
    exits = here(t.world, t.s).exits
    if t.s.location == t.world.meta.start:
        return None  # leaving the steps is not going in through the doors
    if len(exits) == 1 and exits[0].dir != Direction.IN:
        return exits[0]
    path = _route(t.world, t.s, t.world.meta.start, unseen_last=False)
    return path[0] if path else None


def _key_in_hand(t: Turn, ex: Exit) -> bool:
    """Whether a way is locked, not unlocked yet, and the player holds its key (and nothing
    else keeps it shut)."""
    locked = ex.locked and exit_key(t.s.location, ex.dir.value) not in t.s.unlocked
    return locked and ex.key in t.s.inventory and holds(t.world, t.s, ex.when)


def cap(text: str) -> str:
    """A sentence's first letter in capitals."""
    return text[:1].upper() + text[1:]


def _inside(world: World, location: str) -> bool:
    """Whether a place is in something: it has a way out, or a way in leads to it."""
    loc = world.location(location)
    if loc is not None and any(ex.dir == Direction.OUT for ex in loc.exits):
        return True
    ways_in = (ex for x in world.locations for ex in x.exits if ex.dir == Direction.IN)
    return any(ex.to == location for ex in ways_in)


#: "the top", "the very top", "the top of the tower": where the way up from here ends.
_TOP = re.compile(
    r"^(?:up )?(?:to )?(?:the )?(?:very )?top(?: floor)?"
    r"(?: of (?:the )?(?:tower|lighthouse|stairs?|staircase|steps|building|it))?$"
)


def _top(world: World, s: WorldState) -> str | None:
    """Where the way up from here ends (through the door in first, where the way up starts
    inside: at the Lighthouse Yard, the Lamp Room at the top of the tower; newcomer corpus 31
    met "No path leads there from here" for "climb up to the top"); None with no way up."""
    at, seen = s.location, {s.location}
    dirs: tuple[Direction, ...] = (Direction.UP, Direction.IN)
    while True:
        loc = world.location(at)
        ups = [ex for d in dirs for ex in (loc.exits if loc else []) if ex.dir is d]
        nxt = next((ex.to for ex in ups if ex.to not in seen), None)
        if nxt is None:
            return at if at != s.location else None
        at, dirs = nxt, (Direction.UP,)
        seen.add(at)


_HOME = frozenset({"home", "back home", "start", "the start", "the beginning", "beginning"})
_HOME_TO = re.compile(r"^(?:back )?(?:home |back )(?:to|towards) (?=\S)")
#: American spellings of the words the worlds' places are named with.
_US_SPELLING = {"harbor": "harbour", "center": "centre", "theater": "theatre", "gray": "grey"}


def _place_named(world: World, s: WorldState, ref: str) -> tuple[str, Character | None] | None:
    """The place a name leads to: a location the player has visited (by id or name, as whole
    words: "quay", "the lamp room"), where a character of that name is now ("follow the
    cat"), or for "home" / "back" / "the start" where the story began; None when it names
    neither."""
    words = " ".join(ref.lower().replace("-", " ").split())
    words = _HOME_TO.sub("", words)  # "home to the quay", "back to the bindery": the place
    words = " ".join(_US_SPELLING.get(w, w) for w in words.split())  # "the harbor wall"
    if words in _HOME:
        return world.meta.start, None
    if _TOP.match(words):  # "climb up to the top" at the lighthouse: the lamp room
        top = _top(world, s)
        if top is not None:
            return top, None
    ch = world.character(ref) or next(
        (c for c in world.characters if words in (c.name.lower(), *c.aliases)), None
    )
    if ch is not None:
        return where_is(world, s, ch.id), ch
    plain = _plain(words)
    for loc in world.locations:
        if loc.id in s.visits and plain in _names_of(loc):
            return loc.id, None
    for loc in world.locations:
        names = [f" {n} " for n in _names_of(loc)[1:]]
        if loc.id in s.visits and _part_of_name(plain) and any(f" {plain} " in n for n in names):
            return loc.id, None
    return None


_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _names_of(loc: Location) -> tuple[str, ...]:
    """A place's id and name as compared (:func:`_plain`), and its name without a possessive
    ("rue tea hut" of Rue's Tea Hut, as a second language or a quick hand types it)."""
    return _names(loc.id, loc.name)


@functools.lru_cache(maxsize=4096)
def _names(location_id: str, name: str) -> tuple[str, ...]:
    """:func:`_names_of`, kept: "go to X" compares the words with every place of the world."""
    return (_plain(location_id), _plain(name), _plain(_POSSESSIVE.sub("", name)))


def _plain(name: str) -> str:
    """A place's name or id, or words naming it, as compared: lower case, no hyphens, no
    apostrophes ("marens kitchen" is Maren's Kitchen), British spelling ("harbor wall"), no
    leading "the"."""
    words = name.lower().replace("-", " ").replace("'", "").replace("\u2019", "").split()
    return " ".join(_US_SPELLING.get(w, w) for w in words).removeprefix("the ")


#: Words too common to name a place by a part of its name ("my room" is not the Lamp Room).
_TOO_COMMON = frozenset({"room", "place", "house", "building", "the room", "my room", "bed"})


def _part_of_name(words: str) -> bool:
    """Whether words may name a place as part of its name ("garden", not "room")."""
    return len(words) > 2 and words not in _TOO_COMMON


def _place_unseen(world: World, s: WorldState, ref: str) -> str | None:
    """A place not visited yet that a name calls by its whole name ("the bindery", "burnt
    wing"), or by whole words of it when only one place has them; None otherwise."""
    words = _plain(ref)
    unseen = [loc for loc in world.locations if loc.id not in s.visits]
    for loc in unseen:
        if words in _names_of(loc):
            return loc.id
    part = [
        x.id
        for x in unseen
        if _part_of_name(words) and any(f" {words} " in f" {n} " for n in _names_of(x)[1:])
    ]
    return part[0] if len(part) == 1 else None


def _route(world: World, s: WorldState, to: str, *, unseen_last: bool) -> list[Exit]:
    """The shortest way to a place through open exits and visited places (the last step may
    be to a place not yet visited when ``unseen_last``); [] when there is none."""
    paths: dict[str, list[Exit]] = {s.location: []}
    queue = [s.location]
    while queue:
        at = queue.pop(0)
        loc = world.location(at)
        for ex in loc.exits if loc is not None else []:
            if ex.to in paths or is_shut(world, s, at, ex):
                continue
            if ex.to == to and (unseen_last or ex.to in s.visits):
                return [*paths[at], ex]
            if ex.to in s.visits:
                paths[ex.to] = [*paths[at], ex]
                queue.append(ex.to)
    return []


def _go_far(t: Turn, ref: str) -> Outcome:
    """ "go to the quay" from further off, "follow the cat": the way there through places
    already seen, walked in one go; a character is followed one room further too."""
    names = (t.action.target_text, ref)
    found = next((x for x in (_place_named(t.world, t.s, n) for n in names if n) if x), None)
    inside = ref in ("in", "inside") and _inside(t.world, t.s.location)
    if found is None and inside:  # "go in and ask her" said inside: already in
        return t.fail("go.already", text="You're already inside.", direction=ref)
    if found is None:
        unseen = next((x for x in (_place_unseen(t.world, t.s, n) for n in names if n) if x), None)
        if unseen is None:
            return t.fail("go.no_exit", direction=ref)
        found = unseen, None
    to, ch = found
    if ch is not None and to == t.s.location:
        return t.fail("act.refused", text=f"{ch.name} is right here.", verb="follow")
    if to == t.s.location:
        return t.fail("go.already", text="You are already here.", direction=ref)
    path = _route(t.world, t.s, to, unseen_last=ch is not None or to not in t.s.visits)
    if not path:
        way = _way_unknown(t.world, t.s, to)  # the way in words: told again when asked again
        return t.fail("go.no_exit", direction=ref, text=way, way=True)
    first = path[-1].to not in t.s.visits
    for ex in path:
        t.changes.move_player(ex.to)
    loc = here(t.world, t.s)
    passed = [t.world.location(ex.to) for ex in path[:-1]]  # a long walk is told as one
    return t.done(
        "go.ok",
        direction=path[-1].dir.value,
        via=[x.name for x in passed if x is not None],
        location=loc.id,
        location_name=loc.name,
        first_visit=first,
        visits=t.s.visits.get(loc.id, 0),
        text=loc.first_visit if first else None,
    )


def _way_unknown(world: World, s: WorldState, to: str) -> str:
    """Why a place named cannot be walked to in one go, and the way to it in plain words:
    "You haven't walked the way to Lamp Cottage yet, so it has to be walked a step at a time:
    type "east" for the first. It starts east, to the Dunes, then east to the Quay, then north
    to Chapel Street, then east." (by open exits), or that no open way leads there yet."""
    loc = world.location(to)
    name = the(loc.name if loc is not None else to)
    way = route(world, s, to)
    if not way:
        return _shut_on_the_way(world, s, to, name)
    step = way_said(way, loc.name if loc is not None else to)
    return (  # said plainly: it is walked a step at a time, and what to type first (corpus
        # 32: "so you take it a step at a time" moved no one, and said so nowhere)
        f"You haven't walked the way to {name} yet, so it has to be walked a step at a time:"
        f' type "{way[0][0]}" for the first. It starts {step}.'
    )


def _shut_on_the_way(world: World, s: WorldState, to: str, name: str) -> str:
    """Where the way to a place is shut: a shut way out of here says why in its own words; one
    further off is named by the place before it."""
    back: dict[str, tuple[str, Exit] | None] = {s.location: None}
    queue = [s.location]
    while queue and to not in back:
        at = queue.pop(0)
        loc = world.location(at)
        for ex in loc.exits if loc is not None else []:
            if ex.to not in back:
                back[ex.to] = (at, ex)
                queue.append(ex.to)
    steps: list[tuple[str, Exit]] = []
    at = to
    while (prev := back.get(at)) is not None:
        steps.append(prev)
        at = prev[0]
    for start, ex in reversed(steps):
        if is_shut(world, s, start, ex):
            if start == s.location and ex.blocked:
                return ex.blocked
            before = world.location(start)
            past = the(before.name) if before is not None else start
            _, way = steps[-1]
            first = world.location(way.to)
            by = f"{way.dir.word}, to {the(first.name) if first is not None else way.to}"
            there = "there" if way.to == start else past
            return f"The way to {name} starts {by}, but it is shut just now past {there}."
    return f"No open way leads to {name} from here, not yet."
