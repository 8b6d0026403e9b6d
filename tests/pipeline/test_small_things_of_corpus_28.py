"""Small misreadings found by newcomer corpus 28 (Dev, Infocom habits, typing fast): "lok"
refused (a letter short of "look" and of "lock"); "go to bed before 1" read as a walk to a
"bed before 1"; "ok go on then, tell me about bindings" read as a walk to "on"."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(("name", "at"), [("lantern_coast", "quay"), ("ember_library", "foyer")])
@pytest.mark.parametrize("text", ["lok", "loook", "lok around"])
def test_look_typed_fast_is_a_look(name: str, at: str, text: str) -> None:
    assert steps(played(name, at, [text]))[0] == ("look", "look.ok")


@pytest.mark.parametrize(
    "text", ["go to bed", "go to bed early tonight", "i should go to sleep", "get some sleep"]
)
def test_going_to_bed_is_sleep_not_a_walk(text: str) -> None:
    result = played("lantern_coast", "quay", [text])
    assert [i for i, _ in steps(result)] == ["sleep"], steps(result)
    assert result.state.location == "quay"


@pytest.mark.parametrize(
    "text",
    ["ok go on then, tell me about the fire", "go on, what happened", "yeah go on. the fire?"],
)
def test_go_on_is_encouragement_not_a_walk(text: str) -> None:
    result = played("ember_library", "bindery", [text])
    assert "go" not in [i for i, _ in steps(result)], steps(result)
    assert any(i == "talk" for i, _ in steps(result)), steps(result)


@pytest.mark.parametrize(
    "text", ["haha i'm ok. ask me tomorrow", "juno, i'm fine. ask me again later", "meh. ask me"]
)
def test_ask_me_again_is_part_of_the_words_to_whoever_is_here(text: str) -> None:
    """Newcomer corpus 28: "lol i'm fine. ask me again after coffee" beside Juno met
    "There's no one here to talk to"."""
    result = played("ember_library", "reading-room", [text])
    keys = [k for _, k in steps(result)]
    assert "talk.nobody" not in keys and keys, keys
