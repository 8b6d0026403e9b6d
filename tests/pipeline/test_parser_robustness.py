"""The parser never raises, whatever it is given; its JSON lines; its speed (printed)."""

from __future__ import annotations

import json
import random

import pytest

from tests.pipeline.parser_helpers import make_scope, triples
from tests.pipeline.test_parser import CASES
from tta_server.admin.parser_tools import benchmark, parse_jsonl
from tta_server.pipeline import clauses, parser
from tta_server.pipeline.parser import ParsedIntent, Scope, ScopeEntry, parse

# ----------------------------------------------------------------------------------------------
# Never raises
# ----------------------------------------------------------------------------------------------

NASTY = [
    "",
    " ",
    "\n\n\t",
    "\x00\x01\x1b[31m take \x7f the key",
    "😀🔥 take the 🗝️ key 🙂",
    "a" * 2000,
    "take the key and " * 150,
    ", , , and and and ; ; . . ? ! ",
    "go " + "north-" * 400,
    "ｔａｋｅ　ｔｈｅ　ｋｅｙ",
    "\u202etake the key\u202c",
    "'''\"\"\"```",
    "it them him her",
    "give",
    "give to",
    "put in",
    "use on",
    "ask about",
    "the",
    "pick up",
    "x x x x",
]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_never_raises_on_odd_input(text: str) -> None:
    for scope in (None, make_scope()):
        # The unguarded core: a failure here is a bug the guard in parse() would hide.
        result = parser._parse(text, scope)
        assert all(isinstance(i, ParsedIntent) for i in result)
        assert len(result) <= clauses.MAX_INTENTS


def test_blank_gives_nothing_and_noise_gives_unknown() -> None:
    assert parse("") == []
    assert parse(" \n\t ") == []
    assert triples(parse("\x00\x01")) == []
    assert triples(parse("🙂")) == [("unknown", None, None)]


def test_non_string_input_gives_nothing() -> None:
    assert parse(None) == []  # type: ignore[arg-type]
    assert parse(42) == []  # type: ignore[arg-type]


def test_random_input_never_raises() -> None:
    rng = random.Random(20240611)
    alphabet = "abcdefghijklmnopqrstuvwxyz ,.;!?'-\"\n\t\x00é漢😀"
    words = ["take", "the", "and", "then", "it", "go", "north", "to", "with", "give", "her", "x"]
    scope = make_scope()
    for _ in range(1500):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        else:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        parser._parse(text, scope if rng.random() < 0.5 else None)


# ----------------------------------------------------------------------------------------------
# JSON lines
# ----------------------------------------------------------------------------------------------


def test_parse_jsonl() -> None:
    lines = [
        '{"text": "take the key and go north"}',
        "",
        "{not json",
        '["text"]',
        '{"txt": "look"}',
        '{"text": 3}',
        '{"text": ""}',
    ]
    out = [json.loads(line) for line in parse_jsonl(lines)]
    assert out[0]["intent"] == "take"
    assert out[0]["target"] == "key"
    assert [i["intent"] for i in out[0]["intents"]] == ["take", "go"]
    assert out[0]["intents"][1]["target"] == "north"
    assert out[1]["error"].startswith("line 3: not valid JSON")
    assert out[2] == {"error": 'line 4: expected an object like {"text": "take the key"}'}
    assert out[3] == {"error": 'line 5: missing "text"'}
    assert out[4] == {"error": 'line 6: "text" must be a string, not int'}
    assert out[5] == {"intent": None, "target": None, "intents": []}
    assert len(out) == 6


# ----------------------------------------------------------------------------------------------
# Speed (figures printed, never asserted)
# ----------------------------------------------------------------------------------------------


def test_benchmark_prints_figures() -> None:
    texts = [t for _, t, _ in CASES]
    plain = benchmark(texts, rounds=5)
    scoped = benchmark(texts, scope=make_scope(), rounds=5)
    typos = benchmark(["take the rusy kee", "talk to the kepper", "x the lantrn"], make_scope(), 50)
    long = benchmark(["take the key and " * 100 + "go north"], rounds=20)
    for name, figures in (("no scope", plain), ("scope", scoped), ("typos", typos), ("2 kB", long)):
        print(
            f"\nparse speed ({name}): n={int(figures['count'])} p50={figures['p50_us']} µs "
            f"p95={figures['p95_us']} µs max={figures['max_us']} µs"
        )
    assert set(plain) == {"count", "p50_us", "p95_us", "max_us", "mean_us"}
    assert benchmark([])["count"] == 0


def test_jsonl_never_raises_and_resolves_against_a_scope() -> None:
    lines = ["[" * 5000, '{"text": "take the lamp"}']
    scope = Scope(entries=[ScopeEntry("lantern-1", ("brass lantern", "lamp"))])
    nested, took = (json.loads(x) for x in parse_jsonl(lines, scope))
    assert nested == {"error": "line 1: not valid JSON (nested too deeply)"}
    assert took["intents"][0]["target_id"] == "lantern-1"
