"""Small words as people type them, and their Scots forms (newcomer 21, issue 14).

A retired Glasgow postman typing with one finger was refused with the thing at hand: "fill teh
lamp wi the oil" in the lamp room ("nothing comes of it here"), "light teh lamp wi a match" (the
tin of matches lit), "go doon the stair" (with "down" a way out). ``clauses.normalise`` reads
"teh", "wi", "doon", "tak", "aboot" ... as the words they stand for: the same steps as the plain
words, from the same state."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import steps
from tests.pipeline.walkthroughs import LANTERN_COAST
from tta_server.pipeline.clauses import _SPELLINGS
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World

DATA = Path(__file__).resolve().parents[2] / "tta_server" / "data"


def test_no_spelling_is_a_word_of_a_shipped_world() -> None:
    text = " ".join(p.read_text(encoding="utf-8").lower() for p in DATA.rglob("*.toml"))
    words = set(re.findall(r"[a-z]+", text))
    assert not words & set(_SPELLINGS), sorted(words & set(_SPELLINGS))


def _before(said: str) -> tuple[World, WorldState]:
    w = world("lantern_coast")
    state = new_state(w)
    for text in LANTERN_COAST[: LANTERN_COAST.index(said)]:
        state = play(w, state, text).state
    return w, state


@pytest.mark.parametrize(
    ("plain", "typed"),
    [
        ("fill the lamp with oil", "fill teh lamp wi the oil"),
        ("fill the lamp with oil", "fill teh lamp wi oil"),
        ("open the gate", "open teh gate"),
        ("go down", "go doon"),
        ("ring the fog bell", "ring teh fog bell"),
    ],
)
def test_typed_words_play_as_the_plain_ones(plain: str, typed: str) -> None:
    w, state = _before(plain)
    assert steps(play(w, state, typed)) == steps(play(w, state, plain))
