"""Round 20 (docs/safety.md "Round 20"): served false crises on ordinary messages. The classes an
independent writer's set held behind a crisis panel (described, never read): a health worker's
routine with controlled drugs (drawn up, recorded, a day's prescriptions dispensed, the pills
ready for the round); "X will kill me" with a laugh and no "if" (the milk left out, the wrong
order delivered, the pudding eaten), and from the children or grandchildren; good news and a
change that suits ("fine by me"); a game's gear asked for in leetspeak. The development set
written for them (``dev/round20.jsonl``: the rules' set, in neither learned signal) and the
sentences below (in no set) check each fix, and that the real crises beside them stay crisis."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    as_served,
    assert_crisis,
    assert_in_no_set,
    assert_none,
    assert_set_shape,
    assert_signal_kept,
    assert_signal_lowered,
    dev_set,
)
from tta_server.safety import Level
from tta_server.safety.lookalikes import OWN_USE, threat_idiom
from tta_server.safety.normalisation import normalise

ROWS = dev_set("round20.jsonl")

#: "Will kill me" with a laugh and a small thing named after it, no "if": none by rule.
IDIOM = [
    "ma tante va me tuer j'ai renversé le lait sur son tapis mdr",
    "mis hijos van a acabar conmigo, se comieron el flan de la abuela jajaja",
]

#: The same frame with real harm or said to be meant: crisis by rule.
IDIOM_KEPT = [
    "ma mere va me tuer, elle m'a frappée ce matin, j'ai laissé le lait dehors mdr",
    "mon patron va me tuer, pour de vrai, j'ai perdu la commande mdr",
]

#: The learned signals' crisis on the idiom without an "if": none with a laugh.
MODEL_IDIOM = {
    "mein opa bringt mich noch ins grab, hat den ganzen kuchen gegessen haha": Level.NONE,
    "il mio capo mi ammazza, ho sbagliato l'ordine del cliente ahahah": Level.NONE,
    # no laugh, no "if": not the idiom's frame
    "mein opa bringt mich noch ins grab, hat den ganzen kuchen gegessen": None,
}

#: What the vote's crisis alone is lowered to concern on, and why.
SIGNAL_LOOKALIKES = {
    "medikamentenrunde gemacht und die btm mit der kollegin dokumentiert": "work",
    "150 prescriptions dispensed before lunch, feet aching": "work",
    "prepared the midazolam for the patient in bay 2 with my colleague": "work",
    "nos pasaron a turno de noche, por mí bien": "glad",
    "got my citizenship letter today, so happy": "glad",
    "d4m3 l4 3sp4d4 y 3l 3scud0": "play",
}

#: Their neighbours that keep the vote's crisis: a decision, a burden, an end of one's own.
SIGNAL_KEPT = [
    "so happy now, i won't be a burden much longer",
    "finalmente tranquila, ya lo he decidido",
    "contento, tanto non mi servirà più",
    "p4ss m3 th3 r0p3, 1 w4nt t0 d13",
    "gib mir das schwert, ich will sterben",
    "counted the patient's morphine at handover and took some home for myself",
]

#: Drugs at work read by the rules (``lookalikes.at_work``): none; the German article "die" is
#: no word of dying (it kept every German sentence from the frame), English "to die" still is.
AT_WORK = [
    "am schichtende die tabletten auf dem medikamentenwagen gezählt",
    "las pastillas listas para la ronda de medicación de la noche",
]
AT_WORK_KEPT = [
    "am schichtende die tabletten vom wagen mit nach hause genommen, für mich",
    "las pastillas del carro listas para mí esta noche",
]


@pytest.mark.parametrize("text", IDIOM)
def test_the_idiom_without_if_is_none(text: str) -> None:
    assert_none(text)


@pytest.mark.parametrize("text", IDIOM_KEPT)
def test_a_real_threat_or_a_meant_one_stays_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(("text", "level"), list(MODEL_IDIOM.items()))
def test_the_learned_signals_crisis_on_the_idiom(text: str, level: Level | None) -> None:
    assert threat_idiom(normalise(text)) is level


@pytest.mark.parametrize(("text", "why"), list(SIGNAL_LOOKALIKES.items()))
def test_the_signals_crisis_on_lookalikes_is_concern(text: str, why: str) -> None:
    assert_signal_lowered(text, why)


@pytest.mark.parametrize("text", SIGNAL_KEPT)
def test_the_signals_crisis_on_their_neighbours_stays(text: str) -> None:
    assert_signal_kept(text)


@pytest.mark.parametrize("text", AT_WORK)
def test_pills_ready_at_work_are_none(text: str) -> None:
    assert_none(text)


@pytest.mark.parametrize("text", AT_WORK_KEPT)
def test_pills_for_oneself_stay_crisis(text: str) -> None:
    assert_crisis(text)


def test_die_is_a_word_of_dying_only_in_english() -> None:
    assert OWN_USE.search("die tabletten auf dem wagen") is None
    assert OWN_USE.search("enough of the ward's stock to die") is not None


def test_the_set_has_the_classes_in_six_languages_none_repeated() -> None:
    assert_set_shape(
        ROWS, at_least=240, none_per_language=24, crisis_per_language=16, crisis_in_all=96
    )


def test_the_set_as_served() -> None:
    """Written alongside the fixes, so a measure of fit (docs/safety.md, "Round 20": 0.080
    false crisis on none before): no false crisis, and no crisis lowered (the crises rated
    none or concern here were so before this round: missed classes, not its caps)."""
    got = as_served(ROWS)
    assert got.false_crisis == 0
    assert got.crisis_recall is not None and got.crisis_recall >= 0.84


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round20.jsonl")


def test_the_sentences_here_are_in_no_set() -> None:
    groups = (IDIOM, IDIOM_KEPT, MODEL_IDIOM, SIGNAL_LOOKALIKES, SIGNAL_KEPT, AT_WORK)
    assert_in_no_set(ROWS, *groups, AT_WORK_KEPT)
