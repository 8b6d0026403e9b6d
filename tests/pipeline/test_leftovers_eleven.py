"""Newcomer 11's leftovers (issue 14), in other words than the corpus and in both worlds: a
correction that is only a thing keeps its verb ("take the key, no wait, the lamp"); "no
thanks, i'll manage" is a decline, and a question after it is answered; no "That's all
right." after trying to take a person; a hard feeling told beside a question is heard too."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps


@pytest.mark.parametrize(
    ("name", "at", "text", "taken"),
    [
        ("lantern_coast", "net-loft", "take the blanket, no wait, the float", "glass-float"),
        ("lantern_coast", "net-loft", "pick up the float- no wait the blanket", "blanket"),
        ("ember_library", "foyer", "grab the card catalogue, no wait, the paper twist", "biscuits"),
    ],
)
def test_a_correction_that_names_a_thing_keeps_the_verb(
    name: str, at: str, text: str, taken: str
) -> None:
    w, _ = placed(name, at)
    item = next(i for i in w.items if i.id == taken or taken in i.id)
    result = played(name, at, [text])
    assert steps(result) == [("take", "take.ok")], steps(result)
    assert result.state.inventory == [item.id]


@pytest.mark.parametrize(
    ("name", "at", "update", "text", "answer"),
    [
        ("lantern_coast", "cottage-kitchen", {"attitudes": {"maren": 3}},
         "no thanks, i'll manage. where's the key?", "held_by_speaker"),
        ("ember_library", "bindery", {}, "no thanks, i'll manage. where is juno?", "at"),
    ],
)  # fmt: skip
def test_no_thanks_is_a_decline_and_the_question_after_it_is_answered(
    name: str, at: str, update: dict[str, object], text: str, answer: str
) -> None:
    result = played(name, at, [text], [at], **update)
    assert steps(result) == [("talk", "talk.declined"), ("talk", "talk.answer")], steps(result)
    assert result.steps[-1].outcome.facts["answer"] == answer


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [("lantern_coast", "tea-hut", "take rue"), ("ember_library", "bindery", "pick up bastian")],
)
def test_taking_a_person_is_not_comforted(name: str, at: str, text: str) -> None:
    w, state = placed(name, at, [at])
    told = narrated(w, state, text)
    assert "carry" in told or "scoop" in told, told
    for filler in ("That's all right", "No harm in trying", "Nothing is lost"):
        assert filler not in told, told


FIRST = ["talk.feeling", "talk.answer"]
AFTER = ["talk.answer", "talk.feeling"]


@pytest.mark.parametrize(
    ("name", "at", "text", "order"),
    [
        ("lantern_coast", "tea-hut", "i'm scared. where is pip?", FIRST),
        ("lantern_coast", "tea-hut", "where's the quay? i'm so nervous", AFTER),
        ("ember_library", "bindery", "i'm really anxious. where is juno?", FIRST),
        ("ember_library", "bindery", "where's juno? honestly i'm exhausted", AFTER),
    ],
)  # fmt: skip
def test_a_feeling_beside_a_question_is_heard_too(
    name: str, at: str, text: str, order: list[str]
) -> None:
    result = played(name, at, [text], [at])
    assert [key for _, key in steps(result)] == order, steps(result)
