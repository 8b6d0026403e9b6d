"""Words to a character named in the input go to that character (newcomer 13 at Maren's
kitchen, Skipper petted last: "hi. are you maren? how are you feeling" was answered by the dog)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _game, _say
from tta_server.game import Game, Live

_HOME = ["rue-told", "pip-worry-told", "pip-reassured", "heard-skipper", "skipper-calm"]


async def _home_with_skipper() -> tuple[Game, Live]:
    """Maren's kitchen just after Skipper was brought home and petted (the last one spoken to)."""
    game, live = await _game()
    live.state = live.state.model_copy(
        update={
            "location": "cottage-kitchen",
            "flags": [*_HOME, "skipper-home"],
            "done": ["react:skipper:pat"],
            "whereabouts": {"skipper": "cottage-kitchen"},
        },
        deep=True,
    )
    return game, live


@pytest.mark.parametrize(
    "text",
    [
        "hi. are you maren? how are you feeling",
        "hello. you must be maren. how are you feeling?",
        "how are you feeling? is your chest any better, maren?",
        "hi maren. how are you feeling?",
    ],
)
async def test_words_to_the_one_named_go_to_them_not_the_dog(text: str) -> None:
    game, live = await _home_with_skipper()
    [told] = await _say(game, live, text)
    assert "Maren" in told and "being a dog" not in told and "Good lad" not in told, told


async def test_words_to_the_dog_by_name_still_go_to_the_dog() -> None:
    game, live = await _home_with_skipper()
    [told] = await _say(game, live, "hi skipper. good boy")
    assert "Skipper" in told and "Maren" not in told.split(".")[0], told
