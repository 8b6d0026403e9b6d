"""What the story has told lately: the narrator's memory against repeating itself.

The memory is :attr:`tta_server.world.state.WorldState.told`, so it is saved with the
playthrough and survives a reload: one string per narration, newest last, at most
:data:`TOLD_TURNS` of them. Each string is the fingerprints (six hex digits each, separated by
spaces) of that narration's paragraphs and of their sentences, at most :data:`PER_NARRATION`
of them, so the memory stays small (about 20 KB at most) whatever is said.

A fingerprint is a CRC-32 of the text squashed to single spaces and lower case, cut to 24 bits:
a collision only makes the narrator pass over a line it could have used. Sentences are split at
``.``, ``!`` or ``?`` (and a closing quote) followed by a space, the same way for what is
remembered and for what the narrator is about to say, so a stock line ("That's all right.") is
recognised inside any paragraph it ended up in.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Iterable, Sequence

TOLD_TURNS = 50
"""Narrations remembered: nothing the narrator wrote is said again within this many turns."""
PER_NARRATION = 60
_SENTENCE_END = re.compile(r"(?<=[.!?])['\u2019]?\s+")


@functools.lru_cache(maxsize=8192)
def fingerprint(text: str) -> str:
    """The fingerprint of a text (case and spacing do not matter); the narrator's stock lines
    come again and again, so the latest 8,192 answers are kept."""
    squashed = " ".join(text.lower().split())
    return f"{zlib.crc32(squashed.encode()) & 0xFFFFFF:06x}"


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences (a closing quote stays with the sentence it closes)."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        parts.append(paragraph[start : match.end()].strip())
        start = match.end()
    parts.append(paragraph[start:].strip())
    return [p for p in parts if p]


@functools.lru_cache(maxsize=8192)
def _sentence_prints(text: str) -> tuple[str, ...]:
    """The fingerprints of a text's sentences (kept as :func:`fingerprint`'s are)."""
    return tuple(fingerprint(s) for s in sentences(text))


def prints_of(paragraphs: Iterable[str]) -> list[str]:
    """The fingerprints to remember for a narration: each paragraph, then its sentences."""
    found: dict[str, None] = {}
    for paragraph in paragraphs:
        found[fingerprint(paragraph)] = None
        for sentence_print in _sentence_prints(paragraph):
            found[sentence_print] = None
    return list(found)[:PER_NARRATION]


def remember(
    told: Sequence[str], paragraphs: Iterable[str], keep: frozenset[str] = frozenset()
) -> list[str]:
    """The memory after a narration: its fingerprints added, the oldest narration dropped;
    of a dropped narration, the fingerprints in ``keep`` (the story's once-per-story lines,
    :mod:`tta_server.narrative.stock`) move to the oldest one kept, so they are remembered
    for the whole story."""
    new = [*told, " ".join(prints_of(paragraphs))]
    dropped, new = new[:-TOLD_TURNS], new[-TOLD_TURNS:]
    kept = [p for entry in dropped for p in entry.split() if p in keep]
    if kept:
        new[0] = " ".join(dict.fromkeys([*kept, *new[0].split()]))
    return new


class Memory:
    """The fingerprints told in the last :data:`TOLD_TURNS` narrations, for lookups."""

    def __init__(self, told: Iterable[str] = ()) -> None:
        self.prints = set(" ".join(list(told)[-TOLD_TURNS:]).split())

    def told(self, text: str) -> bool:
        """Whether this text (a paragraph or a sentence) was said lately."""
        return bool(text) and fingerprint(text) in self.prints

    def any_told(self, text: str) -> bool:
        """Whether the text, or any of its sentences, was said lately."""
        return self.told(text) or any(p in self.prints for p in _sentence_prints(text))

    def add(self, text: str) -> None:
        """Remember a text (and its sentences) as told, within this narration."""
        self.prints.add(fingerprint(text))
        self.prints.update(_sentence_prints(text))
