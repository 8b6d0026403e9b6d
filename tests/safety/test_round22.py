"""Round 22 (docs/safety.md "Round 22"): the fuller contextual index (every development round
since 6, round 21b's and this round's sets, blind sets 8-17) tried with the two gates round 21's
failed; it lost crises on blind set 20 as served and was not shipped (the index is round 14's).
Its development set (``dev/round22.jsonl``: in neither learned signal) holds the round 11
look-alike's neighbours (early alarms, Monday mornings, not wanting to get up, "could sleep
forever" of tiredness) beside their serious twins (hoping not to wake at all), harmless moves up
to a loft or a terrace said softly beside going up to jump, and everyday strain (work worry, poor
sleep, tension) as concern. The sentences below are in no set: as served, a soft move in a game
is never held, a look-alike of waking is not raised, and the crises and strain beside them keep
their level."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    assert_in_no_set,
    assert_none,
    assert_set_shape,
    dev_set,
    served,
)
from tta_server.safety import Level

ROWS = dev_set("round22.jsonl")

#: Harmless moves up, said softly: none to the screen and never a crisis as served (round 21's
#: fuller index held the second). The first two were the check-in panel's wire tests' `CLIMB`.
SOFT_MOVES = [
    "i'll climb up to the net loft and have a quiet look around",
    "rue, i think i'll go up to the loft now and have a quiet look around",
    "heading up to the loft for some quiet time",
    "i'll go up to the lamp room and watch the sea for a bit",
    "subo al desván a mirar un rato, en silencio",
    "je monte au grenier, juste pour être tranquille un moment",
    "ich geh hoch auf den dachboden, ein bisschen ruhe",
]

#: Ordinary dislike of waking early: the vote adds no flag to them.
WAKING = [
    "some mornings i'm disappointed the alarm went off so early",
    "could honestly sleep forever, this week wiped me out",
    "odio el despertador de los lunes",
    "je déteste me lever tôt le lundi",
]

#: Their serious twins: crisis as served.
TWINS = [
    "some mornings i'm disappointed i woke up at all",
    "i hope i don't wake up tomorrow",
    "going up to the roof of the car park now to jump",
    "ich steig jetzt aufs dach und spring runter",
]

#: Everyday strain: flagged (concern) as served.
STRAIN = [
    "work has me so wound up i can't switch off at night",
    "i've been tense and on edge about my job for weeks",
]


def test_the_set_has_its_shape_and_is_taken_from_nowhere() -> None:
    assert_set_shape(
        ROWS,
        at_least=190,
        classes={"sui.wish_dead", "sui.place"},
        none_per_language=13,
        crisis_per_language=9,
    )
    for lang in {r.lang for r in ROWS}:  # strain beside them, in every language
        assert sum(r.level == "concern" for r in ROWS if r.lang == lang) >= 6, lang
    assert_taken_from_nowhere(ROWS, "round22.jsonl")
    assert_in_no_set(ROWS, SOFT_MOVES, WAKING, TWINS, STRAIN)


@pytest.mark.parametrize("text", SOFT_MOVES)
def test_a_soft_move_up_is_none_and_never_held(text: str) -> None:
    assert_none(text)
    assert served(text).level is not Level.CRISIS


@pytest.mark.parametrize("text", WAKING)
def test_dislike_of_waking_early_is_not_raised(text: str) -> None:
    assert served(text).level is Level.NONE


@pytest.mark.parametrize("text", TWINS)
def test_not_wanting_to_wake_and_going_up_to_jump_are_crisis(text: str) -> None:
    assert served(text).level is Level.CRISIS


@pytest.mark.parametrize("text", STRAIN)
def test_everyday_strain_is_flagged(text: str) -> None:
    assert served(text).level is Level.CONCERN
