"""The IPA intent parser: what the player typed -> a list of intents, in order.

``parse(text)`` works without a world (``tta-admin parse``); ``parse(text, scope)`` also resolves
nouns against what is in scope, fixes typos in them, and knows the world's own verbs. Only the
standard library is used; rules and word lists are data tables near the top of this module.

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
* **Verbs and synonyms** (``_SYNONYMS``), the first one to four words of the clause, longest
  first. Each canonical intent has a small grammar (``_HANDLERS``) that finds the target and the
  second object, the latter after a preposition from ``_OBJ_PREPS`` ("use key on gate", "unlock
  gate with key", "give bread to gull", "ask keeper about light", "take key from box").
* **Directions**: the twelve of ``DIRECTIONS``, abbreviations (n s e w ne nw se sw u d), and
  "upstairs", "inside", "outside", "into", ... alone or after a movement verb.
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
  phrases up to 40 characters). Talk topics and ``go``
  place names are never typo-matched; a one-word ``go`` target is typo-matched against
  ``scope.exits`` ("go nrth" -> "north"). Without a scope nothing is corrected.
* **World verbs** (``scope.verbs``, one to three words): when the clause starts with one, the
  intent is the verb's mapping ("light the lamp" -> light, "ring the bell" -> use) unless the
  mapping equals the built-in meaning of the same word, in which case the built-in grammar runs.
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
  "exit" and "enter" always mean out/in; "climb", "ascend" mean up and "descend" down unless a
  direction follows ("climb down the ladder" -> down).
* "get" + direction ("get up", "get out of here") is ``go``; otherwise ``take``.
* "look" alone or "look around" is ``look``; "look north" is ``look`` with the direction; "look
  at/in/under/behind/... X" and "look X" are ``examine`` X.
* "read" is ``examine`` unless the world defines "read". "check bag" is ``inventory``.
* "talk/speak/chat to/with X about Y", "ask X about/for Y", "tell X about Y": talk, target X,
  obj the topic Y (target None for "ask about Y"). "hello/hi/greet X", "say hello to X" and "say
  X to Y" (obj X, the words) are talk too. "thanks"/"thank you" alone are talk with no target.
* "give Y X" (no "to") splits where a second determiner starts ("give the gull the bread") or
  after a leading pronoun ("give her the bread"), or, with a scope, where both halves are exact
  names ("give gull bread"). Otherwise the whole phrase is the thing given. "feed Y" is give with
  obj Y and no target; "feed Y X" / "feed X to Y" as for give.
* "wait a while/for a moment/quietly", "sit down for a bit" have no target; "wait for the
  boat" has target "boat".
* "throw/toss X to Y" is ``give``; "move the X" (a determiner follows) is ``use`` X, "move
  north" / "move to X" are ``go``.
* Manner adverbs ("slowly", "closely", "carefully", ... in ``_ADVERBS``) are dropped at the end
  of any noun phrase of two or more words and before a ``go`` destination: "examine the gull
  closely" -> "gull", "walk slowly to the harbour" -> "harbour". A one-word phrase stays
  ("breathe slowly" -> target "slowly").
* "take a (deep) breath" is the world's "breathe" verb when it has one, else ``wait``.
* A clause starting with a negation ("don't", "do not", "never") is ``unknown``.
* "push/pull/press/turn/operate/activate/switch on/turn on X" are ``use`` X.
* Input that is blank gives ``[]``; input with content but no clause that means anything (only
  filler, only punctuation or emoji) gives one ``unknown`` intent.

What it does not handle
=======================

Nested or relative clauses ("take the key that is on the table" keeps "key that is on the
table" as the target); lists of objects ("take the key and the lamp" has the one target "key and
the lamp", which resolves to the key, the name in its head); "all"/"everything" as a list;
questions other than the fixed phrases ("could you tell me what I'm holding" is talk); verbs in
other forms ("taking", "took"); typos in verbs (only names and exits are corrected, and only
with a scope); verbs such as "close", "eat" or "smell" unless the world defines them; languages
other than English. ``suggestions`` tells people from things by a heuristic (a capitalised
alias, or a last word such as "keeper" or "woman").
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

CANONICAL_INTENTS = (
    "go",
    "look",
    "examine",
    "take",
    "drop",
    "use",
    "open",
    "talk",
    "give",
    "inventory",
    "help",
    "wait",
)
DIRECTIONS = (
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "up",
    "down",
    "in",
    "out",
)

#: Characters of input read; the rest is ignored.
MAX_CHARS = 2000
#: Clauses (so intents) read from one input.
MAX_INTENTS = 16
#: Lowest ``difflib`` ratio for a typo to match a name in scope.
FUZZY_CUTOFF = 0.78
#: Lowest ratio for a one-word ``go`` target to match an exit ("nrth" -> "north").
EXIT_CUTOFF = 0.8
_FUZZY_MAX_LEN = 40
_LOOKAHEAD = 80  # characters after "and"/"," read to decide whether an action starts there
_MAX_SOFT_SPLITS = 64

# --------------------------------------------------------------------------------------------
# Word tables
# --------------------------------------------------------------------------------------------

_DIRECTION_WORDS: dict[str, str] = {
    **{d: d for d in DIRECTIONS},
    "n": "north",
    "s": "south",
    "e": "east",
    "w": "west",
    "ne": "northeast",
    "nw": "northwest",
    "se": "southeast",
    "sw": "southwest",
    "u": "up",
    "d": "down",
    "upstairs": "up",
    "upward": "up",
    "upwards": "up",
    "uphill": "up",
    "downstairs": "down",
    "downward": "down",
    "downwards": "down",
    "downhill": "down",
    "inside": "in",
    "into": "in",
    "indoors": "in",
    "outside": "out",
    "outdoors": "out",
    "northward": "north",
    "southward": "south",
    "eastward": "east",
    "westward": "west",
}

#: Canonical intent -> the verb phrases that mean it (one to four words).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "go": (
        "go",
        "walk",
        "run",
        "head",
        "move",
        "travel",
        "proceed",
        "wander",
        "stroll",
        "jog",
        "hike",
        "step",
        "crawl",
        "climb",
        "ascend",
        "descend",
        "enter",
        "exit",
        "cross",
    ),
    "look": ("look", "l", "see", "describe", "view", "watch", "take a look", "have a look"),
    "examine": (
        "examine",
        "x",
        "ex",
        "inspect",
        "look at",
        "check",
        "check out",
        "read",
        "study",
        "search",
        "investigate",
        "observe",
        "peer at",
        "scrutinise",
        "scrutinize",
        "take a look at",
        "have a look at",
        "look closely at",
        "look closer at",
    ),
    "take": (
        "take",
        "grab",
        "pick up",
        "pick",
        "get",
        "collect",
        "snatch",
        "take hold of",
        "grab hold of",
        "pocket",
        "fetch",
        "lift",
        "acquire",
        "obtain",
        "hold",
    ),
    "drop": (
        "drop",
        "put down",
        "put",
        "place",
        "discard",
        "leave",
        "set down",
        "set",
        "throw away",
        "throw",
        "toss",
        "dump",
    ),
    "use": (
        "use",
        "apply",
        "try",
        "insert",
        "combine",
        "operate",
        "activate",
        "push",
        "pull",
        "press",
        "turn",
        "turn on",
        "turn off",
        "switch on",
        "switch off",
        "make use of",
    ),
    "open": ("open", "unlock", "pry open", "force open"),
    "talk": (
        "talk",
        "speak",
        "chat",
        "converse",
        "ask",
        "tell",
        "greet",
        "hello",
        "hi",
        "hey",
        "say",
        "say hello to",
        "say hi to",
        "say goodbye to",
        "wave",
    ),
    "give": ("give", "hand", "offer", "feed", "pass"),
    "inventory": ("inventory", "inv"),
    "help": ("help", "hint", "hints", "commands"),
    "wait": ("wait", "z", "rest", "pause", "sit", "stay", "linger", "relax", "idle"),
}

#: Whole clauses (after filler is removed) -> intent with no target.
_PHRASES: dict[str, str] = {
    **dict.fromkeys(
        (
            "look around",
            "look about",
            "look round",
            "look here",
            "where am i",
            "where am i now",
            "where is this",
            "what is here",
            "what's here",
            "what's around",
            "what do i see",
            "what can i see",
            "take a look around",
            "have a look around",
        ),
        "look",
    ),
    **dict.fromkeys(
        (
            "i",
            "what am i carrying",
            "what am i holding",
            "what do i have",
            "what have i got",
            "what do i carry",
            "what's in my bag",
            "what is in my bag",
            "my stuff",
            "my items",
            "items",
            "show inventory",
            "show my inventory",
            *(
                f"{verb} {det}{bag}"
                for verb in ("check", "look in", "search")
                for det in ("", "my ", "the ")
                for bag in ("bag", "inventory", "pockets", "backpack", "pack")
            ),
        ),
        "inventory",
    ),
    **dict.fromkeys(
        (
            "?",
            "help me",
            "what can i do",
            "what can i do here",
            "what do i do",
            "what do i do now",
            "what should i do",
            "what now",
            "now what",
            "give me a hint",
            "give me a clue",
            "i'm stuck",
            "i am stuck",
            "im stuck",
            "stuck",
            "how do i play",
        ),
        "help",
    ),
    **dict.fromkeys(
        (
            "sit quietly",
            "sit still",
            "sit down",
            "be still",
            "do nothing",
            "stay here",
            "take a break",
            "take a rest",
            "take a moment",
            "take a breather",
        ),
        "wait",
    ),
    **dict.fromkeys(("thanks", "thank you", "goodbye", "bye"), "talk"),
}

_BREATH_PHRASES = frozenset({"take a breath", "take a deep breath", "take deep breaths"})

#: Said at the start of a clause without changing its meaning (removed repeatedly).
_FILLER_PREFIXES = (
    "i would like to",
    "i'd like to",
    "id like to",
    "i would love to",
    "i'd love to",
    "i think i'll",
    "i think i will",
    "i guess i'll",
    "i want to",
    "i wanna",
    "i wish to",
    "i need to",
    "i have to",
    "i must",
    "i should",
    "i shall",
    "i will",
    "i'll",
    "i'm going to",
    "im going to",
    "i am going to",
    "i'm gonna",
    "im gonna",
    "i try to",
    "i can",
    "i could",
    "i'd",
    "i",
    "we",
    "let me",
    "let's",
    "lets",
    "let us",
    "can i",
    "could i",
    "may i",
    "might i",
    "can we",
    "could we",
    "can you",
    "could you",
    "would you",
    "will you",
    "please",
    "pls",
    "plz",
    "kindly",
    "try to",
    "attempt to",
    "maybe",
    "perhaps",
    "just",
    "now",
    "then",
    "ok",
    "okay",
    "alright",
    "well",
    "so",
    "um",
    "uh",
    "hmm",
    "erm",
    "oh",
    "and",
    "also",
    "first",
    "next",
    "finally",
    "quickly",
    "carefully",
    "gently",
    "slowly",
)
_FILLER_SUFFIXES = ("please", "pls", "now", "right now", "thanks", "thank you", "for me")
#: Filler that makes up a whole clause: nothing to do.
_FILLER_ALONE = frozenset(
    {"please", "pls", "ok", "okay", "alright", "well", "so", "um", "uh", "hmm", "erm", "oh"}
    | {"and", "then", "now", "maybe", "perhaps", "just", "also", "yes", "no"}
)
_NEGATIONS = ("don't", "dont", "do not", "never", "not", "won't", "wont", "stop")

_DETERMINERS = frozenset(
    {"the", "a", "an", "some", "my", "your", "this", "that", "these", "those"}
    | {"his", "her", "its", "our", "their", "any", "all"}
)
PRONOUNS = frozenset({"it", "them", "they", "this", "that", "these", "those", "him", "her"})
"""Words that stand for something mentioned before (resolved from ``Scope.last_mentioned``)."""
_PRONOUNS = PRONOUNS
#: Determiners that stand for something when alone ("take that", "take all").
_BARE_KEEP = _PRONOUNS | {"all"}
_PERSON_PRONOUNS = frozenset({"him", "her"})
_GREETINGS = frozenset({"hello", "hi", "hey", "goodbye", "bye", "good morning", "good night"})

#: Canonical intent -> prepositions that start the second object ("use key ON gate").
_OBJ_PREPS: dict[str, tuple[str, ...]] = {
    "use": ("on", "with", "in", "into", "onto", "inside", "to", "at", "against", "under", "upon"),
    "open": ("with", "using"),
    "take": ("from", "out of", "off of", "off"),
    "drop": ("in", "into", "on", "onto", "inside", "under", "at", "beside", "near", "by"),
    "examine": ("with", "using", "through"),
    "give": ("to",),
    "talk": ("about", "regarding", "concerning"),
    "world": ("on", "with", "to", "at", "using", "in", "into", "onto", "for"),
}
_ASK_PREPS = (*_OBJ_PREPS["talk"], "for")

_LOOK_AROUND = frozenset({"around", "about", "round", "here"})
#: Words between "look" and what is looked at ("look closely at", "look out of").
_LOOK_LEADS = frozenset(
    {"at", "in", "inside", "into", "under", "underneath", "beneath", "behind", "through"}
    | {"for", "on", "over", "closely", "closer", "carefully", "up", "down", "out", "of"}
    | {"across", "toward", "towards", "near", "beside"}
)
_EXAMINE_LEADS = frozenset({"at", "for", "in", "inside", "into", "under", "behind", "on"})
_GO_LEADS = frozenset({"to", "towards", "toward", "over", "along", "through", "across", "on"})
#: Movement verbs that imply a direction when none is given.
_DEFAULT_DIRECTION = {
    "enter": "in",
    "exit": "out",
    "climb": "up",
    "ascend": "up",
    "descend": "down",
}
_FORCED_DIRECTION = frozenset({"enter", "exit", "ascend", "descend"})
_PLACE_WORDS = frozenset({"here", "room", "building", "area", "place", "house", "there"})
_DURATIONS = frozenset(
    {"moment", "while", "bit", "minute", "second", "little", "little while", "few minutes"}
    | {"quietly", "here", "patiently", "silently", "calmly", "still", "now", "down", "longer"}
)
#: Manner words dropped before a movement's destination and after any noun phrase.
_ADVERBS = frozenset(
    {"slowly", "quickly", "carefully", "closely", "gently", "quietly", "calmly", "again"}
    | {"thoroughly", "properly", "briefly", "cautiously", "softly", "back"}
)
#: Words that end the head of a noun phrase ("key | on the table").
_HEAD_ENDS = frozenset(
    {"on", "in", "of", "from", "with", "under", "near", "by", "at", "inside", "behind", "that"}
    | {"which", "and", "beside", "to", "for", "off"}
)
_GO_ADVERBS = _ADVERBS - {"back"}  # "go back" is a destination
_WAIT_LEADS = frozenset({"down", "for", "until", "here", "still", "quietly", "a", "an"})
_SPEAK_LEADS = frozenset({"to", "with", "at"})
#: Words that make a scope entry a person, for ``suggestions``.
_PERSON_WORDS = frozenset(
    {"keeper", "woman", "man", "girl", "boy", "child", "fisher", "fisherman", "sailor", "guard"}
    | {"stranger", "friend", "mother", "father", "lady", "captain", "priest", "healer", "ghost"}
    | {"merchant", "innkeeper", "spirit", "wizard", "witch", "king", "queen", "grandmother"}
    | {"grandfather", "teacher", "doctor", "nurse", "elder", "traveller", "traveler"}
)

_VERBS: dict[str, str] = {
    phrase: intent for intent, phrases in _SYNONYMS.items() for phrase in phrases
}
_MAX_VERB_WORDS = max(len(p.split()) for p in _VERBS)
#: First words that start an action, for splitting at "and" / ",".
_STARTERS = frozenset({p.split()[0] for p in _VERBS} | set(_DIRECTION_WORDS))


def _phrase_starts() -> dict[str, tuple[str, ...]]:
    """First word -> the phrases it starts; courtesy ("thank you") is not an action."""
    starts: dict[str, tuple[str, ...]] = {}
    for phrase, intent in _PHRASES.items():
        if phrase != "?" and intent != "talk":
            first = phrase.split()[0]
            starts[first] = (*starts.get(first, ()), phrase)
    return starts


#: First word -> whole phrases that start an action only when complete ("where am i").
_PHRASE_STARTS = _phrase_starts()

# --------------------------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NEWLINE_RE = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
_SPACE_RE = re.compile(r"\s+")
_ONLY_QUESTION_RE = re.compile(r"^[\s?]*\?[\s?]*$")
_HARD_SPLIT_RE = re.compile(r"\s*(?:;|[.!?]+(?=\s|$)|\band then\b|\bthen\b)\s*", re.IGNORECASE)
_SOFT_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_QUOTE_RE = re.compile(r"[’‘`´ʼ]")
_NON_WORD_RE = re.compile(r"[^\w\s']+")
_LOOSE_APOSTROPHE_RE = re.compile(r"(?<!\w)'|'(?!\w)")
_COMPASS_RE = re.compile(r"\b(north|south) (east|west)\b")
_FILLER_PREFIX_RE = re.compile(rf"^(?:(?:{_alternation(_FILLER_PREFIXES)}) )+")
_FILLER_SUFFIX_RE = re.compile(rf"(?: (?:{_alternation(_FILLER_SUFFIXES)}))+$")
_NEGATION_RE = re.compile(rf"^(?:{_alternation(_NEGATIONS)})(?: |$)")
_POSSESSIVE_RE = re.compile(r"'s\b|'")

# --------------------------------------------------------------------------------------------
# Public types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Intent:
    """One thing the player wants to do.

    ``intent`` is one of ``CANONICAL_INTENTS``, a world verb (or what the world maps it to), or
    ``"unknown"``. ``target``/``obj`` follow the target rule of the module docstring; ``obj`` is
    the second object (the gate in "use key on gate", the gull in "give bread to gull", the
    topic in "ask keeper about light"). ``target_id``/``obj_id`` are set when they resolve
    against a scope. ``raw`` is the clause as typed (spaces collapsed, separators removed).
    """

    intent: str
    target: str | None
    obj: str | None = None
    target_id: str | None = None
    obj_id: str | None = None
    raw: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "intent": self.intent,
            "target": self.target,
            "obj": self.obj,
            "target_id": self.target_id,
            "obj_id": self.obj_id,
            "raw": self.raw,
        }


@dataclass(frozen=True)
class ScopeEntry:
    """Something the player can refer to: its id and its names (the name first, then aliases)."""

    id: str
    names: tuple[str, ...]


@dataclass
class Scope:
    """What is in reach: entries, exits (canonical directions), world verbs and recent ids.

    ``verbs`` maps a world verb to a canonical intent or to itself (``{"ring": "use",
    "light": "light"}``). ``last_mentioned`` holds ids, most recent first, for "it"/"them".
    """

    entries: list[ScopeEntry] = field(default_factory=list)
    exits: list[str] = field(default_factory=list)
    verbs: dict[str, str] = field(default_factory=dict)
    last_mentioned: list[str] = field(default_factory=list)
    people: frozenset[str] = frozenset()
    """Ids of the entries that are people: "him"/"her" from ``last_mentioned`` pick the most
    recent of these, "it"/"them" the most recent other entry."""


# --------------------------------------------------------------------------------------------
# Scope index and resolution
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _match_key(phrase: str) -> str:
    """A name or noun phrase as compared: normalised, no determiners, no possessive marks."""
    words = _normalise(phrase).split()
    np = _noun_phrase(words) or ""
    return _SPACE_RE.sub(" ", _POSSESSIVE_RE.sub("", np)).strip()


@functools.lru_cache(maxsize=1024)
def _verb_key(verb: str) -> str:
    """A world verb as compared: normalised only (a verb keeps its adverbs and articles)."""
    return _normalise(verb)


@dataclass
class _Index:
    """A scope prepared for one ``parse`` call."""

    exact: dict[str, str]  # name -> id; names[0] of every entry is added before any alias
    names: list[tuple[str, str]]  # (name, id) in scope order
    primary: dict[str, str]  # id -> display name (names[0], lower case)
    exits: list[str]
    verbs: dict[str, str]  # world verb (normalised) -> intent
    verb_words: int  # longest world verb, in words
    last_mentioned: list[str]
    people: frozenset[str]


def _build_index(scope: Scope) -> _Index:
    exact: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    primary: dict[str, str] = {}
    for entry in scope.entries:
        keys = [k for k in (_match_key(n) for n in entry.names if isinstance(n, str)) if k]
        if not keys:
            continue
        primary.setdefault(entry.id, keys[0])
        exact.setdefault(keys[0], entry.id)
        names.extend((k, entry.id) for k in keys)
    for key, entry_id in names:
        exact.setdefault(key, entry_id)
    verbs = {
        _verb_key(k): str(v).strip().lower()
        for k, v in scope.verbs.items()
        if isinstance(k, str) and _verb_key(k) and str(v).strip()
    }
    return _Index(
        exact=exact,
        names=names,
        primary=primary,
        exits=_exits(scope),
        verbs=verbs,
        verb_words=max((len(v.split()) for v in verbs), default=0),
        last_mentioned=[str(i) for i in scope.last_mentioned],
        people=frozenset(scope.people),
    )


def _exits(scope: Scope) -> list[str]:
    """The scope's exits as canonical directions ("North-East" -> "northeast")."""
    found = (_DIRECTION_WORDS.get(_match_key(x)) for x in scope.exits if isinstance(x, str))
    return [d for d in found if d]


