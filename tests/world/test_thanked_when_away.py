"""Thanks to someone who is not here names them (newcomer corpus 28: "Thank you, Rue..." on
the quay, Rue in her tea hut, met "There's no sign of that here.")."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [
        ("lantern_coast", "headland", "Thank you, Rue, for all of it.", "rue"),
        ("lantern_coast", "quay", "thank you maren, truly", "maren"),
        ("ember_library", "stacks", "Thank you, Bastian, for the tea.", "bastian"),
    ],
)
def test_thanks_to_someone_away_says_they_are_not_here(
    name: str, at: str, text: str, who: str
) -> None:
    w, state = placed(name, at)
    steps = play(w, state, text).steps
    assert [s.outcome.message_key for s in steps] == ["talk.absent"], steps
    assert steps[0].outcome.facts["target"] == who
    told = narrated(w, state, text)
    assert "no sign of that" not in told.lower(), told
