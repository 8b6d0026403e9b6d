"""Lines that state what is no longer so (issue 14, newcomer 27, corpus 24): after Juno's page
was mended together, "where you from Juno?" had her stick out a hand and say her name as to a
stranger, and "yes i am new here" had her look at the player "properly for the first time".
Once her page is quiet (``juno-freed``) she answers as someone who knows the player; before,
the introduction stands. So does Ilse once Fenn is remembered together."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed


@pytest.mark.parametrize(
    "text",
    [
        "where you from Juno? your family is far also?",
        "where are you from?",
        "juno, how old are you?",
        "yes i am new here. but 15 years in Glasgow",
        "i'm new here too",
    ],
)
def test_juno_after_her_page_is_quiet_does_not_meet_the_player_again(text: str) -> None:
    w, state = placed("ember_library", "reading-room", flags=["juno-told", "juno-freed"])
    told = narrated(w, state, text)
    assert "sticks out a hand" not in told and "for the first time" not in told, told


def test_juno_before_her_page_is_mended_still_introduces_herself() -> None:
    w, state = placed("ember_library", "reading-room")
    assert "sticks out a hand" in narrated(w, state, "where are you from, juno?")


@pytest.mark.parametrize("text", ["ilse, where are you from?", "how old are you, ilse?"])
def test_ilse_after_remembering_fenn_does_not_meet_the_player_again(text: str) -> None:
    w, state = placed(
        "ember_library",
        "clock-loft",
        flags=["ilse-confessed", "remembered-fenn"],
        attitudes={"ilse": 2},
    )
    told = narrated(w, state, text)
    assert "Ilse Marrow. Librarian." not in told and "You know who I am" in told, told
