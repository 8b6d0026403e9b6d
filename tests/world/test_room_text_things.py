"""Things in a room's own text answer the verbs people use on them (newcomer 17, point-and-click
habits: "hold the fence wire" was answered about gorse; "read the brass plaque on the bench" was
"it isn't within reach"; "drink the tea in the teacup" was "You can't find that here" under a
description of teacups; "climb the ladder" was refused beside ladders "ready for anyone who needs
to reach"; "combine the float with the rope" said the float, carried, was not to hand)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at


@pytest.mark.parametrize(
    ("world_id", "at", "held", "text", "said", "not_said"),
    [
        ("lantern_coast", "cliff-path", (), "i hold the fence wire, it is cold and wet",
         "fence wire", "gorse"),
        ("lantern_coast", "cliff-path", (), "touch the fence post", "wire", "gorse"),
        ("lantern_coast", "headland", ("logbook",), "read the brass plaque on the bench",
         "WAITED UP FOR A BOAT", "within reach"),
        ("ember_library", "map-room", (), "drink the tea in the teacup", "brown ring",
         "can't find"),
        ("ember_library", "map-room", (), "look at the teacups", "rose-patterned", "drawers"),
        ("ember_library", "stacks", (), "climb the ladder and look at the top shelves",
         "rung by rung", "isn't something you can climb"),
        ("lantern_coast", "net-loft", ("glass-float",), "combine the float with the rope",
         "nothing comes of it", "to hand"),
    ],
)  # fmt: skip
async def test_a_thing_the_room_names_answers_what_is_done_to_it(
    world_id: str, at: str, held: tuple[str, ...], text: str, said: str, not_said: str
) -> None:
    game, live = await game_at(at, *held, world_id=world_id)
    [told] = await _say(game, live, text)
    assert said in told and not_said not in told, told
