"""The parser's index of what is in scope: names and aliases of the things, people, exits and
world verbs a scope holds, compared as normalised noun phrases, with typo repair (``difflib``)
and caching per scope. Used by :mod:`tta_server.pipeline.parser` (whose docstring is the
grammar's specification) and :mod:`tta_server.pipeline.frames`.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.parser_types import Scope
from tta_server.pipeline.vocabulary import (
    ADVERBS,
    BARE_KEEP,
    DETERMINERS,
    DIRECTION_WORDS,
    HEAD_ENDS,
    MANNER,
    POSSESSIVE_RE,
    SPACE_RE,
    WHEN_WORDS,
)

#: Lowest ``difflib`` ratio for a typo to match a name in scope.
FUZZY_CUTOFF = 0.78
#: Lowest ratio for a one-word ``go`` target to match an exit ("nrth" -> "north").
EXIT_CUTOFF = 0.8
_FUZZY_MAX_LEN = 40

# --------------------------------------------------------------------------------------------
# Scope index and resolution
# --------------------------------------------------------------------------------------------


_OWNERS = frozenset({"my", "your", "his", "her", "our", "their", "its"})


def noun_phrase(words: Sequence[str]) -> str | None:
    """Words without leading determiners, joined; a bare pronoun-determiner ("that") stays."""
    i = 0
    while i < len(words) - 1 and (
        words[i] in DETERMINERS
        or (words[i] == "of" and i > 0)
        or (words[i] == "own" and i > 0 and words[i - 1] in _OWNERS)  # "my own book"
    ):
        i += 1
    rest = list(words[i:])
    while len(rest) > 1 and (rest[-1] in ADVERBS or rest[-1] in WHEN_WORDS):
        rest.pop()
    if len(rest) == 1 and rest[0] in MANNER:
        return None  # "knock gently": how, never a thing called "gently"
    if not rest or (len(rest) == 1 and rest[0] in DETERMINERS and rest[0] not in BARE_KEEP):
        return None
    return " ".join(rest)


@functools.lru_cache(maxsize=4096)
def _match_key(phrase: str) -> str:
    """A name or noun phrase as compared: normalised, no determiners, no possessive marks."""
    words = normalise(phrase).split()
    np = noun_phrase(words) or ""
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
class Index:
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
    she: frozenset[str] = frozenset()
    he: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()  # words before "'s" in names ("fenn" of "Fenn's book")


def only_way_near(word: str, ways: Sequence[str], cutoff: float = EXIT_CUTOFF) -> str | None:
    """The one way of ``ways`` that ``word`` is a typo of (``difflib`` ratio >= ``cutoff``), or
    None when none is near or two ways are equally near: "est" is as near "east" as "west", and
    a guess sent a newcomer west when they meant east (play corpus 16)."""
    scored = sorted(
        ((difflib.SequenceMatcher(None, word, w).ratio(), w) for w in dict.fromkeys(ways)),
        reverse=True,
    )
    if not scored or scored[0][0] < cutoff:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


@functools.lru_cache(maxsize=4096)
def _typo_of(key: str, names: tuple[str, ...]) -> str | None:
    """The name a phrase is a typo of (``difflib`` ratio >= ``FUZZY_CUTOFF``), or None. Names
    whose length rules out the ratio are skipped first; a scene's names repeat from turn to
    turn, so answers are remembered."""
    n = len(key)
    near = [x for x in names if 0.6 * n - 1 <= len(x) <= n / 0.6 + 1]
    close = difflib.get_close_matches(key, near, n=1, cutoff=FUZZY_CUTOFF)
    return close[0] if close else None


_INDEXES: dict[tuple[object, ...], Index] = {}
_MAX_INDEXES = 256


def index_of(scope: Scope) -> Index:
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
            scope.she,
            scope.he,
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


def _build_index(scope: Scope) -> Index:
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
    for key, intent in list(verbs.items()):  # "close stove" is the world's "close the stove"
        verbs.setdefault(key.replace(" the ", " "), intent)
    return Index(
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
        she=frozenset(scope.she),
        he=frozenset(scope.he),
        owners=frozenset(o for entry in scope.entries for o in _owners_in(tuple(entry.names))),
    )


_OWNER_RE = re.compile(r"(?:^| )([a-z]+)'s\b")


@functools.lru_cache(maxsize=4096)
def _owners_in(names: tuple[object, ...]) -> tuple[str, ...]:
    """The words before "'s" in an entry's names ("fenn" of "Fenn's book"); an entry's names
    are the same from scene to scene, so they are read once."""
    return tuple(
        m.group(1) for n in names if isinstance(n, str) for m in _OWNER_RE.finditer(normalise(n))
    )


def exits_of(scope: Scope) -> list[str]:
    """The scope's exits as canonical directions ("North-East" -> "northeast")."""
    found = (DIRECTION_WORDS.get(_match_key(x)) for x in scope.exits if isinstance(x, str))
    return [d for d in found if d]


