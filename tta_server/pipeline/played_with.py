"""Play offered to someone here ("play with skipper", "throw a ball for skipper", "play fetch
with the dog"): an act with them, never the use of a thing carried (newcomer corpus 31: "play
with skipper" played the tin whistle, "The tune is for someone who isn't here", with Skipper
right there; "throw a ball for skipper" met "You aren't carrying Skipper.").

An animal is stroked (its ``pet`` reaction, which says whether it is ready for that); a person
is asked to play, said to them (their ``invited`` line answers an invitation)."""

from __future__ import annotations

import re

from tta_server.pipeline.vocabulary import SYNONYMS
from tta_server.protocol.intents import Intent
from tta_server.world import WorldState
from tta_server.world.replies import normal
from tta_server.world.schema import World
from tta_server.world.turn import Action
from tta_server.world.views import characters_here, is_animal

_GAME = r"(?:fetch|ball|catch|tug|chase|a game|a bit|a little|games|for a bit|for a while)"
_THING = r"(?:a|the|some|his|her|my|this|that|an old)? ?(?:ball|stick|toy|frisbee)s?"
#: The words that offer play, before the one played with (after :func:`normal`).
_PLAYS = re.compile(
    rf"^(?:(?:lets|let s|let us|i|i ll|i will|i want to|can i|go|try to|wanna) )?"
    rf"(?:play(?: {_GAME})? with|play {_GAME} (?:for|with)|throw {_THING} (?:for|to)|"
    rf"give {_THING} to) (?P<who>.+)$"
)
_FILLER = re.compile(r"\b(?:the|a|little|good|old|boy|girl|for a bit|for a while|now|please)\b")

#: The words of stroking an animal (a world's reaction may go by any of them).
_PETS = frozenset(SYNONYMS[Intent.PET])
#: What a person hears when the player offers play.
ASKED_TO_PLAY = "Shall we play a game?"


def played_with(world: World, state: WorldState, text: str) -> Action | None:
    """The act with someone here that words offering play name (see the module); None for
    other words, or when the one named is not here (a whistle played *for* Skipper, "play the
    whistle", stays the whistle's)."""
    found = _PLAYS.match(normal(text).rstrip(" .!?"))
    if found is None:
        return None
    who = " ".join(_FILLER.sub(" ", found.group("who")).split())
    for ch in characters_here(world, state):
        if who in {normal(n) for n in ch.names}:
            if is_animal(ch):
                pats = [r.verb for r in ch.reactions if r.verb in _PETS]
                return Action(pats[0] if pats else Intent.PET, ch.id, None, None)
            return Action(Intent.TALK, ch.id, None, ASKED_TO_PLAY)
    return None
