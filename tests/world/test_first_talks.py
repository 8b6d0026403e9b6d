"""Not every first talk ends on a yes/no question of self-doubt (newcomer 11: Bastian, Juno,
Ilse, Pip and Maren all did): in each world some characters end theirs otherwise (a look that
invites an answer), and the question they leave open still reads a plain "no" and the
player's own words as before."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import played, steps


def _closing(text: str) -> str:
    return text.rstrip().rstrip("'\u2019\"").rstrip()


@pytest.mark.parametrize("name", ["ember_library", "lantern_coast"])
def test_first_talks_do_not_all_end_on_a_question(name: str) -> None:
    w = world(name)
    opening = [next((x for x in c.topics if not x.asked), None) for c in w.characters]
    firsts = [x for x in opening if x is not None and x.asks is not None]  # first unasked
    assert len(firsts) >= 3
    ending = [t.id for t in firsts if _closing(t.text).endswith("?")]
    assert len(ending) < len(firsts), ending  # some end otherwise


@pytest.mark.parametrize(
    ("name", "at", "who", "reply"),
    [
        ("lantern_coast", "cottage-kitchen", "maren", "no"),
        ("lantern_coast", "cottage-kitchen", "maren", "of course not, everyone needs help"),
        ("ember_library", "reading-room", "juno", "no"),
        ("ember_library", "reading-room", "juno", "you belong here as much as anyone"),
    ],
)
def test_the_question_left_open_is_still_answered(name: str, at: str, who: str, reply: str) -> None:
    result = played(name, at, [f"talk to {who}", reply], [at])
    assert steps(result) == [("talk", "talk.reply")], steps(result)
    assert result.steps[-1].outcome.facts.get("reading") == "kind"
