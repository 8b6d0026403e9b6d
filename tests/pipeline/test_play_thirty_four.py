"""Play 34 (issue 14), what a player met on the Lantern Coast, each fixed and proved here:
"light the lighthouse" / "light the light" answered "The lighthouse isn't something you can
light" (the story's goal is to light it: say where its lamp is); the first "light lamp" in
the lamp room met "It isn't the time or the place for that. It's no different from last time."
because Skipper's refusal had said "Not yet." (one short sentence the lamp's own shares);
"hello. how are you? i am tomasz" was heard as worry; "ask rue for a biscuit" met "Couldn't
tell you, love" in her own hut of biscuits; "go up tower" in the yard said there is no way
up, and "climb the tower" on its stair was refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.narrative.scenes import MARA, narrated, world
from tests.pipeline.newcomers import all_told, placed, played
from tta_server.game import Game
from tta_server.narrative import phrases as P
from tta_server.narrative.default import DefaultNarrator
from tta_server.world import WorldState
from tta_server.world_catalogue import record_of

LAMP_NOT_YET = "Not yet. Maren's notes are firm about the order of things"


async def _told(at: str, turns: list[tuple[str, str]]) -> list[str]:
    """Each (place, input) played in turn through the game (its narrator's memory kept), the
    player moved to the place first; the narrations."""
    w, state = placed("lantern_coast", at, [])
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    live.state = state
    found = []
    for i, (place, text) in enumerate(turns):
        moved: WorldState = live.state.model_copy(update={"location": place})
        live.state = moved
        result = await game.turn(live, text, f"t{i}")
        Game.commit(live, result, text)
        found.append(result.narration)
    return found


@pytest.mark.parametrize("at", ["quay", "headland", "lighthouse-yard"])
@pytest.mark.parametrize("text", ["light the lighthouse", "light the light", "light lighthouse"])
def test_lighting_the_lighthouse_says_where_its_lamp_is(at: str, text: str) -> None:
    w, state = placed("lantern_coast", at, [])
    said = narrated(w, state, text)
    assert "isn't something you can light" not in said
    assert "the great lamp, in the Lamp Room" in said


def test_once_lit_the_lighthouse_is_lit_already() -> None:
    w, state = placed("lantern_coast", "headland", [], flags=["lamp-filled", "lamp-lit"])
    said = narrated(w, state, "light the lighthouse")
    assert said == "The lighthouse is lit already: the great lamp burns in the Lamp Room."


async def test_a_first_try_is_never_no_different_from_last_time() -> None:
    pat, light = await _told(
        "dune-hollow", [("dune-hollow", "pat skipper"), ("lamp-room", "light lamp")]
    )
    assert "Not yet." in pat
    assert light.startswith(LAMP_NOT_YET)
    assert not any(x in light for x in P.REFUSED_BEFORE)


async def test_the_same_try_again_is_said_to_be_no_different() -> None:
    first, again = await _told("lamp-room", [("lamp-room", "light lamp")] * 2)
    assert first.startswith(LAMP_NOT_YET)
    assert any(x in again for x in P.REFUSED_BEFORE)


@pytest.mark.parametrize(
    "text",
    ["hello. how are you? i am tomasz", "hello, i am tomasz", "hi ilse, how are you doing?"],
)
async def test_a_plain_hello_is_not_heard_as_worry(text: str) -> None:
    said = await _ilse_hears(text)
    assert "worry" not in said


@pytest.mark.parametrize(
    "text", ["hello ilse, are you ok? you look tired", "hi, how are you feeling? are you hurt?"]
)
async def test_words_of_worry_are_heard_as_worry(text: str) -> None:
    said = await _ilse_hears(text)
    assert "Ilse hears the worry in your voice" in said or "and hears the worry" in said


async def _ilse_hears(text: str) -> str:
    """Newcomer 29's hello to Ilse (ember library), as the game narrates it to Tomasz."""
    w, state = placed("ember_library", "clock-loft", [])
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, replace(MARA, name="Tomasz", pronouns="he/him"))
    live.state = state
    return (await game.turn(live, text, "t0")).narration


@pytest.mark.parametrize(
    ("at", "text", "to"),
    [
        ("lighthouse-yard", "go up tower", "tower-stair"),
        ("lighthouse-yard", "go up the tower", "tower-stair"),
        ("lighthouse-yard", "climb the tower", "tower-stair"),
        ("tower-stair", "climb the tower", "lamp-room"),
        ("tower-stair", "climb tower", "lamp-room"),
        ("tower-stair", "go up tower", "lamp-room"),
    ],
)
def test_going_up_the_tower_takes_its_stair(at: str, text: str, to: str) -> None:
    assert played("lantern_coast", at, [text], []).state.location == to


@pytest.mark.parametrize("text", ["go up slowly", "go up again", "go up the stairs"])
def test_other_words_after_up_still_go_up(text: str) -> None:
    assert played("lantern_coast", "tower-stair", [text], []).state.location == "lamp-room"


@pytest.mark.parametrize(
    "text", ["could i have a biscuit?", "ask rue for a biscuit for the dog", "can i get a biscuit"]
)
def test_asking_rue_for_a_biscuit_of_her_hut_is_a_request(text: str) -> None:
    w, state = placed(
        "lantern_coast",
        "tea-hut",
        [],
        done=all_told(world("lantern_coast"), "rue"),
        flags=["rue-told"],
    )
    said = narrated(w, state, text)
    assert "You take a ginger biscuit from the tin" in said
    assert "Couldn't tell you" not in said and "cleverer than me" not in said


@pytest.mark.parametrize("text", ["rue, the windows are foggy", "the sign is funny"])
def test_words_about_the_hut_are_no_request(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut", [], flags=["rue-told"])
    assert "ginger biscuit" not in narrated(w, state, text)


@pytest.mark.parametrize("text", ["go up the tower", "go up tower"])
def test_going_up_the_tower_at_its_top_never_goes_down(text: str) -> None:
    result = played("lantern_coast", "lamp-room", [text], [])
    assert result.state.location == "lamp-room"
    assert [s.outcome.message_key for s in result.steps] == ["go.no_exit"]
