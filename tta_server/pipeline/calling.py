"""Calling an animal in the player's own words: "Skipper! Here boy!", "here skipper", "come
here, dog", "c'mon footnote" (issue 14, newcomer 15 at the dunes, Skipper out of sight: "I know
the word 'skipper', but not 'here' or 'boy'").

:func:`called` reads the whole input (lower case, punctuation dropped): when its words are only
calling words (:data:`_CALLING`) and an animal's names, with at least one calling word, it is
talk to that animal, the one named (here or not), else the only animal here. The engine answers
as it answers "call skipper": the animal here hears it; one elsewhere does not come
(``talk.called``).
"""

from __future__ import annotations

from tta_server.protocol.intents import Intent
from tta_server.world.engine import Action
from tta_server.world.replies import normal
from tta_server.world.schema import World
from tta_server.world.state import WorldState
from tta_server.world.views import characters_here, is_animal

_CALLING = frozenset(
    {"here", "come", "on", "back", "boy", "girl", "good", "hey", "oh", "cmon", "c", "mon"}
    | {"doggy", "doggie", "dog", "pup", "puppy", "kitty", "puss", "cat", "please", "now"}
    | {"over", "to", "me", "heres", "where", "are", "you", "call", "whistle", "for", "wherever"}
)
"""Words of calling an animal (with its kind: "come here, dog")."""
_CALLS = frozenset({"here", "come", "cmon", "heres", "boy", "girl", "call", "kitty", "doggy"})
"""Words that make the words a call, not only a name or a kind."""


def called(world: World, state: WorldState, text: str) -> Action | None:
    """The talk to an animal the words call (see the module docstring), or None."""
    words = normal(text).split()
    animals = [c for c in world.characters if is_animal(c)]
    named = []
    for ch in animals:
        names = {normal(n) for n in ch.names}
        if any(n in names for n in words):
            named.append(ch)
            words = [w for w in words if w not in names]
    if not words or not set(words) <= _CALLING or not _CALLS & set(words):
        return None
    here = [c for c in characters_here(world, state) if is_animal(c)]
    who = named if named else here
    return Action(Intent.TALK, who[0].id, None, text) if len(who) == 1 else None
