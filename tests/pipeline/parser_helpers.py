"""Shared by the parser tests: a scope (a key, a lantern, a keeper, a gull, some bread; three
exits) and intents as (intent, target, obj) triples."""

from __future__ import annotations

from tta_server.pipeline.parser import ParsedIntent, Scope, ScopeEntry


def make_scope(last_mentioned: list[str] | None = None) -> Scope:
    return Scope(
        entries=[
            ScopeEntry("key-1", ("rusty key", "key", "iron key")),
            ScopeEntry("lantern-1", ("brass lantern", "lantern", "lamp")),
            ScopeEntry("keeper-1", ("lighthouse keeper", "keeper", "old woman", "Maren")),
            ScopeEntry("gull-1", ("gull",)),
            ScopeEntry("bread-1", ("bread",)),
        ],
        exits=["north", "east", "up"],
        verbs={"light": "light", "ring": "use", "breathe": "breathe"},
        last_mentioned=["lantern-1"] if last_mentioned is None else last_mentioned,
    )


def triples(intents: list[ParsedIntent]) -> list[tuple[str, str | None, str | None]]:
    return [(i.intent, i.target, i.obj) for i in intents]
