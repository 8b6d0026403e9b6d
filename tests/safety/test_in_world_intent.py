"""Intent said through the worlds' own places of height and water, and their means (round 29,
``safety/lang/r29_in_world.py``): walking into the sea, going somewhere high "and that will be
the end of me", throwing oneself off at the end of a climb, not coming back from the headland,
letting the water take one, hanging from a beam, fire, fuel drunk, a means used on oneself.
An act the game could also be asked to play is a concern without a mark of real life and crisis
with one; finality is crisis as it stands. Ordinary play at the same places stays none. The
sentences are the lead's own (blind set 28 stays unread)."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify


@pytest.mark.parametrize(
    "text",
    [
        "im gonna walk into the sea tonight",
        "i want to walk into the cold sea for real",
        "i'll go up the lighthouse and that will be the end of it",
        "i'll go out to the headland and that'll be the end of me",
        "going up to the clock loft and then it'll all be over",
        "rue, tell maren goodbye from me, i won't be coming back from the headland",
        "i just want to walk out into the waves and let them have me",
        "going down to the tideline to let the water take me",
        "i want to hang from the beam in the net loft",
        "im going to set myself on fire with the paraffin",
        "im going to put the ember to my arm",
        "im going to drink the paraffin for real, not in the game",
        "i'll use the rope in the net loft on myself",
        "i'll climb to the top of the lighthouse tonight and throw myself off",
        "i'm going to step off the headland for real",
    ],
)
def test_in_world_intent_with_finality_or_real_life_is_crisis(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS, got


@pytest.mark.parametrize(
    "text",
    [
        "i'm going to walk into the sea",
        "i want to walk into the sea",
        "going up to the lamp room to jump",
        "i'll climb to the top of the lighthouse and throw myself off",
        "i want to drink the paraffin",
    ],
)
def test_in_world_acts_a_game_could_play_are_a_concern_in_play(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CONCERN, got
    assert any(r.startswith("unconfirmed:suicide.r29_") for r in got.reasons), got


@pytest.mark.parametrize(
    "text",
    [
        "walk into the sea to get the float",
        "walk into the sea up to my knees and look for sea glass",
        "i want to go into the water to find the float",
        "i'm going to head out to the sea wall",
        "go up to the lamp room and light the lamp",
        "i'll go up the lighthouse, light the lamp, and that will be the end of it",
        "i'll go up the lighthouse and that will be the light lit",
        "i'm going to the headland to find skipper",
        "use the rope on the gate",
        "use the matches on the lamp",
        "pour the paraffin into the lamp",
        "i'm going to throw myself into the puzzle",
        "let it take me home",
        "drink the broth",
        "jump down from the dunes",
    ],
)
def test_ordinary_play_at_the_same_places_stays_none(text: str) -> None:
    got = classify(text)
    assert got.level is Level.NONE, got
