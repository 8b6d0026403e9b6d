"""Play 37 (issue 14), what a newcomer (Mia, newcomer corpus 31) met talking to the people of
both worlds, each fixed and proved here: telling Ilse of a nan in a care home who "didnt know
who i was" met "'You don't know me,' she says."; asking Bastian whether her nan "still knows me
somewhere inside" met a stock line (a personal sharing, or a question about the player's own
people, is heard kindly in the character's own voice)."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps

NAN = (
    "i get it. my nan is in a care home and last time she didnt know who i was. its like "
    "missing someone whos still here"
)


@pytest.mark.parametrize(
    ("at", "text"),
    [
        ("clock-loft", f"tell ilse {NAN}"),
        ("clock-loft", NAN),
        ("bindery", "ask bastian if he thinks my nan still knows me somewhere inside"),
        ("bindery", "bastian, do you think my nan still knows who i am?"),
        ("clock-loft", "my gran is in a nursing home now"),
    ],
)
def test_the_players_own_people_are_heard_kindly(at: str, text: str) -> None:
    result = played("ember_library", at, [text])
    assert steps(result) == [("talk", "talk.disclosed")], steps(result)
    w, state = placed("ember_library", at)
    told = narrated(w, state, text)
    assert "You don't know me" not in told and "Ask me about" not in told, told
