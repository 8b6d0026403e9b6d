"""IPA -> WBA without I/O: natural language against the shipped worlds, start to ending."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.walkthroughs import ROUTES
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.vocab import Skill

FILES = {"lantern-coast": "lantern_coast", "ember-library": "ember_library"}


@pytest.mark.parametrize(
    ("world_id", "route"), [(w, r) for w in sorted(ROUTES) for r in sorted(ROUTES[w])]
)
def test_a_player_reaches_the_ending_in_their_own_words(world_id: str, route: str) -> None:
    w = world(FILES[world_id])
    state = new_state(w)
    for text in ROUTES[world_id][route]:
        played = play(w, state, text)
        assert played.steps, f"nothing understood in {text!r}: {played.suggestions}"
        refused = [s for s in played.steps if not s.outcome.ok]
        assert not refused, (text, refused[0].action, refused[0].outcome.message())
        state = played.state
    assert state.ended and state.steps_done == [s.id for s in w.arc.steps]
    assert len({Skill(k) for k in state.skills}) >= 3


def _at(inputs: list[str]) -> WorldState:
    w = world(FILES["lantern-coast"])
    state = new_state(w)
    for text in inputs:
        state = play(w, state, text).state
    return state


def test_clauses_apply_in_order_against_the_scope_after_each() -> None:
    w = world(FILES["lantern-coast"])
    state = _at(["go inside", "ask rue for help", "leave", "e", "w", "u"])
    assert state.location != "quay"
    start = _at(["e", "w"])
    played = play(w, start, "go up and take the blanket")  # the blanket is upstairs
    assert [s.action.intent for s in played.steps] == ["go", "take"]
    assert all(s.outcome.ok for s in played.steps)
    assert "blanket" in played.state.inventory


def test_the_first_refused_action_stops_the_turn() -> None:
    w = world(FILES["lantern-coast"])
    start = new_state(w)
    played = play(w, start, "take the moon and go inside")
    assert [s.outcome.ok for s in played.steps] == [False]
    assert played.state == start and not played.changed
    assert played.steps[0].outcome.message() == "You don't see that here."


def test_nonsense_changes_nothing_and_suggests_what_to_do_here() -> None:
    w = world(FILES["lantern-coast"])
    start = new_state(w)
    played = play(w, start, "flibbertigibbet")
    assert played.steps == () and played.state == start
    assert "look around" in played.suggestions and "help" in played.suggestions
    assert any(s.startswith("go ") for s in played.suggestions)
    assert all("-" not in s for s in played.suggestions)  # names, not ids


def test_talk_follows_the_words_and_pronouns_find_people() -> None:
    w = world(FILES["lantern-coast"])
    inside = _at(["go inside"])
    played = play(w, inside, "talk to rue")
    assert played.steps[0].outcome.facts.get("topic") == "lighthouse"  # the first new topic
    asked = play(w, played.state, "ask her for help")
    assert asked.steps[0].action.target_id == "rue"
    assert asked.steps[0].outcome.facts.get("topic") == "help"


def test_naming_someone_who_is_not_here_does_not_talk_to_whoever_is() -> None:
    w = world(FILES["ember-library"])
    foyer = play(w, new_state(w), "go in").state  # Footnote the cat is here, Bastian is not
    played = play(w, foyer, "talk to bastian")
    [step] = played.steps
    assert not step.outcome.ok and step.outcome.message_key == "talk.absent"
    assert step.outcome.message().endswith("isn't here.") and played.state == foyer
    assert play(w, foyer, "talk to footnote").steps[0].outcome.ok  # the one who is here
