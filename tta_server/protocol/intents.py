"""The intents: what a player's words can mean, the one list the parser, the world engine and
the world schema share.

An :class:`Intent` is a ``StrEnum``, so a member is its name everywhere a string is (JSON,
f-strings, ``==``, dict keys): ``tta-admin parse`` output and the engine's message keys stay
what they were. A world may add its own verbs (``light``, ``ring``); those stay plain strings.
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
    UNKNOWN = "unknown"


CANONICAL_INTENTS: tuple[Intent, ...] = tuple(i for i in Intent if i is not Intent.UNKNOWN)
"""The intents every world understands, in this order; world verbs add to them."""
