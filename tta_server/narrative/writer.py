"""The default narrator's writing hand: seeded choice among variants, never what was said lately.

:class:`Writer` holds one composition's state (the scene, its tone, the player's voice keys, the
memory of what was told) and the means every part of the narrator writes with: :meth:`Writer.say`
and :meth:`Writer.maybe` fill a phrase table's entry, :meth:`Writer.choose` picks one of the
world's own variants, :meth:`Writer.para` adds a paragraph. The parts of a scene are written by
its subclasses (:mod:`~tta_server.narrative.places`, :mod:`~tta_server.narrative.conversation`,
:mod:`~tta_server.narrative.refusals`, :mod:`~tta_server.narrative.changes`), put together in
:class:`~tta_server.narrative.composer.Composer`.

Variety, and nothing said twice
    Each choice between variants (a table entry, one of a location's descriptions) is an index
    from a seed (the turn number and a checksum of ``scene.previous``) and a counter, and passes
    over variants whose text is already in the previous narration or anywhere in
    ``scene.told``, the memory of the last 50 narrations (:mod:`tta_server.narrative.told`).
    Lines that only colour the story (comfort after a refusal, coaching after a skill, asides)
    are left out when every variant was said lately; any other line is then one not said in
    the previous narration (praise and trust lines vary as families, never the same words twice
    in a row). There is no global randomness: the same
    scene always reads the same.
Tone
    ``persona.intensity`` selects the tone-keyed tables: ``gentle`` is short and soft and
    reassures after a refusal, ``challenging`` is vivid and direct, anything else is
    ``moderate``.
"""

from __future__ import annotations

import zlib
from collections import ChainMap
from collections.abc import Iterable, Sequence

from tta_server.narrative.avoid import avoids
from tta_server.narrative.base import Persona, Scene
from tta_server.narrative.pronouns import voice_of
from tta_server.narrative.told import Memory
from tta_server.narrative.words import first_name, paragraphs

TONES = ("gentle", "moderate", "challenging")


def player_name(persona: Persona) -> str:
    """The player's name as the narrator writes it."""
    return " ".join(persona.name.replace("{", "").replace("}", "").split()) or "traveller"


class Writer:
    """One composition's state and its means of writing; ``attempt`` moves every choice to
    other variants."""

    def __init__(self, scene: Scene, attempt: int) -> None:
        self.scene = scene
        self.world = scene.world
        persona = scene.persona
        intensity = persona.intensity.strip().lower()
        self.tone = intensity if intensity in TONES else "moderate"
        self.avoid = tuple(persona.avoid_topics)
        guide = self.world.character(self.world.guide.character)
        guide_name = first_name(guide.name) if guide is not None else "a friend"
        name = player_name(persona)
        self.keys = voice_of(persona.pronouns, name, guide_name)
        self.prev = scene.previous or ""
        self.memory = Memory(scene.told)
        self.told_before = frozenset(self.memory.prints)
        self.quiet = persona.quiet_coaching
        checksum = zlib.crc32(self.prev.encode()) % 9973 if self.prev else 0
        self.seed = scene.context.turn * 7 + checksum + attempt * 5
        self.count = 0
        self.out: list[str] = []

    def _index(self, size: int) -> int:
        self.count += 1
        return (self.seed + self.count * 7 + self.count * self.count) % size

    def pick(
        self, options: Sequence[str], keys: dict[str, str] | None, optional: bool = False
    ) -> str:
        """One option (a template, when ``keys`` are given), preferring one neither said last
        time nor told lately, then one not said last time nor already in this narration (a
        family of praise or trust lines is never said in the same words twice in a row); an
        ``optional`` line is left out ("") when every option was told lately."""
        start = self._index(len(options)) if options else 0
        first = last = ""
        for i in range(len(options)):
            text = options[(start + i) % len(options)]
            if keys is not None:
                if "pos}" in text and "pos" not in self.keys:
                    continue  # the player's pronouns don't give a possessive: don't guess one
                text = text.format_map(ChainMap(keys, self.keys))
            if text not in self.prev and not self.memory.any_told(text):
                self.memory.add(text)
                return text
            if text not in self.prev and not any(text in p for p in self.out):  # said lately,
                first = first or text  # but not last time nor in this narration
            last = last or text
        if optional:
            return ""
        first = first or last  # every option said lately: never the one said last time
        self.memory.add(first)
        return first

    def fresh(self, text: str | None) -> bool:
        """Whether an authored text has not been told lately (nor earlier in this scene)."""
        return bool(text) and not self.memory.any_told(text or "")

    def choose(self, variants: Sequence[str]) -> str:
        """One of the world's own variants, as written."""
        return self.pick(variants, None)

    def say(self, table: Sequence[str], **keys: str) -> str:
        """One entry of a phrase table, filled in."""
        return self.pick(table, keys)

    def maybe(self, table: Sequence[str], **keys: str) -> str:
        """One entry of a phrase table, or nothing when every entry was told lately."""
        return self.pick(table, keys, optional=True)

    def told_any(self, table: Sequence[str], **keys: str) -> bool:
        """Whether any entry of a phrase table, filled with these keys, was told lately: the
        same facts in other words ("Ways on from here: ..." after "You could go ...")."""
        return any(self.memory.told(t.format_map(ChainMap(keys, self.keys))) for t in table)

    def guide_here(self) -> bool:
        """Whether the world's guide is in the scene (so never "the guide would say")."""
        guide = self.world.guide.character
        return any(c.id == guide for c in self.scene.context.characters)

    def guide_known(self) -> bool:
        """Whether the player has met the world's guide: only then do asides name them."""
        return self.world.guide.character in self.scene.context.met

    def world_share(self, table: Sequence[str]) -> Sequence[str]:
        """A table of four lines or more cut to the world's share: every other line, from the
        first or the second as the world's id gives, so two worlds do not say the same colour
        lines (newcomer 20 met "Nothing is lost." in both); a shorter table whole."""
        if len(table) < 4:
            return table
        half = zlib.crc32(self.world.id.encode()) % 2
        return tuple(x for i, x in enumerate(table) if i % 2 == half)

    def aside(self, table: Sequence[str], alone: Sequence[str] = ()) -> Sequence[str]:
        """A table of asides in the guide's voice, or, before the player has met the guide,
        ``alone`` (or the table's entries that do not name the guide)."""
        if self.guide_known():
            return table
        return alone or tuple(x for x in table if "{guide}" not in x and "{Guide}" not in x)

    def para(self, *parts: str | None) -> None:
        """Add one paragraph (more, where authored text has its own breaks)."""
        self.out.extend(paragraphs(" ".join(p.strip() for p in parts if p and p.strip())))

    def avoided(self, tags: Iterable[str]) -> bool:
        return bool(self.avoid) and avoids(self.avoid, tags)
