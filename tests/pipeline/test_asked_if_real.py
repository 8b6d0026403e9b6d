"""Play 34 (issue 14): asked "are you a real person?", "are you a bot?", a character answered
coyly (Pip: "Don't know. Ask Dad."; Maren: "I couldn't say"). Whoever is asked, in either
world, the player is told plainly that the characters are written by software, not people, and
that a real person can be reached through a crisis line."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import MARA
from tests.pipeline.newcomers import placed
from tta_server.game import Game
from tta_server.narrative.default import DefaultNarrator
from tta_server.narrative.honesty import asked_if_real
from tta_server.world_catalogue import record_of

ASKED = [
    "are you real person or computer?",
    "are you a real person?",
    "are you a bot?",
    "are you an AI?",
    "are you a robot?",
    "Are you human?",
    "am i talking to a real person?",
]


async def _narration(name: str, at: str, text: str) -> str:
    w, state = placed(name, at, [])
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    live.state = state
    return (await game.turn(live, text, "t0")).narration


@pytest.mark.parametrize(
    ("name", "at"),
    [
        ("lantern_coast", "tea-hut"),  # Rue
        ("lantern_coast", "harbour-wall"),  # Pip
        ("lantern_coast", "cottage-kitchen"),  # Maren and Skipper
        ("ember_library", "foyer"),  # Footnote
        ("ember_library", "bindery"),  # Bastian
        ("ember_library", "reading-room"),  # Juno
    ],
)
@pytest.mark.parametrize("text", ASKED)
async def test_asked_if_they_are_real_the_player_is_told_plainly(
    name: str, at: str, text: str
) -> None:
    said = await _narration(name, at, text)
    assert "written by software" in said
    assert "None of them is a real person" in said
    assert "crisis line" in said


@pytest.mark.parametrize(
    "text",
    ["are you ok?", "are you a real friend of maren?", "are you really sure?", "hello, i'm real"],
)
def test_other_questions_are_not_asked_if_real(text: str) -> None:
    assert not asked_if_real(text)


async def test_a_plain_question_gets_no_such_word() -> None:
    said = await _narration("lantern_coast", "tea-hut", "are you ok?")
    assert "written by software" not in said
