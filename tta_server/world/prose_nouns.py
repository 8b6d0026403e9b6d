"""The things a world's prose names, so the validator can ask that each can be looked at.

A player who reads "the lamps along the harbour wall" will type "x lamps"; a world should answer
with more than "You don't see that here". Without a part-of-speech tagger the rule is
deliberately simple and predictable, so an author can see at once why a phrase was reported:

* A **noun phrase** is a determiner (``DETERMINERS``: the, a, an, this, these, those, your,
  his, her, its, their, my, our, some) followed by the next one to three words, stopping
  before punctuation, a word of ``STOP_WORDS`` (prepositions, conjunctions, pronouns, common
  verbs such as "is" and "has") or an adverb ending in "-ly". The words after "of" ("a cup
  of tea", "a tin of biscuits"), after "something" or "anything" ("something pale blue
  glints") and each further member of a list after "of" ("a ribbon of weed, shells and small
  treasures") are phrases too, found the same way (``LEADS``); a phrase only of words in
  "-ing" or "-ed" ("of tumbling") is a verb, not a noun.
* A phrase is **covered** (:class:`Known`) when any of its words (or that word without a
  plural "s"/"es") is the last word of a name or alias that backs up the prose, a word of the
  world's ``background`` list or of ``ABSTRACT_WORDS`` ("way", "moment", "something"...); any
  other word of such a name covers it only as its last word, so that a brass key does not back
  up "a brass plaque". Which names back up which prose is the validator's business
  (``prose`` in :mod:`tta_server.world.checks`): for a location, the things that can be
  there when the text is read.
* Checked prose: every location's descriptions, first visit text and notes, and every item's
  description and ``here`` line.

The fix for a reported phrase is a ``[[scenery]]`` entry (worth examining) or its noun in
``[world] background`` (only colour). See docs/worlds.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "your", "his", "her", "its", "their", "my"}
    | {"our", "some"}
)
STOP_WORDS = frozenset(
    {"of", "in", "on", "at", "to", "from", "by", "with", "into", "onto", "over", "under"}
    | {"through", "across", "along", "around", "behind", "beside", "between", "above", "below"}
    | {"against", "among", "toward", "towards", "up", "down", "out", "off", "for", "about"}
    | {"and", "or", "but", "nor", "so", "yet", "as", "than", "that", "which", "who", "whom"}
    | {"whose", "where", "when", "while", "if", "because", "like", "until", "since", "after"}
    | {"before", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}
    | {"does", "do", "did", "will", "would", "can", "could", "should", "may", "might", "must"}
    | {"it", "he", "she", "they", "you", "we", "i", "him", "them", "us", "me", "there", "here"}
    | {"not", "no", "all", "every", "each", "still", "just", "too", "very", "now", "then"}
    | {"s", "t", "one", "two", "three", "four", "five", "six", "more", "most", "own", "same"}
    | {"other", "another", "only", "even", "again", "once", "back", "away", "without", "inside"}
    | {"outside", "past", "near", "beyond", "within", "upon", "whether", "what", "how", "why"}
)
ABSTRACT_WORDS = frozenset(
    {"way", "ways", "moment", "moments", "time", "times", "thing", "things", "something"}
    | {"nothing", "everything", "anything", "kind", "sort", "bit", "lot", "rest", "end"}
    | {"side", "top", "bottom", "middle", "edge", "front", "back", "corner", "part", "half"}
    | {"first", "last", "next", "little", "few", "whole", "world", "night", "day", "morning"}
    | {"evening", "hour", "minute", "minutes", "hours", "years", "year", "word", "words"}
    | {"voice", "breath", "breathing", "eyes", "eye", "hand", "hands", "feet", "foot", "face"}
    | {"head", "heart", "shoulders", "shoulder", "arms", "arm", "fingers", "finger", "mind"}
    | {"name", "names", "sound", "smell", "light", "dark", "air", "same", "other", "chance"}
    | {"place", "story", "question", "answer", "thought", "thoughts", "feeling", "feelings"}
    | {"north", "south", "east", "west"}
)

LEADS = frozenset({"of", "something", "anything"})
"""Words after which, like after a determiner, a noun phrase starts."""
_VERBISH = re.compile(r"(?:ing|ed)$")
_LIST_GLUE = frozenset({",", "and", "or"})

_TOKEN_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|[^a-z\s']")
_MAX_WORDS = 3


def words_of(names: Iterable[str]) -> set[str]:
    """Every word of some names and aliases, lower case, possessive marks removed."""
    found: set[str] = set()
    for name in names:
        for token in _TOKEN_RE.findall(name.lower()):
            if token[0].isalpha():
                found.add(token.removesuffix("'s"))
    return found


def noun_phrases(prose: str) -> Iterator[tuple[str, ...]]:
    """The noun phrases of some prose, as tuples of their words (see the module docstring)."""
    tokens = _TOKEN_RE.findall(prose.lower())
    i = 0
    while i < len(tokens):
        if tokens[i] not in DETERMINERS and tokens[i] not in LEADS:
            i += 1
            continue
        start, listing = i + 1, tokens[i] == "of"
        while True:  # a phrase, then each further member of a list it heads
            end = _phrase_end(tokens, start)
            if end > start and not all(_VERBISH.search(t) for t in tokens[start:end]):
                yield tuple(t.removesuffix("'s") for t in tokens[start:end])
            glue = end
            while glue < len(tokens) and tokens[glue] in _LIST_GLUE:
                glue += 1
            if not listing or end == start or glue == end or glue >= len(tokens):
                break
            if tokens[glue] in DETERMINERS or tokens[glue] in LEADS:
                break  # the outer loop starts that phrase itself
            start = glue
        i = max(i + 1, end)


def _phrase_end(tokens: list[str], start: int) -> int:
    """Where a phrase starting at ``start`` ends: at most ``_MAX_WORDS`` words, stopping before
    punctuation, a stop word, a determiner or an adverb in "-ly"."""
    end = start
    for word in tokens[start : start + _MAX_WORDS]:
        bare = word.removesuffix("'s")
        if not word[0].isalpha() or bare in STOP_WORDS or bare in DETERMINERS or bare in LEADS:
            break
        if word.endswith("ly") and len(word) > 4:
            break
        end += 1
    return end


@dataclass(frozen=True)
class Known:
    """What covers a phrase: ``heads``, the last word of each name and alias that backs up the
    prose ("key" of "a small brass key") and the background words, cover it wherever they stand
    in it; ``words``, every other word of those names ("brass"), only as its last word, so
    that "a brass plaque" is not covered by a brass key."""

    heads: frozenset[str]
    words: frozenset[str]

    @classmethod
    def of(cls, names: Iterable[str], background: Iterable[str] = ()) -> Known:
        """What some names and aliases (and background words) cover."""
        heads: set[str] = set(background)
        words: set[str] = set()
        for name in names:
            found = [
                t.removesuffix("'s") for t in _TOKEN_RE.findall(name.lower()) if t[0].isalpha()
            ]
            if found:
                heads.add(found[-1])
                words.update(found)
        return cls(frozenset(heads), frozenset(words))


def _forms(word: str) -> set[str]:
    """A word and its singulars ("shells" -> "shell", "berries" -> "berry")."""
    forms = {word, word.removesuffix("s"), word.removesuffix("es")}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def covered(phrase: tuple[str, ...], known: Known) -> bool:
    """Whether a phrase is covered: any of its words (or its singular) is a head word, a
    background word or abstract, or its last word is any word of a known name."""
    for word in phrase:
        forms = _forms(word)
        if forms & known.heads or forms & ABSTRACT_WORDS:
            return True
    return bool(_forms(phrase[-1]) & known.words)


def uncovered(prose: str, known: Known) -> list[str]:
    """The noun phrases of some prose that nothing known covers, each once, in order."""
    found: list[str] = []
    for phrase in noun_phrases(prose):
        text = " ".join(phrase)
        if not covered(phrase, known) and text not in found:
            found.append(text)
    return found
