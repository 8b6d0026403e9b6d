"""Classes of input the seventh play-through of a newcomer (issue 14) found refused or misread,
tested in other words than the player's and over both shipped worlds: "follow him" after
someone who has just walked off, "it" for the thing a refused action named, "borrow" for
taking, and the characters' pronouns looked up once per world."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import played as play_at
from tests.pipeline.newcomers import steps
from tta_server.pipeline.binding import parser_scope
from tta_server.pipeline.play import play
from tta_server.world import new_state, scope


@pytest.mark.parametrize(
    ("name", "at", "texts", "to"),
    [  # someone walks off (or is named and is elsewhere): "follow him / her" goes after them
        (
            "ember_library",
            "foyer",
            ["pick up the paper twist", "feed the biscuits to the cat", "go after him"],
            "east-corridor",
        ),
        ("lantern_coast", "quay", ["follow her"], "tea-hut"),  # Maren, named last
    ],
)
def test_following_someone_who_is_not_here_by_pronoun(
    name: str, at: str, texts: list[str], to: str
) -> None:
    visits = {"foyer": 1, "east-corridor": 1, "quay": 1, "tea-hut": 1}
    played = play_at(
        name, at, texts, visits=visits, mentioned=["maren"], whereabouts={"maren": "tea-hut"}
    )
    assert steps(played)[-1] == ("go", "go.ok"), steps(played)
    assert played.state.location == to


@pytest.mark.parametrize(
    ("name", "at", "texts", "item"),
    [  # a refused action still names its thing: "it" next is that thing
        ("ember_library", "bindery", ["light the brass lantern", "borrow it then"], "lantern"),
        ("lantern_coast", "quay", ["light the fog bell", "look at it"], "fog-bell"),
    ],
)
def test_it_after_a_refused_action_is_the_thing_it_named(
    name: str, at: str, texts: list[str], item: str
) -> None:
    w = world(name)
    state = new_state(w).model_copy(update={"location": at})
    first = play(w, state, texts[0])
    assert [s.outcome.ok for s in first.steps] == [False], steps(first)
    played = play(w, first.state, texts[1])
    assert played.steps and played.steps[0].action.target_id == item, steps(played)


@pytest.mark.parametrize(
    ("name", "at", "text", "item"),
    [
        ("ember_library", "bindery", "can i borrow the lantern from bastian?", "lantern"),
        ("lantern_coast", "harbour-wall", "borrow the slate for a moment", "slate"),
    ],
)
def test_borrowing_a_thing_is_taking_it(name: str, at: str, text: str, item: str) -> None:
    played = play_at(name, at, [text])
    assert played.steps and played.steps[0].action.intent == "take", steps(played)
    assert played.steps[0].action.target_id == item


@pytest.mark.parametrize("name", ["ember_library", "lantern_coast"])
def test_pronouns_are_looked_up_once_per_world(name: str) -> None:
    w = world(name)
    for pronouns in ("she/her", "he/him"):
        assert w.called(pronouns) is w.called(pronouns)  # built at load, not on every parse
        assert w.called(pronouns) == {c.id for c in w.characters if c.pronouns == pronouns}
    state = new_state(w)
    here = parser_scope(scope(w, state), state, w)
    assert here.she == w.called("she/her") and here.he == w.called("he/him")


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [
        ("ember_library", "bindery", "could i borrow your green pen, please?", "bastian"),
        ("lantern_coast", "tea-hut", "can i borrow the storm lantern", "rue"),
    ],
)
def test_borrowing_what_someone_here_holds_asks_them(
    name: str, at: str, text: str, who: str
) -> None:
    played = play_at(name, at, [text])
    assert [(s.action.intent, s.action.target_id) for s in played.steps] == [("talk", who)]
