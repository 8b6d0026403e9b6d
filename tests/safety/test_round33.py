"""Round 33 (docs/safety.md): the contextual vote reads a long message's sentences too.

A message of more than 30 words is far from every labelled message the vote knows, so on the
whole of it the vote abstained (on blind set 32's first score, the served recall of its long
crises was the screen's own). Since round 33 its windows (its sentences alone and in pairs,
those with the speaker in them: ``contextual.windows``) are voted on as short messages are, and
one the vote calls crisis with a share of at least ``WINDOW_CRISIS_AT`` makes the message a
crisis. The crises here are development messages (blind sets 11 and 13, tuned on long ago);
the ordinary ones are the lead's."""

from __future__ import annotations

import pytest

from tta_server.safety import Assessment, Category, Level, classify, contextual
from tta_server.safety.learned import Scores
from tta_server.safety.model import LEVEL_RANK

#: Long crises the screen and the vote on the whole message rate concern.
BURIED = [
    "I think about ending it every shift. 22 years on the job and I can't get the kid from the "
    "crash out of my head. Some nights I think about eating my gun.",
    "is it weird to type from the top of a bridge? the river looks so calm from up here and i "
    "dont want to go back to the empty flat",
]
#: Grief told at length, no risk in it: a check-in at most (the taxonomy's dis.grief).
GRIEF = (
    "Thank you Rue. My wife Jean died in the spring and the house is very quiet now. I still "
    "walk the dog every morning and my son rings on Sundays. I made soup for one last night "
    "and it was not bad. Can I have another cup of tea please?"
)
#: Long ordinary messages: play, a long thank-you.
ORDINARY = [
    "right so i went to the dunes and found the dog and then i went back to the quay and gave "
    "the broth to maren, she said thank you and told me about ada. then i went up to the "
    "headland and the fog was thick. what do i do next, the hint said something about oil",
    "thank you so much for tonight, this was genuinely the nicest hour i have had all week. the "
    "lighthouse bit made me a bit teary in a good way and rue is my new favourite person. i am "
    "going to bed now and i will come back tomorrow to try the library one with my sister",
]


@pytest.fixture(scope="module")
def signal() -> contextual.ContextualSignal:
    return contextual.signal()


@pytest.mark.parametrize("text", BURIED)
def test_a_crisis_in_one_sentence_of_a_long_message_is_held(
    signal: contextual.ContextualSignal, text: str
) -> None:
    base = classify(text)
    assert base.level is not Level.CRISIS  # the screen alone does not hold it
    assert signal.raised(text, base, signal.score(text)).level is not Level.CRISIS  # nor the whole
    got = signal.raise_verdict(text, base)
    assert got.level is Level.CRISIS, got
    assert got.reasons[-1].startswith("contextual:crisis:") and got.reasons[-1].endswith(":window")


@pytest.mark.parametrize("text", BURIED)
def test_without_the_windows_it_was_a_check_in(
    signal: contextual.ContextualSignal, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contextual, "USE_WINDOWS", False)
    assert contextual.windows(text) == []
    assert signal.raise_verdict(text, classify(text)).level is Level.CONCERN


@pytest.mark.parametrize("text", ORDINARY)
def test_a_long_ordinary_message_is_not_held(
    signal: contextual.ContextualSignal, text: str
) -> None:
    assert contextual.windows(text)  # long enough to be read sentence by sentence
    assert signal.raise_verdict(text, classify(text)).level is Level.NONE


def test_grief_told_at_length_is_not_held(signal: contextual.ContextualSignal) -> None:
    assert contextual.windows(GRIEF)
    assert signal.raise_verdict(GRIEF, classify(GRIEF)).level is not Level.CRISIS


def test_the_windows_are_sentences_as_written_with_the_speaker_in_them() -> None:
    text = (
        "The fog came in over the quay and the boats knocked against the wall all night long. "
        "Maren said the lamp was lit again.\nI am tired tonight! Are you?"
    )
    assert contextual.windows(text) == [
        "Maren said the lamp was lit again. I am tired tonight!",  # a pair with the speaker
        "I am tired tonight!",
        "I am tired tonight! Are you?",
    ]
    assert contextual.windows("i am tired tonight, are you?") == []  # short: read whole


def test_a_long_message_reads_at_most_max_windows() -> None:
    text = " ".join(f"I walked to number {n} today." for n in range(40))
    assert len(contextual.windows(text)) == contextual.MAX_WINDOWS


def test_a_window_under_the_threshold_adds_nothing(signal: contextual.ContextualSignal) -> None:
    text = BURIED[1]
    base = classify(text)
    whole = signal.score(text)
    spoken = contextual.windows(text)
    high = Scores(1.0, contextual.WINDOW_CRISIS_AT, Category.SUICIDE)
    low = Scores(1.0, contextual.WINDOW_CRISIS_AT - 0.01, Category.SUICIDE)
    held = signal.raised(text, base, whole, [(w, high) for w in spoken])
    assert held.level is Level.CRISIS
    not_held = signal.raised(text, base, whole, [(w, low) for w in spoken])
    assert LEVEL_RANK[not_held.level] < LEVEL_RANK[Level.CRISIS]


def test_no_window_is_read_over_a_rule_that_weakened_itself(
    signal: contextual.ContextualSignal,
) -> None:
    text = BURIED[1]
    weakened = Assessment(Level.CONCERN, Category.SUICIDE, ("fiction:sui.place",))
    spoken = contextual.windows(text)
    high = Scores(1.0, 1.0, Category.SUICIDE)
    assert signal.raised(text, weakened, signal.score(text), [(w, high) for w in spoken]) == (
        weakened
    )
