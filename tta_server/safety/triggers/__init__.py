"""Trigger words derived from a rule's own regex, so that a screen can skip rules cheaply.

A rule regex that runs on normalised text (words separated by single spaces) can only match
where certain words are. :func:`derive_triggers` reads those words off the regex itself, with
Python's own regex parser: for ``\\b(?:kill|killing) myself\\b`` the trigger is the whole word
``myself``; where only the start of a word is fixed (``suicid\\w*``) it is a *stem*, a word that
some token must begin with. The guarantee is one way and exact: **every match that starts at a
word contains one of the rule's trigger words as a whole token, or a token beginning with one
of its stems.** A regex for which no such set can be derived (``\\w+ing``, ``.*``) is refused
with :class:`NoTriggers`, so that a rule can never be skipped silently: it has to be written
so that its vocabulary can be seen.

:class:`TriggerIndex` holds the triggers of a whole rule table and answers, from the set of
tokens of a text, which rules can possibly match it (one set intersection for the words, one
per stem length for the stems).

How the words are found. The regex is parsed (``re._parser``, the parser ``re.compile`` uses)
and each node is summarised by the set of strings it can match when that set is small
(``exact``), or otherwise by the possible beginnings and ends of its matches and a requirement
found inside it. Unknown parts (``\\w+``, ``[^.]``, long repeats) become a wildcard, which makes
every summary a superset of what the regex really matches: the analysis can lose words, never
invent them. Lookarounds are treated as matching nothing (their words are not relied on). A
word counts as whole only between two boundaries the regex itself forces: a literal space, the
start or end of the text, or a ``\\b`` next to a letter or digit; the match start counts as a
boundary because the screens accept only matches that start a word. Among the possible
requirements of a rule the least likely one is kept (long, uncommon words over short common
ones); that choice affects speed only.

What it assumes about the text (true of ``classifier.normalise`` and of the narration screen's
``normalise_narration``): tokens are separated by single spaces, and punctuation that survives
normalisation (``.`` and ``,``) stands alone as a token, so that a letter's neighbour is a
letter, a digit, a space or the edge of the text.

The modules: ``index`` (:class:`Triggers`, :class:`TriggerIndex`, :class:`NoTriggers`),
``derivation`` (:func:`derive_triggers`), ``starts`` (:func:`derive_starts`), ``text_shape``
(:func:`regular`) and ``regex_tree`` (the regex parser they read rules with).
"""

from __future__ import annotations

from tta_server.safety.triggers.derivation import derive_triggers
from tta_server.safety.triggers.index import NoTriggers, TriggerIndex, Triggers
from tta_server.safety.triggers.starts import derive_starts
from tta_server.safety.triggers.text_shape import regular

__all__ = [
    "NoTriggers",
    "TriggerIndex",
    "Triggers",
    "derive_starts",
    "derive_triggers",
    "regular",
]
