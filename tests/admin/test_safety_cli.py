"""``tta-admin safety classify``: the safety screen from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.admin import Piped, cli
from tta_server.admin.safety import BENCH_SAMPLE


def test_a_crisis_shows_level_category_and_reasons() -> None:
    result = cli("safety", "classify", "--no-contextual", "I want to kill myself")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "level     crisis",
        "category  suicide",
        "reasons   suicide.kill_myself",
    ]


def test_a_game_command_is_none() -> None:
    result = cli("safety", "classify", "--no-contextual", "go north")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["level     none", "category  -", "reasons   -"]


def test_json_holds_the_text_and_the_verdict() -> None:
    result = cli("safety", "classify", "--json", "--no-contextual", "I feel so hopeless lately")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert list(doc) == ["text", "level", "category", "reasons"]
    assert doc["text"] == "I feel so hopeless lately"
    assert (doc["level"], doc["category"]) == ("concern", "distress")
    assert doc["reasons"] and all(r.startswith("distress.") for r in doc["reasons"])


def test_jsonl_answers_every_line_and_names_the_bad_ones() -> None:
    lines = [
        '{"text": "I want to kill myself"}',
        "",
        "not json",
        '{"text": null}',
        '{"text": "take the lamp"}',
    ]
    result = cli("safety", "classify", "--jsonl", input="\n".join(lines) + "\n")
    assert result.exit_code == 1, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)  # output line N answers input line N
    assert (out[0]["level"], out[0]["category"]) == ("crisis", "suicide")
    assert out[1]["error"].startswith("line 2: empty line")
    assert out[2]["error"].startswith("line 3: not valid JSON")
    assert out[3] == {"error": 'line 4: "text" must be a string, got null'}
    assert out[4] == {"level": "none", "category": None, "reasons": []}


def test_jsonl_exits_0_when_every_line_is_good() -> None:
    result = cli("safety", "classify", "--jsonl", input='{"text": "look"}\n{"text": "wait"}\n')
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["level"] for line in result.stdout.splitlines()] == ["none", "none"]


def test_jsonl_answers_each_line_as_it_arrives_through_a_pipe() -> None:
    with Piped("safety", "classify", "--jsonl") as piped:
        assert json.loads(piped.ask('{"text": "I want to kill myself"}'))["level"] == "crisis"
        assert json.loads(piped.ask('{"text": "go north"}'))["level"] == "none"
        code, rest, err = piped.finish()
    assert (code, rest, err) == (0, "", "")


@pytest.mark.parametrize("args", [(), ("go north", "--jsonl"), ("--bench", "--jsonl")])
def test_exactly_one_mode_is_a_usage_rule(args: tuple[str, ...]) -> None:
    result = cli("safety", "classify", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("tta-admin: give exactly one of TEXT, --jsonl or --bench")


def test_bench_times_short_and_long_messages_and_the_model_load() -> None:
    result = cli("safety", "classify", "--bench", "--json", "--rounds", "4")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    short = [t for t in BENCH_SAMPLE if len(t) < 300]
    assert figures["under_300_chars"]["count"] == 4 * len(short)
    assert figures["at_2000_chars"]["count"] == 16
    assert figures["model_load_ms"] > 0
    assert figures["import_ms"] > 0 and figures["first_classify_ms"] > 0
    for part in ("under_300_chars", "at_2000_chars", "at_2000_chars_all_risk"):
        f = figures[part]
        assert 0 < f["p50_us"] <= f["p95_us"] <= f["max_us"]

    text = cli("safety", "classify", "--bench", "--rounds", "1")
    assert text.exit_code == 0, text.output
    lines = text.stdout.splitlines()
    assert re.fullmatch(
        r"start-up \(fresh interpreter\): import [\d.]+ ms, first classify [\d.]+ ms "
        r"\(model load included\)",
        lines[0],
    )
    assert re.fullmatch(r"model loaded in [\d.]+ ms", lines[1])
    assert re.fullmatch(
        rf"under 300 characters: {len(short)} messages: "
        r"p50 [\d.]+ µs, p95 [\d.]+ µs, max [\d.]+ µs, mean [\d.]+ µs",
        lines[2],
    )
    assert lines[3].startswith("2,000 characters of play and feelings: 16 messages: p50 ")


def test_explain_shows_rules_and_the_model() -> None:
    result = cli("safety", "classify", "--explain", "I want to kill myself")
    assert result.exit_code == 0, result.output
    assert "level      crisis" in result.stdout
    assert "rule       suicide.kill_myself -> crisis" in result.stdout
    assert re.search(r"model      flag [\d.]+ \(at [\d.]+\), crisis", result.stdout)
    as_json = json.loads(cli("safety", "classify", "--explain", "--json", "go north").stdout)
    assert as_json["verdict"]["level"] == "none" and as_json["rules"] == []
    assert cli("safety", "classify", "--explain", "--bench").exit_code == 2


def test_eval_scores_a_labelled_set_and_exits_by_the_bars(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        '{"text": "I want to kill myself", "level": "crisis", "category": "suicide",'
        ' "cell": "sui.ideation", "lang": "en"}\n'
        '{"text": "go north", "level": "none", "category": null, "cell": "none.play",'
        ' "lang": "en"}\n',
        encoding="utf-8",
    )
    result = cli("safety", "eval", str(good))
    assert result.exit_code == 0, result.output
    assert "every bar met" in result.stdout and "sui.ideation" in result.stdout
    missed = tmp_path / "missed.jsonl"
    missed.write_text(
        '{"text": "go north", "level": "crisis", "category": "suicide", "lang": "en"}\n',
        encoding="utf-8",
    )
    result = cli("safety", "eval", str(missed), "--misses")
    assert result.exit_code == 1
    assert "1 crisis message(s) rated none" in result.stdout and "miss [en" in result.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "level": "maybe"}\n', encoding="utf-8")
    result = cli("safety", "eval", str(bad))
    assert result.exit_code == 2 and "bad.jsonl:1: level must be one of" in result.stderr


CONTEXTUAL_CRISIS = "im done done. not the quest. me."  # none to the screen (checked below)


def test_classify_shows_the_screen_the_contextual_step_and_the_final_verdict() -> None:
    result = cli("safety", "classify", "--contextual", "I want to kill myself")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[3:] == [
        "screen    crisis",
        "context   not asked (the screen already says crisis)",
    ]
    result = cli("safety", "classify", "--json", "--contextual", CONTEXTUAL_CRISIS)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["screen"]["level"] == "none"
    assert doc["contextual"]["asked"] and doc["contextual"]["level"] == "crisis"
    assert doc["level"] == "crisis" and doc["reasons"][-1].startswith("contextual:crisis:")
    result = cli("safety", "classify", "--contextual", CONTEXTUAL_CRISIS)
    lines = result.stdout.splitlines()
    assert lines[0] == "level     crisis" and lines[3] == "screen    none"
    assert lines[4].startswith("context   crisis (flag ")


def test_classify_defaults_to_the_servers_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TTA_SAFETY_CONTEXTUAL", "false")
    assert cli("safety", "classify", CONTEXTUAL_CRISIS).stdout.splitlines()[0] == ("level     none")
    monkeypatch.setenv("TTA_SAFETY_CONTEXTUAL", "true")
    assert cli("safety", "classify", CONTEXTUAL_CRISIS).stdout.splitlines()[0] == (
        "level     crisis"
    )


def test_eval_shows_the_screen_alone_and_with_the_step(tmp_path: Path) -> None:
    labelled = tmp_path / "set.jsonl"
    labelled.write_text(
        json.dumps({"text": CONTEXTUAL_CRISIS, "level": "crisis", "category": "suicide"}) + "\n",
        encoding="utf-8",
    )
    result = cli("safety", "eval", "--contextual", str(labelled))
    assert result.exit_code == 0, result.output  # the bars are checked with the step
    alone, both = result.stdout.split("=== ")[1:]
    assert alone.startswith("set.jsonl: screen alone") and "1 crisis message(s) rated none" in alone
    assert both.startswith("set.jsonl: with the contextual step") and "every bar met" in both
    result = cli("safety", "eval", "--no-contextual", str(labelled))
    assert result.exit_code == 1 and result.stdout.count("=== ") == 1
