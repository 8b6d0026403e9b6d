"""Round 9's development set (``tests/safety/dev/round9.jsonl``): talk to the story's characters
(thanks, comfort, offers to go somewhere together, apologies, grief inside the story, goodbyes,
fear of a place in the game, promises, kind questions), labelled none, and risk said inside the
same talk, in six languages (docs/safety.md, "Round 9"). It trains both learned signals; this
holds the shape the round promised, so that an edit cannot quietly thin it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.safety.overlap import assert_taken_from_nowhere
from tta_server.safety.evaluate import LANGUAGES, load

HERE = Path(__file__).resolve().parent
ROWS = load(HERE / "dev" / "round9.jsonl")

#: The risk cells the round wrote inside kind talk (every one in every language).
RISK_CELLS = {
    "sui.wish_dead", "sui.ideation", "sui.preparatory", "sui.plan", "sui.means", "sui.unsafe",
    "sui.burden", "sui.intent", "self.act", "med.overdose", "abuse.danger_now", "harm.intent",
    "dis.hopeless", "dis.worthless", "dis.isolation", "dis.low_mood", "dis.self_harm_urges",
    "dis.grief", "dis.other_at_risk",
}  # fmt: skip


def test_it_is_large_and_in_six_languages() -> None:
    assert len(ROWS) >= 1600
    by_lang = Counter(r.lang for r in ROWS)
    assert set(by_lang) == set(LANGUAGES)
    assert min(by_lang.values()) >= 250, by_lang


def test_kind_talk_is_at_least_800_and_risk_nearly_as_much() -> None:
    levels = Counter(r.level for r in ROWS)
    assert levels["none"] >= 800, levels
    assert levels["crisis"] + levels["concern"] >= 0.8 * levels["none"], levels
    assert {r.cell for r in ROWS if r.level == "none"} == {"none.talk", "lookalike"}


def test_every_risk_cell_is_in_every_language() -> None:
    for lang in LANGUAGES:
        have = {r.cell for r in ROWS if r.lang == lang and r.level != "none"}
        assert have == RISK_CELLS, (lang, sorted(RISK_CELLS ^ have))


#: Blind set 12's writer (2026-12-05, 06:22-06:28 UTC, given only the taxonomy, never the
#: repository) translated the taxonomy's own `none.talk` example into Italian word for word, as
#: round 9's writer had: written by both, not taken; blind set 13's writer (09:38-09:43 UTC, the
#: same brief) did it again, blind set 16's writer (2026-12-05, 22:17-22:29 UTC) once more, and
#: blind set 22's writer (2026-12-06, 13:36-13:44 UTC) too.
#: The line: "vieni con me in cantina, in due fa meno paura".
WRITTEN_BY_BOTH = {
    "blind12.jsonl": 1,
    "blind13.jsonl": 1,
    "blind16.jsonl": 1,
    "blind22.jsonl": 1,
}


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round9.jsonl", WRITTEN_BY_BOTH)
