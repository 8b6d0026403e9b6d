"""``tta-admin parse``: the intent parser from the command line, with and without a world."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.admin import Piped, cli
from tests.world.tiny import TINY
from tta_server.admin.parse import BENCH_SAMPLE
from tta_server.admin.parser_tools import parse_jsonl


def rows(stdout: str) -> list[list[str]]:
    """The aligned output as cells (columns are two or more spaces apart)."""
    return [re.split(r" {2,}", line) for line in stdout.splitlines()]


def as_json(*args: str, **env: str) -> dict[str, Any]:
    result = cli("parse", "--json", *args, **env)
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


@pytest.fixture
def worlds_dir(tmp_path: Path) -> Path:
    """A worlds directory holding only the tiny world (id "tiny", start "yard")."""
    directory = tmp_path / "worlds"
    directory.mkdir()
    (directory / "tiny.toml").write_text(TINY, encoding="utf-8")
    return directory


# -- TEXT ----------------------------------------------------------------------------------------


def test_text_shows_each_intent_in_order() -> None:
    result = cli("parse", "take the key and go north")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert rows(result.stdout) == [
        ["#", "intent", "target", "obj", "as typed"],
        ["1", "take", "key", "-", "take the key"],
        ["2", "go", "north", "-", "go north"],
    ]


def test_text_shows_the_second_object() -> None:
    result = cli("parse", "unlock the gate with the brass key")
    assert result.exit_code == 0, result.output
    assert rows(result.stdout)[1] == [
        "1",
        "open",
        "gate",
        "brass key",
        "unlock the gate with the brass key",
    ]


@pytest.mark.parametrize(
    ("text", "intent", "target"),
    [
        ("take the Rusty Key", "take", "rusty key"),
        ("go n", "go", "north"),
        ("go up the stairs", "go", "up"),
        ("x the old map", "examine", "old map"),
        ("pick up a lamp please", "take", "lamp"),
        ("look", "look", None),
        ("dance wildly", "unknown", None),
    ],
)
def test_target_is_the_noun_phrase_or_the_direction(
    text: str, intent: str, target: str | None
) -> None:
    doc = as_json(text)
    assert (doc["intent"], doc["target"]) == (intent, target)


def test_json_is_parse_jsonls_answer_with_the_text() -> None:
    text = "take the key and go north"
    doc = as_json(text)
    [line] = parse_jsonl([json.dumps({"text": text})])
    assert doc == {"text": text, **json.loads(line)}
    assert list(doc) == ["text", "intent", "target", "intents"]
    assert [(i["intent"], i["target"]) for i in doc["intents"]] == [
        ("take", "key"),
        ("go", "north"),
    ]


def test_blank_text_has_no_intents() -> None:
    result = cli("parse", "   ")
    assert result.exit_code == 0, result.output
    assert result.stdout == "no intents (blank input)\n"
    assert as_json("") == {"text": "", "intent": None, "target": None, "intents": []}


# -- --jsonl -------------------------------------------------------------------------------------


def test_jsonl_answers_every_line_and_names_the_bad_ones() -> None:
    lines = [
        '{"text": "take the key and go north"}',
        "not json",
        "",
        '["text"]',
        '{"txt": "look"}',
        '{"text": 3}',
        "[" * 5000,
        '{"text": "go n"}',
    ]
    result = cli("parse", "--jsonl", input="\n".join(lines) + "\n")
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 7  # the blank line is skipped
    assert [i["intent"] for i in out[0]["intents"]] == ["take", "go"]
    assert (out[0]["intent"], out[0]["target"]) == ("take", "key")
    assert out[1]["error"].startswith("line 2: not valid JSON")
    assert out[2] == {"error": 'line 4: expected an object like {"text": "take the key"}'}
    assert out[3] == {"error": 'line 5: missing "text"'}
    assert out[4] == {"error": 'line 6: "text" must be a string, not int'}
    assert out[5] == {"error": "line 7: not valid JSON (nested too deeply)"}
    assert (out[6]["intent"], out[6]["target"]) == ("go", "north")


def test_jsonl_gives_parse_jsonls_lines_and_exits_0_when_all_are_good() -> None:
    lines = ['{"text": "take the Rusty Key"}', '{"text": ""}', '{"text": "talk to the keeper"}']
    result = cli("parse", "--jsonl", input="\n".join(lines))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == list(parse_jsonl(lines))


def test_jsonl_answers_each_line_as_it_arrives_through_a_pipe() -> None:
    with Piped("parse", "--jsonl") as piped:
        first = json.loads(piped.ask('{"text": "go n"}'))
        assert (first["intent"], first["target"]) == ("go", "north")
        assert "error" in json.loads(piped.ask("{oops"))
        third = json.loads(piped.ask('{"text": "take the Rusty Key"}'))
        assert third["target"] == "rusty key"
        code, rest, err = piped.finish()
    assert (code, rest, err) == (1, "", "")


# -- --world -------------------------------------------------------------------------------------


def test_world_resolves_names_against_the_start_scene(worlds_dir: Path) -> None:
    env = {"TTA_WORLDS_DIR": str(worlds_dir)}
    plain = as_json("take the pebbel")
    scoped = as_json("--world", "tiny", "take the pebbel", **env)
    assert plain["intents"][0]["target_id"] is None
    assert scoped["intents"][0]["target_id"] == "stone"
    assert as_json("count", **env)["intent"] == "unknown"  # a verb of the tiny world only
    assert as_json("--world", "tiny", "count", **env)["intent"] == "count"
    assert as_json("--world", "tiny", "go nrth", **env)["target"] == "north"  # an exit there
    assert as_json("go nrth")["target"] == "nrth"
    # The key is with the keeper in the hut, not in the yard: nothing to resolve it to.
    assert as_json("--world", "tiny", "take the key", **env)["intents"][0]["target_id"] is None


def test_world_adds_the_ids_to_the_text_output(worlds_dir: Path) -> None:
    result = cli("parse", "--world", "tiny", "take the pebble", TTA_WORLDS_DIR=str(worlds_dir))
    assert result.exit_code == 0, result.output
    assert rows(result.stdout) == [
        ["#", "intent", "target", "obj", "target_id", "obj_id", "as typed"],
        ["1", "take", "pebble", "-", "stone", "-", "take the pebble"],
    ]


def test_world_applies_to_jsonl(worlds_dir: Path) -> None:
    lines = '{"text": "examine the smooth stone"}\nnope\n{"text": "notice"}\n'
    result = cli("parse", "--jsonl", "--world", "tiny", input=lines, TTA_WORLDS_DIR=str(worlds_dir))
    assert result.exit_code == 1, result.output
    first, second, third = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["intent"], first["target"]) == ("examine", "smooth stone")
    assert first["intents"][0]["target_id"] == "stone"
    assert second["error"].startswith("line 2: not valid JSON")
    assert third["intent"] == "count"  # "notice" is an alias of the world verb


def test_unknown_world_is_one_line_listing_the_known_ids(worlds_dir: Path) -> None:
    result = cli("parse", "--world", "atlantis", "look", TTA_WORLDS_DIR=str(worlds_dir))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "tta-admin: unknown world 'atlantis'; known: tiny\n"

    (worlds_dir / "broken.toml").write_text("[world\n", encoding="utf-8")
    result = cli("parse", "--world", "atlantis", "look", TTA_WORLDS_DIR=str(worlds_dir))
    assert result.exit_code == 2
    assert result.stderr == (
        "tta-admin: unknown world 'atlantis'; known: tiny; 1 world file(s) could not be loaded "
        "(see tta-admin world validate)\n"
    )


# -- usage and --bench ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "got"),
    [
        ((), "none of them"),
        (("look", "--jsonl"), "TEXT and --jsonl"),
        (("--jsonl", "--bench"), "--jsonl and --bench"),
    ],
)
def test_exactly_one_mode_is_a_usage_rule(args: tuple[str, ...], got: str) -> None:
    result = cli("parse", *args)
    assert result.exit_code == 2
    assert result.stderr == f"tta-admin: give exactly one of TEXT, --jsonl or --bench (got {got})\n"


def test_bench_times_the_built_in_sample() -> None:
    result = cli("parse", "--bench", "--json", "--rounds", "2")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["count"] == 2 * len(BENCH_SAMPLE)
    assert (figures["inputs"], figures["rounds"], figures["world"]) == (len(BENCH_SAMPLE), 2, None)
    assert 0 < figures["p50_us"] <= figures["p95_us"] <= figures["max_us"]

    text = cli("parse", "--bench", "--rounds", "1")
    assert text.exit_code == 0, text.output
    assert re.fullmatch(
        rf"parsed {len(BENCH_SAMPLE)} inputs x 1 rounds = {len(BENCH_SAMPLE)} parses \(no world\): "
        r"p50 [\d.]+ µs, p95 [\d.]+ µs, max [\d.]+ µs, mean [\d.]+ µs\n",
        text.stdout,
    )


def test_bench_with_a_world(worlds_dir: Path) -> None:
    result = cli(
        "parse", "--bench", "--json", "--rounds", "1", "--world", "tiny",
        TTA_WORLDS_DIR=str(worlds_dir),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["world"] == "tiny"
