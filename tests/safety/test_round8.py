"""Round 8's development set (``tests/safety/dev/round8.jsonl``): training data for the learned
signals (the n-gram model and the contextual index), written to be unlike the earlier sets:
varied length and register, typos, chat spellings, glued words and leetspeak, euphemism, risk
told as an event or inside a game sentence or said to a character, mixed languages, and
everyday look-alikes of each (docs/safety.md, "Round 8"). Unlike round 6 and 7's sets it is not
a rules target (many of its crises are caught by the learned signals only, or not at all): this
checks the set keeps the shape the round promised, so that an edit cannot quietly thin it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.safety.overlap import assert_taken_from_nowhere
from tta_server.safety.evaluate import LANGUAGES, load

HERE = Path(__file__).resolve().parent
ROWS = load(HERE / "dev" / "round8.jsonl")


def _taxonomy_cells() -> set[str]:
    """Every crisis and concern cell named in docs/safety.md's tables."""
    text = (HERE.parents[1] / "docs" / "safety.md").read_text(encoding="utf-8")
    return {
        line.split("`")[1]
        for line in text.splitlines()
        if line.startswith("| `") and line.split("`")[1].split(".")[0] in CELL_PREFIXES
    }


CELL_PREFIXES = {"sui", "self", "med", "harm", "abuse", "dis"}


def test_it_is_large_and_in_six_languages() -> None:
    assert len(ROWS) >= 1500
    by_lang = Counter(r.lang for r in ROWS)
    assert set(by_lang) == set(LANGUAGES)
    assert min(by_lang.values()) >= 200, by_lang


def test_every_risk_cell_is_in_every_language() -> None:
    cells = _taxonomy_cells()
    assert len(cells) >= 35, cells
    for lang in LANGUAGES:
        have = {r.cell for r in ROWS if r.lang == lang}
        assert cells <= have, (lang, sorted(cells - have))


def test_look_alikes_nearly_match_the_risk_messages() -> None:
    levels = Counter(r.level for r in ROWS)
    assert levels["none"] >= 0.8 * (levels["crisis"] + levels["concern"]), levels


#: Messages that round 8's writer and a later blind set's writer each wrote on their own, at the
#: same time, neither seeing the other's (not taken: kept, and named here so that nothing else
#: may be): blind set 8 and round 8 were written in parallel on 2026-12-04, and both wrote this
#: in-game command, both labelled `none`. Blind set 9's writer (later the same day, never opening
#: the repository) wrote three short messages round 8 also holds; blind set 10's writer (2026-12-04,
#: 22:45-22:51 UTC, the same) one of them again; blind set 11's writer (2026-12-05, 02:05-02:13 UTC,
#: given only the taxonomy) a plain Spanish line of ideation; blind set 13's writer (2026-12-05,
#: 09:38-09:43 UTC, the same) the lighthouse command again, and blind set 14's (2026-12-05,
#: 13:13-13:19 UTC, the same) once more; blind set 15's writer (2026-12-05, 21:57-22:09 UTC, the
#: same) the glued French "jveuxmourir"; blind set 16's writer (2026-12-05, 22:17-22:29 UTC, the
#: same) the lighthouse command in English, Portuguese and Italian and "i could sleep for a year";
#: blind set 17's writer (2026-12-06, 00:46-00:56 UTC, the same) "i could sleep for a year" and a
#: Spanish line of vomiting after dinner; blind set 18's writer (2026-12-06, 04:03-04:12 UTC, the
#: same) the in-game command "put the knife in my bag"; blind set 20's writer (2026-12-06,
#: 07:20-07:27 UTC, the same) blind 9's Italian line of a burn made on purpose with a lighter;
#: blind set 21's writer (2026-12-06, 10:24-10:37 UTC, the same) the lighthouse command again.
#: The lines: blind 8 "count the pills in the apothecary's jar"; blind 9 "climb the lighthouse
#: stairs to the top", "desde q piso una caida es mortal seguro", "mi sono bruciato il braccio con
#: l'accendino apposta"; blind 10 and 13 the lighthouse line; blind 11 "llevo semanas pensando en
#: quitarme la vida".
WRITTEN_BY_BOTH = {
    "blind8.jsonl": 1,
    "blind9.jsonl": 3,
    "blind10.jsonl": 1,
    "blind11.jsonl": 1,
    "blind13.jsonl": 1,
    "blind14.jsonl": 1,
    "blind15.jsonl": 1,
    "blind16.jsonl": 4,
    "blind17.jsonl": 2,
    "blind18.jsonl": 1,
    "blind20.jsonl": 1,
    "blind21.jsonl": 1,
}


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round8.jsonl", WRITTEN_BY_BOTH)
