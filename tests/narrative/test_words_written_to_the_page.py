"""The player's own words to their own harsh page are what the story quotes, in every way of
writing or saying them (issue 14, newcomer 27): "I write in my book with the pen: that isn't
fair. I finish plenty, and tonight I came in to help." was answered with the story's own
speech, because "help" in the words read as the player asking for help, and "that isn't fair"
was quoted "Isn't fair", its subject dropped as filler."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tta_server.world import new_state

_READ = {
    "location": "stacks",
    "inventory": ["your-book", "mending-pen"],
    "places": {"your-book": "player", "mending-pen": "player"},
    "flags": ["read-own-page"],
}
_SCRIPTED = "Being halfway through isn't failing"  # the story's own words for the player


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "I write on the page with the pen: that's not true. I came here to help tonight.",
            "'That's not true. I came here to help tonight.'",
        ),
        (
            "write in my book: that isn't right, I help people all the time",
            "'That isn't right, I help people all the time.'",
        ),
        (
            "answer the page: I'm slow, not useless. I stayed to help.",
            "'I'm slow, not useless. I stayed to help.'",
        ),
        (
            "write in it: that doesn't sound like a friend. You showed up.",
            "'That doesn't sound like a friend. You showed up.'",
        ),
        ("reply to the page: i am doing my best and thats enough", "'I am doing my best and"),
    ],
)
def test_words_written_to_the_page_are_the_players(text: str, quoted: str) -> None:
    w = world("ember_library")
    told = narrated(w, new_state(w).model_copy(update=_READ), text)
    assert quoted.rstrip("'") in told, told
    assert _SCRIPTED not in told, told


def test_asking_for_help_at_the_page_is_not_an_answer() -> None:
    w = world("ember_library")
    for text in ("help me, what do i write", "please help, i am stuck"):
        told = narrated(w, new_state(w).model_copy(update=_READ), text)
        assert "say it to the page" not in told, (text, told)
