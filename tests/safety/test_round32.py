"""Round 32 (docs/safety.md): a message of more than 30 words is also read by the n-gram model
sentence by sentence, so the one sentence that matters is not averaged away; an ordinary long
message stays ordinary. Written by the lead; none of these sentences is in a set (blind set 31,
which showed the class, stays unread)."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety import classifier as screen
from tta_server.safety.normalisation import normalise

#: Long messages with one sentence of risk in the middle, rated concern or none before.
BURIED = [
    "ok so the library bit was nice and i liked the cat, footnote is adorable. work has been "
    "a lot this month and my manager keeps moving my shifts around without asking. i keep "
    "wondering how many of my sleeping pills it would take. anyway what do i do with the ember, "
    "do i give it to ilse or bastian",
    "sorry this is long but rue asked how i am so here goes. the kids are with their dad this "
    "week and the house is so quiet it rings. i keep wondering how many of my sleeping pills it "
    "would take. i dont know why im telling a game this. the tea hut is lovely though",
]
#: Long ordinary messages: play, a week told, a long thank-you.
ORDINARY = [
    "thank you so much for tonight, this was genuinely the nicest hour i have had all week. the "
    "lighthouse bit made me a bit teary in a good way and rue is my new favourite person. i am "
    "going to bed now and i will come back tomorrow to try the library one with my sister",
    "right so i went to the dunes and found the dog and then i went back to the quay and gave "
    "the broth to maren, she said thank you and told me about ada. then i went up to the "
    "headland and the fog was thick. what do i do next, the hint said something about oil",
]


@pytest.mark.parametrize("text", BURIED)
def test_a_crisis_buried_in_a_long_message_is_read(text: str) -> None:
    assert len(normalise(text).split(" ")) > screen.MODEL_CRISIS_MAX_WORDS
    assert classify(text).level is Level.CRISIS


@pytest.mark.parametrize("text", BURIED)
def test_without_the_windows_it_was_not(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen, "USE_WINDOWS", False)
    assert classify(text).level is not Level.CRISIS


@pytest.mark.parametrize("text", ORDINARY)
def test_a_long_ordinary_message_stays_ordinary(text: str) -> None:
    assert classify(text).level is Level.NONE


def test_the_windows_are_the_sentences_and_their_pairs() -> None:
    windows = screen.sentence_windows("i went north . i am tired ; the fog is thick !")
    assert windows == [
        "i went north",
        "i went north i am tired",
        "i am tired",
        "i am tired the fog is thick",
        "the fog is thick",
    ]


def test_a_sentence_longer_than_the_limit_is_cut_in_overlapping_windows() -> None:
    size = screen.MODEL_CRISIS_MAX_WORDS
    words = [f"w{i}" for i in range(size * 2)]
    windows = screen.sentence_windows(" ".join(words))
    assert windows[0].split(" ") == words[:size]
    assert all(len(w.split(" ")) <= size for w in windows)
    assert set(" ".join(windows).split(" ")) == set(words)
