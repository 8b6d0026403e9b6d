"""One list of intents (``tta_server.protocol.intents``): the parser's grammar, the engine's
dispatch, the world schema and what a scope offers are all keyed by it, and it reads on the
wire and in ``tta-admin parse`` exactly as the plain names did."""

from __future__ import annotations

import json
from pathlib import Path

from tta_server.admin.parser_tools import intents_doc
from tta_server.pipeline import frames, vocabulary
from tta_server.pipeline.parser import parse
from tta_server.protocol.intents import ACTS, CANONICAL_INTENTS, Intent
from tta_server.world import MESSAGES, engine, load_world, new_state, scope
from tta_server.world.schema import USE_INTENTS

LANTERN_COAST = (
    Path(__file__).resolve().parents[1] / "tta_server" / "data" / "worlds" / "lantern_coast.toml"
)


def test_the_canonical_intents_are_every_intent_but_unknown() -> None:
    assert [*CANONICAL_INTENTS, Intent.UNKNOWN] == list(Intent)
    assert set(USE_INTENTS) <= set(CANONICAL_INTENTS)


def test_parser_and_engine_handle_exactly_the_canonical_intents() -> None:
    canonical = set(CANONICAL_INTENTS)
    assert set(vocabulary.SYNONYMS) == canonical
    assert set(frames.HANDLERS) == canonical
    assert set(engine._INTENTS) == canonical
    assert set(vocabulary.PHRASES.values()) <= canonical
    built_in = {i.value for i in canonical - set(ACTS)}
    assert {key.partition(".")[0] for key in MESSAGES} >= built_in | {"act"}


def test_intents_read_as_their_names() -> None:
    [go] = parse("go north")
    [unknown] = parse("🙂")
    assert go.intent == "go" and f"{go.intent}" == "go"
    assert unknown.intent == Intent.UNKNOWN == "unknown"
    doc = json.loads(json.dumps(intents_doc([go])))
    assert doc["intent"] == "go" and doc["intents"][0]["intent"] == "go"


def test_a_scope_lists_the_canonical_intents_as_plain_names() -> None:
    world = load_world(LANTERN_COAST)
    here = scope(world, new_state(world))
    assert here.intents == [i.value for i in CANONICAL_INTENTS]
    assert json.loads(here.model_dump_json())["intents"][0] == "go"
