"""Topics a player asked to leave out (``profile.avoid_topics``), and the tags they are matched
against.

A topic the player wants left out matches a tag when they share a word, singular or plural
("water" ~ "deep water", "height" ~ "heights"). Tags come from the location (for its
descriptions, first-visit text, invitations and blocked exits), from the interaction named
by ``facts["interaction"]`` and from items, if a world gives them ``tags``. Matching prose
becomes a plain sentence; the place's name, people, things, ways on and notes (which play
may depend on) are always kept, and a plain refusal points to the guide's help.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tta_server.narrative import phrases as P
from tta_server.world.schema import World, reaction_key, topic_key, use_key, verb_key

_WORD = re.compile(r"[a-z]+")
_SMALL_WORDS = frozenset(P.SMALL_WORDS)


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=1024)
def _topic_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        _stem(w) for p in phrases for w in _WORD.findall(p.lower()) if w not in _SMALL_WORDS
    )


def avoids(avoid_topics: Iterable[str], tags: Iterable[str]) -> bool:
    """Whether any tag touches a topic to avoid (shared word, singular or plural)."""
    mine = _topic_words(tuple(avoid_topics))
    return bool(mine) and any(not mine.isdisjoint(_topic_words((t,))) for t in tags)


def interaction_tags(world: World, key: str) -> list[str]:
    """The tags of the interaction with this key (``use:…``, ``talk:…``, ``verb:…``, …)."""
    kind, _, rest = key.partition(":")
    if kind == "verb":
        return next((list(v.tags) for v in world.verbs if verb_key(v) == key), [])
    owner = rest.partition(":")[0]
    item = world.item(owner) if kind == "use" else None
    if item is not None:
        return next((list(u.tags) for u in item.uses if use_key(item.id, u) == key), [])
    ch = world.character(owner)
    if ch is None:
        return []
    if kind == "talk":
        return next((list(t.tags) for t in ch.topics if topic_key(ch.id, t) == key), [])
    return next((list(r.tags) for r in ch.reactions if reaction_key(ch.id, r) == key), [])


def item_tags(world: World, item_id: str | None) -> list[str]:
    item = world.item(item_id) if item_id else None
    return list(getattr(item, "tags", None) or ()) if item is not None else []
