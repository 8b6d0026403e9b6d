"""The directions: one vocabulary for world files, the engine, the parser and the client's map.

A :class:`Direction`'s value is how a world file writes it and how a saved state keys an exit
(``dir = "n"``, ``"harbour:n"``); its :attr:`~Direction.word` is how it is written everywhere
else: in prose, in the parser's output and on the wire (``ExitSummary.direction``: ``"north"``).
:data:`DIRECTION_WORDS` is every name a direction is known by (values, words, abbreviations and
``inside``/``outside``); the parser adds colloquial ones ("upstairs", "northward") on top.
"""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    """An exit direction: the eight compass points, up, down, in and out."""

    N = "n"
    S = "s"
    E = "e"
    W = "w"
    NE = "ne"
    NW = "nw"
    SE = "se"
    SW = "sw"
    UP = "up"
    DOWN = "down"
    IN = "in"
    OUT = "out"

    @property
    def word(self) -> str:
        """The direction in words: ``north``, ``northeast``, ``up``, ``in``."""
        return _WORDS[self]

    @property
    def opposite(self) -> Direction:
        """The way back: south for north, down for up, out for in."""
        return _OPPOSITES[self]

    @property
    def diagonal(self) -> bool:
        """Whether this is one of the four compass points between two others (``ne``...)."""
        return self in (Direction.NE, Direction.NW, Direction.SE, Direction.SW)

    @classmethod
    def from_name(cls, name: str) -> Direction | None:
        """The direction a name means (``"North"``, ``"n"``, ``"inside"``), or None."""
        return DIRECTION_WORDS.get(" ".join(name.lower().split()))


_WORDS: dict[Direction, str] = {
    Direction.N: "north",
    Direction.S: "south",
    Direction.E: "east",
    Direction.W: "west",
    Direction.NE: "northeast",
    Direction.NW: "northwest",
    Direction.SE: "southeast",
    Direction.SW: "southwest",
    Direction.UP: "up",
    Direction.DOWN: "down",
    Direction.IN: "in",
    Direction.OUT: "out",
}

_OPPOSITES: dict[Direction, Direction] = {
    Direction.N: Direction.S,
    Direction.S: Direction.N,
    Direction.E: Direction.W,
    Direction.W: Direction.E,
    Direction.NE: Direction.SW,
    Direction.SW: Direction.NE,
    Direction.NW: Direction.SE,
    Direction.SE: Direction.NW,
    Direction.UP: Direction.DOWN,
    Direction.DOWN: Direction.UP,
    Direction.IN: Direction.OUT,
    Direction.OUT: Direction.IN,
}

ABBREVIATIONS: dict[str, Direction] = {
    "n": Direction.N,
    "s": Direction.S,
    "e": Direction.E,
    "w": Direction.W,
    "ne": Direction.NE,
    "nw": Direction.NW,
    "se": Direction.SE,
    "sw": Direction.SW,
    "u": Direction.UP,
    "d": Direction.DOWN,
}
"""What players type for short: ``n`` ... ``sw``, ``u`` and ``d``."""

DIRECTION_WORDS: dict[str, Direction] = {
    **{d.word: d for d in Direction},
    **ABBREVIATIONS,
    "inside": Direction.IN,
    "outside": Direction.OUT,
    **{d.value: d for d in Direction},
}
"""Every name of a direction, in lower case, mapped to it."""
