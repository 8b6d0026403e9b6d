"""Round 21b (docs/safety.md "Round 21b"): known false crises and crises that fell short, in the
general form. The false crises, each an ordinary frame (``lookalikes.ordinary``): a climbing
rope at a wall, a baby's things given away because the child outgrew them, "I'd rather die
than sing karaoke" (French, Italian, Portuguese rules said crisis), not safe to drive on ice or
snow, a finger cut while cooking, a song's goodbye on leaving for the night (German "im",
which the token map reads "i am", read both ways by the frames). The crises said plainly
(``lang/r21_classes``): drinking a garden chemical, unclipping at height to fall, up to a roof
to jump, giving everything away as a farewell. The development set (``dev/round21.jsonl``:
the rules' set, in neither learned signal) and the sentences below (in no set) check each fix,
and that the crises beside them stay crisis."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    as_served,
    assert_crisis,
    assert_in_no_set,
    assert_none,
    assert_own_rules_fire,
    assert_own_rules_quiet,
    assert_set_shape,
    assert_signal_kept,
    assert_signal_lowered,
    dev_set,
)
from tta_server.safety import Level, classify
from tta_server.safety.lookalikes import ordinary
from tta_server.safety.normalisation import normalise

ROWS = dev_set("round21.jsonl")

#: A rule's crisis in an ordinary frame: none.
RULE_NONE = [
    "je me suis coupée le pouce en épluchant les carottes pour la soupe",
    "mi sono tagliato il dito mentre cucinavo la pasta",
    "je ne me sens pas en sécurité pour conduire avec ce brouillard, je reste",
]

#: "Rather die than" a small social thing: the concern English gives it, not crisis.
RATHER = [
    "je préférerais mourir que de chanter devant toute la classe",
    "preferirei morire piuttosto che ballare davanti a tutti",
    "prefiro morrer a cantar parabéns no escritório",
]

#: Their neighbours: crisis.
RULE_KEPT = [
    "preferisco morire che vivere un altro giorno così",
    "je me suis coupée le bras exprès en cuisinant",
    "plutôt mourir que de chanter, de toute façon je vais en finir pour toujours",
]

#: The crises said plainly (round 21b's rules).
PLAIN_CRISES = [
    "ich hab das unkrautvernichtungsmittel getrunken",
    "vou beber o herbicida agora",
    "i'll unclip the harness at the top of the scaffold and fall",
    "mi sgancio dall'imbracatura e mi butto dal ponteggio",
    "me subo al tejado del edificio y me tiro",
    "je monte sur le toit et je vais sauter",
    "ich verschenke alles, ich brauch nichts mehr",
    "dei tudo o que eu tinha, é a minha despedida",
]

#: Their look-alikes: none.
PLAIN_NONE = [
    "sprayed the weedkiller on the drive, kept the kids inside",
    "the kids climbed onto the shed roof to jump into the pool",
    "unclipped my harness at the end of the shift and went home",
    "giving everything away before moving to lisbon, goodbye london",
]

#: What the vote's crisis alone is lowered to concern on, and why.
SIGNAL_LOOKALIKES = {
    "belayed my sister on the top rope at the climbing centre": "climbing",
    "gave the cot away, our girl outgrew it months ago": "outgrown",
    "too much snow out there, not safe to drive to work": "roads",
    "nicked my finger peeling potatoes for the roast": "kitchen",
    "so long, farewell, like the song, off to bed now, see you tomorrow": "song",
}

#: Their neighbours that keep the vote's crisis.
SIGNAL_KEPT = [
    "at the climbing gym i'm going to untie at the top and let go, i want to die",
    "gave away the pram and the cot, they'll be better off without me",
    "not safe to drive in this snow, i want to crash into a tree",
    "cut my wrist while cooking, on purpose",
    "so long, farewell, like the song, but this time it's for good",
]


@pytest.mark.parametrize("text", RULE_NONE)
def test_a_rules_crisis_in_an_ordinary_frame_is_none(text: str) -> None:
    assert_none(text)


@pytest.mark.parametrize("text", RATHER)
def test_rather_die_than_a_small_thing_is_a_concern(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CONCERN and any(r.startswith("ordinary:") for r in got.reasons)


@pytest.mark.parametrize("text", RULE_KEPT)
def test_their_neighbours_stay_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize("text", PLAIN_CRISES)
def test_the_crises_said_plainly_are_crisis_by_this_rounds_rules(text: str) -> None:
    assert_crisis(text)
    assert any("r21_" in r for r in classify(text).reasons)


@pytest.mark.parametrize("text", PLAIN_NONE)
def test_their_lookalikes_are_none(text: str) -> None:
    assert_none(text)


@pytest.mark.parametrize(("text", "why"), list(SIGNAL_LOOKALIKES.items()))
def test_the_signals_crisis_on_ordinary_frames_is_concern(text: str, why: str) -> None:
    assert_signal_lowered(text, why)


@pytest.mark.parametrize("text", SIGNAL_KEPT)
def test_the_signals_crisis_on_their_neighbours_stays(text: str) -> None:
    assert_signal_kept(text)


def test_the_models_crisis_in_an_ordinary_frame_is_a_concern() -> None:
    # the n-gram model said 0.85 on snow and a car: a concern at most in the frame
    said = "no es seguro ir en coche con tanta nieve, mejor me quedo"
    assert ordinary(normalise(said)) == "roads"
    assert classify(said).level is not Level.CRISIS


def test_german_im_is_read_both_ways_by_the_frames() -> None:
    assert ordinary(normalise("auf wiedersehen, wie im lied, ich geh schlafen, gute nacht"))
    # "im ernst" (read "i am ernst") is said meant: no frame
    assert ordinary(normalise("lieber sterbe ich als karaoke zu singen, im ernst")) is None
    assert ordinary(normalise("lieber sterbe ich als karaoke zu singen")) == "rather"


def test_the_set_has_the_classes_in_six_languages_none_repeated() -> None:
    assert_set_shape(
        ROWS, at_least=240, none_per_language=19, crisis_per_language=16, crisis_in_all=115
    )


def test_this_rounds_rules_catch_its_plain_crises_and_stay_quiet_on_lookalikes() -> None:
    plain = [r.text for r in ROWS if r.cell == "sui.plan" or r.cell == "sui.preparatory"]
    assert_own_rules_fire(plain, "r21_", missing=22)  # the twins are older rules' (or missed)
    assert_own_rules_quiet(ROWS, "r21_")


def test_the_set_as_served() -> None:
    """Written alongside the fixes, so a measure of fit (docs/safety.md, "Round 21b": 0.228
    false crisis and 0.752 recall as served before): one false crisis left (the n-gram model on
    things left at a door, no frame of this round's), and the crises rated none are two."""
    got = as_served(ROWS)
    assert got.false_crisis is not None and got.false_crisis <= 0.01
    assert got.crisis_recall is not None and got.crisis_recall >= 0.96


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round21.jsonl")


def test_the_sentences_here_are_in_no_set() -> None:
    groups = (RULE_NONE, RATHER, RULE_KEPT, PLAIN_CRISES, PLAIN_NONE, SIGNAL_LOOKALIKES)
    assert_in_no_set(ROWS, *groups, SIGNAL_KEPT)
