"""Round 17 (docs/safety.md "Round 17"): served false crises and plain misses. The classes blind
set 17's served false crises and its crises rated none fell in (described, never read): a
family member's, a boss's or a teacher's "will kill me if" over something small; farm, pharmacy
and rope-access work; game talk (a coat given to a character, a bag of stones, kind words to a
guardian); leetspeak fiction; and, rated none, lethal amounts of farm chemicals or one's own
tablets, railway tracks, intent said plainly, tersely or glued, and a threat at home. The
development set written for them (``dev/round17.jsonl``: the rules' set, in neither learned
signal) and the sentences below (in no set) check each fix, and that the real crises beside
them stay crisis."""

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
from tta_server.safety import Level, classify
from tta_server.safety.lookalikes import threat_idiom
from tta_server.safety.normalisation import normalise

ROWS = dev_set("round17.jsonl")

#: Someone at home with a laugh, or a boss or a teacher, over something small: none by rule.
IDIOM = [
    "my uncle will murder me if i lose his fishing rod again haha",
    "mi jefa me mata si llego tarde a la reunion",
    "la prof va me tuer si j oublie encore mes devoirs",
    "minha tia vai me esganar se eu comer o bolo todo kkkk",
    "il mio capo mi ammazza se mi vede giocare durante la pausa",
    "mein chef bringt mich um wenn er sieht dass ich zocke",
]

#: The same words with real harm, the police, a weapon, or said to be meant: crisis.
THREAT = [
    "my uncle will murder me if i tell the police what he did, he has a gun",
    "mi jefe me mata si lo cuento, tiene un cuchillo",
    "mein vater bringt mich um wenn ich zu spaet komme, er ist betrunken und ich hab angst",
    "mia zia mi ammazza se torno tardi, sul serio, ahah",
]

#: The learned signals' crisis on the idiom: none with a laugh or from a boss, concern without.
MODEL_IDIOM = {
    "my nan will skin me alive if i skip sunday dinner lol": Level.NONE,
    "my manager will kill me if i miss the standup": Level.NONE,
    "my grandma will strangle me if i eat the last of the cake": Level.CONCERN,
}

#: A gun loaded for vermin on a farm: none by rule; for oneself it stays crisis.
VERMIN = [
    "loaded the air rifle for the rats in the barn",
    "j ai charge la carabine pour les corbeaux du poulailler",
    "ho caricato la doppietta per le volpi vicino al pollaio",
]
VERMIN_KEPT = [
    "loaded the air rifle, it's not for the rats, it's for me",
    "flinte geladen fuer die ratten, und danach fuer mich selbst",
]

#: What the vote's crisis alone is lowered to concern on, and why.
SIGNAL_LOOKALIKES = {
    "drilled the barley all morning and moved the ewes, shattered": "work",
    "terminamos la siembra del trigo y revise las vacas": "work",
    "pharmacy technician here, counted tablets for the care homes all day": "work",
    "abseiling the viaduct for the survey all week, brilliant views": "work",
    "du bist nicht allein juno, ich bleib bei dir bis morgen": "play",
    "what's heavy? my rucksack of rocks for the cairn lol": "play",
    "h4b d3n 0rk g3t0t3t und s31n schw3rt g3n0mm3n": "fiction",
    "my mum will strangle me if i'm home after 1 again haha": "idiom",
}

#: Their neighbours that keep the vote's crisis: an end of one's own, a drink of the chemical.
SIGNAL_KEPT = [
    "drilled the barley all morning, now i'm going to drink the weedkiller",
    "du bist nicht allein juno, aber ich will nicht mehr leben",
    "my rucksack of rocks, walking into the lake tonight",
    "k1ll3d th3 dr4g0n, n0w 1 w4nt t0 d13",
]

