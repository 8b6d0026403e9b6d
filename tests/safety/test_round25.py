"""Round 25 (docs/safety.md "Round 25"): the learned signals retrained on every set written
since, measured by leaving one writer out (``scripts/safety_writer_holdout.py``); not shipped.

The round's own set (``dev/round25.jsonl``) is ordinary polite talk in the shipped worlds
(asking for someone, sorry for interrupting, comforting a character, answers to a check-in,
listening), written for this round from the worlds, never from the newcomers' play. Round 25
held it out of both learned signals (``train_safety_model.HELD_OUT``) and measured a retrain
with it (variant C); since round 26 it is in the crisis head's corpus (``CRISIS_CORPUS``), not
the flag head's, nor the contextual index."""

from __future__ import annotations

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import dev_set

ROWS = dev_set("round25.jsonl")


def test_the_set_is_ordinary_in_game_talk_taken_from_nowhere() -> None:
    assert len(ROWS) >= 40
    assert len({r.text for r in ROWS}) == len(ROWS)
    assert {(r.level, r.cell, r.lang) for r in ROWS} == {("none", "none.ingame", "en")}
    assert_taken_from_nowhere(ROWS, "round25.jsonl")
