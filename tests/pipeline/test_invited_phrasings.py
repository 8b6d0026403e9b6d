"""The story invites a step, then takes the natural way of saying it (issue 14, newcomer 18):
each place where the Lantern Coast's own text (a room, a blocked way, a hint, the logbook)
invites a therapeutic step, listening, slowing the breath, noticing by the senses or winding on
the out-breath, is taken with the invitation's words (a substring of the world's text, so the
test fails when the text changes) and phrasings a person builds from them, each played in the
state where the step is next (the walkthrough up to the input that does it).

Newcomer 18 was refused "stand still and have a listen" after "If you stood still and really
listened", "slow my breathing right down" after "If you slowed yours right down", "i can feel
the chalk under me boots and the wire fence on my hand" on the cliff path, and "put the handle
in the socket and wind it slow on the out breath" after the logbook's "Wind on the out-breath,
slowly"."""

from __future__ import annotations

import pytest

from tests.pipeline.test_arc_phrasings import _world, sets_flag
from tta_server.world import World

WORLD = "lantern-coast"

# flag the step sets -> (the walkthrough input the state is taken before, the world text's own
# words of invitation, phrasings built from them)
INVITED: dict[str, tuple[str, str, list[str]]] = {
    "heard-skipper": (
        "listen",
        "If you stood still and really listened",
        [
            "stand still and have a listen",
            "stand still and really listen",
            "have a listen",
            "take a listen",
            "listen out for him",
            "keep an ear out",
        ],
    ),
    "skipper-calm": (
        "take a deep breath",
        "If you slowed yours right down",
        [
            "slow my breathing right down",
            "slow me breathing down",
            "slow my breath right down",
            "slow down my breathing",
            "steady my breathing",
            "focus on my breathing",
        ],
    ),
    "fog-noticed": (
        "notice",
        "take stock of what your senses can actually tell you",
        [
            "i can feel the chalk under me boots and the wire fence on my hand",
            "i can hear the sea in the caves and a sheep somewhere",
            "i can see the gorse and the fence posts",
            "take stock of what my senses can tell me",
        ],
    ),
    "clockwork-wound": (
        "wind the clockwork",
        "Wind on the out-breath, slowly",
        [
            "put the handle in the socket and wind it slow on the out breath",
            "wind it on the out-breath, slowly",
            "wind the clockwork slow on the out breath",
            "put the handle in the socket and wind it",
            "wind it slowly on the out breath",
        ],
    ),
}


def _text(w: World) -> str:
    """Every word of the world's text, on one line (invitations wrap across lines)."""
    return " ".join(w.model_dump_json().replace("\\n", " ").split())


@pytest.mark.parametrize("flag", list(INVITED))
def test_the_invitation_is_the_worlds_own_words(flag: str) -> None:
    _, words, _ = INVITED[flag]
    assert words in _text(_world(WORLD)), words


@pytest.mark.parametrize(
    ("flag", "text"), [(f, t) for f, (_, _, texts) in INVITED.items() for t in texts]
)
def test_a_phrasing_built_from_the_invitation_does_the_step(flag: str, text: str) -> None:
    marker, _, _ = INVITED[flag]
    sets_flag(WORLD, marker, flag, text)