def _resolve(phrase: str | None, index: _Index | None, *, fuzzy: bool) -> str | None:
    """The id a noun phrase names in scope, or None."""
    if phrase is None or index is None:
        return None
    key = _SPACE_RE.sub(" ", _POSSESSIVE_RE.sub("", phrase)).strip()
    if not key:
        return None
    found = index.exact.get(key)
    if found is None:
        found = _contained_name(key, index) or _containing_name(key, index)
    if found is None and fuzzy and len(key) <= _FUZZY_MAX_LEN:
        close = difflib.get_close_matches(key, list(index.exact), n=1, cutoff=FUZZY_CUTOFF)
        found = index.exact[close[0]] if close else None
    return found


def _contained_name(key: str, index: _Index) -> str | None:
    """The entry named in the phrase as whole words, looking first at its head.

    The head is the part before the first preposition ("key" in "key on the table"); in it
    the name ending furthest right wins ("keeper lamp" -> lamp), then the longest.
    """
    words = key.split(" ")
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
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
# Normalising and splitting
# --------------------------------------------------------------------------------------------


def _sanitise(text: str) -> str:
    """Control characters out, new lines as clause breaks, spaces collapsed."""
    text = _NEWLINE_RE.sub(" ; ", text[:MAX_CHARS])
    text = _CONTROL_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text).strip(" ;")


