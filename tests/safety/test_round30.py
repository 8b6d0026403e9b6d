"""Round 30 (docs/safety.md): no point in going on said with "see", in six languages; joining the
dead soon after a death told, in one message or the next; and what stays play or grief.

Written by the lead as probes of blind set 29's ground (talk with the worlds' characters) before
any of that set's texts were seen; the set stays unread. None of these sentences is in a set."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety.conversation import JOINING_AFTER_A_DEATH, Recent, assess
from tta_server.safety.model import Category

NO_POINT = [
    "i don't see the point in going on",
    "honestly i dont see any point in carrying on",
    "i can't see the point of living anymore",
    "no le veo sentido a seguir",
    "je ne vois pas l'intérêt de continuer à vivre",
    "ich sehe keinen Sinn mehr weiterzumachen",
    "non vedo il senso di andare avanti",
    "não vejo sentido em continuar",
]
#: Going on somewhere or with the game: not a crisis.
GOING_ON_IN_PLAY = [
    "i don't see the point in going on to the headland",
    "i don't see the point in going on with the quest",
    "no le veo sentido a seguir jugando",
    "je ne vois pas l'intérêt de continuer à jouer",
    "non vedo il senso di andare avanti con il gioco",
]
JOINING = [
    "my husband died in march. i'll be with him soon",
    "Declan passed last spring, not long now till i see him again",
    "mum died at christmas and i just want to be with her again soon",
]
#: A death and someone seen soon who is living, or at the funeral: grief, not a crisis.
SEEING_THE_LIVING = [
    "my dad died, i'll see my mum soon, she's flying in",
    "my dad died, i'll see him soon at the funeral",
    "my gran passed on sunday, i'll see my cousins soon",
]


@pytest.mark.parametrize("text", NO_POINT)
def test_no_point_in_going_on_is_a_crisis(text: str) -> None:
    assert classify(text).level is Level.CRISIS


@pytest.mark.parametrize("text", GOING_ON_IN_PLAY)
def test_going_on_somewhere_or_with_the_game_is_no_crisis(text: str) -> None:
    assert classify(text).level is not Level.CRISIS


@pytest.mark.parametrize("text", JOINING)
def test_a_death_and_being_with_them_soon_is_a_crisis(text: str) -> None:
    assert classify(text).level is Level.CRISIS


@pytest.mark.parametrize("text", SEEING_THE_LIVING)
def test_a_death_and_seeing_the_living_is_grief(text: str) -> None:
    assert classify(text).level is not Level.CRISIS


EARLIER_DEATH = Recent(
    "My husband Declan died in the spring. I miss him every day.", Level.CONCERN, Category.DISTRESS
)


@pytest.mark.parametrize(
    "text", ["i will be with him soon", "not long now till i see him", "je vais le rejoindre"]
)
def test_being_with_them_after_a_death_told_is_a_crisis(text: str) -> None:
    got = assess(text, classify(text), [EARLIER_DEATH])
    assert got.level is Level.CRISIS, got


@pytest.mark.parametrize(
    "text", ["i will see him at the funeral soon", "i will be with my daughter soon"]
)
def test_the_funeral_or_the_living_after_a_death_told_is_not(text: str) -> None:
    got = assess(text, classify(text), [EARLIER_DEATH])
    assert got.level is not Level.CRISIS, got


def test_joining_needs_a_death_told_before() -> None:
    text = "je vais le rejoindre"
    lonely = Recent("i feel so alone these days", Level.CONCERN, Category.DISTRESS)
    assert JOINING_AFTER_A_DEATH not in assess(text, classify(text), [lonely]).reasons
    assert JOINING_AFTER_A_DEATH in assess(text, classify(text), [EARLIER_DEATH]).reasons


#: Someone's illness told as over (newcomer corpus 30: a crisis hold for comforting Maren with
#: his dad's heart attack "in the spring" and "he's on the mend"): past, a concern at most.
ILLNESS_OVER = [
    "It's not weakness. My dad had a heart attack in the spring, proud as anything, hated being "
    "helped. He let us in eventually and he's on the mend. Will you let me and Rue help you with "
    "the light?",
    "my mum had a stroke in may but she's recovering",
]
#: The same happening now: crisis.
ILLNESS_NOW = [
    "i had a heart attack an hour ago",
    "my dad is having a heart attack",
    "my dad had a heart attack and collapsed",
    "i took all my pills but i am recovering now",
]


@pytest.mark.parametrize("text", ILLNESS_OVER)
def test_an_illness_told_as_over_is_no_crisis(text: str) -> None:
    assert classify(text).level is not Level.CRISIS


@pytest.mark.parametrize("text", ILLNESS_NOW)
def test_a_body_in_danger_now_is_still_a_crisis(text: str) -> None:
    assert classify(text).level is Level.CRISIS
