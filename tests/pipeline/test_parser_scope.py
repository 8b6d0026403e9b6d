"""The parser against a scope: names, aliases, typos, pronouns, world verbs; and suggestions."""

from __future__ import annotations

import pytest

from tests.pipeline.parser_helpers import make_scope, triples
from tta_server.pipeline.parser import CANONICAL_INTENTS, Scope, ScopeEntry, parse
from tta_server.pipeline.suggestions import suggestions

# (label, text, [(intent, target, obj, target_id, obj_id), ...])
SCOPE_CASES: list[
    tuple[str, str, list[tuple[str, str | None, str | None, str | None, str | None]]]
] = [
    ("exact name", "take the rusty key", [("take", "rusty key", None, "key-1", None)]),
    ("alias", "take the key", [("take", "key", None, "key-1", None)]),
    ("other alias", "take the Iron Key", [("take", "iron key", None, "key-1", None)]),
    ("fuzzy both words", "take the rusy kee", [("take", "rusy kee", None, "key-1", None)]),
    ("fuzzy one word", "take the lantrn", [("take", "lantrn", None, "lantern-1", None)]),
    ("fuzzy person", "talk to the kepper", [("talk", "kepper", None, "keeper-1", None)]),
    (
        "name within phrase",
        "x the old rusty key",
        [("examine", "old rusty key", None, "key-1", None)],
    ),
    (
        "head before preposition",
        "take the key on the table",
        [("take", "key on the table", None, "key-1", None)],
    ),
    (
        "head is rightmost name",
        "examine the keeper's lamp",
        [("examine", "keeper's lamp", None, "lantern-1", None)],
    ),
    (
        "list resolves to its head",
        "take the key and the lamp",
        [("take", "key and the lamp", None, "key-1", None)],
    ),
    ("partial name", "examine brass", [("examine", "brass", None, "lantern-1", None)]),
    ("proper name", "talk to Maren", [("talk", "maren", None, "keeper-1", None)]),
    (
        "topic resolves exactly",
        "ask the old woman about the lamp",
        [("talk", "old woman", "lamp", "keeper-1", "lantern-1")],
    ),
    (
        "topic is not typo-matched",
        "ask keeper about the ligth",
        [("talk", "keeper", "ligth", "keeper-1", None)],
    ),
    ("no false typo match", "take the rock", [("take", "rock", None, None, None)]),
    ("near word is not a typo", "take the bull", [("take", "bull", None, None, None)]),
    ("it from last_mentioned", "take it", [("take", "brass lantern", None, "lantern-1", None)]),
    (
        "it within input wins",
        "take the key and use it on the gate",
        [
            ("take", "key", None, "key-1", None),
            ("use", "key", "gate", "key-1", None),
        ],
    ),
    ("world verb", "light the lamp", [("light", "lamp", None, "lantern-1", None)]),
    ("world verb mapped to canonical", "ring the bell", [("use", "bell", None, None, None)]),
    ("world verb with adverb", "breathe slowly", [("breathe", None, None, None, None)]),
    ("a breath in other words", "take a few slow breaths", [("breathe", None, None, None, None)]),
    (
        "world verb with obj",
        "light the lamp with the bread",
        [("light", "lamp", "bread", "lantern-1", "bread-1")],
    ),
    ("breath phrase to world verb", "take a deep breath", [("breathe", None, None, None, None)]),
    (
        "and before world verb splits",
        "take the bread and light the lamp",
        [("take", "bread", None, "bread-1", None), ("light", "lamp", None, "lantern-1", None)],
    ),
    ("exit typo", "go nrth", [("go", "north", None, None, None)]),
    ("place is not an exit typo", "go to the harbour", [("go", "harbour", None, None, None)]),
    ("double object by names", "give gull bread", [("give", "bread", "gull", "bread-1", "gull-1")]),
    (
        "double object, two-word name",
        "give old woman bread",
        [("give", "bread", "old woman", "bread-1", "keeper-1")],
    ),
    (
        "give to proper name",
        "give the bread to Maren",
        [("give", "bread", "maren", "bread-1", "keeper-1")],
    ),
    ("directions are not resolved", "go north", [("go", "north", None, None, None)]),
    ("unknown stays unknown", "dance wildly", [("unknown", None, None, None, None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in SCOPE_CASES], ids=[c[0] for c in SCOPE_CASES]
)
def test_scope_table(
    text: str, expected: list[tuple[str, str | None, str | None, str | None, str | None]]
) -> None:
    got = [(i.intent, i.target, i.obj, i.target_id, i.obj_id) for i in parse(text, make_scope())]
    assert got == expected


def test_him_her_resolve_to_last_mentioned_person() -> None:
    (intent,) = parse("talk to her", make_scope(["keeper-1", "gull-1"]))
    assert (intent.target, intent.target_id) == ("lighthouse keeper", "keeper-1")


def test_them_takes_first_of_last_mentioned() -> None:
    (intent,) = parse("drop them", make_scope(["bread-1", "key-1"]))
    assert intent.target_id == "bread-1"


def test_pronoun_without_antecedent_stays() -> None:
    (intent,) = parse("take it", make_scope([]))
    assert (intent.target, intent.target_id) == ("it", None)


def test_world_verb_read_overrides_examine() -> None:
    scope = make_scope()
    scope.verbs["read"] = "read"
    assert triples(parse("read the note", scope)) == [("read", "note", None)]
    assert triples(parse("read the note")) == [("read", "note", None)]


def test_world_verb_with_builtin_meaning_keeps_builtin_grammar() -> None:
    scope = make_scope()
    scope.verbs.update({"look": "look", "turn": "turn", "sing": "sing"})
    assert triples(parse("look at the lamp", scope)) == [("examine", "lamp", None)]
    assert triples(parse("turn on the lamp", scope)) == [("use", "lamp", None)]
    assert triples(parse("turn the wheel", scope)) == [("turn", "wheel", None)]
    assert triples(parse("sing to the gull", scope)) == [("sing", "gull", None)]


def test_no_fuzzy_matching_without_scope() -> None:
    (intent,) = parse("take the rusy kee")
    assert (intent.target, intent.target_id) == ("rusy kee", None)


def test_odd_scope_data_is_tolerated() -> None:
    scope = Scope(
        entries=[ScopeEntry("empty", ()), ScopeEntry("punct", ("  The  Old-Map!! ",))],
        exits=["North-East", "nowhere"],
        verbs={"  ": "x", "Dance": "Dance"},
        last_mentioned=[],
    )
    assert triples(parse("x the old map", scope))[0][0] == "examine"
    assert parse("x the old map", scope)[0].target_id == "punct"
    assert parse("dance", scope)[0].intent == "dance"
    assert suggestions(scope)[:2] == ["look", "go northeast"]


# ----------------------------------------------------------------------------------------------
# Suggestions
# ----------------------------------------------------------------------------------------------


def test_suggestions_are_concrete_and_parse() -> None:
    scope = make_scope()
    found = suggestions(scope)
    print(f"\nsuggestions: {found}")
    assert 3 <= len(found) <= 5
    assert found[:2] == ["look", "go north"]
    assert "talk to the lighthouse keeper" in found
    for command in found:
        (intent,) = parse(command, scope)
        assert intent.intent in CANONICAL_INTENTS, command
        if intent.intent in ("examine", "talk", "take"):
            assert intent.target_id is not None, command


def test_suggestions_for_an_empty_scope() -> None:
    found = suggestions(Scope(entries=[], exits=[], verbs={}, last_mentioned=[]))
    assert found == ["look", "inventory", "help"]


def test_suggestions_use_a_proper_name() -> None:
    scope = Scope(entries=[ScopeEntry("m", ("Maren", "keeper"))], exits=[], verbs={})
    assert "talk to maren" in suggestions(scope)


def test_it_is_never_a_person_nor_out_of_scope() -> None:
    # after talking to the keeper, "x it" is not the keeper; nor something no longer in scope
    scope = make_scope(["keeper-1"])
    scope.people = frozenset({"keeper-1"})
    (intent,) = parse("x it", scope)
    assert intent.target_id is None
    (far,) = parse("x it", make_scope(["lamp-far-away"]))
    assert far.target_id is None
