"""Moving as people say it (issue 14, newcomer 21 and the lead's check): "I'll go and find Pip
now" was a search of Pip ("Searching Pip Dunn would not be kind", or "There's no sign of Pip
Dunn here"), though "go find pip" went to her; and after Footnote stalked off looking back,
"lead the way" asked which way and "wait for me" waited. Finding someone is going where they
are; "lead the way" / "wait for me" just after someone went ahead goes after them."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import played, steps
from tests.pipeline.walkthroughs import EMBER_LIBRARY
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state


@pytest.mark.parametrize(
    ("name", "at", "text", "there"),
    [
        ("lantern_coast", "quay", "find pip", "harbour-wall"),
        ("lantern_coast", "quay", "I'll go and find Pip now", "harbour-wall"),
        ("lantern_coast", "quay", "ok, let me look for the girl", "harbour-wall"),
        ("ember_library", "foyer", "i'll go and find bastian", "bindery"),
        ("ember_library", "foyer", "look for juno", "reading-room"),
        ("ember_library", "foyer", "seek out bastian then", "bindery"),
    ],
)
def test_finding_someone_elsewhere_goes_where_they_are(
    name: str, at: str, text: str, there: str
) -> None:
    result = played(name, at, [text], seen=[at])
    assert [str(s.action.intent) for s in result.steps] == ["go"], steps(result)
    assert result.state.location == there, steps(result)


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "harbour-wall", "find pip"),
        ("ember_library", "bindery", "look for bastian"),
    ],
)
def test_finding_someone_here_says_they_are_here(name: str, at: str, text: str) -> None:
    [step] = played(name, at, [text]).steps
    assert step.action.intent == "go" and "right here" in str(step.outcome.facts.get("text"))


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "quay", "find the key"),
        ("lantern_coast", "quay", "look for skipper"),  # an animal may be hiding: looked for
        ("ember_library", "bridge-steps", "look for the cat"),
    ],
)
def test_finding_a_thing_or_an_animal_is_still_a_search(name: str, at: str, text: str) -> None:
    [step] = played(name, at, [text]).steps
    assert step.action.intent == "search", steps(played(name, at, [text]))


def _cat_gone_ahead() -> WorldState:
    w = world("ember_library")
    state = new_state(w)
    for text in EMBER_LIBRARY[: EMBER_LIBRARY.index("feed footnote the biscuits") + 1]:
        state = play(w, state, text).state
    assert state.whereabouts.get("footnote") == "east-corridor", state.whereabouts
    return state


@pytest.mark.parametrize(
    "text", ["lead the way", "wait for me", "wait up!", "hang on, wait for me", "Lead the way."]
)
def test_lead_the_way_or_wait_for_me_goes_after_the_one_gone_ahead(text: str) -> None:
    state = _cat_gone_ahead()
    result = play(world("ember_library"), state, text)
    assert steps(result) == [("go", "go.ok")], steps(result)
    assert result.state.location == "east-corridor"
    assert result.state.turn == state.turn + 1  # one move, no wait before it


@pytest.mark.parametrize(
    ("text", "key"), [("wait for me", "wait.ok"), ("lead the way", "go.where")]
)
def test_with_no_one_gone_ahead_they_stay_a_wait_and_a_question(text: str, key: str) -> None:
    w = world("ember_library")
    assert steps(play(w, new_state(w), text))[0][1] == key