def resolve(phrase: str | None, index: Index | None, *, fuzzy: bool) -> str | None:
    """The id a noun phrase names in scope, or None."""
    if phrase is None or index is None:
        return None
    key = SPACE_RE.sub(" ", POSSESSIVE_RE.sub("", phrase)).strip()
    if not key:
        return None
    bare = _without_bare_s(key, index)
    if bare != key and bare.split(" ")[-1] != key.split(" ")[-1]:  # "x grans": Gran's thing
        owned = _containing_name(bare, index, longer=True)
        if owned is not None:
            return owned
    key = bare
    words = key.split(" ")
    vague = next((i for i, w in enumerate(words) if i and w in _VAGUE), 0)
    if vague and (vague + 1 == len(words) or words[vague + 1] in HEAD_ENDS):
        named = resolve(" ".join(words[:vague]), index, fuzzy=fuzzy)  # "the paper thing (for
        if named is not None:  # footnote)": the paper twist
            return named
    found = index.exact.get(key)
    if found is None:
        found = _contained_name(key, index) or _containing_name(key, index)
    one = _singular(key) if found is None else key
    if one != key:  # "the ashes": the ash in the grate
        found = index.exact.get(one) or _contained_name(one, index)
    if found is None and fuzzy and len(key) <= _FUZZY_MAX_LEN:
        close = _typo_of(key, index.keys)
        found = index.exact[close] if close else None
    return found


#: Vague last words of a phrase that names a thing by its first ("the paper thing", newcomer
#: corpus 31: "open the paper thing for footnote" found nothing to open).
_VAGUE = frozenset({"thing", "things", "thingy", "thingie", "stuff", "bit", "bits", "whatsit"})


def _singular(key: str) -> str:
    """A phrase with its last word made singular ("the ashes" -> "the ash", "boxes" -> "box",
    "gulls" -> "gull"); unchanged when it does not end in a plural "s"."""
    head, _, last = key.rpartition(" ")
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return key
    one = last[:-2] if last.endswith(("shes", "ches", "xes", "sses", "zes")) else last[:-1]
    return f"{head} {one}".strip()


def _without_bare_s(key: str, index: Index) -> str:
    """A phrase with a possessive typed without its apostrophe made a name's word again
    ("fenns book" -> "fenn book", as "fenn's book" is compared): a word ending in "s" whose
    word without the "s" is an owner in a name in scope ("Fenn's book")."""
    if not index.owners:
        return key
    words = key.split(" ")
    return " ".join(w[:-1] if w[-1:] == "s" and w[:-1] in index.owners else w for w in words)


def _contained_name(key: str, index: Index) -> str | None:
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


def _containing_name(key: str, index: Index, *, longer: bool = False) -> str | None:
    """The first entry with a name that contains the phrase as whole words ("brass"); with
    ``longer``, a name with more words than the phrase ("gran" -> "gran recipe book")."""
    if len(key) < 3:
        return None
    padded = f" {key} "
    return next(
        (i for name, i in index.names if padded in f" {name} " and not (longer and name == key)),
        None,
    )
