"""What the twelfth newcomer met asking people things (issue 14), tested in other words and in
both worlds: "how are you holding up?" to a character here was answered with a line about the
player, a thanks reply or the plot, never with how the character is."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.world.views import character_line


@pytest.mark.parametrize(
    ("name", "at", "who", "text", "flags"),
    [
        ("lantern_coast", "tea-hut", "rue", "and how are YOU keeping, rue?", []),
        ("lantern_coast", "tea-hut", "rue", "you alright now?", ["lamp-lit"]),
        ("lantern_coast", "cottage-kitchen", "maren", "are you feeling any better maren", []),
        ("lantern_coast", "cottage-kitchen", "maren", "how r u now?", ["lamp-lit"]),
        ("lantern_coast", "harbour-wall", "pip", "hey pip, how you doing?", []),
        ("ember_library", "bindery", "bastian", "how's it going, bastian", []),
        ("ember_library", "reading-room", "juno", "are you okay sitting there like that?", []),
        ("ember_library", "reading-room", "juno", "how do you feel now", ["juno-freed"]),
    ],
)
def test_asked_how_they_are_a_character_says_how_they_are_as_the_story_left_them(
    name: str, at: str, who: str, text: str, flags: list[str]
) -> None:
    result = played(name, at, [text], flags=flags)
    assert steps(result)[-1] == ("talk", "talk.wellbeing"), steps(result)
    w, state = placed(name, at, flags=flags)
    ch = w.character(who)
    assert ch is not None
    line = character_line(w, state, ch, "wellbeing")
    assert line and result.steps[-1].outcome.facts["text"] == line
    assert line in narrated(w, state, text)


def test_how_they_are_changes_with_the_story() -> None:
    w, before = placed("lantern_coast", "tea-hut")
    after = before.model_copy(update={"flags": ["lamp-lit"]})
    rue = w.character("rue")
    assert rue is not None
    assert character_line(w, before, rue, "wellbeing") != character_line(w, after, rue, "wellbeing")


@pytest.mark.parametrize(
    ("name", "at", "who", "text"),
    [
        ("lantern_coast", "tea-hut", "rue", "cheers for the tea. you all right yourself?"),
        ("ember_library", "bindery", "bastian", "thanks so much bastian, how are you though?"),
    ],
)
def test_thanks_and_how_are_you_in_one_line_are_both_answered(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    ch = w.character(who)
    assert ch is not None
    told = narrated(w, state, text)
    for field in ("thanks", "wellbeing"):
        line = character_line(w, state, ch, field)
        assert line and line in told, (field, told)


@pytest.mark.parametrize("text", ["thank you, ok", "you okay with the boats out?"])
def test_words_that_only_look_like_how_are_you_are_not_it(text: str) -> None:
    result = played("lantern_coast", "tea-hut", [text])
    assert all(k != "talk.wellbeing" for _, k in steps(result)), steps(result)


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "goal"),
    [
        ("lantern_coast", "tea-hut", ["quay"], "cheers rue! heading back to the quay", "quay"),
        ("lantern_coast", "tea-hut", ["quay"], "thank you so much, off to the quay now", "quay"),
        ("ember_library", "bindery", ["foyer"], "ta bastian, back to the foyer", "foyer"),
        ("ember_library", "bindery", ["foyer"], "bye bastian, im going back to the foyer", "foyer"),
    ],
)
def test_thanks_or_goodbye_and_a_move_in_one_line_both_happen(
    name: str, at: str, seen: list[str], text: str, goal: str
) -> None:
    result = played(name, at, [text], seen=seen)
    kinds = [k for _, k in steps(result)]
    assert kinds[0].startswith("talk.") and kinds[-1] == "go.ok", steps(result)
    assert result.state.location == goal


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("going to read the sign", ("read", "read.ok")),
        ("thanks, going to look around", ("look", "look.ok")),
    ],
)
def test_going_to_do_something_is_doing_it_not_a_walk(text: str, step: tuple[str, str]) -> None:
    result = played("lantern_coast", "tea-hut", [text])
    assert steps(result)[-1][0] == step[0], steps(result)
