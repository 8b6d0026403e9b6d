"""The game service without I/O: what a turn would write, and the narration screen."""

from __future__ import annotations

from tests.narrative.scenes import MARA, world
from tta_server.game import Game, Live
from tta_server.narrative.base import Scene
from tta_server.narrative.default import DefaultNarrator
from tta_server.store.base import NewEvent, Playthrough
from tta_server.world import WorldState, new_state
from tta_server.world_catalogue import record_of


class Says:
    """A narrator that always says the same paragraphs (a stand-in for a model gone wrong)."""

    def __init__(self, *paragraphs: str) -> None:
        self.paragraphs = list(paragraphs)

    async def narrate(self, scene: Scene) -> list[str]:
        return list(self.paragraphs)

    async def aclose(self) -> None:
        return None


def _game(narrator: Says, replaced: list[str]) -> tuple[Game, Live]:
    w = world("lantern_coast")
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, narrator, replaced.append)
    return game, Live(w, version, new_state(w), 1, MARA)


def _story(events: list[NewEvent]) -> list[str]:
    return [e.data["text"] for e in events if e.type == "narrative.chunk"]


async def test_unsafe_narration_is_replaced_and_counted() -> None:
    replaced: list[str] = []
    game, live = _game(Says("The fog lifts.", "You should kill yourself."), replaced)
    result = await game.turn(live, "go inside", "t1")
    [text] = _story(result.events)
    assert "kill" not in text and "Rue's Tea Hut" in text  # the world still moved
    assert result.write is not None and result.write.state["location"] == "tea-hut"
    assert len(replaced) == 1 and replaced[0].startswith("encourage")


async def test_safe_narration_passes_untouched_and_a_refused_turn_saves_only_the_memory() -> None:
    replaced: list[str] = []
    game, live = _game(Says("The fog sits on the water.", "'I could cry,' Rue says."), replaced)
    result = await game.turn(live, "go inside", "t1")
    assert _story(result.events) == ["The fog sits on the water.", "'I could cry,' Rue says."]
    assert result.events[0].type == "turn.input" and not replaced
    assert result.write is not None and result.write.moved and result.write.expect_version == 1
    Game.commit(live, result, "go inside")
    refused = await game.turn(live, "take the moon", "t2")
    assert refused.events[-1].data["ok"] is False
    assert refused.write is not None and not refused.write.moved  # the world is as it was,
    saved = WorldState.model_validate(refused.write.state)  # but what was said is remembered
    assert saved.model_dump(exclude={"told"}) == live.state.model_dump(exclude={"told"})
    assert len(saved.told) == len(live.state.told) + 1


async def test_a_which_one_question_is_saved_with_the_state_and_answered_next_turn() -> None:
    w = world("ember_library")
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, DefaultNarrator(), [].append)
    state = new_state(w).model_copy(
        update={"location": "fenn-study", "places": {"your-book": "fenn-study"}}
    )
    live = Live(w, version, state, 1, MARA)
    asked = await game.turn(live, "take the book", "t1")
    assert "Which book do you mean" in " ".join(_story(asked.events))
    assert asked.write is not None and asked.write.state["pending"]["choices"] == [
        "your-book",
        "fenn-book",
    ]
    Game.commit(live, asked, "take the book")
    # the session is read back from the store, as after a reconnect or a restart
    saved = Playthrough("s1", w.id, version, asked.write.state, 2)
    resumed = game.resume(saved, MARA)
    assert resumed is not None and resumed.state.pending is not None
    answered = await game.turn(resumed, "fenn's", "t2")
    assert answered.write is not None and answered.write.state["inventory"] == ["fenn-book"]
    assert answered.write.state["pending"] is None
