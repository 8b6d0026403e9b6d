"""What the twelfth newcomer met with "it" (issue 14, n=191-196): at the lamp, "fill it with
paraffin" filled the tin of matches just taken, and "wind it gently" wound the winding handle,
not the clockwork. "it" with a world verb the thing last named has no use for is the one thing
here the verb is for. Tested in other words, in both worlds."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("name", "at", "held", "flags", "texts", "target"),
    [
        (
            "lantern_coast",
            "lamp-room",
            ["oil-can", "matches"],
            [],
            ["look at the matches", "fill it to the brim"],
            "great-lamp",
        ),
        (
            "lantern_coast",
            "lamp-room",
            ["winding-handle"],
            [],
            ["examine the winding handle", "wind it, slowly"],
            "clockwork",
        ),
        (
            "ember_library",
            "reading-room",
            ["mending-pen"],
            ["juno-told"],
            ["look at the mending pen", "correct it"],
            "juno-page",
        ),
        (
            "lantern_coast",
            "lamp-room",
            ["matches"],
            [],
            ["look closely at the clockwork", "now light it"],
            "great-lamp",
        ),
        (
            "ember_library",
            "fenn-study",
            ["study-key"],
            [],
            ["look at the little key", "read it"],
            "fenn-book",
        ),
    ],
)
def test_it_with_a_verb_is_the_thing_here_the_verb_is_for(
    name: str, at: str, held: list[str], flags: list[str], texts: list[str], target: str
) -> None:
    result = played(name, at, texts, held=held, flags=flags)
    assert result.steps and result.steps[0].action.target_id == target, steps(result)


def test_it_still_means_the_thing_named_when_the_verb_is_for_it() -> None:
    result = played(
        "lantern_coast", "lamp-room", ["look at the clockwork", "wind it"], held=["winding-handle"]
    )
    assert result.steps[0].action.target_id == "clockwork", steps(result)
