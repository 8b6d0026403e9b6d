"""What the twelfth newcomer met greeting someone with "how are you?" (issue 14): "hi! how are
you doing?" as the first words to a character played their first topic (found by "hi") and
never said how they are. Tested in other words, in both worlds: how they are first, then what
is on their mind."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.world.views import character_line


@pytest.mark.parametrize(
    ("name", "at", "who", "text", "topic"),
    [
        ("ember_library", "bindery", "bastian", "hello there! how are things with you?", "fire"),
        ("ember_library", "reading-room", "juno", "hi juno! how is it going?", "page"),
        ("lantern_coast", "harbour-wall", "pip", "hi pip. how you holding up?", "worry"),
    ],
)
def test_first_words_asking_how_they_are_are_answered_then_the_story_goes_on(
    name: str, at: str, who: str, text: str, topic: str
) -> None:
    result = played(name, at, [text])
    assert steps(result)[-1] == ("talk", "talk.ok"), steps(result)
    assert result.steps[-1].outcome.facts.get("topic") == topic
    w, state = placed(name, at)
    ch = w.character(who)
    assert ch is not None
    line = character_line(w, state, ch, "wellbeing")
    told = narrated(w, state, text)
    assert line and line in told, told
    assert told.index(line) < told.index(str(result.steps[-1].outcome.facts["text"])[:40])


def test_a_first_topic_that_is_how_they_are_is_said_alone() -> None:
    """Maren's first words answer "how are you?" themselves (her topic is keyed to it)."""
    w, state = placed("lantern_coast", "cottage-kitchen")
    maren = w.character("maren")
    assert maren is not None
    told = narrated(w, state, "hello maren, how are you?")
    assert str(character_line(w, state, maren, "wellbeing")) not in told
