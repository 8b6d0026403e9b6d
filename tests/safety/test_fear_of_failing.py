"""Fear of failing and of letting someone down is self-criticism, a concern (round 28).

Newcomer 30, sixteen and revising for her exams, answered Bastian's "Have you ever had a page
like that? One that says the worst of you?" with "kinda yeah tbh. my brain tells me im gonna
fail my gcses and let my mum down": the n-gram model alone called it crisis (0.85) and the story
was held behind the crisis panel. ``self_criticism.SELF_CRITICAL`` read "i fail" and "i let my
mum down" but not the future ("i am going to fail", "i will let my family down", "ill ruin
it"), nor "i will never be good enough". The sentences here are new; the words of absence, a
last time or death beside them keep the crisis."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify, learned
from tta_server.safety.normalisation import normalise
from tta_server.safety.self_criticism import self_critical_only


@pytest.mark.parametrize(
    "text",
    [
        "kinda. my head tells me im going to fail my exams and let my dad down",
        "yeah tbh it says ill fail my finals and let everyone down",
        "mine says i'm gonna mess up my a levels and let my parents down",
        "it would say i will fail my course and disappoint my nan",
        "the page would say im gonna let my whole team down on saturday",
        "it'd say i'll never be good enough for my dad",
        "sometimes. my brain says ill ruin it all and let my sister down",
        "honestly mine would say i'll never be good enough and i'll let my family down",
    ],
)
def test_fearing_to_fail_or_let_someone_down_is_self_criticism(text: str) -> None:
    assert self_critical_only(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "kinda yeah. it says i'll fail and they'd be better off without me",
        "it would say i'm going to fail and i should just end it",
        "im gonna let everyone down one last time",
        "i will fail my exams and then i will kill myself",
        "i feel ill",
        "ill go north",
    ],
)
def test_absence_death_a_last_time_or_no_self_criticism_is_not(text: str) -> None:
    assert not self_critical_only(normalise(text))


def test_the_models_crisis_alone_on_it_is_a_concern() -> None:
    text = "honestly mine would say i'll never be good enough and i'll let my family down"
    model = learned.load()
    scores = model.score(normalise(text))
    assert scores.crisis >= model.crisis_at  # the model alone would hold the story
    assert scores.flag >= model.flag_at  # and the flag head's guard does not apply
    got = classify(text)
    assert got.level is Level.CONCERN and got.named_only_by("model:concern:"), got


@pytest.mark.parametrize(
    "text",
    [
        "kinda yeah. it says i'll fail and they'd be better off without me",
        "it would say i'm going to fail and i should just end it",
        "im gonna let everyone down one last time",
    ],
)
def test_the_same_with_absence_or_an_ending_keeps_its_crisis(text: str) -> None:
    assert classify(text).level is Level.CRISIS
