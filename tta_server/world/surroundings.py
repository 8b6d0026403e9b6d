"""What every place has around the player though no world lists it: the ground under their
feet and the air they breathe, and the sky, sea or walls a place's prose mentions.

Newcomer corpus 30 met "You can't find any ground here." for "stand still, feel the ground and
just listen" on the Dunes, whose text had just put the ground under their feet. A thing named
that is neither an item, a character nor scenery is looked for here before it is refused
(:func:`surrounding`), and touching what is underfoot is grounding (:func:`grounding_verb`):
the grounding of this place when the world wrote one, else a plain line of its own.
Pure functions, no I/O.
"""

from __future__ import annotations

import re

from tta_server.world.schema import Location, Verb, World
from tta_server.world.state import WorldState, holds
from tta_server.world.vocab import Skill

#: What is under the player's feet anywhere ("feel the ground", "touch the floor").
UNDERFOOT = frozenset({"ground", "floor", "earth", "feet", "foot"})
#: What is around the player anywhere.
EVERYWHERE = UNDERFOOT | {"air"}
#: What a place has when its prose says so ("x sky" on a clifftop that mentions the sky).
WHEN_SAID = frozenset(
    {"sky", "sea", "wall", "walls", "ceiling", "water", "sand", "grass", "wind", "rain", "fog"}
)

#: Touching what is underfoot, in this place's words when it has no grounding of its own.
PLAIN_GROUNDING = (
    "You stand still and feel the ground under your feet: solid, pushing back. You let your "
    "breath settle and listen for a moment to what is here."
)


def _prose(loc: Location) -> set[str]:
    text = " ".join([*loc.descriptions, loc.first_visit or "", *(n.text for n in loc.notes)])
    return set(re.findall(r"[a-z]+", text.lower()))


def surrounding(loc: Location, words: str) -> str | None:
    """The last word of ``words`` that names something around the player in ``loc`` (see the
    module docstring), or None."""
    said = _prose(loc)
    found: list[str] = re.findall(r"[a-z]+", words.lower())
    for word in reversed(found):
        if word in EVERYWHERE or (word in WHEN_SAID and (word in said or f"{word}s" in said)):
            return word
        if word.endswith("s") and word[:-1] in WHEN_SAID and word in said:
            return word
    return None


def underfoot(words: str | None) -> bool:
    """Whether ``words`` name what is underfoot ("the ground", "my feet", "the floor")."""
    found = re.findall(r"[a-z]+", (words or "").lower())
    return bool(found) and found[-1] in UNDERFOOT


def grounding_verb(world: World, state: WorldState) -> Verb | None:
    """The world's grounding verb written for this place whose conditions hold, or None."""
    return next(
        (
            v
            for v in world.verbs
            if v.skill == Skill.GROUNDING and state.location in v.at and holds(world, state, v.when)
        ),
        None,
    )
