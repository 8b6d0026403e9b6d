"""Commands spelt by ear (issue 14, newcomer corpus 25: Marcus, dyslexic, typed "down n giv pip
the float" (refused: the words known, "not what you'd like to do with them"), "go in the oil
store n get the oil can" (the get dropped), "wer is pip" (Rue: "That's me told out"), "were
did the portraits go" (unknown words 'were' and 'did') and "yeh he was awful lol" (not
understood)). "n" before a verb is "and" (after a verb of going, and in a run of ways, it is
still north); "wer", and "were" opening a question, are "where"; "yeh" is "yeah"."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("name", "at", "text", "done", "there"),
    [
        ("lantern_coast", "quay", "in n take a biscuit", ["go", "take"], "tea-hut"),
        ("lantern_coast", "quay", "go in n talk to rue", ["go", "talk"], "tea-hut"),
        ("ember_library", "foyer", "take the paper twist n feed footnote", ["take", "give"], None),
        ("ember_library", "bridge-steps", "in n giv the cat his biscuits", ["go", "give"], None),
    ],
)
def test_n_before_a_verb_is_and(
    name: str, at: str, text: str, done: list[str], there: str | None
) -> None:
    result = played(name, at, [text])
    assert [i for i, _ in steps(result)] == done, steps(result)
    assert there is None or result.state.location == there


@pytest.mark.parametrize(
    ("text", "there"),
    [
        ("n", "chapel-street"),
        ("go n", "chapel-street"),
        ("n e", "cottage-step"),
        ("n n", "chapel-street"),
    ],
)
def test_n_alone_or_after_going_is_still_north(text: str, there: str) -> None:
    assert played("lantern_coast", "quay", [text]).state.location == there


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "tea-hut", "wer is pip"),
        ("lantern_coast", "tea-hut", "were is pip"),
        ("lantern_coast", "tea-hut", "do u know wer the dog is"),
        ("ember_library", "bindery", "were is ilse"),
        ("ember_library", "bindery", "wer did ilse go"),
    ],
)
def test_where_spelt_by_ear_is_asked_where(name: str, at: str, text: str) -> None:
    assert steps(played(name, at, [text])) == [("talk", "talk.answer")]


def test_were_in_a_sentence_stays_were() -> None:
    assert steps(played("lantern_coast", "tea-hut", ["we were waiting for pip"])) != [
        ("talk", "talk.answer")
    ]


@pytest.mark.parametrize("text", ["yeh he was awful", "yeh i will", "yeh, go on then"])
def test_yeh_is_yeah(text: str) -> None:
    said = steps(played("lantern_coast", "harbour-wall", [text]))
    assert said == steps(played("lantern_coast", "harbour-wall", [text.replace("yeh", "yeah")]))
    assert said and said[0][0] == "talk", said
