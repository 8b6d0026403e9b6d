"""An "ok" of its own before what the player does (issue 14, newcomer 27, corpus 24 n=81): "ok.
i rest litle bit" in the bindery, nobody asking him anything, had Bastian answer the "ok"
("No idea. More tea?") before the rest. With no question open it is a filler; with one open
(Rue's "Would you try?") it is still the answer."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, played, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    ("world", "at", "text", "done"),
    [
        ("ember_library", "bindery", "ok. i rest litle bit", "wait"),
        ("ember_library", "bindery", "Okay. I sit on the stool", "sit"),
        ("ember_library", "bindery", "alright. go north", "go"),
        ("lantern_coast", "tea-hut", "ok. i sit down by the heater", "sit"),
    ],
)
def test_an_ok_with_no_question_open_is_a_filler(world: str, at: str, text: str, done: str) -> None:
    w, state = placed(world, at)
    result = play(w, state, text)
    assert [str(s.action.intent) for s in result.steps] == [done], steps(result)


def test_an_ok_to_an_open_question_is_still_the_answer() -> None:
    result = played("lantern_coast", "tea-hut", ["talk to rue", "ok. i go out"])
    found = steps(result)
    assert found[0][0] == "talk" and ("go", "go.ok") in found, found
