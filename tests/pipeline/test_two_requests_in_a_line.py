"""Two requests in one line (issue 14, newcomer 27, corpus 24): "thank you Rue. ok i go to
harbour wall find Pip" thanked Rue and stayed put (the way was "harbour wall find pip"), and
"Maren, here is your key back. and book." gave the key and kept the book. A walk somewhere
with what to find there after it, no "and" between, is the walk (and the finding, the walk to
whom is sought); a sentence that only adds a thing after a gift gives that thing too, to the
same person."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, played, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    "text",
    [
        "thank you Rue. ok i go to harbour wall find Pip",
        "thanks rue, i go to the harbour wall find pip",
        "cheers rue. now i go to harbour wall look for pip",
        "thank you. i walk to the harbour wall to find pip",
    ],
)
def test_thanks_then_a_walk_with_a_search_walks(text: str) -> None:
    result = played("lantern_coast", "tea-hut", ["talk to rue", text], ["quay", "harbour-wall"])
    found = steps(result)
    assert found[0][0] in ("talk", "thank"), found
    assert ("go", "go.ok") in found and result.state.location == "harbour-wall", found


@pytest.mark.parametrize(
    ("at", "text", "to"),
    [
        ("tea-hut", "go to harbour wall find pip", "harbour-wall"),
        ("tea-hut", "i go out look for pip", "harbour-wall"),
        ("tea-hut", "i go to find pip", "harbour-wall"),
        ("quay", "i head to chapel street find maren", "chapel-street"),
    ],
)
def test_a_walk_then_whom_to_find_there_walks(at: str, text: str, to: str) -> None:
    seen = ["quay", "harbour-wall", "tea-hut", "chapel-street"]
    result = played("lantern_coast", at, [text], seen)
    assert result.steps and result.steps[0].action.intent == "go", steps(result)
    assert result.state.location == to, steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "Maren, here is your key back. and book.",
        "maren, here's your key. and the logbook too",
        "here is your key and your logbook, maren",
        "maren, take your key. and the book as well",
        "Maren, here is your key back. and book. light is burning good",
    ],
)
def test_a_thing_added_after_a_gift_is_given_too(text: str) -> None:
    w, state = placed(
        "lantern_coast",
        "tea-hut",
        held=["lighthouse-key", "logbook"],
        flags=["lamp-lit"],
        whereabouts={"maren": "tea-hut", "skipper": "tea-hut", "pip": "quay"},
    )
    result = play(w, state, text)
    gifts = [
        (s.action.target_id, s.action.obj_id) for s in result.steps if s.action.intent == "give"
    ]
    assert gifts == [("lighthouse-key", "maren"), ("logbook", "maren")], steps(result)
    assert result.state.inventory == [], steps(result)


def test_maren_keeps_her_logbook_away_till_the_lamp_is_lit() -> None:
    w, state = placed("lantern_coast", "cottage-kitchen", held=["lighthouse-key", "logbook"])
    result = play(w, state, "maren, here is your logbook")
    assert "logbook" in result.state.inventory, steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "maren, here is your key back. thanks for the tea",
        "take the key and go north",
    ],
)
def test_other_words_after_a_gift_give_nothing_more(text: str) -> None:
    w, state = placed(
        "lantern_coast",
        "tea-hut",
        held=["lighthouse-key", "logbook"],
        flags=["lamp-lit"],
        whereabouts={"maren": "tea-hut", "skipper": "tea-hut", "pip": "quay"},
    )
    result = play(w, state, text)
    assert "logbook" in result.state.inventory, steps(result)
