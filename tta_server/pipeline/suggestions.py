"""Did-you-mean: a few short commands that make sense in a scope, for "I didn't catch that"."""

from __future__ import annotations

from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.parser import exits_of
from tta_server.pipeline.parser_types import Scope, ScopeEntry
from tta_server.pipeline.vocabulary import PERSON_WORDS


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
