"""Small word helpers of the default narrator: names in sentences, lists, paragraphs, ways and
skills.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tta_server.narrative import phrases as P
from tta_server.protocol.directions import Direction
from tta_server.world.views import ExitRef
from tta_server.world.vocab import (
    SKILL_LABELS,
    Skill,
)

_INDEFINITE = re.compile(r"^(?:a|an|some) ", re.IGNORECASE)
_STAIRS = frozenset(P.STAIRS)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_sentence(name: str) -> str:
    """A place name inside a sentence: "The Quay" -> "the Quay"."""
    return "the " + name[4:] if name.startswith("The ") else name


def the(name: str) -> str:
    """A thing already known: "a storm lantern" -> "the storm lantern"."""
    return _INDEFINITE.sub("the ", name)


def first_name(name: str) -> str:
    parts = name.split()
    return name if len(parts) < 2 or parts[0].lower() in ("the", "a", "an") else parts[0]


def listing(names: Sequence[str], last: str = "and") -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {last} {names[-1]}"


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def squash(text: str) -> str:
    return " ".join(text.split())


def direction_word(value: object) -> str | None:
    found = Direction.from_name(value) if isinstance(value, str) else None
    return found.word if found is not None else None


def fact_text(facts: dict[str, Any], key: str) -> str | None:
    value = facts.get(key)
    return value if isinstance(value, str) and value.strip() else None


def skill_words(skill: str) -> tuple[str, str] | None:
    """("grounding", "noticing what your senses tell you, here and now")."""
    try:
        head, _, gloss = SKILL_LABELS[Skill(skill)].partition(": ")
    except ValueError:
        return None
    return head[:1].lower() + head[1:], gloss


def way_to(ex: ExitRef, door: bool = True) -> str:
    """A way on in words: "east to the Harbour Wall", "up the loft stairs to the Net Loft"."""
    where = direction_word(ex.dir) or ex.dir
    to = in_sentence(ex.to_name)
    name = (ex.door or "").removeprefix("the ") if door else ""
    if not name:
        return f"{where} to {to}"
    if where in ("up", "down") and name.split()[-1] in _STAIRS:
        return f"{where} the {name} to {to}"
    return f"{where} through the {name} to {to}"
