"""Pronouns for the narrator: the forms a player gives, read into subject, object and possessive.

:func:`parse_pronouns` reads "she/her", "he/him", "they/them", common neopronoun sets
("xe/xem": xyr) and a third form when given ("vi/vim/vir"). For an unknown set without one
the possessive is unknown, and phrases that need it are not used: the narrator never
invents a form. "they" takes plural verbs; "any"/"all" read as they/them, "none"/"name" as
the name. Narration calls the player "you"; the third person is for asides and for what
other people say about them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tta_server.narrative import phrases as P
from tta_server.narrative.words import cap

_SPLIT = re.compile(r"[/,;\s]+")
_PRONOUN = re.compile(r"^[a-z][a-z']{0,11}$")


@dataclass(frozen=True)
class Pronouns:
    """How to refer to the player in the third person. ``pos`` ("her coat") is None when the
    player's set does not say it: phrases that need it are then not used."""

    sub: str
    obj: str
    pos: str | None
    plural: bool = False


THEY = Pronouns("they", "them", "their", plural=True)
_KNOWN = tuple(Pronouns(*forms, plural=forms[0] == "they") for forms in P.PRONOUN_SETS)
_SUBJECTS = frozenset(p.sub for p in _KNOWN)


def parse_pronouns(text: str, name: str) -> Pronouns:
    """The pronouns in what the player wrote ("she/her", "xe/xem", "vi/vim/vir", "any")."""
    parts = [p for p in _SPLIT.split(text.lower()) if p]
    if not parts or parts[0] in ("any", "all") or not all(_PRONOUN.match(p) for p in parts[:3]):
        return THEY
    if parts[0] in ("none", "name", "no"):
        return Pronouns(name, name, f"{name}'s")
    sub, rest = parts[0], parts[1:3]
    if rest and rest[0] in _SUBJECTS and rest[0] != sub:  # "she/they": the first set
        rest = []
    for known in _KNOWN:
        if known.sub == sub and (not rest or rest[0] in (known.obj, known.pos)):
            return known
    return Pronouns(sub, rest[0] if rest else sub, rest[1] if len(rest) > 1 else None)


@lru_cache(maxsize=512)
def voice_of(pronouns: str, name: str, guide: str) -> dict[str, str]:
    """Template keys about the player and the guide (no ``pos`` when it is unknown)."""
    p = parse_pronouns(pronouns, name)
    sub_is = f"{p.sub}'re" if p.plural else f"{p.sub}'s"
    keys = {"name": name, "guide": guide, "Guide": cap(guide), "sub": p.sub, "obj": p.obj}
    keys |= {"Sub": cap(p.sub), "sub_is": sub_is, "Sub_is": cap(sub_is)}
    keys |= {"is": "is", "has": "has", "was": "was", "s": "s"}
    if p.plural:
        keys |= {"is": "are", "has": "have", "was": "were", "s": ""}
    if p.pos is not None:
        keys |= {"pos": p.pos, "Pos": cap(p.pos)}
    return keys
