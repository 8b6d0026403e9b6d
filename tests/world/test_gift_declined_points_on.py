"""A gift declined points somewhere (issue 14, newcomer 17): offered the blanket on the cold
harbour wall, Pip said "That's yours. I've got my slate." and no more; the blanket seemed to be
for nothing. Declining a thing someone else would take, a person says whom it is for."""

from __future__ import annotations

from tests.narrative.scenes import world
from tta_server.pipeline.play import play
from tta_server.world import new_state


def _offer(at: str, text: str, **update: object) -> tuple[str, str]:
    w = world()
    state = new_state(w).model_copy(
        update={"location": at, "inventory": ["blanket"], "places": {"blanket": "player"}, **update}
    )
    [step] = play(w, state, text).steps
    return step.outcome.message_key, str(step.outcome.facts.get("text"))


def test_a_person_declining_a_gift_says_whom_it_is_for() -> None:
    key, text = _offer("harbour-wall", "give the blanket to pip, she is cold")
    assert key == "give.declined"
    assert "That's yours" in text and "needs it more than I do" in text, text
    assert "Skipper" in text or "Maren" in text


def test_once_everyone_who_wanted_it_has_had_it_the_refusal_is_plain() -> None:
    done = ["give:skipper:blanket", "give:maren:blanket"]
    key, text = _offer("harbour-wall", "give the blanket to pip", done=done)
    assert key == "give.declined" and "needs it more" not in text, text
