"""The intents: what a player's words can mean, the one list the parser, the world engine and
the world schema share.

An :class:`Intent` is a ``StrEnum``, so a member is its name everywhere a string is (JSON,
f-strings, ``==``, dict keys): ``tta-admin parse`` output and the engine's message keys stay
what they were. A world may add its own verbs (``wind``, ``mend``); those stay plain strings.

:data:`ACTS` are the everyday verbs players type ("light", "smell", "knock", "hug"): every
world understands them with a sensible default reply, and a world may also give one its own
meaning, as an item use, a character reaction or a ``[[verbs]]`` entry of the same name, which
then wins (a world's ``light`` use of its lamp, a ``listen`` verb in its dunes).
"""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    """A built-in intent; ``UNKNOWN`` is what a clause that means nothing parses to."""

    GO = "go"
    LOOK = "look"
    EXAMINE = "examine"
    TAKE = "take"
    DROP = "drop"
    USE = "use"
    OPEN = "open"
    TALK = "talk"
    GIVE = "give"
    INVENTORY = "inventory"
    HELP = "help"
    WAIT = "wait"
    # -- acts: everyday verbs with a default reply that a world may define as its own ---------
    ASSIST = "assist"
    LIGHT = "light"
    EXTINGUISH = "extinguish"
    DRINK = "drink"
    EAT = "eat"
    SMELL = "smell"
    LISTEN = "listen"
    TOUCH = "touch"
    PET = "pet"
    BLOW = "blow"
    PLAY = "play"
    READ = "read"
    WRITE = "write"
    SHOW = "show"
    SIT = "sit"
    SLEEP = "sleep"
    CLIMB = "climb"
    PUSH = "push"
    PULL = "pull"
    TURN = "turn"
    SEARCH = "search"
    HUG = "hug"
    THANK = "thank"
    APOLOGISE = "apologise"
    KNOCK = "knock"
    RING = "ring"
    CLOSE = "close"
    UNKNOWN = "unknown"


CANONICAL_INTENTS: tuple[Intent, ...] = tuple(i for i in Intent if i is not Intent.UNKNOWN)
"""The intents every world understands, in this order; world verbs add to them."""

ACTS: tuple[Intent, ...] = CANONICAL_INTENTS[CANONICAL_INTENTS.index(Intent.ASSIST) :]
"""The canonical intents a world may also define as an item use, a reaction or a verb (see the
module docstring); the others (``go`` ... ``wait``) only have their built-in meaning."""
