"""A character's opening line is said once, and what follows answers what the player said
(newcomers 1, 13, 14, 15 with Juno: "talk to juno", "say to juno: you deserve to be here", "ask
juno about the scholarship" and reassurances all got "Three days ... Is it always this
dramatic?" word for word, and "no idea, im new too. first night", the answer to it, was
refused)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at

_OPENING = "Is it always this dramatic?"


async def test_the_opening_line_is_said_once_however_the_talk_goes() -> None:
    game, live = await game_at("reading-room", world_id="ember_library")
    told = await _say(
        game,
        live,
        "what time is it, juno?",
        "talk to juno",
        "say to juno: you deserve to be here",
        "ask juno about the weather",
        "talk to juno",
        "where are the toilets?",
        "talk to juno",
        "juno, what's the food like here?",
        "talk to juno",
        *(f"juno, do you like {x}?" for x in ("cats", "tea", "rain", "maps", "jazz", "chess")),
        *("talk to juno", "ask juno about the weather", "ask juno about the scholarship") * 3,
        *("look around", "wait", "examine the page") * 17,  # past the narrator's memory
        *("talk to juno", "ask juno about the weather", "ask juno about the scholarship") * 2,
    )
    assert sum(_OPENING in x for x in told) <= 1, told


@pytest.mark.parametrize(
    "text",
    ["no idea, im new too. first night", "i'm new here too", "is it always this dramatic?"],
)
async def test_being_new_too_is_heard_after_she_tells_her_page(text: str) -> None:
    game, live = await game_at("reading-room", world_id="ember_library")
    told = await _say(game, live, "talk to juno", text)
    assert "You're new too?" in told[1], told


@pytest.mark.parametrize(
    "text",
    ["i feel like that too sometimes", "honestly same", "me too", "same here, honestly"],
)
async def test_sharing_the_feeling_is_heard(text: str) -> None:
    game, live = await game_at("reading-room", world_id="ember_library")
    told = await _say(game, live, "talk to juno", text)
    assert "only me" in told[1], told


async def test_asking_about_her_scholarship_is_about_her_page() -> None:
    game, live = await game_at("reading-room", world_id="ember_library")
    [told] = await _say(game, live, "ask juno about the scholarship")
    assert "scholarship" in told and _OPENING not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "they let u in bc u earned it",
        "u earned ur place",
        "ur allowed to be here",
    ],
)
async def test_a_texted_reassurance_reads_kind(text: str) -> None:
    game, live = await game_at("reading-room", world_id="ember_library")
    told = await _say(game, live, "talk to juno", text)
    assert "Maybe not everyone" in told[1], told
