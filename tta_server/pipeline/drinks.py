"""Asking for a cup of tea where one is poured: "can i have a cuppa", "make a tea", "ask rue
for a brew", after a greeting or not ("hi rue, can i have a cuppa please") (newcomers 11 and
18: "I know the word 'tea'", or Bastian "Couldn't tell you" with his teapot on the bench).
Such words, where scenery here can be drunk under that name (its ``taste``), are drinking it,
as "drink the tea" is."""

from __future__ import annotations

import re

from tta_server.pipeline.clauses import normalise
from tta_server.protocol.intents import Intent
from tta_server.world.engine import Action
from tta_server.world.schema import World
from tta_server.world.state import WorldState

_ASKED = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|morning|evening|good (?:morning|afternoon|evening))"
    r"(?: there)?(?: [a-z]+)? )?"  # "hi rue, can i have a cuppa": the greeting, then the ask
    r"(?:(?:please|ok|so|um) )*"
    r"(?:(?:can|could|may) i (?:have|get|grab|make|pour)(?: me| myself)?"
    r"|(?:i d|id|i would) (?:like|love|kill for)|i (?:want|need|fancy)|fancy"
    r"|(?:make|pour|get|brew)(?: me| myself| us| everyone| everybody)?"
    r"|have|ask [a-z]+ for|(?:can|could|would) you (?:make|pour|get)(?: me| us)?)"
    r" (?:a |an |some |another |one more )?(?:nice |hot |quick )?(?:cup of |mug of |pot of )?"
    r"(?P<what>tea|cuppa|brew|cup of tea|mug of tea)"
    r"(?: (?:please|pls|then|for me|for us|for everyone|for everybody|while they work.*))*$"
)


def asked_for_tea(world: World, state: WorldState, text: str) -> Action | None:
    """The drink the words ask for (see the module docstring), or None."""
    found = _ASKED.match(normalise(text).rstrip("?!. "))
    if found is None:
        return None
    what = found.group("what") or "tea"
    here = [
        x
        for x in world.scenery
        if x.taste and (not x.at or state.location in x.at) and ({what, "tea"} & set(x.aliases))
    ]
    return Action(Intent.DRINK, here[0].id, None, what) if here else None
