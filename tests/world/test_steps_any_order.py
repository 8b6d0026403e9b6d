"""The step counter counts steps in whatever order the world lets them be done (newcomer 17, in
the Ember Library: her own page answered, Juno freed and the ember cooled before Bastian's step
counted; the counter stood at 1 of 7 and then jumped to 7 of 7)."""

from __future__ import annotations

from tests.pipeline.newcomers import placed, played
from tta_server.pipeline.play import play


def test_a_step_done_before_the_first_is_counted_at_once() -> None:
    result = played("ember_library", "foyer", ["look"], flags=["own-page-answered"])
    assert result.state.steps_done == ["answer-own-page"]
    assert result.steps[-1].context.arc.done == 1 and not result.state.ended


def test_steps_done_out_of_order_each_count_then_the_first() -> None:
    flags = ["own-page-answered", "juno-freed", "ember-cooled"]
    w, _ = placed("ember_library", "foyer")
    result = played("ember_library", "foyer", ["look"], flags=flags)
    assert result.state.steps_done == ["answer-own-page", "help-juno", "cool-ember"]
    met = result.state.model_copy(update={"flags": [*flags, "bastian-told"]})
    later = play(w, met, "look").state
    assert later.steps_done == ["answer-own-page", "help-juno", "cool-ember", "meet-bastian"]
