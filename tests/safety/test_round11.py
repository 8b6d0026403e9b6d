"""Round 11's development set (``tests/safety/dev/round11.jsonl``, docs/safety.md "Round 11"):
written as people type, mostly English, from the crisis cells blind set 10's first score named
weakest (wishing to be dead, attempts, plans, intent to harm others, means and overdoses), each
with everyday look-alikes (the same words in ordinary life, idiom, play and talk to the story's
characters), plus a few concern cells on their line with crisis. It trains the contextual index
only (``train_safety_contextual.INDEX_ONLY``); this holds the shape the round promised."""

from __future__ import annotations

from collections import Counter

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import assert_set_shape, dev_set

ROWS = dev_set("round11.jsonl")

WEAKEST = {"sui.wish_dead", "sui.attempt", "sui.plan", "harm.intent", "sui.means", "med.overdose"}


def test_it_has_at_least_500_messages_mostly_english_none_repeated() -> None:
    assert_set_shape(ROWS, at_least=500)
    assert Counter(r.lang for r in ROWS)["en"] >= 0.75 * len(ROWS)


def test_the_weakest_cells_each_have_many_messages_and_look_alikes_beside_them() -> None:
    cells = Counter(r.cell for r in ROWS if r.lang == "en")
    for cell in WEAKEST:
        assert cells[cell] >= 19, (cell, cells[cell])
    # every language has its risk and its look-alikes
    assert_set_shape(ROWS, at_least=500, classes=WEAKEST, none_per_language=7, none_in_all=150)


#: Messages two writers wrote alike, by count: blind set 13's writer (2026-12-05, 09:38-09:43 UTC,
#: given only the taxonomy, never the repository) wrote one of round 11's ordinary German lines
#: about a night shift, word for word; blind set 19's writer (2026-12-06, 04:30-04:45 UTC, the
#: same) wrote a French wish to fall asleep and never wake up and a German threat to take a
#: father's gun to school tomorrow, word for word as round 11 has them.
WRITTEN_BY_BOTH = {"blind13.jsonl": 1, "blind19.jsonl": 2}


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round11.jsonl", WRITTEN_BY_BOTH)
