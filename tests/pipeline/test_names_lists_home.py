"""What the third newcomers' corpus (issue 14) showed the parser misreading, in other words
than the players': possessives typed without an apostrophe ("fenns book" is Fenn's, not the
player's own), lists of things separated by commas only, and "go home"."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.walkthroughs import WALKTHROUGHS
from tta_server.pipeline.parser import Scope, ScopeEntry, parse
from tta_server.pipeline.play import Played, play
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World


def _state(name: str, at: str, **update: object) -> tuple[World, WorldState]:
    w = world(name)
    return w, new_state(w).model_copy(update={"location": at, **update})


def _done(played: Played) -> list[tuple[str, str | None, bool]]:
    return [(str(s.action.intent), s.action.target_id, s.outcome.ok) for s in played.steps]


_BOOKS = Scope(
    entries=[
        ScopeEntry("own-book", ("your book", "book", "my book")),
        ScopeEntry("gran-book", ("Gran's recipe book", "book", "gran's book")),
        ScopeEntry("gran", ("Gran",)),
        ScopeEntry("keys", ("ring of keys", "key")),
        ScopeEntry("stair", ("tower stair",)),
    ],
    exits=["north"],
)


@pytest.mark.parametrize(
    ("text", "target_id"),
    [
        ("read grans book", "gran-book"),
        ("take grans recipe book", "gran-book"),
        ("x grans", "gran-book"),
        ("read my book", "own-book"),
        ("take the keys", "keys"),
        ("x the stairs", None),  # a plural is not a possessive: no "stair's" here
    ],
)
def test_a_possessive_without_its_apostrophe_names_the_owners_thing(
    text: str, target_id: str | None
) -> None:
    [intent] = parse(text, _BOOKS)
    assert intent.target_id == target_id
    assert intent.choices == () or target_id in intent.choices


def _before(world_id: str, name: str, marker: str) -> tuple[World, WorldState]:
    """A world and the state just before the walkthrough's ``marker`` input."""
    w = world(name)
    state = new_state(w)
    for text in WALKTHROUGHS[world_id]:
        if text == marker:
            return w, state
        state = play(w, state, text).state
    raise AssertionError(marker)


@pytest.mark.parametrize("text", ["examine fenns book", "x fenns manuscript", "look at fenns"])
def test_fenns_book_without_apostrophe_is_fenns_not_the_players(text: str) -> None:
    w, state = _before("ember-library", "ember_library", "give fenn's book to ilse")
    assert {"your-book", "fenn-book"} <= set(state.inventory)
    assert _done(play(w, state, text)) == [("examine", "fenn-book", True)]


def test_giving_fenns_book_without_apostrophe_gives_his_book() -> None:
    w, state = _before("ember-library", "ember_library", "give fenn's book to ilse")
    played = play(w, state, "hand fenns book over to ilse")
    assert _done(played) == [("give", "fenn-book", True)]


@pytest.mark.parametrize(
    "text",
    [
        "take oil can, matches",
        "get the matches, the oil can",
        "pick up matches, oil can",
        "take the oil can, and the matches",
    ],
)
def test_a_list_with_commas_takes_each_thing(text: str) -> None:
    w, state = _state("lantern_coast", "oil-store")
    played = play(w, state, text)
    assert sorted(t for _, t, ok in _done(played) if ok) == ["matches", "oil-can"]
    assert {"matches", "oil-can"} <= set(played.state.inventory)


def test_a_comma_list_then_a_command_does_both() -> None:
    w, state = _state("lantern_coast", "oil-store")
    played = play(w, state, "take matches, oil can, then go west")
    assert [a for a, _, _ in _done(played)] == ["take", "take", "go"]


def test_a_comma_list_in_the_library_drops_each_thing() -> None:
    w, state = _state("ember_library", "foyer")
    state = state.model_copy(update={"inventory": ["your-book", "mending-pen"]})
    played = play(w, state, "drop pen, book")
    assert sorted(t or "" for _, t, ok in _done(played) if ok) == ["mending-pen", "your-book"]


@pytest.mark.parametrize(
    ("name", "at", "seen"),
    [
        ("lantern_coast", "tea-hut", {"quay": 1, "tea-hut": 1}),
        ("ember_library", "bindery", {"bridge-steps": 1, "foyer": 1, "bindery": 1}),
    ],
)
@pytest.mark.parametrize("text", ["go home", "let's head back home", "walk home"])
def test_go_home_walks_back_to_where_the_story_began(
    name: str, at: str, seen: dict[str, int], text: str
) -> None:
    w, state = _state(name, at, visits=seen)
    played = play(w, state, text)
    assert _done(played)[-1][::2] == ("go", True)
    assert played.state.location == w.meta.start


def test_go_home_where_the_story_began_says_so_plainly() -> None:
    w, state = _state("lantern_coast", "quay")
    [step] = play(w, state, "go home").steps
    assert step.outcome.facts["text"] == "You are already here."
