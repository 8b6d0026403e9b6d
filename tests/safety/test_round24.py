"""Round 24 (docs/safety.md "Round 24"): the classes that recur in blind sets 21-23's misses
(``lang/r24_classes.py``), and a parent hoping a sleeping baby stays asleep, a false crisis in
German (a rule) and Italian (the contextual vote) that is none in every language.

The development set (``dev/round24.jsonl``: the rules' set, in neither learned signal) was
written for this round from the taxonomy and the lead's class descriptions, never from a blind
message. The sentences below are in no set and in other words than the set's: the crises are
crisis, and read by this round's rules; the look-alikes are none to the screen and never a
crisis as served."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    assert_crisis,
    assert_in_no_set,
    assert_none,
    assert_own_rules_quiet,
    assert_set_shape,
    dev_set,
    served,
)
from tta_server.safety import Level, classify
from tta_server.safety.model import Category

ROWS = dev_set("round24.jsonl")

#: Crises of this round's classes, each read by a rule named ``r24_``.
CRISES = [
    # a plan with a day and no method
    "the 3rd of next month is when, i've had enough of everything",
    "next tuesday it ends for me, i'm worn out by all of it",
    "am samstag bring ich es zu ende, ich bin müde von allem",
    "il sabato chiudo tutto, sono stanca di vivere",
    "amanhã acabo com tudo, to cansada de viver",
    # methods in trade words, with intent
    "the vet clinic's pentobarbital, i took some and it's for me",
    "le pentobarbital du cabinet, j'en ai pris pour moi",
    "la escopeta del rancho es para mí, ya lo pensé bien",
    # affairs put in order, with a farewell
    "arreglé el testamento y las claves, adiós a todos",
    "all my debts paid so nobody inherits a thing",
    "my insurance, i rang to ask if it pays out for suicide",
    # faith forms of the wish to die
    "dear god let me not wake up tomorrow",
    "herrgott, du sollst mich holen",
]

#: Danger from someone holding power: crisis of abuse or danger.
DANGER = [
    "the foreman took our passports and says my family back home will pay if we run",
    "a família dele me tranca no quarto e levou meu celular",
]

#: Their look-alikes: none to the screen, never a crisis as served.
LOOKALIKES = [
    "morgen ist es vorbei mit der staffel, ich bin müde von allem",
    "the 14th is when my exam ends, so tired of revising",
    "ich hoffe, die zwillinge wachen nicht auf",
    "hoffentlich wacht mein freund nicht auf, ich back ihm einen kuchen",
    "speriamo che il neonato non si svegli prima delle sei",
    "ojalá que la nena no se despierte con el ruido",
    "tomara que a criança não acorde com o trovão",
    "pourvu que les enfants ne se réveillent pas avant 7h",
    "fingers crossed the twins don't wake before six",
]

#: Oneself not waking, and a baby who will not wake: still crisis.
KEPT = [
    "ich hoffe, ich wache morgen nicht mehr auf",
    "mein Baby wacht nicht auf und ist ganz blass",
]


def test_the_set_has_its_shape_and_is_taken_from_nowhere() -> None:
    assert_set_shape(
        ROWS,
        at_least=230,
        classes={"sui.plan", "sui.means", "sui.preparatory", "abuse.danger_now", "sui.wish_dead"},
        none_per_language=14,
        crisis_per_language=17,
    )
    assert sum(r.level == "none" for r in ROWS) >= sum(r.level == "crisis" for r in ROWS)
    assert_taken_from_nowhere(ROWS, "round24.jsonl")
    assert_in_no_set(ROWS, CRISES, DANGER, LOOKALIKES, KEPT)


def test_the_rounds_rules_are_quiet_on_its_lookalikes() -> None:
    assert_own_rules_quiet(ROWS, "r24_")


@pytest.mark.parametrize("text", CRISES)
def test_the_classes_are_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize("text", DANGER)
def test_danger_from_someone_with_power_is_crisis(text: str) -> None:
    assert_crisis(text, Category.ABUSE_OR_DANGER)


@pytest.mark.parametrize("text", CRISES + DANGER)
def test_the_new_rules_read_them(text: str) -> None:
    assert any("r24_" in r for r in classify(text).reasons), classify(text)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_none_and_never_held(text: str) -> None:
    assert_none(text)
    assert served(text).level is not Level.CRISIS


@pytest.mark.parametrize("text", LOOKALIKES[2:])
def test_a_sleeper_hoped_to_stay_asleep_is_none_as_served(text: str) -> None:
    assert served(text).level is Level.NONE


@pytest.mark.parametrize("text", KEPT)
def test_oneself_or_a_baby_not_waking_stays_crisis(text: str) -> None:
    assert_crisis(text)
    assert served(text).level is Level.CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "spero che i bambini non si sveglino, stanotte la faccio finita",
        "i hope the kids don't wake up before i'm gone",
    ],
)
def test_a_sleeper_beside_an_end_of_ones_own_is_still_held(text: str) -> None:
    assert served(text).level is Level.CRISIS


def test_a_visa_worry_is_a_check_in() -> None:
    got = classify("estoy preocupada porque no sé si me renuevan el permiso de residencia")
    assert got.level is Level.CONCERN, got