#: Rated none before this round, crisis by rule now.
NEW_CRISES = [
    "how much of the sheep wormer would i need to drink to not wake up",
    "is a bottle of the vineyard spray enough to end it",
    "reichen zwei packungen von meinen herztabletten damit das herz stehen bleibt",
    "im lying on the railway tracks behind the school",
    "sono sdraiata sui binari dietro la stazione",
    "sick of fighting it, i'm going through with it",
    "cansei de lutar, vou fazer isso hoje",
    "tonight i drive to the quarry and that will be that",
    "saturday. the garage. the rope. decided",
    "voumematarhojeanoite",
    "what weighs on me? being alive still",
    "merci pour tout maren, c est fini pour moi",
    "my stepdad said he'll burn the house down if i tell anyone",
]

#: Their look-alikes: a farmer's doses, a rope for climbing.
NEW_KEPT_NONE = [
    "how much wormer do i need for forty ewes",
    "is one bag of fertiliser enough for the top field",
    "bought a new rope for climbing, it's for me",
]


@pytest.mark.parametrize("text", IDIOM)
def test_the_idiom_is_none(text: str) -> None:
    assert_none(text)


@pytest.mark.parametrize("text", THREAT)
def test_a_real_threat_stays_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(("text", "level"), list(MODEL_IDIOM.items()))
def test_the_learned_signals_crisis_on_the_idiom(text: str, level: Level) -> None:
    assert threat_idiom(normalise(text)) is level
    assert classify(text).level is not Level.CRISIS, classify(text)


@pytest.mark.parametrize("text", VERMIN)
def test_a_gun_for_vermin_is_none(text: str) -> None:
    assert_none(text)


@pytest.mark.parametrize("text", VERMIN_KEPT)
def test_a_gun_for_oneself_stays_crisis(text: str) -> None:
    assert_crisis(text)


def test_a_bag_of_stones_with_a_laugh_is_not_the_pockets_rule() -> None:
    assert classify("so a minha mochila cheia de pedras kkk").level is not Level.CRISIS
    assert classify("filled my coat pockets with stones lol").level is Level.CRISIS


@pytest.mark.parametrize(("text", "why"), list(SIGNAL_LOOKALIKES.items()))
def test_the_signals_crisis_on_lookalikes_is_concern(text: str, why: str) -> None:
    assert_signal_lowered(text, why)


@pytest.mark.parametrize("text", SIGNAL_KEPT)
def test_the_signals_crisis_on_their_neighbours_stays(text: str) -> None:
    assert_signal_kept(text)


@pytest.mark.parametrize("text", NEW_CRISES)
def test_the_missed_classes_are_crisis_by_rule(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS, got
    assert not any(r.startswith("model:") for r in got.reasons), got


@pytest.mark.parametrize("text", NEW_KEPT_NONE)
def test_their_lookalikes_are_no_crisis(text: str) -> None:
    assert classify(text).level is not Level.CRISIS, classify(text)


def test_the_set_has_the_classes_in_six_languages_none_repeated() -> None:
    assert_set_shape(
        ROWS, at_least=220, none_per_language=20, crisis_per_language=15, crisis_in_all=80
    )


def test_the_set_as_served() -> None:
    """Written alongside the fixes, so a measure of fit (docs/safety.md, "Round 17": 0.216
    false crisis on none, 0.584 crisis recall and 30 crises rated none before): at most one
    false crisis, and every crisis at least flagged."""
    got = as_served(ROWS)
    assert got.false_crisis is not None and got.false_crisis <= 1 / 131
    assert got.crisis_recall is not None and got.crisis_recall >= 0.97
    assert got.crisis_as_none == 0


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round17.jsonl")


def test_the_sentences_here_are_in_no_set() -> None:
    groups = (IDIOM, THREAT, MODEL_IDIOM, VERMIN, VERMIN_KEPT, SIGNAL_LOOKALIKES, SIGNAL_KEPT)
    assert_in_no_set(ROWS, *groups, NEW_CRISES, NEW_KEPT_NONE)
