"""Round 10's development set (``tests/safety/dev/round10.jsonl``): messages written one by one
as a player would type them, not composed from templates (docs/safety.md, "Round 10"): talk to
the story's characters (thanks, comfort, apologies, fear of a place in the game, grief inside
the story, goodbyes, ordinary talk of tonight and of a first night), in-character narration and
plain commands, labelled none, and risk said inside such talk, in six languages. It trains
both learned signals; this holds the shape the round promised."""

from __future__ import annotations

from collections import Counter

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import assert_set_shape, dev_set
from tta_server.safety.evaluate import LANGUAGES

ROWS = dev_set("round10.jsonl")

#: The risk cells written inside talk to characters, every one in every language.
RISK_CELLS = {
    "sui.wish_dead", "sui.ideation", "sui.preparatory", "sui.plan", "sui.means", "sui.unsafe",
    "sui.intent", "self.act", "med.overdose", "abuse.danger_now", "harm.intent",
    "dis.worthless", "dis.isolation", "dis.low_mood", "dis.self_harm_urges", "dis.grief",
    "dis.other_at_risk",
}  # fmt: skip


def test_it_has_at_least_600_messages_in_six_languages_none_repeated() -> None:
    assert_set_shape(ROWS, at_least=600)
    by_lang = Counter(r.lang for r in ROWS)
    assert min(by_lang.values()) >= 80, by_lang


def test_talk_narration_and_commands_are_none_and_risk_is_in_every_language() -> None:
    assert {r.cell for r in ROWS if r.level == "none"} == {
        "none.talk",
        "none.fiction",
        "none.ingame",
    }
    assert sum(r.cell == "none.talk" for r in ROWS) >= 400
    for lang in LANGUAGES:
        have = {r.cell for r in ROWS if r.lang == lang and r.level != "none"}
        assert have >= RISK_CELLS, (lang, sorted(RISK_CELLS - have))


#: Blind set 19's writer (2026-12-06, 04:30-04:45 UTC, given only the taxonomy) also wrote the
#: in-game command "drop everything except the lamp" (`none`); blind set 20's writer (2026-12-06,
#: 07:20-07:27 UTC, the same) the in-game command "give the key to maren" (`none`).
WRITTEN_BY_BOTH = {"blind19.jsonl": 1, "blind20.jsonl": 1}
#: "sit on the bench for a bit", a none of this set, typed word for word by newcomer 30 (corpus
#: 27, 2026-12-07), who never saw it: an everyday command, not play tuned on.
PLAYED_TOO = {"newcomers-27.jsonl": 1}


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round10.jsonl", WRITTEN_BY_BOTH, PLAYED_TOO)
