"""Doing something in a place named that is not here: "i'll go and look for skipper in the
dunes", "find pip on the harbour wall", "read the sign in the yard" (newcomer 20 on the harbour
wall: "I'll go and look for Skipper in the dunes" was a goodbye to Pip and a search where she
stood).

:func:`done_there` turns such a clause into the clauses it means: a go to the place (the engine
walks there through places seen, or says where the way starts, and the play loop stops there
when it cannot), then the clause without the place. A clause whose "in / at / on (the)
<place>" names no place, or a door ("use the key on the gate"), is left alone (None), and so
are moves, words said and hints; one that names the place the player is in is the clause
without it ("read the slate on the harbour wall" there: the slate).
"""

from __future__ import annotations

import re

from tta_server.pipeline import parser
from tta_server.pipeline.binding import door_named, place_here, place_named
from tta_server.pipeline.clauses import normalise, strip_filler
from tta_server.protocol.intents import Intent
from tta_server.world.engine import Scope
from tta_server.world.schema import World

#: Where a clause names the place it is done in ("... in the dunes", "... down at the quay").
_IN_PLACE = re.compile(r" (?:(?:down|up|out|over|back) )?(?:in|at|on|by|inside) ")
#: Clauses that are no deed done somewhere: moves, words, hints, pauses.
_NOT_DEEDS = frozenset(
    {Intent.GO, Intent.TALK, Intent.HELP, Intent.UNKNOWN, Intent.WAIT, Intent.INVENTORY}
)


def done_there(
    world: World, world_scope: Scope, intent: parser.ParsedIntent, here: parser.Scope
) -> list[parser.ParsedIntent] | None:
    """The go to a place named after a deed and the deed there ("look for skipper in the
    dunes": to the dunes, then look for skipper), or the deed alone when the place is here;
    None when the clause names no place, or is no deed."""
    if intent.said or intent.intent in _NOT_DEEDS:
        return None
    words = strip_filler(normalise(intent.raw))
    for found in _IN_PLACE.finditer(words):  # the longest place first
        deed, place = words[: found.start()], words[found.end() :]
        if not place_named(world, world_scope, place) or door_named(world_scope, place):
            continue
        then = parser.parse(deed, here)
        if len(then) != 1 or then[0].intent != intent.intent:
            return None
        if place_here(world_scope, place):  # "read the slate on the harbour wall" there
            return then
        go = parser.parse(f"go to {place}", here)
        return [go[0], then[0]] if len(go) == 1 else None
    return None
