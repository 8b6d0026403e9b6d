"""Did-you-mean: a few short commands that make sense in a scope, for "I didn't catch that",
and a sentence naming the words of an input the game knows and the ones it does not."""

from __future__ import annotations

from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.parser_types import Scope, ScopeEntry
from tta_server.pipeline.scope_index import exits_of
from tta_server.pipeline.vocabulary import (
    DETERMINERS,
    DIRECTION_WORDS,
    FILLER_WORDS,
    OBJ_PREPS_WORDS,
    PERSON_WORDS,
    VERB_WORDS,
)


def suggestions(scope: Scope) -> list[str]:
    """Three to five short commands that make sense in this scope, for "I didn't catch that"."""
    people = [e for e in scope.entries if e.names and _is_person(e)]
    things = [e for e in scope.entries if e.names and not _is_person(e)]
    found = ["look"]
    exits = exits_of(scope)
    if exits:
        found.append(f"go {exits[0]}")
    if things:
        found.append(f"examine the {_display(things[0])}")
    if people:
        name = people[0].names[0]
        found.append(
            f"talk to {normalise(name)}"
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
    return normalise(entry.names[0]) or entry.id


def _is_person(entry: ScopeEntry) -> bool:
    for name in entry.names:
        if name[:1].isupper():
            return True
        words = normalise(name).split()
        if words and words[-1] in PERSON_WORDS:
            return True
    return False


def not_understood(text: str, scope: Scope, also: frozenset[str] = frozenset()) -> str:
    """A plain, friendly sentence naming the words of ``text`` the game knows and the ones it
    does not: "I know the words 'lantern' and 'light', but not 'frobnicate'.". ``also``: more
    known words (the names of the whole world, beyond what is in scope)."""
    known_names = {w for e in scope.entries for n in e.names for w in normalise(n).split()}
    known_names |= also
    known_names |= {w for v in scope.verbs for w in normalise(v).split()}
    known: list[str] = []
    unknown: list[str] = []
    for word in normalise(text).split()[:_MAX_WORDS]:
        if word in _QUIET or word in known or word in unknown:
            continue
        is_known = word in known_names or word in VERB_WORDS or word in DIRECTION_WORDS
        (known if is_known else unknown).append(word)
    if known and unknown:
        return f"I know the {_words(known)}, but not {_quoted(unknown)}."
    if unknown:
        return f"I don't know the {_words(unknown)}."
    if known:
        return f"I know the {_words(known)}, but not what you'd like to do with them here."
    return "I didn't catch that."


_MAX_WORDS = 12
_QUIET = DETERMINERS | FILLER_WORDS | frozenset(OBJ_PREPS_WORDS)


def _quoted(words: list[str]) -> str:
    quoted = [f"'{w}'" for w in words[:4]]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _words(words: list[str]) -> str:
    quoted = [f"'{w}'" for w in words[:4]]
    if len(quoted) == 1:
        return f"word {quoted[0]}"
    return "words " + ", ".join(quoted[:-1]) + " and " + quoted[-1]
