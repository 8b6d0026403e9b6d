"""Stock lines said once per story: the narrator's lines that would grate if a player met
them again however far apart ("Small steps, Wren. They add up.", "Rue doesn't answer that,
not directly.", "That's all right.", "You speak, but there's no one here to hear it.", the
guide's check-in question), and a character's own lines for thanks, an apology and a goodbye.

:func:`stock_prints` is the fingerprints of every such line as it reads in one story (filled
with the world's names and the player's); :func:`~tta_server.narrative.told.remember` keeps
those of them that were said past its window of recent narrations, so the narrator's memory
(``WorldState.told``) holds them for the whole story, and a table of them offers each of its
lines once: the writer then picks another, or leaves the line out.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping, Sequence

from tta_server.narrative import phrases as P
from tta_server.narrative.pronouns import voice_of
from tta_server.narrative.told import fingerprint, sentences
from tta_server.narrative.words import cap, first_name
from tta_server.world.schema import World
from tta_server.world.views import GUIDE_PLAIN, CharacterLine, animal_kind

ONCE_PER_STORY: tuple[Sequence[str], ...] = (
    P.HELP_HERE,
    P.HELP_AWAY,
    P.HELP_ALONE,
    P.OFFTOPIC,
    P.ANIMAL_OFFTOPIC,
    P.TALK_NOTHING_NEW,
    P.ANIMAL_NOTHING_NEW,
    *P.COMFORT.values(),
    P.REFUSE["talk.nobody"],
    P.GUIDE_PRAISE,
    P.GUIDE_PRAISE_HERE,
    *P.SKILL_AGAIN.values(),
    *P.ARRIVE_MOOD.values(),
    *(table for tones in P.GOAL_LINES.values() for table in tones.values()),
    *P.NOT_UNDERSTOOD.values(),
    P.DISCLOSED_ALONE,
)
"""The phrase tables whose lines are said once per story (words to no one are then answered
with :data:`~tta_server.narrative.phrases.REFUSE_AGAIN`'s shorter lines; praise, "Go gently.
You're doing fine." and "Take it at your own pace." are left out once each was said: newcomers
17 and 18 met them again and again; newcomer 29 met "The words hang in the air, and nothing
answers them." many times in a session: the leads of words not understood are said once a
story too). A line with a slot only the moment fills ("{Skill} again.") is not
one: it differs each time."""

ONCE_THEN_LEFT_OUT: tuple[Sequence[str], ...] = (
    *(table for wording in P.ATTITUDES for table in wording.values()),
    *P.ANIMAL_ATTITUDE.values(),
)
"""Lines said once per story and then left out, with no other wording in their place: a
character's attitude reaching a value ("Something settles between you and Bastian: trust,
plainly.", newcomer corpus 29 met it again each time his trust came back to that value)."""

_SAYINGS = (P.SAYING_HERE, P.SAYING_AWAY)
"""The leads that quote the guide's sayings: once per story, as the tables above."""

ONCE_PER_CHARACTER: tuple[CharacterLine, ...] = ("thanks", "sorry", "goodbye")
"""A character's own lines (and their ``later`` ones) said once per story: taking thanks, an
apology, a goodbye a second time, they answer in the narrator's plain lines instead (newcomer
12 met Rue's "'Get away with you,' says Rue, ... 'Go on. Be useful.'" again and again)."""


def saying_leads(world: World, table: Sequence[str]) -> list[str]:
    """A hint's leads that quote the guide's own sayings (``[guide] sayings``), each saying in
    each of ``table``'s lines (:data:`~P.SAYING_HERE`, :data:`~P.SAYING_AWAY`), as templates
    still to fill ({name}, {first}, {guide})."""
    return [line.replace("{saying}", x) for x in world.guide.sayings for line in table]


def stock_prints(world: World, name: str, pronouns: str) -> frozenset[str]:
    """The fingerprints of the once-per-story lines (and of their sentences) of ``world``
    told to a player called ``name`` (as the writer calls them): every table line filled in
    with each character's first name, and the guide's check-in words. Kept with the world,
    one set per player name and pronouns (a bounded number)."""
    cache = world.derived(_cache)
    found = cache.get((name, pronouns))
    if found is None:
        found = cache[(name, pronouns)] = frozenset(_prints(world, name, pronouns))
        if len(cache) > 256:
            cache.pop(next(iter(cache)))
    return found


def _cache(world: World) -> dict[tuple[str, str], frozenset[str]]:
    return {}


def _prints(world: World, name: str, pronouns: str) -> set[str]:
    guide = world.character(world.guide.character)
    voice = voice_of(pronouns, name, first_name(guide.name) if guide else "a friend")
    lines: list[str] = []
    for ch in world.characters:
        kind = animal_kind(ch) or ""
        keys = ChainMap({"first": first_name(ch.name), "kind": kind, "Kind": cap(kind)}, voice)
        tables = (*ONCE_PER_STORY, *ONCE_THEN_LEFT_OUT, *(saying_leads(world, t) for t in _SAYINGS))
        for table in tables:
            lines += [x for x in (_filled(line, keys) for line in table) if x is not None]
    for ch in world.characters:
        for field in ONCE_PER_CHARACTER:
            lines += [x for x in (getattr(ch, field), *(getattr(y, field) for y in ch.later)) if x]
        lines += [*ch.asides, *ch.quiet]  # their own leads and quiet lines: once a story
    guided = world.guide
    lines += [x for x in (guided.check_in, guided.check_in_away, GUIDE_PLAIN["check_in"]) if x]
    prints = {fingerprint(x) for x in lines}
    return prints | {fingerprint(s) for x in lines for s in sentences(x)}


def _filled(line: str, keys: Mapping[str, str]) -> str | None:
    """A table line filled in with ``keys``; None when it has a slot they do not fill (the
    player's ``pos`` unknown, or a skill's name only the moment knows)."""
    try:
        return line.format_map(keys)
    except KeyError:
        return None
