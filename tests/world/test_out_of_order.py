"""Lines that must hold whatever order the story is played in (newcomer 10, the Lantern Coast
played Pip and Skipper first: Pip said "Rue told you" before Rue was met, and Lamp Cottage's
door was "ajar" and "shut for now" in one reply)."""

from __future__ import annotations

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played


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
