"""What the twelfth newcomer met in play (issue 14), tested in other words: at the cliff path's
grounding moment, "i put my hand on the fence wire and just notice. cold wire, ..." was played
as using a hand (the clause "just notice" parsed as the world's own verb, which the check for a
sentence of senses did not count), and because the game did not read it as the moment's answer
the contextual signal alone held it as a crisis. Two inputs later the game's own suggestion
echoed ("ok. stop and take stock of what my senses tell me", played as the moment's "notice")
got the n-gram model's concern (0.73) and a check-in panel: the game had asked for it."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, played, steps
from tta_server.contextual_step import Reading, answers_the_game, reading
from tta_server.pipeline import meta


@pytest.mark.parametrize(
    "text",
    [
        "i lay both hands on the post and just notice. rough wood, damp air, gulls somewhere",
        "hands on the wire and notice. its cold, the waves hissing down there",
    ],
)
def test_the_moments_own_verb_inside_a_sentence_of_senses_is_the_grounding(text: str) -> None:
    result = played("lantern_coast", "cliff-path", [text], held=["storm-lantern"])
    assert steps(result) == [("notice", "verb.ok")], steps(result)
    assert "grounding" in result.state.skills
    w, state = placed("lantern_coast", "cliff-path", held=["storm-lantern"])
    verbs, known = meta.world_verbs(w), meta.known_words(w)
    assert reading(w, state, text, verbs, known) is Reading.REPLY  # the signal may say concern


@pytest.mark.parametrize(
    "text",
    [
        "alright. i stop here and take stock of what my senses are telling me",
        "right, stopping to take stock of what my senses tell me now",
    ],
)
def test_the_games_own_suggestion_echoed_is_the_answer_it_asked_for(text: str) -> None:
    w, state = placed("lantern_coast", "cliff-path", held=["storm-lantern"])
    result = played("lantern_coast", "cliff-path", [text], held=["storm-lantern"])
    assert "notice" in [i for i, _ in steps(result)], steps(result)
    assert answers_the_game(w, state, text, result.steps)  # no check-in panel on a concern
    verbs, known = meta.world_verbs(w), meta.known_words(w)
    assert reading(w, state, text, verbs, known) is Reading.REPLY
    elsewhere = placed("lantern_coast", "quay")
    assert reading(*elsewhere, text, verbs, known) is not Reading.REPLY  # no moment there
