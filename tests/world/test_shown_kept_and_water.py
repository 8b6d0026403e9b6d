"""Showing shows, and water keeps nothing (issue 14, newcomer corpus 25: "show maren the sea
glass", kept for his dad, was set on her windowsill; "throw the key in the river" answered
"You put the small brass key down on the river"). A thing shown stays in the player's hands
unless it is the one person's, what they are waiting for (Fenn's book, the cooled ember:
Ilse's, and no one else's; tests/world/test_shown.py); a keepsake more than one would treasure
(the sea glass: Maren's or Pip's) is looked at and given back. Thrown or dropped into water
(the river, the sea, the harbour) a thing is kept, in words that say why."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    ("at", "held", "text", "who"),
    [
        ("cottage-kitchen", "sea-glass", "show maren the sea glass", "Maren"),
        ("cottage-kitchen", "sea-glass", "show the blue glass to maren", "Maren"),
        ("harbour-wall", "sea-glass", "show pip the sea glass", "Pip"),
        ("cottage-kitchen", "blanket", "show maren the blanket", "Maren"),
    ],
)
def test_a_keepsake_shown_to_one_who_would_treasure_it_stays_held(
    at: str, held: str, text: str, who: str
) -> None:
    w, state = placed("lantern_coast", at, held=[held])
    result = play(w, state, text)
    assert [i for i, _ in steps(result)] == ["show"], steps(result)
    assert held in result.state.inventory, steps(result)
    told = narrated(w, state, text)
    assert f"{who} holds" in told and "gives it back to you" in told, told


@pytest.mark.parametrize(
    ("at", "held", "text"),
    [
        ("reading-room", "fenn-glasses", "show juno the half-moon glasses"),
        ("bindery", "cool-ember", "show bastian the ember"),
        ("reading-room", "rosemary", "show juno the rosemary"),
    ],
)
def test_a_thing_shown_to_one_it_is_not_for_stays_held(at: str, held: str, text: str) -> None:
    w, state = placed("ember_library", at, held=[held])
    result = play(w, state, text)
    assert [i for i, _ in steps(result)] == ["show"], steps(result)
    assert held in result.state.inventory, steps(result)
    assert "Ilse should see this" in narrated(w, state, text)


def test_what_is_only_theirs_is_handed_over_when_shown() -> None:
    w, state = placed("ember_library", "clock-loft", held=["cool-ember"])
    result = play(w, state, "show ilse the cooled ember")
    assert "cool-ember" not in result.state.inventory, steps(result)


@pytest.mark.parametrize(
    ("name", "at", "held", "text"),
    [
        ("ember_library", "bridge-steps", "study-key", "throw the key in the river"),
        ("ember_library", "bridge-steps", "study-key", "chuck the key into the water"),
        ("ember_library", "bridge-steps", "rosemary", "fling the rosemary in the river"),
        ("lantern_coast", "tideline", "tin-whistle", "throw the whistle in the sea"),
        ("lantern_coast", "quay", "sea-glass", "drop the sea glass into the harbour"),
    ],
)
def test_a_thing_thrown_in_the_water_is_kept(name: str, at: str, held: str, text: str) -> None:
    w, state = placed(name, at, held=[held])
    result = play(w, state, text)
    assert held in result.state.inventory, steps(result)
    told = narrated(w, state, text)
    assert "think better of it" in told and "down on the" not in told, told


def test_a_thing_put_on_what_is_not_water_is_still_put_there() -> None:
    w, state = placed("lantern_coast", "quay", held=["sea-glass"])
    result = play(w, state, "put the sea glass on the steps")
    assert "sea-glass" not in result.state.inventory, steps(result)
