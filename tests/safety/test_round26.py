"""Round 26: the n-gram model's crisis head trained on every set written since (docs/safety.md).

The crisis head learns from every development round and blind sets 8-23; the flag head and the
contextual index keep their corpus. Two guards come with it: the model alone no longer holds a
story on self-criticism with no word of another cell or of absence (``dis.worthless`` is a
concern in the taxonomy), nor on a crisis its own flag head barely sees as risk.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tta_server.safety import Level, classify, learned
from tta_server.safety.normalisation import normalise
from tta_server.safety.self_criticism import self_critical_only

from .round_checks import CRISIS_HEAD_CONCERNS, served

ROOT = Path(__file__).resolve().parents[2]


def _training_sets() -> dict[str, list[str]]:
    """The training script's file lists, read in a child process: importing it here would load
    scipy's own BLAS with its default threads into the test process, which
    tests/test_contextual_pool.py checks is left at one."""
    code = (
        "import json, sys; sys.path.insert(0, 'scripts'); import train_safety_model as t; "
        "print(json.dumps({'crisis': [p.name for p in t.CRISIS_CORPUS], "
        "'flag': [p.name for p in t.CORPUS], 'held_out': sorted(t.HELD_OUT), "
        "'parts': [list(p.parts) for p in t.CRISIS_CORPUS]}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    sets: dict[str, list[str]] = json.loads(done.stdout)
    return sets


@pytest.mark.parametrize(
    "text",
    [
        "honestly i keep telling myself im not good enough",
        "yeah i think i have. i'm always telling myself i'm not good enough",
    ],
)
def test_the_models_crisis_alone_on_self_criticism_is_a_concern(text: str) -> None:
    model = learned.load()
    scores = model.score(normalise(text))
    assert scores.crisis >= model.crisis_at  # the model alone would hold the story
    assert scores.flag >= model.flag_at  # and the other guard does not apply
    got = classify(text)
    assert got.level is Level.CONCERN, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i'm always telling myself im not good enough", True),
        ("i am such a failure, i ruin everything", True),
        ("i'm not good enough, they'd all be happier without me", False),
        ("i'm useless and i want to die", False),
        ("i'm a burden, it's my last message", False),
        ("i'm such a burden to everyone", False),
        ("the lamp is not good enough to see by", False),
    ],
)
def test_self_criticism_is_told_from_absence_and_other_cells(text: str, expected: bool) -> None:
    assert self_critical_only(normalise(text)) is expected


def test_a_crisis_the_flag_head_does_not_flag_is_a_concern() -> None:
    """The worlds' own clock line scored crisis 0.88 by the crisis head, flag 0.22."""
    text = "Tock. And tock. And tock. Slow enough to breathe to, if you wanted."
    model = learned.load()
    scores = model.score(normalise(text))
    assert scores.crisis >= model.crisis_at
    assert scores.flag < model.flag_at
    assert classify(text).level is Level.CONCERN


def test_a_rule_crisis_is_never_lowered_by_either_guard() -> None:
    assert classify("i'm useless, i'm going to kill myself tonight").level is Level.CRISIS
    assert classify("i'm not good enough and i have the pills ready").level is Level.CRISIS


def test_the_crisis_head_trains_on_the_sets_written_since_and_never_on_the_judges() -> None:
    sets = _training_sets()
    names = set(sets["crisis"])
    assert {f"blind{n}.jsonl" for n in range(1, 24)} <= names
    assert {"round6.jsonl", "round24.jsonl", "round25.jsonl"} <= names
    assert not names & {
        f"blind{n}.jsonl" for n in (24, 25, 26, 27, 28, 29, 30, 31, 32)
    }  # judges only
    assert all("corpus" not in parts for parts in sets["parts"])  # newcomers' play
    flag_names = set(sets["flag"])
    assert not flag_names & set(sets["held_out"])
    assert not flag_names & {f"blind{n}.jsonl" for n in range(8, 26)}


@pytest.mark.parametrize("text", sorted(CRISIS_HEAD_CONCERNS))
def test_look_alikes_the_crisis_head_alone_reads_are_a_check_in_never_a_hold(text: str) -> None:
    model = learned.load()
    scores = model.score(normalise(text))
    assert scores.crisis >= model.crisis_at and scores.flag < model.flag_at  # else: take it out
    assert classify(text).level is Level.CONCERN
    assert served(text).level is not Level.CRISIS
