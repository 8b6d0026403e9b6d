"""Lines that must hold whatever order the story is played in (newcomer 10, the Lantern Coast
played Pip and Skipper first: Pip said "Rue told you" before Rue was met, and Lamp Cottage's
door was "ajar" and "shut for now" in one reply)."""

from __future__ import annotations

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played
from tests.world.test_conversation import _game, _say


def test_pips_slate_before_meeting_rue_says_nothing_of_rue_telling_you() -> None:
    inputs = ["talk to pip", "no, it isn't your fault, you spotted it"]
    w, _ = placed("lantern_coast", "harbour-wall")
    state = played("lantern_coast", "harbour-wall", inputs).state
    told = narrated(w, state, "ok, let's check it together")
    assert "tin whistle" in told, told  # the slate's moment, played
    assert "Rue told you" not in told, told


def test_the_cottage_door_is_not_ajar_while_it_is_still_shut() -> None:
    w, state = placed("lantern_coast", "cottage-step", flags=["pip-steadied"])
    told = narrated(w, state, "look")
    assert "shut" in told, told
    assert "ajar" not in told, told
    # Skipper home before Rue was met: his step counts in any order, and the door opens with it
    w, state = placed("lantern_coast", "cottage-step", flags=["skipper-home", "pip-steadied"])
    told = narrated(w, state, "look")
    assert "ajar" in told and "shut for now" not in told, told


#: Pip, Skipper and Maren before Rue (newcomer 18's third story): Maren's key in the pocket.
_KEY_FIRST = (
    "e", "hey pip whats wrong", "no, it isn't your fault", "ok lets look at the slate together",
    "w", "w", "listen", "w", "sit down and breathe slowly", "play whistle",
    "e", "e", "n", "e", "go in", "why is the light off?", "sorry, that was mean",
    "will you help me light it? i don't know how",
    "go to tea hut",
)  # fmt: skip


async def test_rue_met_last_offers_nothing_the_player_has_done() -> None:
    """Newcomer 18 met Rue last, Maren's key held: she still asked "Would you try?" her
    door, and briefed them on Pip, whom they had already helped. Whatever they say to her."""
    game, live = await _game()
    await _say(game, live, *_KEY_FIRST)
    assert live.state.location == "tea-hut" and "lighthouse-key" in live.state.inventory
    told = await _say(
        game, live,
        "hi rue! maren says you can come round. with soup",
        "rue i already talked to her. she gave me the key",
        "what happened to the lighthouse?",
        "who is pip?",
        "can i borrow a lantern please",
        "yes",
    )  # fmt: skip
    said = " ".join(told)
    stale = ("Would you try?", "She'll talk to you", "go and see Pip", "behind a shut door",
             "She won't take it from me", "stopped answering her door")  # fmt: skip
    assert not [x for x in stale if x in said], said
    assert "storm lantern" in said, said  # her help is still hers to give
