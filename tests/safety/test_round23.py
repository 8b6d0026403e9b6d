"""Round 23 (docs/safety.md "Round 23"): the classes blind set 22's crises were still missed in
as served, Spanish first (``lang/r23_classes.py``), and the false crises beside them.

The development set (``dev/round23.jsonl``: the rules' set, in neither learned signal) was
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

ROWS = dev_set("round23.jsonl")

#: Crises of this round's classes, each read by a rule named ``r23_``.
CRISES = [
    # wishing to be gone with a faith or a reason
    "virgencita, llévame ya con mi esposo",
    "señor, ya llévame, estoy cansada de vivir",
    "please lord take me in my sleep",
    "meu deus, me leva logo",
    "dio prendimi, non ce la faccio più",
    "solo quiero reunirme con mi hija, se me murió hace un año y ya nada tiene sentido",
    "ich will zu meiner tochter, seit sie gestorben ist hat nichts mehr sinn",
    # a means carried at work
    "traigo una soga en el maletero desde el lunes, por si un día me decido",
    "me llevé del trabajo el lorazepam que sobró, es para mí",
    # a method asked for oneself about a bridge
    "cuántos metros tiene el viaducto de la a-6? pregunto para mí, no es del juego",
    "si me tiro del puente nuevo y salto de cabeza, si salto de ahí me muero seguro?",
    # farewell acts with no death word
    "le dejé una carta a cada uno en la mesa de la cocina",
    "regalé mi bajo a mi amigo, ya no lo voy a necesitar",
    "ho regalato il mio violino a mia nipote, non lo userò più",
    # bare replies carrying the means
    "ya tengo las pastillas",
    "le pillole ce le ho tutte",
    # the wish said to be meant
    "me quiero morir de verdad",
    # danger now on the road
    "hay un auto que me sigue y no sé a dónde ir",
    "une voiture me suit depuis dix minutes, j'ai peur",
    "tem um carro me seguindo faz dez minutos, to com medo",
]

#: Their look-alikes: none to the screen, never a crisis as served.
LOOKALIKES = [
    "señor, llévame al aeropuerto por favor",
    "le pido a dios que me lleve con bien a casa",
    "traigo una cuerda en el maletero para amarrar la carga",
    "contamos la morfina al final del turno y faltaba una ampolla",
    "le dejé una tarjeta a cada uno en la mesa con su nombre",
    "el auto me sigue dando problemas",
    "god take me to the beach already lol",
    "dio portami al mare",
    "sacrifiqué el alfil y gané",
]

#: False crises as served on ward talk, occasions and prayers for small things: a check-in at
#: most (the learned signals' crisis lowered by this round's frames).
NOT_HELD = [
    "dos paradas y un sangrado en la guardia de anoche",
    "une overdose aux urgences cette nuit, stable",
    "quiero estar con mi hija en su graduación",
    "regalé mi bajo a mi amigo, me compré otro",
    "a friend is following me in his car to the party",
    "please god let the bus come on time",
]


def test_the_set_has_its_shape_and_is_taken_from_nowhere() -> None:
    assert_set_shape(
        ROWS,
        at_least=220,
        classes={"sui.wish_dead", "sui.means", "sui.method", "sui.preparatory"},
        none_per_language=13,
        crisis_per_language=12,
    )
    assert sum(r.lang == "es" for r in ROWS) >= 90  # Spanish first
    assert sum(r.level == "none" for r in ROWS) >= sum(r.level == "crisis" for r in ROWS)
    assert_taken_from_nowhere(ROWS, "round23.jsonl")
    assert_in_no_set(ROWS, CRISES, LOOKALIKES, NOT_HELD)


def test_the_rounds_rules_are_quiet_on_its_lookalikes() -> None:
    assert_own_rules_quiet(ROWS, "r23_")


@pytest.mark.parametrize("text", CRISES)
def test_the_classes_are_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize("text", CRISES)
def test_the_new_rules_read_them(text: str) -> None:
    assert any("r23_" in r for r in classify(text).reasons), classify(text)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_none_and_never_held(text: str) -> None:
    assert_none(text)
    assert served(text).level is not Level.CRISIS


@pytest.mark.parametrize("text", NOT_HELD)
def test_ordinary_talk_is_not_held_as_served(text: str) -> None:
    assert served(text).level is not Level.CRISIS
