"""Play 39 (issue 14), what a newcomer met in the world (corpus 32, Derek), each fixed and proved
here: after the Lantern Coast's ending, thanking Rue in the tea hut met "You do it again, and it
goes much as it did before." and "Once more, the same as before."; the cliff path's noticing
moment, answered in his own words with a slow breath, met "You can't find that here."."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import MARA, narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.game import Game, Live
from tta_server.narrative import phrases as P
from tta_server.narrative.default import DefaultNarrator
from tta_server.world_catalogue import record_of

ARC = ["hear-about-maren", "steady-pip", "find-skipper", "ask-maren", "reach-lighthouse"]
#: The Lantern Coast after its ending: the lamp lit and the boats home.
ENDED = {
    "flags": ["lamp-lit", "skipper-calm", "skipper-home", "pip-steadied", "fog-noticed"],
    "steps_done": [*ARC, "light-lamp", "boats-home"],
    "ended": True,
}
AGAIN = (*P.DONE_AGAIN, *P.STILL_AGAIN)


async def _game(world: str, at: str, **update: object) -> tuple[Game, Live]:
    w, state = placed(world, at, [at], **update)
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    return game, Live(w, record_of(w).version, state, 1, MARA)


async def _said(game: Game, live: Live, text: str) -> str:
    result = await game.turn(live, text, f"t-{text}-{live.version}")
    Game.commit(live, result, text)
    return result.narration


async def test_thanks_are_never_told_as_an_action_done_again() -> None:
    game, live = await _game("lantern_coast", "tea-hut")
    await _said(game, live, "thank you rue")
    for text in ["Thank you Rue.", "thank rue", "Thank you so much, Rue.", "thanks rue"]:
        told = await _said(game, live, text)
        assert not any(line in told for line in AGAIN), (text, told)
        assert "Rue" in told, (text, told)


async def test_after_the_ending_rue_answers_a_thank_you_warmly() -> None:
    """Derek had thanked Rue twice on the way; after the ending "go in to the tea hut and thank
    Rue for the tea and everything" and "Thank you Rue. I havent had an evening like that in a
    long time." were answered as a repeat."""
    game, live = await _game("lantern_coast", "tea-hut")
    await _said(game, live, "thank you rue")
    await _said(game, live, "thanks rue")
    live.state = live.state.model_copy(
        update={**ENDED, "location": "quay", "visits": {"quay": 1, "tea-hut": 1}}
    )
    told = await _said(game, live, "Go in to the tea hut and thank Rue for the tea and everything")
    assert "Thank you, love,' she says" in told and "Shoo" not in told, told
    told = await _said(
        game, live, "Thank you Rue. I havent had an evening like that in a long time."
    )
    assert not any(line in told for line in AGAIN) and "Shoo" not in told, told
    assert any(line.format(first="Rue") in told for line in P.THANKS_AGAIN), told


@pytest.mark.parametrize(
    "text",
    [
        "I stop and feel the path under my boots. I can hear the sea below and smell salt and my"
        " hand is cold on the wire fence. I hold the fence and take a few slow breaths.",
        "I stop. I can hear the sea below and the gulls. I take a few slow breaths.",
        "I hold the fence and take a few slow breaths. I can feel the wind and hear the sea.",
    ],
)
def test_the_noticing_moment_answered_in_the_players_own_words(text: str) -> None:
    """The cliff path asked what he could notice; his answer, naming his senses and a slow
    breath, met "You can't find that here." (corpus 32)."""
    result = played("lantern_coast", "cliff-path", [text], held=["storm-lantern"])
    assert steps(result) == [("notice", "verb.ok")], steps(result)
    assert "fog-noticed" in result.state.flags


def test_the_breaths_he_took_are_quoted_as_he_wrote_them() -> None:
    w, state = placed("lantern_coast", "cliff-path", held=["storm-lantern"])
    told = narrated(
        w, state, "I stop. I can hear the sea below and the gulls. I take a few slow breaths."
    )
    assert "slow breaths." in told and "breathes" not in told, told
