"""An offer of help to someone here is said to them (play corpus 18, n=42): "can i help u get
up to the light? we can do it together" to Maren met "You can't get there from here"."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tta_server.pipeline.play import play
from tta_server.world import new_state


@pytest.mark.parametrize(
    "text",
    [
        "can i help u get up to the light? we can do it together",
        "can i help you up the stairs",
        "let me help you get up there",
        "i could help him go home",
        "ill help u up to the lamp room",
        "hey, could i help her go up to the lighthouse",
    ],
)
def test_an_offer_of_help_is_said_to_the_one_here_not_a_move(text: str) -> None:
    w = world("lantern_coast")
    state = new_state(w).model_copy(update={"location": "cottage-kitchen"})
    state.whereabouts["maren"] = "cottage-kitchen"
    first = play(w, state, text).steps[0]
    assert first.outcome.facts.get("character") == "maren", first.outcome.facts
    assert not first.outcome.message_key.startswith("go."), first.outcome.message_key
