"""The story never tells of what did not happen (issue 14, newcomer 11): the Lantern Coast's
ending had Maren "wrapped in tartan" when the blanket was never taken, and after the boats
came home the fog bell still said "They are out there. They are waiting."."""

from __future__ import annotations

from tests.narrative.scenes import world
from tests.pipeline.walkthroughs import ROUTES
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.state import DeltaKind
from tta_server.world.views import character_texts


def _ending(route: list[str]) -> tuple[WorldState, str]:
    w = world("lantern_coast")
    state, ending = new_state(w), ""
    for text in route:
        played = play(w, state, text)
        state = played.state
        for step in played.steps:
            found = [d.text for d in step.outcome.delta if d.kind is DeltaKind.ENDING]
            ending = found[0] if found else ending
    assert state.ended and ending, route
    return state, ending


def test_the_blanket_is_in_the_ending_only_when_it_was_given() -> None:
    routes = ROUTES["lantern-coast"]
    given, ending = _ending(routes["walkthrough"])
    assert "blanket-given" in given.flags and "tartan" in ending, ending
    kept, ending = _ending(routes["terse"])
    assert "blanket-given" not in kept.flags and "tartan" not in ending, ending
    assert "Maren sits" in ending and "Skipper across her feet" in ending


def test_the_fog_bell_does_not_say_the_boats_are_waiting_once_they_come_in() -> None:
    w = world("lantern_coast")
    state, _ = _ending(ROUTES["lantern-coast"]["walkthrough"])
    assert state.location == "quay"
    [step] = play(w, state, "ring the fog bell").steps
    text = str(step.outcome.facts.get("text"))
    assert step.outcome.ok and "They are waiting" not in text and "wait now" in text, text
    lit = new_state(w).model_copy(update={"location": "quay", "flags": ["lamp-lit"]})
    first = str(play(w, lit, "ring the bell").steps[0].outcome.facts.get("text"))
    assert "They are waiting" not in first and "coming in" in first, first
    before = play(w, new_state(w).model_copy(update={"location": "quay"}), "ring the bell")
    assert "They are waiting" in str(before.steps[0].outcome.facts.get("text"))


def test_the_broth_is_in_the_ending_only_when_maren_was_given_it() -> None:
    """Newcomer 18: the ending had Maren "drinking Rue's broth" with the flask still carried."""
    for name, route in ROUTES["lantern-coast"].items():
        state, ending = _ending(route)
        given = "broth-given" in state.flags
        assert given == ("Rue's broth" in ending), (name, ending)
        assert given != ("flask" in state.inventory), (name, state.inventory)
    walk = ROUTES["lantern-coast"]["walkthrough"]  # the sea glass for her, the flask kept
    route = [t if t != "give her the flask" else "give her the sea glass" for t in walk]
    kept, ending = _ending(route)
    assert "flask" in kept.inventory and "broth" not in ending, ending


def test_fenn_s_glasses_are_told_of_only_once_they_were_given() -> None:
    """Newcomer 19 (story 4): the step done told "Fenn's glasses folded in her pocket", and
    Ilse was seen with them, though the glasses were never found."""
    w = world("ember_library")
    step = next(s for s in w.arc.steps if s.id == "remember-fenn")
    assert "glasses" not in step.text
    ilse = w.character("ilse")
    assert ilse is not None
    state = new_state(w).model_copy(update={"flags": ["remembered-fenn"]})
    assert "glasses" not in character_texts(w, state, ilse)[0]
    given = state.model_copy(update={"flags": ["remembered-fenn", "glasses-given"]})
    assert "glasses" in character_texts(w, given, ilse)[0]
