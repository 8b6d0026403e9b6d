"""The screen's rules and words per language, merged with the base tables of ``lexicon``.

``lexicon`` holds the engine's base table (mostly English, some Spanish and German); each module
here adds one language's rules and the function words its subject walk needs. The merged tables
below are what ``classifier`` reads.

Each language module defines, all on normalised text (see ``lexicon``'s docstring): ``RULES``,
appended to the rule table (``r4_suicide`` and ``r4_other`` hold the rules added after blind
set 3, in all six languages, by class rather than by language; ``r6_farewell`` the farewells
and preparations of round 6 in the five languages besides English; ``r7_unseen`` round 7's
classes behind blind set 6's misses, in all six; ``r11_means`` means said plainly, round 11; ``r12_classes`` the classes blind set 11 missed
most, round 12; ``r13_classes`` the classes blind set 12 rated none, round 13; ``r13_plain`` plain
statements no older rule's phrasing fits, round 13b; ``r15_classes`` the classes blind set 15
rated none, round 15b; ``r17_classes`` the classes blind set 17 rated none, round 17; ``r18_classes`` the classes blind set 18 rated none, round 18; ``r19_classes`` the classes the newest blind sets' crises were still rated none in as served, round 19; ``r21_classes`` crises said plainly that fell short,
round 21b; ``r22_wake`` hoping not to wake up in es, fr, pt and de, round 22c; ``r23_classes`` the classes blind set 22's crises were still missed in as served, round 23; ``r24_classes`` the classes recurring in blind sets 21-23's misses, round 24; ``r28_farewell`` a goodbye to everyone with a word of finality after it, round 28; ``r29_in_world`` intent said through the worlds' own places of height and water, round 29; ``r30_talk`` no point in going on, and joining the dead, in talk with a character, round 30; ``r31_ground`` wishing to lie in the ground with the dead, and an apology to be passed on, round 31); word sets that extend the subject walk's (``BRIDGE``: words skipped
between a subject and its predicate, ``NEGATORS``, ``CONJUNCTIONS``, ``FIRST_PERSON``,
``POSSESSIVE_FIRST``); ``TOKEN_MAP``, whole-token rewrites of chat spellings (a token mapped
two ways by two languages stops the import); ``REAL_MARKERS`` and ``FICTION_MARKERS``, regex
alternatives added to the sentence markers. Only ``RULES`` is required: a module leaves out any
word set, map or markers it does not extend (most round modules hold rules alone).
"""

from __future__ import annotations

from types import ModuleType

from tta_server.safety import lexicon as lx
from tta_server.safety.lang import (
    de,
    en,
    es,
    fr,
    it,
    pt,
    r4_other,
    r4_suicide,
    r6_farewell,
    r7_unseen,
    r11_means,
    r12_classes,
    r13_classes,
    r13_plain,
    r15_classes,
    r17_classes,
    r18_classes,
    r19_classes,
    r21_classes,
    r22_wake,
    r23_classes,
    r24_classes,
    r28_farewell,
    r29_in_world,
    r30_talk,
    r31_ground,
)

MODULES: tuple[ModuleType, ...] = (
    en,
    es,
    pt,
    fr,
    it,
    de,
    r4_suicide,
    r4_other,
    r6_farewell,
    r7_unseen,
    r11_means,
    r12_classes,
    r13_classes,
    r13_plain,
    r15_classes,
    r17_classes,
    r18_classes,
    r19_classes,
    r21_classes,
    r22_wake,
    r23_classes,
    r24_classes,
    r28_farewell,
    r29_in_world,
    r30_talk,
    r31_ground,
)


def _union(name: str) -> frozenset[str]:
    merged: frozenset[str] = getattr(lx, name)
    for module in MODULES:
        merged |= getattr(module, name, frozenset())
    return merged


def _token_map() -> dict[str, str]:
    merged = dict(lx.TOKEN_MAP)
    for module in MODULES:
        for token, rewrite in getattr(module, "TOKEN_MAP", {}).items():
            if merged.get(token, rewrite) != rewrite:
                raise ValueError(
                    f"TOKEN_MAP: {module.__name__} maps {token!r} to {rewrite!r}, "
                    f"another table to {merged[token]!r}"
                )
            merged[token] = rewrite
    return merged


def _markers(name: str) -> str:
    extra = [getattr(m, name) for m in MODULES if getattr(m, name, "")]
    return "|".join([getattr(lx, name), *(r"\b(?:" + e + r")\b" for e in extra)])


RULES: tuple[lx.Rule, ...] = lx.RULES + tuple(r for m in MODULES for r in m.RULES)
BRIDGE = _union("BRIDGE")
NEGATORS = _union("NEGATORS")
CONJUNCTIONS = _union("CONJUNCTIONS")
FIRST_PERSON = _union("FIRST_PERSON")
POSSESSIVE_FIRST = _union("POSSESSIVE_FIRST")
TOKEN_MAP = _token_map()
REAL_MARKERS = _markers("REAL_MARKERS")
FICTION_MARKERS = _markers("FICTION_MARKERS")
