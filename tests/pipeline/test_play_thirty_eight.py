"""Play 38 (issue 14), what a newcomer met in the world (corpus 31, Mia), each fixed and proved
here: "play with skipper" played the tin whistle ("The tune is for someone who isn't here")
with Skipper right there, and "throw a ball for skipper" met "You aren't carrying Skipper."."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps

CALM = {"flags": ["skipper-calm", "skipper-home"], "whereabouts": {"skipper": "tea-hut"}}


@pytest.mark.parametrize(
    "text",
    [
        "play with skipper",
        "throw a ball for skipper",
        "play fetch with skipper",
        "play with the dog",
        "lets play with skipper",
        "throw a stick for the dog",
    ],
)
def test_playing_with_an_animal_is_an_act_with_him(text: str) -> None:
    result = played("lantern_coast", "tea-hut", [text], held=["tin-whistle"], **CALM)
    assert steps(result) == [("pat", "verb.ok")], steps(result)
    assert result.steps[0].action.target_id == "skipper"
    w, state = placed("lantern_coast", "tea-hut", held=["tin-whistle"], **CALM)
    told = narrated(w, state, text)
    assert "tune" not in told and "carrying" not in told and "leans into your hand" in told


def test_playing_with_him_before_he_is_calm_is_his_own_not_yet() -> None:
    result = played("lantern_coast", "dune-hollow", ["play with skipper"], held=["tin-whistle"])
    assert steps(result) == [("pat", "verb.blocked")], steps(result)


def test_playing_with_a_person_is_asking_them_to_play() -> None:
    result = played("lantern_coast", "tea-hut", ["play with rue"], held=["tin-whistle"])
    assert steps(result) == [("talk", "talk.invited")], steps(result)
    assert result.steps[0].action.target_id == "rue"


@pytest.mark.parametrize("text", ["whistle for skipper", "play the whistle for skipper"])
def test_the_whistle_played_for_him_is_still_the_whistle(text: str) -> None:
    calm = {"flags": ["skipper-calm"]}
    result = played("lantern_coast", "dune-hollow", [text], held=["tin-whistle"], **calm)
    assert steps(result) == [("play", "verb.ok")], steps(result)
    assert "skipper-home" in result.state.flags
