"""Round 15b (docs/safety.md "Round 15b"): the classes blind set 15's crises rated none fell in,
written from their descriptions, never from a blind message (``lang/r15_classes.py``), and the
development set written for them (``dev/round15.jsonl``: the rules' set, in neither learned
signal). The sentences below are in no set: each class in several languages, with look-alikes
(the game's commands, work talk, errands, fiction) that must stay none."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    assert_crisis,
    assert_in_no_set,
    assert_none,
    assert_own_rules_fire,
    assert_own_rules_quiet,
    assert_set_shape,
    dev_set,
)
from tta_server.safety import Category, Level, classify

ROWS = dev_set("round15.jsonl")

#: The classes, as taxonomy cells, in every language.
CLASSES = {"sui.means", "sui.place", "sui.preparatory"}

#: Left as misses, named in docs/safety.md: a shed is a place of a world, and a roof with "a
#: long way down" in the next sentence is two sentences to the rules.
KNOWN_MISSES = {
    "sitting in the shed with the rope again",
}  # "on the roof of my building. its a long way down" flagged since round 26's crisis head

#: Each sentence and the category it must be held in.
CRISIS = {
    # means in hand or made ready
    "sat in the bathroom with my dads razor": Category.SUICIDE,
    "in the car with the hosepipe, windows up": Category.SUICIDE,
    "tipped all the sleeping pills out onto the duvet": Category.SUICIDE,
    "the pistol's right here beside me": Category.SUICIDE,
    "estoy en mi cuarto con la soga": Category.SUICIDE,
    "je suis dans la voiture avec le tuyau": Category.SUICIDE,
    "sitze im auto mit dem schlauch": Category.SUICIDE,
    "to no banheiro com a gilete": Category.SUICIDE,
    "sono in cantina con la corda": Category.SUICIDE,
    # somewhere dangerous now
    "on the ledge of the multi storey looking down": Category.SUICIDE,
    "sitting on the roof, 9 floors up": Category.SUICIDE,
    "at the cliffs one last time": Category.SUICIDE,
    "dallaltra parte della ringhiera adesso": Category.SUICIDE,
    "en el tejado mirando hacia abajo": Category.SUICIDE,
    # preparatory acts
    "wrote goodbye letters to everyone tonight": Category.SUICIDE,
    "gave everything away, the flat is empty": Category.SUICIDE,
    "escribi cartas para todos anoche": Category.SUICIDE,
    "jai trouve une nouvelle maison pour mon chien": Category.SUICIDE,
    "deixei minhas senhas pro meu marido": Category.SUICIDE,
    "ho regalato tutte le mie cose ai miei cugini": Category.SUICIDE,
    # Italian as typed
    "sanguina troppo e non smette": Category.MEDICAL_EMERGENCY,
    "mia nonna e caduta in bagno e non si muove": Category.MEDICAL_EMERGENCY,
    "non ce la faccio piu a vivere cosi": Category.SUICIDE,
}

#: Play, work, errands and fiction that must stay none.
NONE = [
    "take the rope and climb up to the clock loft",
    "stand on the bridge and look down at the river",
    "look down from the top of the lighthouse",
    "sit on the harbour wall with the rope",
    "on the roof fixing the gutters, long way down lol",
    "top floor of the car park, lovely view of the sunset",
    "all the tablets on the desk need charging",
    "pills on the counter for the next patient",
    "the engine's running, the customer's car is ready",
    "wrote invitations to everyone for the party",
    "gave away my old books to the charity shop",
    "found a new home for my cat because of the baby's allergy",
    "ho lasciato le mie password al collega in ufficio",
    "in the story she sits in the garage with a rope",
    "meglio se sparisco per sempre dal gruppo whatsapp lol",
]


@pytest.mark.parametrize("text", list(CRISIS))
def test_the_classes_are_crisis(text: str) -> None:
    assert_crisis(text, CRISIS[text])


@pytest.mark.parametrize("text", NONE)
def test_their_look_alikes_are_none(text: str) -> None:
    assert_none(text)


def test_the_rules_fire_where_no_older_rule_did() -> None:
    """Each class is caught by this round's rules, not by something older by chance."""
    assert_own_rules_fire(CRISIS, "r15_")


def test_the_set_has_the_classes_in_six_languages_none_repeated() -> None:
    assert_set_shape(ROWS, at_least=250, classes=CLASSES, none_per_language=8, none_in_all=80)


def test_the_screen_on_the_set() -> None:
    """Written alongside the rules, so a measure of fit: every crisis but the two named misses
    flagged, and no false crisis or flag from this round's rules (the older rules' and the
    model's are in docs/safety.md)."""
    crisis = [r for r in ROWS if r.level == "crisis"]
    missed = {r.text for r in crisis if classify(r.text).level is Level.NONE}
    assert missed == KNOWN_MISSES
    caught = sum(classify(r.text).level is Level.CRISIS for r in crisis)
    assert caught / len(crisis) >= 0.98
    assert_own_rules_quiet(ROWS, "r15_")


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round15.jsonl")


def test_the_sentences_here_are_in_no_set() -> None:
    assert_in_no_set(ROWS, CRISIS, NONE)
