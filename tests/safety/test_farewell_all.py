"""A goodbye to everyone with a word of finality after it is crisis, in all six languages
(round 28, ``safety/lang/r28_farewell.py``); the same goodbye that says when the player is
back, or that is about a game or a laugh, stays ordinary. The sentences are the lead's own."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify


@pytest.mark.parametrize(
    "text",
    [
        "night all, this is the last time",
        "goodnight everyone, thank you for everything, i love you all",
        "bye everyone. thanks for everything. i wont be back",
        "ok bye all, for good this time",
        "adios a todos, gracias por todo, no volvere",
        "bonne nuit tout le monde, merci pour tout, adieu",
        "tschuss zusammen, danke fur alles, ihr werdet mich nicht mehr sehen",
        "tchau pessoal, obrigada por tudo, nao volto mais",
        "ciao a tutti, grazie di tutto, non tornero piu",
    ],
)
def test_a_goodbye_to_all_with_finality_is_crisis(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS, got


@pytest.mark.parametrize(
    "text",
    [
        "night all x",
        "bye everyone, thanks for everything, see you tomorrow",
        "bye guys, thanks for everything, this game was lovely",
        "night all, this is the last time i stay up this late",
        "bonne nuit tout le monde, merci pour tout, a demain",
        "good night everyone, sleep well",
        "bye all, take care of each other",
        "gute nacht zusammen, bis morgen",
    ],
)
def test_a_goodbye_that_comes_back_or_plays_is_not(text: str) -> None:
    got = classify(text)
    assert got.level is not Level.CRISIS, got
    assert not any("r28_" in r for r in got.reasons), got
