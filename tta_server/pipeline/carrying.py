"""Carrying a thing to someone or somewhere: "take it to ilse", "bring the book to bastian",
"carry the lamp up to the lamp room" (newcomer 13: "There's no sign of any it to ilse here");
and giving a thing that lies here to someone here ("give the blanket to maren", newcomer 18:
"You aren't carrying the tartan blanket. It's right here, though: take it first").

:func:`carried` turns such a clause into the clauses it means: a take of the thing when it is
not already in hand, then a give of it to the person (wherever they are: the play loop walks
there first) or a go to the place; a give of a thing lying here to someone here is its take,
then the give. A clause of any other shape is left alone (None), and so is "to" followed by
what the player means to do ("take the lamp to light the way").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tta_server.pipeline import parser
from tta_server.pipeline.binding import someone_elsewhere
from tta_server.pipeline.clauses import normalise, strip_filler
from tta_server.pipeline.vocabulary import PERSON_PRONOUNS, VERBS
from tta_server.protocol.intents import Intent
from tta_server.world.engine import WorldState
from tta_server.world.schema import World
from tta_server.world.state import place_of
from tta_server.world.turn import find_exit

_CARRY = re.compile(
    r"^(?:take|carry|bring|fetch|get) (?P<thing>.+?)"
    r" (?:(?:up|down|back|over|along|round|across|out) )*(?:to|into|in to|towards|toward)"
    r" (?P<goal>.+)$"
    r"|^(?:take|carry|bring) (?P<held>.+?)(?: (?:back|over|along|round|across))*"
    r" (?P<way>north|south|east|west|northeast|northwest|southeast|southwest|up|down"
    r"|upstairs|downstairs)$"
)


def carried(
    world: World, state: WorldState, intent: parser.ParsedIntent, here: parser.Scope
) -> list[parser.ParsedIntent] | None:
    """The take (when needed) and the give or go a "take X to Y" clause means; None when the
    clause is not one, or is a give the parser already read to someone it knows."""
    if intent.said or intent.intent not in (Intent.TAKE, Intent.GIVE):
        return None
    if intent.intent == Intent.GIVE and intent.target_id in state.inventory:
        return None  # in hand already: the give as parsed (walked to them when away)
    if intent.intent == Intent.GIVE and _lying_here(world, state, intent, here):
        took = parser.parse(f"take {intent.target}", here)  # "give the blanket to maren",
        if len(took) == 1 and took[0].target_id == intent.target_id:  # the blanket on the
            return [took[0], intent]  # floor beside her: picked up and given
    found = _CARRY.match(strip_filler(normalise(intent.raw)))
    if found is None:
        return None
    if found.group("way"):  # "carry the lantern east": the take when needed, then the way
        found_way = found.group("way")
        took = parser.parse(f"take {found.group('held')}", here)
        went = parser.parse(f"go {found_way}", here)
        if len(took) != 1 or took[0].target_id is None or len(went) != 1:
            return None
        held = took[0].target_id in state.inventory
        if find_exit(world, state, found_way) is None:  # "take his book back up" where there
            return None if held else [took[0]]  # is no up: the take; where to, after it
        return went if held else [took[0], *went]
    thing, goal = found.group("thing"), found.group("goal")
    if goal.split()[0] in VERBS and someone_elsewhere(world, goal) is None:
        return None  # "take the lamp to light the way": a purpose, not a place
    took = parser.parse(f"take {thing}", here)
    if len(took) != 1 or took[0].intent != Intent.TAKE:
        return None
    take = took[0]
    free = [x for x in take.choices if x not in state.inventory]
    if len(take.choices) > 1 and len(free) == 1:  # "take the book to ilse", your own in hand
        take = replace(take, target_id=free[0], choices=())  # and Fenn's here: his (corpus 27)
    whom = world.character(someone_elsewhere(world, goal) or "")
    wanted = [x for x in take.choices if whom and any(r.gift == x for r in whom.reactions)]
    if len(take.choices) > 1 and len(wanted) == 1:  # "take the book up to ilse", both books in
        take = replace(take, target_id=wanted[0], choices=())  # hand: the one she would take
    if take.target_id is None:
        return [take]  # nothing of that name here: the take says so
    name = take.target or thing
    person = goal in PERSON_PRONOUNS or someone_elsewhere(world, goal) is not None
    then = parser.parse(f"give {name} to {goal}" if person else f"go to {goal}", here)
    if len(then) != 1:
        return None
    item = world.item(take.target_id)
    if then[0].intent == Intent.GIVE and then[0].target_id != take.target_id and item:
        full = parser.parse(f"give {item.name} to {goal}", here)  # "take the book to ilse"
        then = full if len(full) == 1 else then  # with your own in hand: his, by its name
    return [take, *then] if take.target_id not in state.inventory else then


def _lying_here(
    world: World, state: WorldState, intent: parser.ParsedIntent, here: parser.Scope
) -> bool:
    """Whether a give is of a thing that can be carried, lying here, to someone here."""
    item = world.item(intent.target_id) if intent.target_id else None
    return (
        item is not None
        and item.portable
        and intent.obj_id in here.people
        and place_of(world, state, item.id) == state.location
    )


#: A give of "it" to someone, after the thing was just given ("take the book up to ilse and
#: give it to her": newcomer corpus 32 met "There's no one here to give it to." after it).
_GIVE_IT = re.compile(
    r"^(?:and |then |and then )?(?:give|hand|offer) (?:it|them|this|that|these|those)"
    r"(?: (?:back |over )?(?:to|over to) (?P<to>.+))?$"
)


def given_once(intents: list[parser.ParsedIntent]) -> list[parser.ParsedIntent]:
    """``intents`` without a "give it to her" that repeats the give just before it (to the
    same person, or to a pronoun): the thing was carried to them and given already."""
    kept: list[parser.ParsedIntent] = []
    gave: parser.ParsedIntent | None = None  # the give just before (its person may be away)
    for x in intents:
        plain = strip_filler(normalise(x.raw))
        again = _GIVE_IT.match(plain) if x.intent == Intent.GIVE else None
        to = again.group("to") if again is not None else None
        if (
            again is not None
            and gave is not None
            and (to is None or to in PERSON_PRONOUNS or x.obj_id == gave.obj_id)
        ):
            continue
        gave = x if x.intent == Intent.GIVE else None
        kept.append(x)
    return kept
