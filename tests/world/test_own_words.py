"""The player's own words, quoted back as typed: a pronoun in words said to someone is never
swapped for a name, and command words or a manner ("like a friend") are never quoted as the
player's words."""

from __future__ import annotations

import json

import pytest

from tests.narrative.scenes import world
from tests.world.test_conversation import _game, _say
from tests.world.test_feelings_heard import CORPUS
from tta_server.game import Game, Live
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.replies import own_words

TO_THE_PAGE = ["go in", "w", "talk to bastian", "ask bastian how I can help mend things"]
TO_THE_PAGE += ["take the lantern", "e", "consult the catalogue", "n", "n", "take your book"]
TO_THE_PAGE += ["read my book"]


def _walk(inputs: list[str]) -> WorldState:
    w = world("ember_library")
    state = new_state(w)
    for text in inputs:
        state = play(w, state, text).state
    return state


@pytest.mark.parametrize(
    "said",
    [
        "you got the scholarship because you earned it",
        "you earned it, you belong here",
    ],
)
def test_words_said_after_a_first_clause_keep_their_pronouns(said: str) -> None:
    w = world("ember_library")
    state = _walk(["go in", "n", "talk to juno"])
    played = play(w, state, f"no, i can't tell at all. {said}")
    last = played.steps[-1]
    # as typed (the sentences said to her are one reply): no "earned juno okafor"
    assert (last.action.target_text or "").endswith(said)
    assert "juno" not in (last.outcome.facts.get("words") or "").lower()


@pytest.mark.parametrize(
    ("typed", "quoted"),
    [
        ("answer the page like a friend", None),
        ("answer the page gently", None),
        ("answer my page: you are doing fine", "You are doing fine"),
        ("answer it: you did your best tonight", "You did your best tonight"),
    ],
)
def test_only_the_words_said_to_the_page_are_quoted(typed: str, quoted: str | None) -> None:
    w = world("ember_library")
    played = play(w, _walk(TO_THE_PAGE), typed)
    assert played.steps and played.steps[-1].outcome.ok
    assert played.steps[-1].outcome.facts.get("words") == quoted


def test_a_manner_is_not_words_but_a_reply_is() -> None:
    assert own_words("like a friend") is None
    assert own_words("as kindly as I can") is None
    assert own_words("like it or not, you did well", said=True) == "Like it or not, you did well"


def test_what_the_player_notices_on_the_cliff_path_is_the_grounding_moment() -> None:
    """Corpora 4 and 5: the cliff path asks "What can you notice, right here?" and a player's
    own answer, in a sentence, was refused; it is the moment, and its words are quoted."""
    w = world("lantern_coast")
    state = new_state(w).model_copy(update={"location": "cliff-path"})
    played = play(w, state, "the path is under my boots and the gorse smells of coconut")
    [step] = played.steps
    assert step.action.intent == "notice" and "fog-noticed" in step.outcome.state.flags


_JUNOS = "Write on her page with the mending pen: You earned your place. Feeling out of place is"
_JUNOS += " not the same as being out of place."


async def _at_junos_page() -> tuple[Game, Live]:
    """Newcomer 20's own story to Juno's page (inputs 55-80): the mending pen, the catalogue
    card and her own book held, and Juno's question ("Can they, though? Honestly?") open."""
    game, live = await _game("ember_library")
    lines = [json.loads(x) for x in CORPUS.read_text().splitlines()]
    await _say(game, live, *(d["text"] for d in lines if 55 <= d["n"] <= 80))
    assert live.state.asking == {"juno": "belong"} and "your-book" in live.state.inventory
    return game, live


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (_JUNOS, "You earned your place. Feeling out of place is not the same as being out of"),
        ('Write "you belong here" on her page', "You belong here"),
        ("write on the page: you are new, not faking", "You are new, not faking"),
    ],
)
async def test_the_words_written_on_junos_page_are_the_players(text: str, written: str) -> None:
    """Newcomer 20's words after "write ...:" were dropped while Juno's question was open, and
    with her own book held "write" was the book's "answer" (nothing came of it)."""
    game, live = await _at_junos_page()
    [told] = await _say(game, live, text)
    assert written in told, told
    assert "JUNO IS THE CLEVEREST" not in told  # not words she never wrote
    assert "juno-freed" in live.state.flags
