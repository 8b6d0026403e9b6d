"""Several things said to a character who answers with their own story beat (issue 14's "X half
hears you" family: newcomer 12's "pip? hey. i'm mira. rue said you might be out here. do you want
the blanket? you look cold" got "Pip has an answer of sorts, though not to that" and the beat):
what the player said is acknowledged first, then the beat."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _game, _say
from tta_server.narrative import phrases as P

_DISMISSED = [x.split("{first}")[1].split(",")[0] for x in P.OFFTOPIC]


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        (
            "pip? hey. i'm mara. rue said you might be out here. do you want the blanket?",
            ["returns your hello", "says your name, 'Mara'", "sees what you're offering"],
        ),
        ("hello pip, are you ok? you look cold out here", ["returns your hello", "the worry"]),
        (
            "I was a bit lost in the fog, but I think I found my way. I know the boats matter.",
            ["listens to all of it"],
        ),
    ],
)
async def test_the_players_words_are_heard_before_the_beat(text: str, heard: list[str]) -> None:
    game, live = await _game()
    live.state = live.state.model_copy(update={"location": "harbour-wall"}, deep=True)
    [told] = await _say(game, live, text)
    assert "It's my fault" in told, told  # Pip's beat still comes
    assert all(h in told for h in heard), told
    assert told.index(heard[0]) < told.index("It's my fault")
    assert not any(f"Pip{d}" in told for d in _DISMISSED), told


async def test_one_plain_question_keeps_the_plain_lead() -> None:
    game, live = await _game()
    await _say(game, live, "go inside")
    [told] = await _say(game, live, "what is the time?")
    assert "hears your question" not in told, told
