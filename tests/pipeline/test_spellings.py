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
from tta_server.pipeline import parser
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
        ("light the great lamp", "lite the great lamp"),
        ("give the blanket to skipper", "giv the blanket to skipper"),
        ("ask Rue what's happened to the lighthouse", "ask Rue wat's happened to the lighthouse"),
        ("ask Rue what's happened to the lighthouse", "ask Rue wats happened to the lighthouse"),
    ],
)
def test_typed_words_play_as_the_plain_ones(plain: str, typed: str) -> None:
    w, state = _before(plain)
    assert steps(play(w, state, typed)) == steps(play(w, state, plain))


@pytest.mark.parametrize(
    ("plain", "typed"),
    [
        ("examine the slate", "examin the slate"),
        ("look around", "look arond"),
        ("where is pip", "wer is pip"),
        ("what do i do now", "wat do i do now"),
    ],
)
def test_words_spelt_by_ear_play_as_the_plain_ones(plain: str, typed: str) -> None:
    """Newcomer 28, dyslexic, spelt by ear: refused or misread before."""
    w, state = _before("look at the slate")
    assert steps(play(w, state, typed)) == steps(play(w, state, plain))


#: "You" as texted (newcomer 22, writing English as a second language: "bastian u were very
#: kind with everybody. thank u for the tea" was answered "There's no sign of any u here").
@pytest.mark.parametrize(
    "text",
    ["thank u for the tea", "thank ya bastian", "yu are kind", "u ok?", "u were so kind to me"],
)
def test_you_as_texted_is_never_looked_for_as_a_thing(text: str) -> None:
    w = world("ember_library")
    state = new_state(w).model_copy(update={"location": "bindery"})
    result = play(w, state, text)
    assert result.steps, text
    for step in result.steps:
        assert step.action.target_id == "bastian" or step.action.intent == "thank", steps(result)
        assert "u" not in (step.outcome.facts.get("name") or "").split(), steps(result)


@pytest.mark.parametrize(
    ("texted", "plain"),
    [("can u help me", "can you help me"), ("u ok?", "you ok?"), ("see ya rue", "see you rue")],
)
def test_you_as_texted_plays_as_you(texted: str, plain: str) -> None:
    w = world("lantern_coast")
    state = new_state(w).model_copy(update={"location": "tea-hut"})
    assert steps(play(w, state, texted)) == steps(play(w, state, plain))


@pytest.mark.parametrize(("text", "ways"), [("go u", ["up"]), ("n u", ["north", "up"])])
def test_u_after_going_or_among_ways_is_still_up(text: str, ways: list[str]) -> None:
    assert [i.target for i in parser.parse(text)] == ways


@pytest.mark.parametrize(
    ("said", "english"),
    [
        ("tak, i will try", "yes, i will try"),
        ("tak. how we check?", "yes. how we check?"),
        ("nie, nie. is not your fault", "no, no. is not your fault"),
        ("tak, dobra. we check together", "yes, okay. we check together"),
        ("ja, of course", "yes, of course"),
        ("Tak!", "yes!"),
    ],
)
def test_yes_and_no_in_a_players_own_language_are_yes_and_no(said: str, english: str) -> None:
    """Newcomer 27 (from Gdansk) answered Pip "tak, i try" and met "Take what, exactly?": a
    yes, no or okay of another language, alone as a clause, is the English word."""
    w, state = _before("look at the slate")  # Pip has just been talked to
    assert steps(play(w, state, said)) == steps(play(w, state, english))
    assert "take" not in [intent for intent, _ in steps(play(w, state, said))]


def test_tak_before_a_thing_is_still_scots_for_take() -> None:
    w, state = _before("pick up the blanket")
    assert steps(play(w, state, "tak the blanket")) == steps(play(w, state, "take the blanket"))
