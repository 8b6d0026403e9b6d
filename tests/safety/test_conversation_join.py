"""The conversation screen's joined messages (rule a. in tta_server/safety/conversation.py)
give the same verdicts as screening every join in full with ``classify``, as the screen did
before it skipped the learned model where no rule fires and remembered short joins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tta_server.safety import Assessment, Level, classifier, classify
from tta_server.safety.conversation import (
    JOINED_CACHE_CHARS,
    PREFIX,
    Recent,
    _joined_cached,
    _joined_crisis,
    assess,
)

HERE = Path(__file__).parent
SETS = ("eval_set.jsonl", "blind8.jsonl")


def _messages() -> list[str]:
    out: list[str] = []
    for name in SETS:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


MESSAGES = _messages()


def reference(joined: str) -> Assessment | None:
    """What rule a. first did with a join: ``classify`` in full, a crisis when a rule is among
    its reasons."""
    verdict = classify(joined)
    if verdict.level is Level.CRISIS and any(":" not in reason for reason in verdict.reasons):
        return verdict
    return None


def _joins() -> list[str]:
    """Every two and three consecutive messages of the sets, joined as rule a. joins them."""
    return [
        " ".join(t.strip() for t in MESSAGES[i - n : i + 1])
        for i in range(2, len(MESSAGES))
        for n in (1, 2)
    ]


JOINS = _joins()


def _compare(joins: list[str]) -> int:
    """Compare each join's answer with the reference; the number of joined crises."""
    found = 0
    for joined in joins:
        expected = reference(joined)
        assert _joined_crisis(joined) == expected, joined
        found += expected is not None
    return found


def test_joined_verdicts_are_the_full_screens() -> None:
    found = _compare(JOINS)
    assert len(JOINS) > 2500 and found > 50  # many joined crises that must not be missed


def test_remembered_joins_are_the_full_screens() -> None:
    _joined_cached.cache_clear()
    some = JOINS[:1000]
    found = _compare(some)
    assert _compare(some) == found  # again, now from the remembered joins
    assert _joined_cached.cache_info().hits >= len(
        {j for j in some if len(j) <= JOINED_CACHE_CHARS}
    )


def test_remembered_joins_follow_the_model_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    # joins that are a crisis only with the model (a rule's concern, the model's crisis)
    with_model = [j for j in JOINS if (v := reference(j)) and any("model:" in r for r in v.reasons)]
    assert len(with_model) >= 3  # 3 since round 26's crisis head (5 before): enough to switch
    assert _compare(with_model) == len(with_model)
    monkeypatch.setattr(classifier, "USE_MODEL", False)
    assert _compare(with_model) < len(with_model)  # the rules alone: not remembered answers


def test_a_split_crisis_of_the_sets_is_a_crisis_in_conversation() -> None:
    for i in range(2, len(MESSAGES)):
        before, text = MESSAGES[i - 1], MESSAGES[i]
        verdicts = classify(before), classify(text)
        expected = reference(f"{before.strip()} {text.strip()}")
        if expected is None or Level.CRISIS in (v.level for v in verdicts):
            continue
        got = assess(text, verdicts[1], [Recent(before, verdicts[0].level, verdicts[0].category)])
        assert got.level is Level.CRISIS and got.reasons == tuple(
            PREFIX + r for r in expected.reasons
        ), (before, text)
        return
    raise AssertionError("no split crisis in the sets")
