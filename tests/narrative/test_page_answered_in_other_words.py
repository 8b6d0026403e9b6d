"""Answering the page in other words (issue 14, newcomer corpus 25: Marcus, with the mending
pen in hand at his own harsh page, typed "write with the pen. i turn up every nite ...", then
"use pen on book", then a plain "thats not true. i finish every shift ... i look after me
dad" (read as a look at himself), and only "answer the page: ..." worked). Any way a person
says they write or answer on the page, while its moment is open, is the answer: the words
after the lead (a stop, a comma or none between), or, with no words, the world's own."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tta_server.pipeline.play import play
from tta_server.world import new_state

_OWN_PAGE = {
    "location": "stacks",
    "inventory": ["your-book", "mending-pen"],
    "places": {"your-book": "player", "mending-pen": "player"},
    "flags": ["read-own-page"],
}
_JUNO = {
    "location": "reading-room",
    "inventory": ["mending-pen"],
    "places": {"mending-pen": "player"},
    "flags": ["juno-told"],
}


def _played(where: dict[str, object], text: str) -> tuple[list[str], str]:
    w = world("ember_library")
    state = new_state(w).model_copy(update=where)
    result = play(w, state, text)
    return [s.outcome.message_key for s in result.steps], narrated(w, state, text)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("write with the pen. i came here tonight and that counts", "I came here tonight and"),
        ("write i came anyway, tired or not", "I came anyway, tired or not"),
        ("i write on the page that nobody finishes everything", "Nobody finishes everything."),
        ("use the pen to write that i keep going when it's hard", "I keep going when it's hard"),
        ("i pick up the pen and write back. tired is not the same as failing", "Tired is not"),
        ("answer it, i keep showing up", "I keep showing up"),
        ("that's a lie. i look after my mum every weekend", "That's a lie. I look after my mum"),
    ],
)
def test_words_written_on_the_page_answer_it(text: str, quoted: str) -> None:
    keys, told = _played(_OWN_PAGE, text)
    assert keys == ["verb.ok"], (keys, told)
    assert f"'{quoted}" in told, told
    assert "on the page.'" not in told, told


@pytest.mark.parametrize(
    "text", ["write on the page", "use pen on book", "write with the mending pen", "use the pen"]
)
def test_the_lead_alone_answers_in_the_worlds_words(text: str) -> None:
    keys, told = _played(_OWN_PAGE, text)
    assert keys == ["verb.ok"] and "You're tired. You walked in here anyway" in told, told


@pytest.mark.parametrize(
    "text", ["write with the pen. you earned your place here", "write on her page", "use the pen"]
)
def test_junos_page_is_written_on_the_same_ways(text: str) -> None:
    keys, told = _played(_JUNO, text)
    assert keys == ["verb.ok"] and "You uncap the mending pen" in told, told


@pytest.mark.parametrize(
    "text", ["write with the pen. i came here tonight and that counts", "write on the page"]
)
def test_before_the_page_is_read_it_is_not_answered(text: str) -> None:
    where = {**_OWN_PAGE, "flags": []}
    keys, told = _played(where, text)
    assert "own-page-answered" not in str(keys) and "singed edge cools" not in told, told
