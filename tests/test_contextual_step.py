"""How the turn path's contextual step reads a text (``tta_server.contextual_step``): plain game
commands are kept off the encoder, words said to a character present are replies (a crisis the
signal alone gives them becomes concern), anything else goes to the signal."""

from __future__ import annotations

import pytest

from tta_server.contextual_step import Reading, answer_capped, reading, reply_capped
from tta_server.pipeline import meta
from tta_server.pipeline.play import play
from tta_server.safety.model import Assessment, Category, Level
from tta_server.settings import load_settings
from tta_server.world.schema import World
from tta_server.world.state import WorldState, new_state
from tta_server.world_catalogue import load_worlds

WORLD = load_worlds(load_settings().worlds())[0]["lantern-coast"]


def _read(text: str, *before: str) -> Reading:
    state = new_state(WORLD)
    for command in before:
        state = play(WORLD, state, command).state
    return reading(WORLD, state, text, meta.world_verbs(WORLD), meta.known_words(WORLD))


@pytest.mark.parametrize(
    "text", ["go north", "n", "take the lamp", "x lantern", "inventory", "look", "undo", "score"]
)
def test_plain_commands_are_commands(text: str) -> None:
    assert _read(text) is Reading.COMMAND


@pytest.mark.parametrize(
    "text",
    [
        "take all the pills",  # a word the world does not know
        "i don't trust me with me tonight",
        "jump off the bridge",
        "walk into the sea and keep going",
    ],
)
def test_free_text_goes_to_the_signal(text: str) -> None:
    assert _read(text) is Reading.OTHER


def test_words_to_someone_present_are_a_reply() -> None:
    assert _read("talk to rue", "go inside") is Reading.COMMAND
    assert _read("thank you rue. you were the one who noticed", "go inside") is Reading.REPLY
    assert _read("rue, im sorry. thank you for telling me", "go inside") is Reading.REPLY
    assert _read("hello? sorry to barge in. are you ok?", "go inside") is Reading.REPLY
    assert _read("hello? sorry to barge in. are you ok?") is Reading.OTHER  # nobody here


def test_a_reply_is_raised_to_concern_at_most() -> None:
    base = Assessment(Level.NONE, None, ("model:none:0.10",))
    raised = Assessment(Level.CRISIS, Category.SUICIDE, (*base.reasons, "contextual:crisis:0.93"))
    capped = reply_capped(raised, base)
    assert capped.level is Level.CONCERN and capped.category is Category.SUICIDE
    assert capped.reasons == ("model:none:0.10", "contextual:concern:0.93:reply")


def test_the_players_words_at_a_moment_that_asks_for_them_are_a_reply() -> None:
    """Newcomer play (corpus 4): answering the harsh page in the Ember Library with "you're
    wrong. i came here and i already helped someone tonight" was held as a crisis by the
    contextual signal alone, pausing the story at the very kindness the game asks for."""
    from tests.pipeline.walkthroughs import EMBER_LIBRARY

    world = load_worlds(load_settings().worlds())[0]["ember-library"]
    state = new_state(world)
    for command in EMBER_LIBRARY[: EMBER_LIBRARY.index("answer it")]:
        state = play(world, state, command).state
    said = "you're wrong. i came here and i already helped someone tonight"
    verbs, known = meta.world_verbs(world), meta.known_words(world)
    assert reading(world, state, said, verbs, known) is Reading.REPLY
    assert reading(world, new_state(world), said, verbs, known) is Reading.OTHER  # no moment


def _at_rues_question() -> tuple[World, WorldState]:
    """The tea hut, Rue asking "Would you try?" (newcomer 13, n=352)."""
    world = WORLD
    state = new_state(world)
    for text in ("go inside", "talk to rue"):
        state = play(world, state, text).state
    assert state.asking.get("rue")
    return world, state


def _model_crisis(score: str = "0.93") -> Assessment:
    return Assessment(Level.CRISIS, Category.SUICIDE, (f"model:crisis:{score}",))


def test_the_models_crisis_on_a_short_plain_answer_to_a_character_is_concern() -> None:
    """Newcomer 13 turned down Rue's errand ("no. not my problem tbh") and the n-gram model
    alone (0.93) held the story. A short answer with no word of risk, distress or burden, said
    while a character asks, is a concern (alert, no hold)."""
    world, state = _at_rues_question()
    for text in ("nah, not my thing, sorry", "no. not my job honestly", "maybe later, not now"):
        got = answer_capped(world, state, text, _model_crisis())
        assert got.level is Level.CONCERN and got.reasons == ("model:concern:0.93:answer",)


@pytest.mark.parametrize(
    "text",
    [
        "no. i won't be a problem much longer",  # burden
        "no point, i'm done with everything",  # risk words
        "no. too exhausted for any of it",  # distress
        "no, honestly i would rather just stop existing altogether right now",  # long
    ],
)
def test_a_short_answer_with_risk_words_or_a_long_one_keeps_the_models_crisis(text: str) -> None:
    world, state = _at_rues_question()
    assert answer_capped(world, state, text, _model_crisis()).level is Level.CRISIS


def test_unasked_or_named_by_a_rule_the_crisis_stays() -> None:
    world, state = _at_rues_question()
    ruled = Assessment(Level.CRISIS, Category.SUICIDE, ("suicide.en_wish",))
    assert answer_capped(world, state, "no. not my job honestly", ruled) is ruled
    world = WORLD
    quiet = play(world, new_state(world), "go inside").state  # nobody asking yet
    crisis = _model_crisis()
    assert answer_capped(world, quiet, "no. not my job honestly", crisis) is crisis
