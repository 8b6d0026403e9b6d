"""Someone just behind a shut door here, called by name with a question and nothing else
("maren? are you in there?", newcomer 11) or asked after ("hello? anyone in there?"), is
called through the door (``talk.behind``), in both worlds; not "That one slips away". The
sentence lives in the tables (the engine's MESSAGES, the narrator's REFUSE), not in code."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, steps
from tta_server.narrative import phrases as P
from tta_server.pipeline.play import play
from tta_server.world.turn import MESSAGES

#: (world, where the player stands, who is just behind its shut door, what they type)
CALLS = [
    ("lantern_coast", "cottage-step", {}, "maren", "maren? are you in there?"),
    ("lantern_coast", "cottage-step", {}, "maren", "maren, are you ok?"),
    ("lantern_coast", "cottage-step", {}, "maren", "hello? anyone in there?"),
    ("lantern_coast", "cottage-step", {}, "maren", "is anybody home?"),
    ("ember_library", "east-corridor", {"juno": "clock-stair"}, "juno", "juno? are you up there?"),
    ("ember_library", "east-corridor", {"juno": "clock-stair"}, "juno", "juno!"),
    ("ember_library", "clock-stair", {"ilse": "fenn-study"}, "ilse", "hello? anyone inside?"),
]


@pytest.mark.parametrize(("name", "at", "moved", "who", "text"), CALLS)
def test_someone_behind_a_shut_door_is_called_through_it(
    name: str, at: str, moved: dict[str, str], who: str, text: str
) -> None:
    w, state = placed(name, at, [at], whereabouts=moved)
    result = play(w, state, text)
    assert steps(result) == [("talk", "talk.behind")], steps(result)
    assert result.steps[0].outcome.facts["character"] == who
    told = narrated(w, state, text)
    first = w.character(who).name.split()[0]  # type: ignore[union-attr]
    assert first in told and "door stays shut" in told, told
    assert "slips away" not in told and "That's all right" not in told, told


def test_no_one_behind_the_door_is_no_call() -> None:
    w, state = placed("lantern_coast", "cottage-step", ["cottage-step"])
    assert steps(play(w, state, "pip? are you in there?")) != [("talk", "talk.behind")]
    w, state = placed("lantern_coast", "quay", ["quay"])
    assert steps(play(w, state, "hello? anyone in there?")) != [("talk", "talk.behind")]


def test_the_call_is_said_by_the_tables() -> None:
    w, state = placed("lantern_coast", "cottage-step", ["cottage-step"])
    outcome = play(w, state, "maren?").steps[0].outcome
    assert "text" not in outcome.facts, outcome.facts  # no sentence built in the engine
    assert outcome.facts["door"] == "the blue door"
    assert "{door}" in MESSAGES["talk.behind"]
    told = narrated(w, state, "maren?")
    filled = [x.format(first="Maren", door="the blue door") for x in P.REFUSE["talk.behind"]]
    assert told in filled, told