def _normalise(text: str) -> str:
    """Lower case, punctuation out, apostrophes kept inside words, "north east" joined."""
    text = _QUOTE_RE.sub("'", text.lower())
    text = _NON_WORD_RE.sub(" ", text)
    text = _LOOSE_APOSTROPHE_RE.sub(" ", text)
    text = _SPACE_RE.sub(" ", text).strip()
    return _COMPASS_RE.sub(r"\1\2", text)


def _strip_filler(norm: str) -> str:
    """Politeness and filler off both ends of a normalised clause."""
    for _ in range(4):
        stripped = _FILLER_SUFFIX_RE.sub("", _FILLER_PREFIX_RE.sub("", norm))
        if stripped == norm:
            break
        norm = stripped
    return norm


def _clauses(text: str, world_first: frozenset[str]) -> list[str]:
    """The clauses of sanitised text, as typed."""
    clauses: list[str] = []
    for piece in _HARD_SPLIT_RE.split(text):
        for part in _soft_split(piece, world_first, MAX_INTENTS - len(clauses)):
            if part.strip(" ,"):
                clauses.append(part.strip(" ,"))
        if len(clauses) >= MAX_INTENTS:
            break
    return clauses


def _soft_split(piece: str, world_first: frozenset[str], budget: int) -> list[str]:
    """Split at "and" / "," where an action starts after them; at most ``budget`` parts."""
    parts: list[str] = []
    start = 0
    for count, match in enumerate(_SOFT_SPLIT_RE.finditer(piece)):
        if count >= _MAX_SOFT_SPLITS or len(parts) >= budget:
            return parts  # the rest of the piece is beyond MAX_INTENTS: not read
        if _starts_action(piece[match.end() : match.end() + _LOOKAHEAD], world_first):
            parts.append(piece[start : match.start()])
            start = match.end()
    if len(parts) < budget:
        parts.append(piece[start:])
    return parts


