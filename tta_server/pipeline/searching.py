"""Searching one thing for another: "search the catalogue for peppermints", "look through
the desk for a bell" (issue 14, newcomer 27 met the catalogue's plot card for the
peppermints). The first thing is where to look, the second what is sought, and the answer is
about what is sought, in plain words: found (a look at it, when it is here) or not there. A
search for what the place itself is for finding ("search the catalogue for my book": the card
its use puts in the player's hand) is that use, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.parser import ParsedIntent
from tta_server.protocol.intents import Intent
from tta_server.world.prose_nouns import noun_phrases
from tta_server.world.schema import World
from tta_server.world.turn import the
from tta_server.world.views import Scope
from tta_server.world.vocab import PlaceItem

#: What is sought, after the place: "for (my) X".
_SOUGHT = re.compile(r"\bfor ((?:\S+ ){0,4}?\S+)\s*[.!?]*$")
#: The player themself as what is sought ("look myself up", "search it for my name").
_ME = frozenset({"me", "myself", "my name", "i"})
#: What is sought, said vaguely ("something of fenn's", "anything useful", "clues").
_VAGUE = re.compile(r"^(?:something|anything|stuff|things|clues?|whatever|what)\b")
_DETERMINERS = re.compile(r"^(?:the|a|an|some|any|my|your|his|her|their|our|fenn's|fenns) ")


def sought(world: World, world_scope: Scope, intent: ParsedIntent) -> ParsedIntent | str:
    """What "search X for Y" does: a look at Y when Y is here and is not X; the line saying Y
    is not there when Y is nothing here; ``intent`` as it is when it seeks nothing, seeks a
    person, or seeks what X's own use hands over (:func:`_found_by`)."""
    if intent.intent != Intent.SEARCH or intent.target_id is None or not intent.obj:
        return intent
    found = _SOUGHT.search(normalise(intent.raw))
    words = found.group(1) if found is not None else intent.obj
    if words in _ME or _VAGUE.match(words) or _found_by(world, intent.target_id, words):
        return intent  # "search the ash for something of his": the place's own search
    if intent.obj_id in {c.id for c in world_scope.characters}:
        return intent
    if _told_of(world, intent.target_id, words):  # "search the desk for a bell": its own
        return replace(intent, intent=Intent.EXAMINE, obj=None, obj_id=None)  # text says so
    if intent.obj_id is not None and intent.obj_id != intent.target_id:
        return replace(intent, intent=Intent.EXAMINE, target=intent.obj, target_id=intent.obj_id)
    if not _of_the_world(world, words):
        return intent  # a name the world does not know ("search the catalogue for luana",
        # the player's own): the place's own search
    things = [*world_scope.items_here, *world_scope.items_held, *world_scope.scenery]
    place = next((x.name for x in things if x.id == intent.target_id), intent.target or "it")
    thing = re.sub(r"^my ", "your ", words)
    many = _DETERMINERS.sub("", thing).endswith("s") and not thing.endswith("ss")
    missing = "they aren't" if many else "it isn't"
    return f"You search {the(place)} for {thing}, but {missing} there."


def _of_the_world(world: World, words: str) -> bool:
    """Whether the last word of ``words`` (or it without a plural "s") is a word of the
    world's things, people or prose ("peppermints": the jar on Fenn's desk)."""
    head = _DETERMINERS.sub("", words).split()[-1:]
    if not head:
        return False
    texts = [
        *(d for loc in world.locations for d in loc.descriptions),
        *(f"{x.name} {' '.join(x.aliases)} {x.description}" for x in world.items),
        *(f"{x.name} {' '.join(x.aliases)} {x.description}" for x in world.scenery),
        *(f"{c.name} {' '.join(c.aliases)}" for c in world.characters),
    ]
    known = set(re.findall(r"[a-z]+", " ".join(texts).lower()))
    word = head[0]
    return word in known or word.removesuffix("s") in known or f"{word}s" in known


def _told_of(world: World, where: str, words: str) -> bool:
    """Whether the description of ``where`` (an item or scenery) names what is sought ("a
    bell" in the return desk's "There is a bell on it")."""
    head = _DETERMINERS.sub("", words).split()[-1:]
    if not head:
        return False
    found = world.item(where) or next((x for x in world.scenery if x.id == where), None)
    text = found.description if found is not None else ""
    return any(p[-1] in (head[0], f"{head[0]}s") for p in noun_phrases(text))


def _found_by(world: World, where: str, words: str) -> bool:
    """Whether ``words`` name a thing one of the uses of item ``where`` places ("my book",
    "the card": the catalogue's own finding)."""
    item = world.item(where)
    if item is None:
        return False
    head = _DETERMINERS.sub("", words).split()[-1:]
    placed = {e.place_item for u in item.uses for e in u.effects if isinstance(e, PlaceItem)}
    for other in placed:
        found = world.item(other)
        names = [found.name, *found.aliases] if found is not None else []
        if any(words == n.lower() or (head and head[0] in n.lower().split()) for n in names):
            return True
    return False
