""" "Wait" before a name calls the person (issue 14, newcomer 22): "wait ilse, i come with u!
lets go mend it with bastian", called after Ilse as she went down asking "Will you come?", was
the wait command ("You wait a little"), and she was gone. "wait <name>", "wait for <name>",
"hold on <name>" address the one named, here or just gone; "wait", "wait for a bit", "hold on
to the rail" are what they were."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, played, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize("text", ["wait ilse", "wait for ilse!", "hold on ilse", "hang on, ilse"])
def test_wait_before_the_name_of_someone_here_talks_to_them(text: str) -> None:
    w, state = placed("ember_library", "clock-loft")
    [step] = play(w, state, text).steps
    assert (step.action.intent, step.action.target_id) == ("talk", "ilse"), steps(
        play(w, state, text)
    )


@pytest.mark.parametrize(
    "text", ["wait ilse, i come with you!", "wait for ilse, i come with you", "wait up ilse, yes"]
)
def test_wait_and_a_yes_after_someone_who_left_asking_goes_after_them(text: str) -> None:
    seen = ["clock-stair", "east-corridor", "foyer", "bindery"]
    update = {"whereabouts": {"ilse": "bindery"}, "mentioned": ["ilse"]}
    result = played("ember_library", "clock-loft", [text], seen, **update)
    assert result.state.location == "bindery", steps(result)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("wait", ("wait", "wait.ok")),
        ("wait for a bit", ("wait", "wait.ok")),
        ("hold on to the rail", ("take", "take.not_here")),
    ],
)
def test_waiting_without_a_name_is_still_waiting(text: str, first: tuple[str, str]) -> None:
    w, state = placed("ember_library", "clock-loft")
    assert steps(play(w, state, text))[:1] == [first]