def _starts_action(fragment: str, world_first: frozenset[str]) -> bool:
    norm = _FILLER_PREFIX_RE.sub("", _normalise(fragment))
    first = norm.split(" ", 1)[0]
    if first in _STARTERS or first in world_first:
        return True
    phrases = _PHRASE_STARTS.get(first, ())
    return any(norm == p or norm.startswith(f"{p} ") for p in phrases)


# --------------------------------------------------------------------------------------------
# Clause grammar
# --------------------------------------------------------------------------------------------


class _Frame(NamedTuple):
    """A clause understood, before pronouns and scope are resolved."""

    intent: str
    target: str | None = None
    obj: str | None = None


_UNKNOWN = _Frame("unknown")
_Handler = Callable[[str, list[str], _Index | None], _Frame]


def _noun_phrase(words: Sequence[str]) -> str | None:
    """Words without leading determiners, joined; a bare pronoun-determiner ("that") stays."""
    i = 0
    while i < len(words) - 1 and (words[i] in _DETERMINERS or (words[i] == "of" and i > 0)):
        i += 1
    rest = list(words[i:])
    while len(rest) > 1 and rest[-1] in _ADVERBS:
        rest.pop()
    if not rest or (len(rest) == 1 and rest[0] in _DETERMINERS and rest[0] not in _BARE_KEEP):
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
    return _DIRECTION_WORDS.get(words[0]) if words else None


