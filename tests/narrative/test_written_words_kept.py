"""The player's own words written with the mending pen stay theirs (newcomer corpus 28: "write
with the pen: i finish loads actually. i'm tired, not useless" was quoted, then the page
"rearranged itself" into the game's own "You're tired, and you came anyway"; newcomer 22 met
the same canned words whatever she wrote). Words written over several sentences are words,
not commands ("text my sister tomorrow. go to bed before 1" walked nowhere)."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played

HELD = ["your-book", "mending-pen"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("write with the pen: i did my best. that counts", "I did my best. That counts"),
        ("write on my page: tired isn't useless. i learn", "Tired isn't useless. I learn"),
        ("answer it: i turned up, and that is something", "I turned up, and that is something"),
    ],
)
def test_the_page_keeps_the_players_words(text: str, quoted: str) -> None:
    w, state = placed("ember_library", "stacks", held=HELD, flags=["read-own-page"])
    told = narrated(w, state, text)
    assert quoted in told, told
    assert "came anyway" not in told and "allowed to be unfinished" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "write in my book with the pen: call mum on sunday. go to sleep by midnight",
        "write in my book: phone dad tonight. go to bed early",
    ],
)
def test_written_sentences_are_no_commands(text: str) -> None:
    result = played(
        "ember_library",
        "stacks",
        [text],
        flags=["read-own-page", "own-page-answered"],
        inventory=HELD,
        places=dict.fromkeys(HELD, "player"),
    )
    assert all(str(s.action.intent) != "go" for s in result.steps), result.steps
    assert result.state.location == "stacks"
