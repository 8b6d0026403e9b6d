"""The IPA intent parser: what the player typed -> a list of intents, in order.

``parse(text)`` works without a world (``tta-admin parse``); ``parse(text, scope)`` also resolves
nouns against what is in scope, fixes typos in them, and knows the world's own verbs. Only the
standard library is used. This docstring is the grammar's specification; the parser is in
four parts, each a module of :mod:`tta_server.pipeline`:

* ``vocabulary``: the word tables (synonyms, phrases, filler, prepositions, directions) and the
  regular expressions built from them, named below without the ``vocabulary.`` prefix;
* ``clauses``: sanitising, splitting into clauses, normalising and filler removal;
* ``parser_types``: what goes in and out (``Scope``, ``ScopeEntry``, ``ParsedIntent``);
* this module: the scope index, the clause grammar, pronouns and ``parse``.

``suggestions`` (did-you-mean commands for a scope) and the tooling of ``tta-admin parse``
(``tta_server.admin.parser_tools``: JSON lines, a timing run) are built on it.

What it handles
===============

* **Clauses.** Input is split into clauses, one intent each, at ``;``, ``.``/``!``/``?`` followed
  by a space or the end, new lines, ``then`` and ``and then``. ``,`` and ``and`` split only when
  the words after them start an action (a verb, a direction, an abbreviation, a world verb, a
  whole phrase such as "where am i", or politeness followed by one): "take the key and go north"
  is two clauses, "take the bread and butter" is one (the noun phrase is "bread and butter").
  At most ``MAX_INTENTS`` clauses and ``MAX_CHARS`` characters are read.
* **Normalising.** Lower case, curly quotes, control characters, emoji and punctuation (hyphens
  too: "north-east", "pick-up"), runs of spaces; "north east" becomes "northeast".
* **Politeness and filler**, at the start of a clause, repeatedly: "please", "can I", "could
  you", "I'd like to", "I want to", "I'll", "I", "let me", "let's", "try to", "maybe", "just",
  "ok", "well", "now", "then", ... and at the end: "please", "now", "thanks", "for me".
* **Whole phrases**: "look around", "where am i", "what am i carrying", "check my bag", "?",
  "what can i do", "give me a hint", "i'm stuck", "sit quietly", "do nothing", "take a break".
* **Verbs and synonyms** (``SYNONYMS``), the first one to four words of the clause, longest
  first. Each canonical intent has a small grammar (``_HANDLERS``) that finds the target and the
  second object, the latter after a preposition from ``OBJ_PREPS`` ("use key on gate", "unlock
  gate with key", "give bread to gull", "ask keeper about light", "take key from box").
* **Directions**: the twelve of ``Direction`` (:mod:`tta_server.protocol.directions`), by
  name or abbreviation (n s e w ne nw se sw u d), "inside", "outside", and the colloquial
  "upstairs", "into", "northward", ... alone or after a movement verb.
* **Pronouns** (it, them, this, that, these, those, they; him, her) as target or obj: the
  antecedent is the latest thing (for him/her, the latest person talked to or given to) in the
  same input, else the first of ``scope.last_mentioned`` that is a person (for him/her) or not
  a person (for the others), as ``scope.people`` says; else ``scope.last_mentioned[0]``.
  Resolved, the slot becomes the antecedent's text (within the input) or the entry's first name
  (from ``last_mentioned``), and its id is set. Unresolved, the pronoun stays as typed.
* **Scope resolution**, only when a scope is given, in this order: exact name or alias; a name
  the phrase contains as whole words, looked for first in its head (the words before the first
  preposition or "and"), the rightmost then the longest winning ("old rusty key on the table"
  -> "rusty key", "keeper's lamp" -> "lamp"); a name that contains the phrase as whole words
  ("brass" -> "brass lantern"); then a typo match (``difflib``, ratio >= ``FUZZY_CUTOFF``,
  phrases up to 40 characters). When the phrase is exactly a name that several entries share
  ("book" for "my book" and "Fenn's book"), ``choices`` lists them (narrowed to the one with a
  "my"/"your" name when the clause says "my", "own" or "your"), for the caller to ask which.
  Talk topics and ``go``
  place names are never typo-matched; a one-word ``go`` target is typo-matched against
  ``scope.exits`` ("go nrth" -> "north"). Without a scope nothing is corrected.
* **Everyday verbs** (``ACTS`` of :mod:`tta_server.protocol.intents`): light, extinguish,
  drink, eat, smell, listen, touch, pet, blow, play, read, write, show, sit, sleep, climb, push,
  pull, turn, search, hug, thank, apologise, knock, ring and assist, each with synonyms ("put
  out", "sniff", "stroke", "knock on"); a leading "on/at/to/in/with/..." is dropped ("knock on
  the door" -> door) and the second object follows ``ACT_PREPS`` ("light the lamp with a
  match"). With a scope, when the world has a verb of its own for the same act ("stroke" where
  the player typed "pet"), the intent is the world's verb.
* **World verbs** (``scope.verbs``, one to three words): when the clause starts with one, the
  intent is the verb's mapping ("wind the clockwork" -> wind, "ring the bell" -> use) unless
  the mapping equals the built-in meaning of the same word, in which case the built-in grammar
  runs.
* **Words said to someone**: when a person is in scope (or there is no scope), a question
  ("where did she go", "why is the lighthouse dark": a first word of ``QUESTION_WORDS``), an
  answer ("no", "of course": ``ANSWERS``) or a remark ("it's not your fault", "don't worry":
  ``SAID_STARTS``, unless a command follows) is ``talk``: target the person addressed (one
  here the words start with, "maren can you help"; else the first of ``scope.addressees``:
  the one whose question is open, a person the last action was about, the last one spoken
  to, a person before an animal; else the latest person mentioned, else the first here), obj
  the words as typed (lower case, no punctuation). "sorry" / "I'm sorry" is ``apologise`` to
  them. "who/what is X" where X is exactly a name here and no one else but animals is here
  to ask ("who is footnote?" with only the cat) is ``examine`` X; a question with no one here
  is ``talk`` with no target ("who is bastian?" alone: said to no one).
* **Never raises**: any text (empty, huge, emoji, control characters, non-strings) gives a list.

The target rule
===============

"The noun phrase's head as typed" is read as the whole noun phrase minus its determiners:
``target`` is lower case, spaces collapsed, leading determiners and possessives removed (the a
an some my your this that these those his her its our their any all, and "of" after one: "all
of the bread" -> "bread"), adjectives kept: "take the Rusty Key" -> "rusty key", "x the old
map" -> "old map". A bare determiner that is also a pronoun ("that", "her") or "all" stays. For
``go`` the target is the canonical direction ("go up the stairs" -> "up", "enter" -> "in"), or
else the place as typed ("go to the harbour" -> "harbour"). ``obj`` follows the same rule.
Unknown clauses have ``target`` None.

Decisions
=========

* "unlock X with Y" is ``open`` X with obj Y; "use Y to unlock X" is the same intent.
* "put/place/insert X in/on/into/... Y" is ``use`` X with obj Y; "put X", "put down X" and
  "put X down" are ``drop``. "drop/throw X in/on/at Y" stays ``drop`` with obj Y.
* "leave X" is ``drop`` X; "leave" alone or "leave here/the room/the building" is ``go out``.
  "exit" and "enter" always mean out/in; "ascend" means up and "descend" down unless a
  direction follows. "climb" alone or with a direction is ``go`` ("climb", "climb down the
  ladder" -> up, down); "climb the stairs" is ``climb`` stairs (the engine takes a way whose
  name or alias it is, else the way up).
* "get" + direction ("get up", "get out of here") is ``go``; otherwise ``take``.
* "follow X" / "go after X" is ``go`` with target X (the engine goes where X is); "go to
  <place>" names a place not next door too (the engine walks there through places seen).
* "switch X on/off" is ``use`` X, as "turn X on".
* "go down/up/... to <place>" and "go into <place>" are ``go`` with the place as target and the
  direction as obj, for when the place is not a way out ("go back down to the quay", "go into
  the shed"); "back" before a destination is dropped.
* "look" alone or "look around" is ``look``; "look north" is ``look`` with the direction; "look
  at/in/under/behind/... X" and "look X" are ``examine`` X.
* "read" and "search" are their own intents (the engine treats them as ``examine`` when the
  world has nothing of its own). "check bag" is ``inventory``.
* "help" alone, "help me (with X)" are ``help`` (a hint); "help <someone> (with X)" is
  ``assist`` with target the person and obj X ("help pip with a heavy thought"); "help
  <someone> <verb> ..." is that verb's clause ("help them mend it" -> mend it).
* A clause that is exactly a world verb or alias, after filler, is that verb, before the whole
  phrases and words said to someone ("look around" where the world's "notice" has that alias;
  "what do we actually know").
* A first clause that only calls someone here by name ("maren, can you help me ...", "come on
  skipper, let's go") makes the rest said to them (``talk``, said) when the rest is a request
  for help, talk or nothing the grammar knows; before a command it is a word to them, then the
  command.
* "tell me / ask about X" to nobody named is said to whoever is addressed; "teach me ...",
  "explain ..." are ``talk`` with the words as obj. ``talk`` with no target is addressed to the
  latest person mentioned who is here, else the first here.
* "ask/tell X where/why/what/how/if/to ..." is ``talk`` X with obj the rest ("ask the card
  catalogue where my book is" -> "card catalogue", "where my book is").
* "answer/reply/respond/call/shout/whisper (W) to X" is ``talk`` X with obj W.
* "write W on X" is ``write`` X with obj W; "write on X with Y" is ``write`` X with obj Y.
* "show X to Y" / "show Y X" are ``show`` as for give.
* "talk/speak/chat to/with X about Y", "ask X about/for Y", "tell X about Y": talk, target X,
  obj the topic Y (target None for "ask about Y"). "hello/hi/greet X", "say hello to X" and "say
  X to Y" (obj X, the words) are talk too. "thanks"/"thank you" alone are talk with no target.
* "give Y X" (no "to") splits where a second determiner starts ("give the gull the bread") or
  after a leading pronoun ("give her the bread"), or, with a scope, where both halves are exact
  names ("give gull bread"). Otherwise the whole phrase is the thing given. "feed Y" is give with
  obj Y and no target; "feed Y X" / "feed X to Y" as for give.
* "wait a while/for a moment/quietly" have no target; "wait for the boat" has target
  "boat". "sit", "sit down (for a bit)", "sit quietly" are ``sit`` with no target.
* "wrap/cover/tuck X in/with Y" is ``give`` Y to X when X is a person (or him/her), else
  ``use`` Y with X ("wrap him in the blanket": give the blanket to him).
* "throw/toss X to Y" is ``give``; "move the X" (a determiner follows) is ``use`` X, "move
  north" / "move to X" are ``go``.
* Manner adverbs ("slowly", "closely", "carefully", ... in ``ADVERBS``) are dropped at the end
  of any noun phrase of two or more words and before a ``go`` destination: "examine the gull
  closely" -> "gull", "walk slowly to the harbour" -> "harbour". A one-word phrase stays
  ("breathe slowly" -> target "slowly").
* "take a (deep) breath" is the world's "breathe" verb when it has one, else ``wait``.
* A clause starting with a negation ("don't", "do not", "never") is ``unknown``, unless it
  is said to someone present ("don't worry").
* "press/operate/activate/switch on/turn on X", "turn X on/off" are ``use`` X; "push",
  "pull" and "turn" are their own intents (the engine falls back to the item's ``use``).
* Input that is blank gives ``[]``; input with content but no clause that means anything (only
  filler, only punctuation or emoji) gives one ``unknown`` intent.

What it does not handle
=======================

Nested or relative clauses ("take the key that is on the table" keeps "key that is on the
table" as the target); lists of objects ("take the key and the lamp" has the one target "key and
the lamp", which resolves to the key, the name in its head; "all"/"everything (except X)" for
take and drop is expanded by ``play``, not here); verbs in other forms ("taking",
"took"); typos in verbs (only names and exits are corrected, and only with a scope); "close"
unless the world defines it; languages other than English. ``suggestions`` tells people from
things by a heuristic (a capitalised alias, or a last word such as "keeper" or "woman").
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tta_server.pipeline.clauses import MAX_CHARS, clauses, normalise, sanitise, strip_filler
from tta_server.pipeline.parser_types import ParsedIntent, Scope, ScopeEntry
from tta_server.pipeline.vocabulary import (
    ACT_LEADS,
    ACT_PREPS,
    ADVERBS,
    ANSWERS,
    ASK_PREPS,
    ASK_SPLITS,
    BARE_KEEP,
    BREATH_PHRASES,
    DEFAULT_DIRECTION,
    DETERMINERS,
    DIRECTION_WORDS,
    DIRECTIONS,
    DURATIONS,
    EXAMINE_LEADS,
    FILLER_ALONE,
    FORCED_DIRECTION,
    GO_ADVERBS,
    GO_LEADS,
    GREETINGS,
    HEAD_ENDS,
    HELP_SELF,
    LOOK_AROUND,
    LOOK_LEADS,
    MAX_VERB_WORDS,
    NEGATION_RE,
    OBJ_PREPS,
    ONLY_QUESTION_RE,
    PERSON_PRONOUNS,
    PHRASES,
    PLACE_WORDS,
    POSSESSIVE_RE,
    PRONOUNS,
    QUESTION_WORDS,
    SAID_STARTS,
    SORRY,
    SPACE_RE,
    SPEAK_LEADS,
    VERBS,
    WAIT_LEADS,
)
from tta_server.protocol.intents import ACTS, CANONICAL_INTENTS, Intent

__all__ = [
    "CANONICAL_INTENTS",
    "DIRECTIONS",
    "EXIT_CUTOFF",
    "FUZZY_CUTOFF",
    "MAX_CHARS",
    "PRONOUNS",
    "ParsedIntent",
    "Scope",
    "ScopeEntry",
    "parse",
]

#: Lowest ``difflib`` ratio for a typo to match a name in scope.
FUZZY_CUTOFF = 0.78
#: Lowest ratio for a one-word ``go`` target to match an exit ("nrth" -> "north").
EXIT_CUTOFF = 0.8
_FUZZY_MAX_LEN = 40

# --------------------------------------------------------------------------------------------
# Scope index and resolution
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _match_key(phrase: str) -> str:
    """A name or noun phrase as compared: normalised, no determiners, no possessive marks."""
    words = normalise(phrase).split()
    np = _noun_phrase(words) or ""
    return SPACE_RE.sub(" ", POSSESSIVE_RE.sub("", np)).strip()


@functools.lru_cache(maxsize=4096)
def _entry_keys(names: tuple[object, ...]) -> tuple[tuple[str, ...], bool]:
    """An entry's names as compared (``_match_key``), and whether one is said as the player's
    own ("my book", "your book")."""
    texts = [n for n in names if isinstance(n, str)]
    keys = tuple(k for k in (_match_key(n) for n in texts) if k)
    owned = any(normalise(n).split()[:1] in (["my"], ["your"]) for n in texts)
    return keys, owned


@functools.lru_cache(maxsize=1024)
def _verb_key(verb: str) -> str:
    """A world verb as compared: normalised only (a verb keeps its adverbs and articles)."""
    return normalise(verb)


@dataclass
class _Index:
    """A scope prepared for one ``parse`` call."""

    exact: dict[str, str]  # name -> id; names[0] of every entry is added before any alias
    keys: tuple[str, ...]  # the names of ``exact``, for typo matching
    shared: dict[str, tuple[str, ...]]  # a name several entries answer to -> their ids
    mine: frozenset[str]  # ids with a name said as the player's own ("my book")
    names: list[tuple[str, str]]  # (name, id) in scope order
    primary: dict[str, str]  # id -> display name (names[0], lower case)
    exits: list[str]
    verbs: dict[str, str]  # world verb (normalised) -> intent
    verb_words: int  # longest world verb, in words
    last_mentioned: list[str]
    people: frozenset[str]
    addressees: tuple[str, ...]
    animals: frozenset[str]


@functools.lru_cache(maxsize=4096)
def _typo_of(key: str, names: tuple[str, ...]) -> str | None:
    """The name a phrase is a typo of (``difflib`` ratio >= ``FUZZY_CUTOFF``), or None. Names
    whose length rules out the ratio are skipped first; a scene's names repeat from turn to
    turn, so answers are remembered."""
    n = len(key)
    near = [x for x in names if 0.6 * n - 1 <= len(x) <= n / 0.6 + 1]
    close = difflib.get_close_matches(key, near, n=1, cutoff=FUZZY_CUTOFF)
    return close[0] if close else None


_INDEXES: dict[tuple[object, ...], _Index] = {}
_MAX_INDEXES = 256


def _index_of(scope: Scope) -> _Index:
    """The index of a scope; the same scene (same entries, exits, verbs, recent ids) gives the
    same index without building it again."""
    try:
        key = (
            tuple(scope.entries),
            tuple(scope.exits),
            tuple(scope.verbs.items()),
            tuple(scope.last_mentioned),
            scope.people,
            tuple(scope.addressees),
            scope.animals,
        )
        found = _INDEXES.get(key)
    except TypeError:  # unhashable parts (a scope built by hand with lists): no cache
        return _build_index(scope)
    if found is None:
        if len(_INDEXES) >= _MAX_INDEXES:
            _INDEXES.clear()
        found = _INDEXES[key] = _build_index(scope)
    return found


def forget_scenes() -> None:
    """Forget every kept scene index and typo answer (for timing a scene's first parse)."""
    _INDEXES.clear()
    _typo_of.cache_clear()


def _build_index(scope: Scope) -> _Index:
    exact: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    primary: dict[str, str] = {}
    mine: set[str] = set()
    for entry in scope.entries:
        keys, owned = _entry_keys(tuple(entry.names))
        if not keys:
            continue
        if owned:
            mine.add(entry.id)
        primary.setdefault(entry.id, keys[0])
        exact.setdefault(keys[0], entry.id)
        names.extend((k, entry.id) for k in keys)
    owners: dict[str, list[str]] = {}
    for key, entry_id in names:
        exact.setdefault(key, entry_id)
        ids = owners.setdefault(key, [])
        if entry_id not in ids:
            ids.append(entry_id)
    verbs = {
        _verb_key(k): str(v).strip().lower()
        for k, v in scope.verbs.items()
        if isinstance(k, str) and _verb_key(k) and str(v).strip()
    }
    return _Index(
        exact=exact,
        keys=tuple(exact),
        shared={k: tuple(v) for k, v in owners.items() if len(v) > 1},
        mine=frozenset(mine),
        names=names,
        primary=primary,
        exits=exits_of(scope),
        verbs=verbs,
        verb_words=max((len(v.split()) for v in verbs), default=0),
        last_mentioned=[str(i) for i in scope.last_mentioned],
        people=frozenset(scope.people),
        addressees=tuple(str(i) for i in scope.addressees),
        animals=frozenset(scope.animals),
    )


def exits_of(scope: Scope) -> list[str]:
    """The scope's exits as canonical directions ("North-East" -> "northeast")."""
    found = (DIRECTION_WORDS.get(_match_key(x)) for x in scope.exits if isinstance(x, str))
    return [d for d in found if d]


def _resolve(phrase: str | None, index: _Index | None, *, fuzzy: bool) -> str | None:
    """The id a noun phrase names in scope, or None."""
    if phrase is None or index is None:
        return None
    key = SPACE_RE.sub(" ", POSSESSIVE_RE.sub("", phrase)).strip()
    if not key:
        return None
    found = index.exact.get(key)
    if found is None:
        found = _contained_name(key, index) or _containing_name(key, index)
    if found is None and fuzzy and len(key) <= _FUZZY_MAX_LEN:
        close = _typo_of(key, index.keys)
        found = index.exact[close] if close else None
    return found


def _contained_name(key: str, index: _Index) -> str | None:
    """The entry named in the phrase as whole words, looking first at its head.

    The head is the part before the first preposition ("key" in "key on the table"); in it
    the name ending furthest right wins ("keeper lamp" -> lamp), then the longest.
    """
    words = key.split(" ")
    cut = next((i for i, w in enumerate(words) if i and w in HEAD_ENDS), len(words))
    for part in (" ".join(words[:cut]), key) if cut < len(words) else (key,):
        padded = f" {part} "
        best: tuple[int, int, str] | None = None
        for name, entry_id in index.names:
            end = padded.rfind(f" {name} ")
            if end >= 0 and (best is None or (end + len(name), len(name)) > best[:2]):
                best = (end + len(name), len(name), entry_id)
        if best is not None:
            return best[2]
    return None


def _containing_name(key: str, index: _Index) -> str | None:
    """The first entry with a name that contains the phrase as whole words ("brass")."""
    if len(key) < 3:
        return None
    padded = f" {key} "
    return next((i for name, i in index.names if padded in f" {name} "), None)


# --------------------------------------------------------------------------------------------
# Clause grammar
# --------------------------------------------------------------------------------------------


class _Frame(NamedTuple):
    """A clause understood, before pronouns and scope are resolved."""

    intent: str
    target: str | None = None
    obj: str | None = None
    said: bool = False


_UNKNOWN = _Frame(Intent.UNKNOWN)
_Handler = Callable[[str, list[str], _Index | None], _Frame]


def _noun_phrase(words: Sequence[str]) -> str | None:
    """Words without leading determiners, joined; a bare pronoun-determiner ("that") stays."""
    i = 0
    while i < len(words) - 1 and (words[i] in DETERMINERS or (words[i] == "of" and i > 0)):
        i += 1
    rest = list(words[i:])
    while len(rest) > 1 and rest[-1] in ADVERBS:
        rest.pop()
    if not rest or (len(rest) == 1 and rest[0] in DETERMINERS and rest[0] not in BARE_KEEP):
        return None
    return " ".join(rest)


def _split_at(
    words: list[str], preps: Sequence[str]
) -> tuple[list[str], str | None, list[str] | None]:
    """Split at the first preposition of ``preps``: (before, preposition, after)."""
    split = [p.split() for p in preps]
    for i in range(len(words)):
        for prep in split:
            if words[i : i + len(prep)] == prep:
                return words[:i], " ".join(prep), words[i + len(prep) :]
    return words, None, None


def _with_obj(intent: str, words: list[str], preps: Sequence[str]) -> _Frame:
    before, _, after = _split_at(words, preps)
    return _Frame(intent, _noun_phrase(before), _noun_phrase(after) if after is not None else None)


def _direction_at(words: Sequence[str]) -> str | None:
    return DIRECTION_WORDS.get(words[0]) if words else None


def _go(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb in FORCED_DIRECTION:
        return _Frame(Intent.GO, DEFAULT_DIRECTION[verb])
    if verb == "move" and rest and rest[0] in DETERMINERS:
        return _use("move", rest, index)  # "move the boulder": not a destination
    words = list(rest)
    while len(words) > 1 and (words[0] in GO_LEADS or words[0] in GO_ADVERBS):
        words = words[1:]
    if words[:1] == ["back"] and len(words) > 1:  # "go back (down) to the quay"
        words = words[1:]
        while len(words) > 1 and words[0] in GO_LEADS:
            words = words[1:]
    if len(words) > 2 and _direction_at(words) and words[1] == "to":
        # "down to the quay": the place, with the direction as obj for when it is not a way
        return _Frame(Intent.GO, _noun_phrase(words[2:]), DIRECTION_WORDS[words[0]])
    if len(words) > 1 and words[0] in ("into", "inside", "in"):  # "into the shed", as above
        return _Frame(Intent.GO, _noun_phrase(words[1:]), DIRECTION_WORDS["in"])
    direction = _direction_at(words[1:] if words[:1] == ["the"] else words)
    if direction is not None or verb in DEFAULT_DIRECTION:
        return _Frame(Intent.GO, direction or DEFAULT_DIRECTION[verb])
    target = _noun_phrase(words)
    if target and index and index.exits and " " not in target and rest[:1] != ["to"]:
        close = difflib.get_close_matches(target, index.exits, n=1, cutoff=EXIT_CUTOFF)
        target = close[0] if close else target
    return _Frame(Intent.GO, target)


def _look(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if not rest or rest[0] in LOOK_AROUND:
        return _Frame(Intent.LOOK)
    if len(rest) == 1 and rest[0] in DIRECTION_WORDS:
        return _Frame(Intent.LOOK, DIRECTION_WORDS[rest[0]])
    words = list(rest)
    while words and words[0] in LOOK_LEADS:
        words = words[1:]
    return _with_obj(Intent.EXAMINE, words, OBJ_PREPS[Intent.EXAMINE])


def _examine(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = rest[1:] if rest[:1] and rest[0] in EXAMINE_LEADS else rest
    return _with_obj(Intent.EXAMINE, words, OBJ_PREPS[Intent.EXAMINE])


def _take(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb == "get" and _direction_at(rest):
        return _go(Intent.GO, rest, index)
    words = rest[:-1] if verb == "pick" and rest[-1:] == ["up"] else rest
    return _with_obj(Intent.TAKE, words, OBJ_PREPS[Intent.TAKE])


def _drop(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb == "leave" and (not rest or _noun_phrase(rest) in PLACE_WORDS):
        return _Frame(Intent.GO, "out")
    words = rest[1:] if rest[:1] in (["down"], ["away"]) else rest
    words = words[:-1] if words[-1:] in (["down"], ["away"]) else words
    if verb in ("throw", "toss") and "to" in words:
        return _give(verb, words, index)  # "throw the bread to the gull"
    if verb in ("put", "place"):
        before, _, after = _split_at(words, OBJ_PREPS[Intent.USE])
        if after is not None and before:
            return _Frame(Intent.USE, _noun_phrase(before), _noun_phrase(after))
    return _with_obj(Intent.DROP, words, OBJ_PREPS[Intent.DROP])


def _use(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = rest
    if verb in ("turn", "switch") and words[-1:] in (["on"], ["off"]):
        words = words[:-1]
    before, prep, after = _split_at(words, OBJ_PREPS[Intent.USE])
    if prep == "to" and after and VERBS.get(after[0]) == Intent.OPEN:
        return _Frame(Intent.OPEN, _noun_phrase(after[1:]), _noun_phrase(before))
    return _Frame(
        Intent.USE, _noun_phrase(before), _noun_phrase(after) if after is not None else None
    )


def _open(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    return _with_obj(Intent.OPEN, rest, OBJ_PREPS[Intent.OPEN])


def _talk(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = rest[1:] if rest[:1] and rest[0] in SPEAK_LEADS else rest
    if verb == "say":
        said, _, to = _split_at(words, ("to",))
        words_said = _noun_phrase(said)
        topic = None if words_said in GREETINGS else words_said
        return _Frame(Intent.TALK, _noun_phrase(to) if to is not None else None, topic)
    words = [] if words in (["there"], ["everyone"], ["all"]) else words
    if verb in ("ask", "tell"):  # "ask rue where the lantern is": rue, "where the lantern is"
        cut = next((i for i, w in enumerate(words) if i and w in ASK_SPLITS), None)
        if cut is not None:
            asked = words[cut + 1 :] if words[cut] in ASK_PREPS else words[cut:]
            who = _noun_phrase(words[:cut])
            return _Frame(Intent.TALK, None if who in HELP_SELF else who, _noun_phrase(asked))
    if verb in ("answer", "reply", "respond", "call", "shout", "whisper"):
        said, _, to = _split_at(words, ("to",))
        if to is not None:
            return _Frame(Intent.TALK, _noun_phrase(to), _noun_phrase(said))
    if verb in ("teach", "teach me", "explain", "show me how"):
        return _Frame(Intent.TALK, None, _noun_phrase(words))  # "teach me how to light it"
    preps = ASK_PREPS if verb == "ask" else OBJ_PREPS[Intent.TALK]
    frame = _with_obj(Intent.TALK, words, preps)
    if frame.target in HELP_SELF:  # "tell me about the fire": me is who is told, not talked to
        return frame._replace(target=None)
    return frame


_WRAP = ("wrap", "cover", "tuck", "drape")


def _wrap(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    """ "wrap him in the blanket", "cover the dog with it": give the blanket to a person (the
    one wrapped), else use it on the thing."""
    words = rest[:-1] if rest[-1:] in (["up"], ["round"], ["around"]) else rest
    before, _, after = _split_at(words, ("in", "with", "under", "into", "round", "around"))
    who, thing = _noun_phrase(before), _noun_phrase(after) if after is not None else None
    if thing is None:
        return _Frame(Intent.USE, who)
    person = who in PERSON_PRONOUNS or (
        index is not None and _resolve(who, index, fuzzy=True) in index.people
    )
    if verb == "drape" and not person:  # "drape the blanket over the dog"
        return _Frame(Intent.USE, who, thing)
    return _Frame(Intent.GIVE if person else Intent.USE, thing, who)


def _give(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb in _WRAP:
        return _wrap(verb, rest, index)
    words = rest[1:] if rest[:1] == ["over"] else rest
    before, _, after = _split_at(words, ("to",))
    if after is not None:
        return _Frame(Intent.GIVE, _noun_phrase(before), _noun_phrase(after))
    recipient, thing = _double_object(words, index)
    if recipient is None and verb == "feed":
        return _Frame(Intent.GIVE, None, _noun_phrase(thing))
    return _Frame(Intent.GIVE, _noun_phrase(thing), _noun_phrase(recipient) if recipient else None)


def _double_object(words: list[str], index: _Index | None) -> tuple[list[str] | None, list[str]]:
    """Split "give Y X" into (Y, X); (None, words) when no split is found."""
    if len(words) < 2:
        return None, words
    if words[0] in PRONOUNS and words[0] not in ("this", "that", "these", "those"):
        return words[:1], words[1:]
    for i in range(1, len(words)):
        if words[i] in DETERMINERS and words[i - 1] not in DETERMINERS:
            return words[:i], words[i:]
    if index is not None:
        for i in range(1, len(words)):
            first, second = _noun_phrase(words[:i]), _noun_phrase(words[i:])
            if first in index.exact and second in index.exact:
                return words[:i], words[i:]
    return None, words


def _inventory(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    return _Frame(Intent.INVENTORY)


def _help(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb == "help" and rest and rest[0] not in HELP_SELF and rest[0] != "with":
        for i in range(1, min(len(rest), 4)):  # "help them mend it": mend it
            if rest[i] in VERBS or (index is not None and rest[i] in index.verbs):
                return _verb_frame(rest[i:], index)
        return _act(Intent.ASSIST, rest, index)  # "help pip (with a heavy thought)"
    words = rest[1:] if rest[:1] and rest[0] in HELP_SELF else rest
    target = _noun_phrase(words[1:] if words[:1] == ["with"] else words)
    return _Frame(Intent.HELP, target)


def _act(intent: str, rest: list[str], index: _Index | None) -> _Frame:
    """An everyday verb: "knock (on) the door", "light the lamp with a match"."""
    words = list(rest)
    while len(words) > 1 and words[0] in ACT_LEADS:
        words = words[1:]
    if words in (["up"], ["down"], ["on"], ["around"], ["about"], ["here"]):
        words = []
    return _with_obj(intent, words, ACT_PREPS)


def _acting(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb == "turn" and rest[-1:] in (["on"], ["off"]):
        return _use(verb, rest, index)  # "turn the lamp on"
    return _act(VERBS[verb], rest, index)


def _climb(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    """ "climb", "climb up/down (the ladder)": a way up or down; "climb the stairs": climb."""
    if not rest or _direction_at(rest):
        return _go("climb", rest, index)
    return _act(Intent.CLIMB, rest, index)


def _write(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    """ "write on the slate (with chalk)": slate, chalk; "write hope on the slate": slate, hope."""
    if verb == "write":
        said, _, on = _split_at(rest, ("on", "in", "onto", "into"))
        if on is not None and said:
            return _Frame(Intent.WRITE, _noun_phrase(on), _noun_phrase(said))
    return _with_obj(Intent.WRITE, rest, ("with", "using"))


def _show(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    frame = _give(verb, rest, index)
    return _Frame(Intent.SHOW, frame.target, frame.obj)


def _address(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    """ "thank rue (for the tea)", "apologise to pip": who, then what for."""
    words = rest[1:] if rest[:1] == ["to"] else rest
    return _with_obj(VERBS[verb], words, ("for", "about"))


def _wait(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = list(rest)
    while words and words[0] in WAIT_LEADS:
        words = words[1:]
    target = _noun_phrase(words)
    return _Frame(Intent.WAIT, None if target is None or target in DURATIONS else target)


_HANDLERS: dict[Intent, _Handler] = {
    Intent.GO: _go,
    Intent.LOOK: _look,
    Intent.EXAMINE: _examine,
    Intent.TAKE: _take,
    Intent.DROP: _drop,
    Intent.USE: _use,
    Intent.OPEN: _open,
    Intent.TALK: _talk,
    Intent.GIVE: _give,
    Intent.INVENTORY: _inventory,
    Intent.HELP: _help,
    Intent.WAIT: _wait,
    **{act: _acting for act in ACTS},
    Intent.CLIMB: _climb,
    Intent.WRITE: _write,
    Intent.SHOW: _show,
    Intent.THANK: _address,
    Intent.APOLOGISE: _address,
}


def _leading_verb(words: list[str], table: Mapping[str, str], longest: int) -> tuple[str, int]:
    """The longest verb phrase of ``table`` the words start with, and its length in words."""
    for n in range(min(longest, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in table:
            return phrase, n
    return "", 0


def _frame(norm: str, index: _Index | None) -> _Frame | None:
    """What one normalised clause means; None when it is only filler."""
    core = strip_filler(norm)
    if index is not None and core in index.verbs:  # a world's whole phrase ("look around")
        return _Frame(index.verbs[core])
    if norm in PHRASES:
        return _Frame(PHRASES[norm])
    if core in PHRASES:
        return _Frame(PHRASES[core])
    if norm in ANSWERS:
        return _said(norm, core, index)
    if not core or core in FILLER_ALONE:
        return None
    if core in BREATH_PHRASES:
        breathe = index.verbs.get("breathe") if index else None
        return _Frame(breathe or Intent.WAIT)
    words = core.split(" ")
    if len(words) == 1 and words[0] in DIRECTION_WORDS:
        return _Frame(Intent.GO, DIRECTION_WORDS[words[0]])
    said = _said(norm, core, index)
    if said is not None:
        return said
    if NEGATION_RE.match(core):
        return _UNKNOWN
    return _verb_frame(words, index)


def _said(norm: str, core: str, index: _Index | None) -> _Frame | None:
    """Words said to someone present: a question ("where did she go"), an answer ("no"), or a
    remark ("it's not your fault"). Talk, with the words as ``obj`` and the person addressed
    as ``target`` (see ``_addressee``); None when no one is here (with a scope) or the words
    are a command. A question about something here with no one else to ask ("who is
    footnote?" with only the cat here), or about something here when no one is, is a look at
    it (``examine``); another question with no one here is ``talk`` to no one."""
    first = norm.split(" ", 1)[0]
    looked = _looked_at(norm, index) if first in QUESTION_WORDS else None
    if looked is not None:
        return _Frame(Intent.EXAMINE, looked)
    if index is not None and not any(e for _, e in index.names if e in index.people):
        if first in QUESTION_WORDS and first not in _STATEMENT_STARTS:
            return _Frame(Intent.TALK, None, norm, said=True)  # "who is bastian?" alone
        return None
    if core in SORRY or norm in SORRY:
        return _Frame(Intent.APOLOGISE, _addressee(index), said=True)
    if not (norm in ANSWERS or first in QUESTION_WORDS or first in SAID_STARTS):
        return None
    command = NEGATION_RE.sub("", core).split(" ")  # "don't go north" is not said to anyone
    if (
        first not in QUESTION_WORDS
        and norm not in ANSWERS
        and _leading_verb(command, VERBS, MAX_VERB_WORDS)[0] not in ("", "say")
    ):
        return None  # "well, take the key": a command after all
    return _Frame(Intent.TALK, _addressee(index, norm), norm, said=True)


#: Question words that also start statements and commands ("do", "have"): a clause starting
#: with one is not a question to no one.
_STATEMENT_STARTS = frozenset({"do", "have", "had", "am", "is", "are", "was", "were", "has"})
#: "who is X", "what was X", "what's X": a question about what X is.
_WHAT_IS = re.compile(r"^(?:who|what)(?:'s|s)?(?: (?:is|was|are|were))? (?P<np>.+)$")


def _looked_at(norm: str, index: _Index | None) -> str | None:
    """The thing a "who/what is X" question is about, when looking at it is the answer: it is
    here, and no one but it (or only an animal) is here to ask."""
    found = _WHAT_IS.match(norm)
    if index is None or found is None:
        return None
    np = _noun_phrase(found.group("np").split(" "))
    entry = index.exact.get(np) if np is not None else None  # "what's wrong pip" is not pip
    if np is None or entry is None:
        return None
    askable = {e for _, e in index.names if e in index.people and e not in index.animals}
    return np if not askable - {entry} else None


_SAID_TO_SOMEONE = frozenset({Intent.HELP, Intent.TALK, Intent.UNKNOWN, Intent.ASSIST})
_CALLS = ("come on ", "hey ", "oi ", "ok ", "okay ", "please ", "hi ", "hello ", "dear ", "oh ")


def _vocative(raw: str, index: _Index | None) -> str | None:
    """The person a clause only calls by name ("maren", "come on skipper", "hey pip"), when
    they are here; None otherwise."""
    if index is None:
        return None
    norm = normalise(raw)
    for call in _CALLS:
        norm = norm.removeprefix(call)
    found = index.exact.get(norm)
    return norm if found is not None and found in index.people else None


def _addressee(index: _Index | None, norm: str = "") -> str | None:
    """Who words said to no one in particular go to: a person here the words start with
    ("maren can you help me"), else the first of ``addressees``, else the latest person
    mentioned who is here, else the first here."""
    if index is None:
        return None
    here = [e for _, e in index.names if e in index.people]
    first = norm.split(" ", 1)[0]
    named = next((e for n, e in index.names if e in here and first and n == first), None)
    spoken = next((i for i in index.addressees if i in here), None)
    who = named or spoken
    who = who or next((i for i in index.last_mentioned if i in here), here[0] if here else None)
    return index.primary.get(who) if who else None


def _verb_frame(words: list[str], index: _Index | None) -> _Frame:
    builtin, n = _leading_verb(words, VERBS, MAX_VERB_WORDS)
    if index is not None and index.verbs:
        # A world verb wins unless a longer built-in phrase matches ("turn on" over "turn") or
        # the world gives the word its built-in meaning ({"look": "look"}).
        world, m = _leading_verb(words, index.verbs, index.verb_words)
        if world and m >= n and VERBS.get(world) != index.verbs[world]:
            rest = words[m:]
            while len(rest) > 1 and rest[0] in ACT_LEADS:  # "reply to the page"
                rest = rest[1:]
            return _with_obj(index.verbs[world], rest, OBJ_PREPS["world"])
    if not builtin:
        return _UNKNOWN
    frame = _HANDLERS[VERBS[builtin]](builtin, words[n:], index)
    if index is not None and frame.intent in ACTS and frame.intent not in index.verbs:
        # "pet the cat" where the world wrote "stroke": the world's word for the same act
        own = next((v for v in index.verbs.values() if VERBS.get(v) == frame.intent), None)
        if own is not None:
            return frame._replace(intent=own)
    return frame


# --------------------------------------------------------------------------------------------
# Pronouns and resolution
# --------------------------------------------------------------------------------------------

_NO_RESOLVE = frozenset({Intent.INVENTORY, Intent.HELP, Intent.UNKNOWN})


@dataclass
class _Context:
    """What one ``parse`` call has seen so far, for pronouns."""

    index: _Index | None
    thing: tuple[str | None, str | None] | None = None
    person: tuple[str | None, str | None] | None = None


def _antecedent(pronoun: str, ctx: _Context) -> tuple[str | None, str | None] | None:
    found = ctx.person if pronoun in PERSON_PRONOUNS else ctx.thing
    if found is not None:
        return found
    index = ctx.index
    if index is not None and index.last_mentioned:
        person = pronoun in PERSON_PRONOUNS
        fits = [i for i in index.last_mentioned if (i in index.people) == person]
        here = [e for _, e in index.names if e in index.people]
        if person and not fits and here:
            fits = here[:1]  # "give it to her" with only the book mentioned: the one here
        entry_id = (fits or index.last_mentioned)[0]
        return index.primary.get(entry_id, pronoun), entry_id
    return None


def _resolve_slot(
    phrase: str | None, ctx: _Context, *, fuzzy: bool
) -> tuple[str | None, str | None]:
    if phrase in PRONOUNS:
        found = _antecedent(phrase, ctx)
        if found is not None:
            return found
    return phrase, _resolve(phrase, ctx.index, fuzzy=fuzzy)


def _resolve_frame(frame: _Frame, raw: str, ctx: _Context) -> ParsedIntent:
    intent, target, obj, said = frame
    directional = intent in (Intent.GO, Intent.LOOK) and target in DIRECTIONS
    if intent in _NO_RESOLVE or directional:
        return ParsedIntent(intent, target, obj, raw=raw)
    fuzzy = intent != Intent.GO
    if intent == Intent.TALK and target is None:  # said to whoever is being addressed
        target = _addressee(ctx.index, normalise(raw))
    obj_text, obj_id = _resolve_slot(obj, ctx, fuzzy=fuzzy and intent != Intent.TALK)
    target_text, target_id = _resolve_slot(target, ctx, fuzzy=fuzzy)
    choices = _choices(target_text, target, raw, ctx.index) if target_id is not None else ()
    if choices and target_id not in choices:
        choices = ()
    if len(choices) == 1:
        target_id, choices = choices[0], ()
    resolved = ParsedIntent(intent, target_text, obj_text, target_id, obj_id, raw, choices, said)
    _remember(resolved, ctx)
    return resolved


_MINE = frozenset({"my", "mine", "own", "your"})


def _choices(
    text: str | None, typed: str | None, raw: str, index: _Index | None
) -> tuple[str, ...]:
    """The ids a target could equally mean ("book": your book and Fenn's book), narrowed by a
    "my"/"own" in the clause to the entry with such a name; () when it is not ambiguous."""
    if index is None or text is None or typed in PRONOUNS:
        return ()
    key = SPACE_RE.sub(" ", POSSESSIVE_RE.sub("", text)).strip()
    ids = index.shared.get(key, ())
    if len(ids) < 2:
        return ()
    if _MINE & set(normalise(raw).split()):
        mine = tuple(i for i in ids if i in index.mine)
        return mine or ids
    return ids


def _remember(intent: ParsedIntent, ctx: _Context) -> None:
    if intent.intent == Intent.TALK:
        if intent.target:
            ctx.person = (intent.target, intent.target_id)
        return
    if intent.intent == Intent.GIVE and intent.obj:
        ctx.person = (intent.obj, intent.obj_id)
    if intent.target and intent.intent != Intent.GO:
        ctx.thing = (intent.target, intent.target_id)


# --------------------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------------------


def parse(text: str, scope: Scope | None = None) -> list[ParsedIntent]:
    """The intents of one player input, in order. Blank input gives ``[]``; never raises."""
    try:
        return _parse(text, scope)
    except Exception:  # a last guard: a parser bug must not end the player's turn
        raw = text.strip()[:MAX_CHARS] if isinstance(text, str) else ""
        return [ParsedIntent(Intent.UNKNOWN, None, raw=raw)] if raw else []


def _parse(text: str, scope: Scope | None) -> list[ParsedIntent]:
    if not isinstance(text, str):
        return []
    clean = sanitise(text)
    if not clean:
        return []
    if ONLY_QUESTION_RE.match(clean):
        return [ParsedIntent(Intent.HELP, None, raw=clean)]
    index = _index_of(scope) if scope is not None else None
    world_first = frozenset(v.split()[0] for v in index.verbs) if index else frozenset()
    ctx = _Context(index)
    intents: list[ParsedIntent] = []
    raws = clauses(clean, world_first)
    person = _vocative(raws[0], index) if len(raws) > 1 else None
    if person is not None:  # "maren, can you help me ...": said to her, not a hint request
        rest = [f for f in (_frame(normalise(r), index) for r in raws[1:]) if f is not None]
        if not rest or rest[0].said or rest[0].intent in _SAID_TO_SOMEONE:
            words = normalise(" ".join(raws[1:]))
            return [_resolve_frame(_Frame(Intent.TALK, person, words, said=True), clean, ctx)]
        intents.append(_resolve_frame(_Frame(Intent.TALK, person), raws[0], ctx))
        raws = raws[1:]  # "come on skipper, let's go": a word to him, then the command
    for raw in raws:
        frame = _frame(normalise(raw), index)
        if frame is not None:
            intents.append(_resolve_frame(frame, raw, ctx))
    return intents or [ParsedIntent(Intent.UNKNOWN, None, raw=clean)]