def _go(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb in _FORCED_DIRECTION:
        return _Frame("go", _DEFAULT_DIRECTION[verb])
    if verb == "move" and rest and rest[0] in _DETERMINERS:
        return _use("move", rest, index)  # "move the boulder": not a destination
    words = list(rest)
    while len(words) > 1 and (words[0] in _GO_LEADS or words[0] in _GO_ADVERBS):
        words = words[1:]
    direction = _direction_at(words[1:] if words[:1] == ["the"] else words)
    if direction is not None or verb in _DEFAULT_DIRECTION:
        return _Frame("go", direction or _DEFAULT_DIRECTION[verb])
    target = _noun_phrase(words)
    if target and index and index.exits and " " not in target and rest[:1] != ["to"]:
        close = difflib.get_close_matches(target, index.exits, n=1, cutoff=EXIT_CUTOFF)
        target = close[0] if close else target
    return _Frame("go", target)


def _look(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if not rest or rest[0] in _LOOK_AROUND:
        return _Frame("look")
    if len(rest) == 1 and rest[0] in _DIRECTION_WORDS:
        return _Frame("look", _DIRECTION_WORDS[rest[0]])
    words = list(rest)
    while words and words[0] in _LOOK_LEADS:
        words = words[1:]
    return _with_obj("examine", words, _OBJ_PREPS["examine"])


def _examine(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = rest[1:] if rest[:1] and rest[0] in _EXAMINE_LEADS else rest
    return _with_obj("examine", words, _OBJ_PREPS["examine"])


def _take(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb == "get" and _direction_at(rest):
        return _go("go", rest, index)
    words = rest[:-1] if verb == "pick" and rest[-1:] == ["up"] else rest
    return _with_obj("take", words, _OBJ_PREPS["take"])


def _drop(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    if verb == "leave" and (not rest or _noun_phrase(rest) in _PLACE_WORDS):
        return _Frame("go", "out")
    words = rest[1:] if rest[:1] in (["down"], ["away"]) else rest
    words = words[:-1] if words[-1:] in (["down"], ["away"]) else words
    if verb in ("throw", "toss") and "to" in words:
        return _give(verb, words, index)  # "throw the bread to the gull"
    if verb in ("put", "place"):
        before, _, after = _split_at(words, _OBJ_PREPS["use"])
        if after is not None and before:
            return _Frame("use", _noun_phrase(before), _noun_phrase(after))
    return _with_obj("drop", words, _OBJ_PREPS["drop"])


def _use(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = rest
    if verb in ("turn", "switch") and words[-1:] in (["on"], ["off"]):
        words = words[:-1]
    before, prep, after = _split_at(words, _OBJ_PREPS["use"])
    if prep == "to" and after and _VERBS.get(after[0]) == "open":
        return _Frame("open", _noun_phrase(after[1:]), _noun_phrase(before))
    return _Frame("use", _noun_phrase(before), _noun_phrase(after) if after is not None else None)


def _open(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    return _with_obj("open", rest, _OBJ_PREPS["open"])


def _talk(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = rest[1:] if rest[:1] and rest[0] in _SPEAK_LEADS else rest
    if verb == "say":
        said, _, to = _split_at(words, ("to",))
        words_said = _noun_phrase(said)
        topic = None if words_said in _GREETINGS else words_said
        return _Frame("talk", _noun_phrase(to) if to is not None else None, topic)
    words = [] if words in (["there"], ["everyone"], ["all"]) else words
    preps = _ASK_PREPS if verb == "ask" else _OBJ_PREPS["talk"]
    return _with_obj("talk", words, preps)


def _give(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = rest[1:] if rest[:1] == ["over"] else rest
    before, _, after = _split_at(words, ("to",))
    if after is not None:
        return _Frame("give", _noun_phrase(before), _noun_phrase(after))
    recipient, thing = _double_object(words, index)
    if recipient is None and verb == "feed":
        return _Frame("give", None, _noun_phrase(thing))
    return _Frame("give", _noun_phrase(thing), _noun_phrase(recipient) if recipient else None)


def _double_object(words: list[str], index: _Index | None) -> tuple[list[str] | None, list[str]]:
    """Split "give Y X" into (Y, X); (None, words) when no split is found."""
    if len(words) < 2:
        return None, words
    if words[0] in _PRONOUNS and words[0] not in ("this", "that", "these", "those"):
        return words[:1], words[1:]
    for i in range(1, len(words)):
        if words[i] in _DETERMINERS and words[i - 1] not in _DETERMINERS:
            return words[:i], words[i:]
    if index is not None:
        for i in range(1, len(words)):
            first, second = _noun_phrase(words[:i]), _noun_phrase(words[i:])
            if first in index.exact and second in index.exact:
                return words[:i], words[i:]
    return None, words


def _inventory(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    return _Frame("inventory")


def _help(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    target = _noun_phrase(rest[1:] if rest[:1] == ["with"] else rest)
    return _Frame("help", None if target in ("me", "us") else target)


def _wait(verb: str, rest: list[str], index: _Index | None) -> _Frame:
    words = list(rest)
    while words and words[0] in _WAIT_LEADS:
        words = words[1:]
    target = _noun_phrase(words)
    return _Frame("wait", None if target is None or target in _DURATIONS else target)


_HANDLERS: dict[str, _Handler] = {
    "go": _go,
    "look": _look,
    "examine": _examine,
    "take": _take,
    "drop": _drop,
    "use": _use,
    "open": _open,
    "talk": _talk,
    "give": _give,
    "inventory": _inventory,
    "help": _help,
    "wait": _wait,
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
    if norm in _PHRASES:
        return _Frame(_PHRASES[norm])
    core = _strip_filler(norm)
    if core in _PHRASES:
        return _Frame(_PHRASES[core])
    if not core or core in _FILLER_ALONE:
        return None
    if core in _BREATH_PHRASES:
        breathe = index.verbs.get("breathe") if index else None
        return _Frame(breathe or "wait")
    if _NEGATION_RE.match(core):
        return _UNKNOWN
    words = core.split(" ")
    if len(words) == 1 and words[0] in _DIRECTION_WORDS:
        return _Frame("go", _DIRECTION_WORDS[words[0]])
    return _verb_frame(words, index)


def _verb_frame(words: list[str], index: _Index | None) -> _Frame:
    builtin, n = _leading_verb(words, _VERBS, _MAX_VERB_WORDS)
    if index is not None and index.verbs:
        # A world verb wins unless a longer built-in phrase matches ("turn on" over "turn") or
        # the world gives the word its built-in meaning ({"look": "look"}).
        world, m = _leading_verb(words, index.verbs, index.verb_words)
        if world and m >= n and _VERBS.get(world) != index.verbs[world]:
            return _with_obj(index.verbs[world], words[m:], _OBJ_PREPS["world"])
    if not builtin:
        return _UNKNOWN
    return _HANDLERS[_VERBS[builtin]](builtin, words[n:], index)


# --------------------------------------------------------------------------------------------
# Pronouns and resolution
# --------------------------------------------------------------------------------------------

_NO_RESOLVE = frozenset({"inventory", "help", "unknown"})


@dataclass
class _Context:
    """What one ``parse`` call has seen so far, for pronouns."""

    index: _Index | None
    thing: tuple[str | None, str | None] | None = None
    person: tuple[str | None, str | None] | None = None


def _antecedent(pronoun: str, ctx: _Context) -> tuple[str | None, str | None] | None:
    found = ctx.person if pronoun in _PERSON_PRONOUNS else ctx.thing
    if found is not None:
        return found
    index = ctx.index
    if index is not None and index.last_mentioned:
        person = pronoun in _PERSON_PRONOUNS
        fits = [i for i in index.last_mentioned if (i in index.people) == person]
        entry_id = (fits or index.last_mentioned)[0]
        return index.primary.get(entry_id, pronoun), entry_id
    return None


def _resolve_slot(
    phrase: str | None, ctx: _Context, *, fuzzy: bool
) -> tuple[str | None, str | None]:
    if phrase in _PRONOUNS:
        found = _antecedent(phrase, ctx)
        if found is not None:
            return found
    return phrase, _resolve(phrase, ctx.index, fuzzy=fuzzy)


def _resolve_frame(frame: _Frame, raw: str, ctx: _Context) -> Intent:
    intent, target, obj = frame
    directional = intent in ("go", "look") and target in DIRECTIONS
    if intent in _NO_RESOLVE or directional:
        return Intent(intent, target, obj, raw=raw)
    fuzzy = intent != "go"
    obj_text, obj_id = _resolve_slot(obj, ctx, fuzzy=fuzzy and intent != "talk")
    target_text, target_id = _resolve_slot(target, ctx, fuzzy=fuzzy)
    resolved = Intent(intent, target_text, obj_text, target_id, obj_id, raw)
    _remember(resolved, ctx)
    return resolved


def _remember(intent: Intent, ctx: _Context) -> None:
    if intent.intent == "talk":
        if intent.target:
            ctx.person = (intent.target, intent.target_id)
        return
    if intent.intent == "give" and intent.obj:
        ctx.person = (intent.obj, intent.obj_id)
    if intent.target and intent.intent != "go":
        ctx.thing = (intent.target, intent.target_id)


# --------------------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------------------


def parse(text: str, scope: Scope | None = None) -> list[Intent]:
    """The intents of one player input, in order. Blank input gives ``[]``; never raises."""
    try:
        return _parse(text, scope)
    except Exception:  # a last guard: a parser bug must not end the player's turn
        raw = text.strip()[:MAX_CHARS] if isinstance(text, str) else ""
        return [Intent("unknown", None, raw=raw)] if raw else []


def _parse(text: str, scope: Scope | None) -> list[Intent]:
    if not isinstance(text, str):
        return []
    clean = _sanitise(text)
    if not clean:
        return []
    if _ONLY_QUESTION_RE.match(clean):
        return [Intent("help", None, raw=clean)]
    index = _build_index(scope) if scope is not None else None
    world_first = frozenset(v.split()[0] for v in index.verbs) if index else frozenset()
    ctx = _Context(index)
    intents: list[Intent] = []
    for raw in _clauses(clean, world_first):
        frame = _frame(_normalise(raw), index)
        if frame is not None:
            intents.append(_resolve_frame(frame, raw, ctx))
    return intents or [Intent("unknown", None, raw=clean)]


def suggestions(scope: Scope) -> list[str]:
    """Three to five short commands that make sense in this scope, for "I didn't catch that"."""
    people = [e for e in scope.entries if e.names and _is_person(e)]
    things = [e for e in scope.entries if e.names and not _is_person(e)]
    found = ["look"]
    exits = _exits(scope)
    if exits:
        found.append(f"go {exits[0]}")
    if things:
        found.append(f"examine the {_display(things[0])}")
    if people:
        name = people[0].names[0]
        found.append(
            f"talk to {_normalise(name)}"
            if name[:1].isupper()
            else f"talk to the {_display(people[0])}"
        )
    if len(things) > 1:
        found.append(f"take the {_display(things[1])}")
    for extra in ("inventory", "help", "wait"):
        if len(found) >= 3:
            break
        found.append(extra)
    return found[:5]


def _display(entry: ScopeEntry) -> str:
    return _normalise(entry.names[0]) or entry.id


def _is_person(entry: ScopeEntry) -> bool:
    for name in entry.names:
        if name[:1].isupper():
            return True
        words = _normalise(name).split()
        if words and words[-1] in _PERSON_WORDS:
            return True
    return False


def parse_jsonl(lines: Iterable[str], scope: Scope | None = None) -> Iterator[str]:
    """One JSON line per input line ``{"text": ...}``: the first intent and all of them.

    Output: ``{"intent", "target", "intents": [Intent.to_dict(), ...]}`` (intent and target
    null for blank text), or ``{"error": "line N: ..."}`` for a line that is not such an
    object. Blank lines are skipped. With ``scope``, names resolve against it. Never raises.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        text, problem = _read_line(line)
        if problem is not None:
            yield json.dumps({"error": f"line {number}: {problem}"}, ensure_ascii=False)
            continue
        yield json.dumps(intents_doc(parse(text, scope)), ensure_ascii=False)


def intents_doc(intents: Sequence[Intent]) -> dict[str, object]:
    """The answer of :func:`parse_jsonl` for some intents."""
    first = intents[0] if intents else None
    return {
        "intent": first.intent if first else None,
        "target": first.target if first else None,
        "intents": [i.to_dict() for i in intents],
    }


def _read_line(line: str) -> tuple[str, str | None]:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        return "", f"not valid JSON ({exc.msg} at column {exc.colno})"
    except RecursionError:
        return "", "not valid JSON (nested too deeply)"
    if not isinstance(doc, dict):
        return "", 'expected an object like {"text": "take the key"}'
    if "text" not in doc:
        return "", 'missing "text"'
    if not isinstance(doc["text"], str):
        return "", f'"text" must be a string, not {type(doc["text"]).__name__}'
    return doc["text"], None


def benchmark(
    texts: Iterable[str], scope: Scope | None = None, rounds: int = 3
) -> dict[str, float]:
    """Time ``parse`` on each text ``rounds`` times: count, p50, p95, max and mean in µs."""
    samples: list[float] = []
    items = list(texts)
    for _ in range(max(1, rounds)):
        for text in items:
            start = time.perf_counter_ns()
            parse(text, scope)
            samples.append((time.perf_counter_ns() - start) / 1000)
    if not samples:
        return {"count": 0, "p50_us": 0.0, "p95_us": 0.0, "max_us": 0.0, "mean_us": 0.0}
    samples.sort()
    return {
        "count": float(len(samples)),
        "p50_us": round(_percentile(samples, 0.50), 1),
        "p95_us": round(_percentile(samples, 0.95), 1),
        "max_us": round(samples[-1], 1),
        "mean_us": round(sum(samples) / len(samples), 1),
    }


def _percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of sorted samples."""
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]
