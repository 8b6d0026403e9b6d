"""The guide's check-in follows what the player said (issue 14, newcomer 18): after "rue, im a
bit lonely since i retired to be honest. this was nice" (a concern), Rue asked "How are you
doing, love? Truly, now." although the player had just told her, and the next line, a
cheerful "thanks rue. might come back for the week proper", was answered as another
confession ("You don't have to be sunny in here")."""

from __future__ import annotations

from tests.world.test_check_in_answered import LANTERN, _game
from tests.world.test_conversation import _say


async def test_a_feeling_just_told_is_not_asked_for() -> None:
    game, live = await _game("lantern_coast", LANTERN)
    told = "rue, im a bit lonely since i retired to be honest. this was nice"
    [said] = await _say(game, live, told, gentle=True)
    assert "Truly" not in said and "lonely" in said.lower(), said


async def test_cheerful_thanks_after_the_check_in_are_thanks() -> None:
    game, live = await _game("lantern_coast", LANTERN)
    await _say(game, live, "look around", gentle=True)  # the check-in asked
    [thanked] = await _say(game, live, "thanks rue. might come back for the week proper")
    rue = live.world.guide
    assert (rue.heard or "").strip() not in thanked and "sunny" not in thanked, thanked


async def test_thanks_for_asking_still_answers_the_check_in() -> None:
    game, live = await _game("lantern_coast", LANTERN)
    await _say(game, live, "look around", gentle=True)
    [heard] = await _say(game, live, "not bad, thanks for asking")
    assert heard == (live.world.guide.heard or "").strip()
