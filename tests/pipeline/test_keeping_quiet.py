"""Keeping quiet oneself is a pause in company, never words said: newcomer 12 sat by Ilse and
typed "i don't say anything", and the game quoted it to her as something said (a turn that
also met a check-in panel, docs/safety.md "Round 15"). Words said to someone about not saying
things stay words said."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _game, _say
from tta_server.data import worlds
from tta_server.pipeline.play import play
from tta_server.protocol.intents import Intent
from tta_server.world import load_world, new_state


def _steps(text: str) -> list[tuple[Intent, str | None]]:
    world = load_world(worlds() / "lantern_coast.toml")
    state = new_state(world).model_copy(update={"location": "tea-hut"})  # Rue is here
    return [(Intent(s.action.intent), s.action.target_text) for s in play(world, state, text).steps]


@pytest.mark.parametrize(
    "text",
    [
        "i don't say anything",
        "i dont say a word",
        "i won't say anything for a while",
        "say nothing",
        "i say nothing at all",
        "i keep quiet",
        "stay silent for a bit",
    ],
)
def test_keeping_quiet_is_a_pause(text: str) -> None:
    assert _steps(text) == [(Intent.WAIT, None)]


def test_quiet_after_sitting_with_someone_is_no_words_to_them() -> None:
    steps = _steps("i just sit down near her quietly and wait. i don't say anything")
    assert Intent.TALK not in [intent for intent, _ in steps]


@pytest.mark.parametrize(
    "text", ["tell rue i don't say anything", "rue, i don't say anything bad about people"]
)
def test_words_about_not_saying_things_are_still_said(text: str) -> None:
    assert _steps(text)[0][0] is Intent.TALK


async def test_the_story_does_not_quote_it_back() -> None:
    game, live = await _game()
    told = await _say(game, live, "go inside", "i don't say anything")
    assert "say anything" not in told[-1], told[-1]
