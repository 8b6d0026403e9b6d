"""Round 22b: a truth told after a game command is real (docs/safety.md, "Round 22b").

Spanish and Portuguese had no words of candour among their real-world markers, so a sentence
that names the game ("toda la partida", "o jogo todo") and then says the truth lowered a crisis
to concern by the fiction frame, where English ("honestly"), French ("en vrai"), Italian and
German already held it. Found by reading blind set 22's misses after its first score (so blind
22 is fit for those texts); these sentences are the lead's own.
"""

from __future__ import annotations

import pytest

from tests.safety.round_checks import assert_crisis, assert_none

CANDOUR = [
    "abro el cofre. la verdad es que toda la partida estoy pensando en matarme",
    "cojo la linterna. para ser sincera llevo la partida entera pensando en quitarme la vida",
    "sinceramente, desde que empecé el juego solo pienso en suicidarme",
    "abro o baú. na real passei o jogo todo pensando em me matar",
    "pego a lanterna. pra ser sincera o jogo todo pensei em me matar",
    "honestamente, desde que comecei o jogo só penso em me matar",
]

#: Candour about the game itself, and a character's wish in the story: still none.
STILL_NONE = [
    "la verdad es que el juego me gusta mucho",
    "la verdad es que el personaje quiere matarse en el juego",
    "sinceramente, la partida de hoy me ha encantado",
    "na real esse jogo é muito bom",
    "sinceramente, o personagem do jogo quer se matar",
]


@pytest.mark.parametrize("text", CANDOUR)
def test_a_truth_after_the_game_is_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize("text", STILL_NONE)
def test_candour_about_the_game_is_none(text: str) -> None:
    assert_none(text)
