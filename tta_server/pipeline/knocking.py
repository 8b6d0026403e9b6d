"""Knocking at a place that is a way out of here: "knock on lamp cottage", "knock on the door
of lamp cottage", "knock on door east", "knock at maren's door" (newcomer 15 on Chapel Street,
with Lamp Cottage east: "There's no sign of any lamp cottage here", "You knock on the way e").

:func:`knocked_at` turns such a clause into what it means: a knock on the door of that way when
it has one here, else the walk there and a knock on the door found there (the engine knocks on
the one door of a place, and its ``blocked`` text is the answer), then in when that door
stands open (the place was what the player knocked at). A knock on anything here, or on no
way out, is left alone (None).

:func:`just_inside` is the one person through an open door of this place, for words said at
the door ("knock on the door and say it's ron from rue's, i've brought you some broth", the
blue door open and Maren inside, was "no one here to hear it"): the play loop goes in and
says them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tta_server.pipeline import parser
from tta_server.pipeline.binding import place_named, way_named
from tta_server.pipeline.clauses import normalise, strip_filler
from tta_server.protocol.directions import Direction
from tta_server.protocol.intents import Intent
from tta_server.world.engine import Scope, WorldState
from tta_server.world.schema import Exit, World
from tta_server.world.state import where_is
from tta_server.world.views import here, is_animal, is_shut

#: The words that say "the door of" a place around its name ("the door of lamp cottage",
#: "door east", "the cottage's front door", "maren's door"): the place is what is left.
_DOOR_OF = re.compile(
    r"^(?:the |a )?(?:front |blue |green |red )?(?:door|doors|gate)"
    r"(?: (?:of|to|into|at|for|on))?(?: the)? "
    r"|(?:'s|s')? (?:front )?(?:door|doors|gate)$"
)


#: The knock itself at the start of a clause as typed ("bang on", "knock at").
_KNOCK = re.compile(r"^(?:knock|rap|bang|tap|knocks)(?: (?:on|at|upon))? ")


def knocked_at(
    world: World, state: WorldState, intent: parser.ParsedIntent, world_scope: Scope
) -> list[parser.ParsedIntent] | None:
    """The clauses a knock on a way out of here means: the knock on its door, or the walk
    there and a knock; None when the knock is on something here or on no way out. A place's
    whole name wins over a thing here that the parser found by a part of the words ("knock at
    lamp cottage's door" where the street's painted doors are called "door")."""
    if intent.intent != Intent.KNOCK or not intent.target:
        return None
    typed = _DOOR_OF.sub("", _KNOCK.sub("", strip_filler(normalise(intent.raw)))).strip()
    if typed and place_named(world, world_scope, typed):
        place = typed
    elif intent.target_id is None:
        place = _DOOR_OF.sub("", intent.target).strip() or intent.target
    else:
        return None
    way = way_named(world_scope, place)
    found = next((ex for ex in world_scope.exits if ex.dir == way), None)
    if found is None:
        return None
    if found.door:  # "knock on the door of the study": that door, by its own name
        return [replace(intent, target=found.door)]  # a door here: the knock, as asked
    walk = parser.ParsedIntent(Intent.GO, Direction(found.dir).word, raw=intent.raw)
    knock = parser.ParsedIntent(Intent.KNOCK, None, raw="knock")
    there = world.location(found.to)
    doors = [x for x in there.exits if x.door] if there is not None else []
    inside = _in_when_open(world, state, found.to, doors[0]) if len(doors) == 1 else []
    return [walk, knock, *inside]


def _in_when_open(
    world: World, state: WorldState, location_id: str, door: Exit
) -> list[parser.ParsedIntent]:
    """The way in through a door knocked on when it stands open (no one need answer)."""
    if is_shut(world, state, location_id, door):
        return []
    return [parser.ParsedIntent(Intent.GO, Direction(door.dir).word, raw="go in")]


def just_inside(world: World, state: WorldState) -> tuple[str, str] | None:
    """The way in and the one person (not an animal) just through an open door of this
    place; None when there is no such door or no one, or more than one, is there."""
    found = [
        (Direction(ex.dir).word, ch.id)
        for ex in here(world, state).exits
        if ex.door and not is_shut(world, state, state.location, ex)
        for ch in world.characters
        if not is_animal(ch) and where_is(world, state, ch.id) == ex.to
    ]
    return found[0] if len(found) == 1 else None
