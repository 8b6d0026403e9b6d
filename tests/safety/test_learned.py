"""The learned second signal: the shipped model, its scorer, and how it joins the rules."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tta_server.safety import Level, classifier, classify, explain, learned, normalise

ROOT = Path(__file__).resolve().parents[2]


def reference(model: learned.Model, text: str) -> tuple[float, float]:
    """P(flag), P(crisis) computed the slow way, straight from ``feature_counts``."""
    counts = learned.feature_counts(normalise(text))
    total = sum(counts.values())
    sums = [0.0, 0.0]
    for feature, n in counts.items():
        w = model.weights.get(feature)
        if w is not None:
            sums[0] += w[0] * n
            sums[1] += w[1] * n
    scale = 1 / math.sqrt(total)
    return (
        1 / (1 + math.exp(-(model.bias[0] + sums[0] * scale))),
        1 / (1 + math.exp(-(model.bias[1] + sums[1] * scale))),
    )


@pytest.mark.parametrize(
    "text",
    [
        "go north",
        "i have all my tablets lined up and nobody will miss me",
        "the the the the",  # repeated words count once
        "je suis sur le pont , je regarde l'eau . plus rien ne compte",
        "x" * 3000,
    ],
)
def test_the_cached_scorer_matches_the_reference(text: str) -> None:
    model = learned.load()
    for _ in range(2):  # cold, then from the word cache
        scores = model.score(normalise(text))
        flag, crisis = reference(model, text)
        assert scores.flag == pytest.approx(flag, abs=1e-9)
        assert scores.crisis == pytest.approx(crisis, abs=1e-9)


def test_the_word_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    model = learned.load()
    monkeypatch.setattr(learned, "WORD_CACHE", 50)
    model.score(" ".join(f"word{i}" for i in range(200)))
    assert len(model._cache) <= 50


def test_features_of_a_word_and_a_pair() -> None:
    counts = learned.feature_counts("i want . to go")
    assert counts["w:want"] == 1 and counts[" wa"] == 1 and counts["ant "] == 1
    assert counts["b:i want"] == 1 and counts["b:to go"] == 1
    assert "b:want to" not in counts  # a sentence mark ends a pair


def test_model_raises_a_level_the_rules_missed_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    model = learned.load()
    caught = [
        text
        for text in (
            "honestly whats the point of any of it anymore",
            "i feel like a ghost in my own house, nobody sees me",
            "everything is grey and heavy and i cant get up",
        )
        if model.score(normalise(text)).level(model.flag_at, model.crisis_at) is not Level.NONE
    ]
    assert caught, "none of the probes is flagged by the model"
    monkeypatch.setattr(classifier, "USE_MODEL", False)
    rules_alone = {t: classify(t).level for t in caught}
    monkeypatch.setattr(classifier, "USE_MODEL", True)
    for text in caught:
        got = classify(text)
        assert got.level is not Level.NONE
        if rules_alone[text] is Level.NONE:
            assert any(r.startswith("model:") for r in got.reasons), got


def test_a_rule_that_weakened_itself_is_not_overruled_by_the_model() -> None:
    got = classify("I'm not going to hurt anyone in real life")
    assert got.level is Level.NONE
    assert explain("I'm not going to hurt anyone in real life")["model"]["consulted"] is False


def test_explain_names_rules_model_and_verdict() -> None:
    why = explain("I want to kill myself")
    assert why["verdict"]["level"] == "crisis"
    assert any(r["rule"] == "suicide.kill_myself" for r in why["rules"])
    assert set(why["model"]) >= {"flag", "flag_at", "crisis", "crisis_at", "version"}


@pytest.mark.timeout(900)  # training takes 2-6 minutes on the shared 2-core machine (round 26)
def test_the_shipped_model_is_what_the_training_script_makes_of_the_corpus() -> None:
    """Fails when the corpus or the normalisation changed and the model was not retrained:
    run `.venv/bin/python scripts/train_safety_model.py`. The BLAS thread count changes the
    weights in their last digits, so the run gets the library defaults whatever this process
    was given (a module that set OMP_NUM_THREADS once made CI fail here)."""
    threads = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
    env = {k: v for k, v in os.environ.items() if k not in threads}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts/train_safety_model.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=840,
        env=env,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    "text",
    ["tonight", "the rope", "i have pills", "stand still and listen", "ok stand still and listen"],
)
def test_the_model_alone_does_not_hold_a_story_on_a_word_or_two(text: str) -> None:
    model = learned.load()
    assert len(normalise(text).split(" ")) < classifier.MODEL_CRISIS_MIN_WORDS
    got = classify(text)
    assert got.level is not Level.CRISIS or not any(r.startswith("model:") for r in got.reasons)
    if model.score(normalise(text)).crisis >= model.crisis_at:  # the guard is what held it back
        assert got.level is Level.CONCERN


def test_long_in_fiction_prose_is_rarely_flagged_and_never_held_by_the_model() -> None:
    """The worlds' own prose (scripts/world_prose.py): the model alone calls crisis only on
    messages of at most ``MODEL_CRISIS_MAX_WORDS`` words, and flags longer ones only on a high
    score (docs/safety.md, "False alarms on in-fiction prose")."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts/world_prose.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    texts = [json.loads(line)["text"] for line in done.stdout.splitlines() if line.strip()]
    assert len(texts) >= 300
    got = [classify(t) for t in texts]
    flagged = sum(a.level is not Level.NONE for a in got) / len(texts)
    crisis = sum(a.level is Level.CRISIS for a in got) / len(texts)
    # round 10 (docs/safety.md): 40 of 738 flagged, none held ("so sad I can't breathe" was
    # the rules' one crisis); a retrain that flags fewer must keep the blind floors too. Round
    # 32 (a long message read sentence by sentence, windows with the speaker in them): 52 of
    # 919, a characters' first-person line a check-in where the model reads risk in it; 55 of
    # 929 with play37 and play38's new lines (the Lantern Coast after its ending: four more,
    # the whole-message model, and one more window)
    assert flagged <= 0.06, flagged
    assert crisis == 0, [t for t, a in zip(texts, got, strict=True) if a.level is Level.CRISIS]
    for text, a in zip(texts, got, strict=True):
        if len(normalise(text).split(" ")) > classifier.MODEL_CRISIS_MAX_WORDS:
            assert a.level is not Level.CRISIS or not any(
                r.startswith("model:") for r in a.reasons
            ), (text, a.reasons)


@pytest.mark.parametrize("command", ["e", "w", "ne", "sw", "x", "i", "l", "z", "g", "u", "d"])
def test_the_games_one_and_two_letter_commands_are_never_flagged(command: str) -> None:
    """A newcomer typing "e" to go east got a check-in every time (the model, from one letter)."""
    assert classify(command).level is Level.NONE
