"""Telling, saying to or answering the page a moment is about reaches that moment (issue 14,
newcomer 27): "I tell the page: that isn't fair ..." in the stacks with her book was answered
"You speak, but there's no one here to hear it." The page is the thing of the book's moment
(its description names it), so words told to it are the player's answer, quoted as theirs."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tta_server.world import new_state

_HELD = {
    "location": "stacks",
    "inventory": ["your-book"],
    "places": {"your-book": "player"},
    "flags": ["read-own-page"],
}
_ON_THE_SHELF = {
    "location": "stacks",
    "places": {"your-book": "stacks"},
    "flags": ["read-own-page"],
}


@pytest.mark.parametrize("where", [_HELD, _ON_THE_SHELF], ids=["held", "on the shelf"])
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("tell the page that isn't true", "'That isn't true.'"),
        ("I tell my page it is being unkind. I do finish things", "'It is being unkind. I do"),
        ("say to the page you got here, that counts", "'You got here, that counts.'"),
        ("tell the singed page: nobody finishes everything", "'Nobody finishes everything.'"),
    ],
)
def test_words_told_to_the_page_answer_it(where: dict[str, object], text: str, quoted: str) -> None:
    w = world("ember_library")
    told = narrated(w, new_state(w).model_copy(update=where), text)
    assert quoted.rstrip("'") in told, told
    assert "no one here" not in told, told


@pytest.mark.parametrize("text", ["tell the lamp that i am sorry", "tell juno that i am sorry"])
def test_words_told_to_what_no_moment_is_about_are_not_its_answer(text: str) -> None:
    w = world("ember_library")
    told = narrated(w, new_state(w).model_copy(update=_HELD), text)
    assert "say it to the page" not in told, told
