"""The guide's check-in asked once a story, in whichever wording (issue 14, newcomer 22): the
check-in was answered in the tea hut (asked by the client's panel: the turn had told Rue how
the player felt, so the story did not ask it too), and minutes later, out in the fog, Rue's
remembered voice asked "How are you doing, love? Truly, now. Not the polite answer." word for
word. An answered check-in, or one said in any of its wordings, is not asked again."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import MARA, world
from tta_server.game import Game
from tta_server.narrative.default import DefaultNarrator
from tta_server.world_catalogue import record_of

_ASKED = "Not the polite answer"


@pytest.mark.parametrize(
    "route",
    [
        ["go in", "i feel awful", "i am ok, just tired", "out", "i feel awful"],
        ["go in", "i feel awful", "i'm alright, a bit tired", "e", "w", "i feel awful"],
        ["go in", "i feel so alone", "honestly? a bit tired and homesick", "out", "i feel awful"],
    ],
)
async def test_the_check_in_is_asked_once_here_or_away(route: list[str]) -> None:
    w = world("lantern_coast")
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    heard, answered = [], None
    for i, text in enumerate(route):
        gentle = any(x in text for x in ("awful", "alone"))
        result = await game.turn(live, text, f"t{i}", gentle=gentle)
        Game.commit(live, result, text)
        heard.append(result.narration)
        if answered is None and not result.played.steps:  # the check-in answered
            answered = i
    assert answered is not None, heard
    asked = [n for n in heard if _ASKED in n]
    assert len(asked) <= 1, asked
    assert not [n for n in heard[answered:] if _ASKED in n], heard
    assert w.guide.check_in_away and _ASKED in w.guide.check_in_away  # asked away too
