"""Safety rules and words for Italian.

Everything here runs on normalised text (see ``lexicon``'s docstring) and is merged into the
screen by ``tta_server.safety.lang``: ``RULES`` are appended to the rule table; the word sets
extend the subject walk's (``BRIDGE``: words skipped between a subject and its predicate,
``NEGATORS``, ``CONJUNCTIONS``, ``FIRST_PERSON``, ``POSSESSIVE_FIRST``); ``TOKEN_MAP`` adds
whole-token rewrites of chat spellings (a token mapped two ways by two languages stops the
import); ``REAL_MARKERS`` and ``FICTION_MARKERS`` are regex alternatives added to the
sentence markers ("" adds nothing).
"""

from __future__ import annotations

from tta_server.safety.lexicon import Rule

RULES: tuple[Rule, ...] = ()

BRIDGE: frozenset[str] = frozenset()
NEGATORS: frozenset[str] = frozenset()
CONJUNCTIONS: frozenset[str] = frozenset()
FIRST_PERSON: frozenset[str] = frozenset()
POSSESSIVE_FIRST: frozenset[str] = frozenset()
TOKEN_MAP: dict[str, str] = {}
REAL_MARKERS = ""
FICTION_MARKERS = ""
