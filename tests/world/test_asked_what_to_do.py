"""Asking what to do of someone who has no topic for it (issue 14, newcomers 15 and 16): "What
should I do next?" to Maren, "How do I get into the burnt wing?" to Ilse were put to them, who
didn't know ("Couldn't tell you, love"); the question gets what asking no one gets, the guide's
hint (``Turn.hint``), voiced by the guide when they are the one asked. Words to them that only
look alike ("how can I help you?", "what do you do here?"), and a question a topic of theirs
is keyed to ("how do I light the lamp?" to Maren), are still said to them."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed
from tests.world.test_conversation import _say, game_at
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "cottage-kitchen", "What should I do next?"),
        ("lantern_coast", "harbour-wall", "so what do we do now?"),
        ("ember_library", "clock-loft", "How do I get into the burnt wing?"),
        ("lantern_coast", "cottage-kitchen", "where should i start?"),
    ],
)
def test_what_to_do_asked_of_someone_gets_the_hint(name: str, at: str, text: str) -> None:
    w, state = placed(name, at)
    [asked] = play(w, state, text).steps
    [helped] = play(w, state, "hint").steps
    assert asked.outcome.message_key == "help.ok", asked.outcome.facts
    assert asked.outcome.facts["hint"] == helped.outcome.facts["hint"]


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("ember_library", "bindery", "how can I help you?"),
        ("ember_library", "bindery", "what do you do here?"),
        ("lantern_coast", "cottage-kitchen", "how do i light the lamp?"),  # her topic
    ],
)
def test_other_questions_stay_said_to_them(name: str, at: str, text: str) -> None:
    w, state = placed(name, at)
    keys = [s.outcome.message_key for s in play(w, state, text).steps]
    assert keys and all(k.startswith("talk.") for k in keys), keys


async def test_the_guide_asked_says_the_hint_themselves() -> None:
    game, live = await game_at("bindery", world_id="ember_library")
    [told] = await _say(game, live, "What should I do next?")
    assert "Bastian" in told and "Six weeks ago" not in told, told
