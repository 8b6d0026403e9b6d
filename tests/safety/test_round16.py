"""Round 16 (docs/safety.md "Round 16"): false crises as served, on ordinary play. The classes
blind set 16's served false crises fell in (described, never read): leetspeak game talk, a
parent's "will kill me if i'm late" in French and Italian, work with pills or at a height, and
a character's own wish said back to them. The development set written for them
(``dev/round16.jsonl``: the rules' set, in neither learned signal) and the sentences below (in
no set) check each fix, and that the real crises beside them stay crisis."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    as_served,
    assert_crisis,
    assert_in_no_set,
    assert_set_shape,
    dev_set,
)
from tta_server.safety import Level, classify
from tta_server.safety.contextual import (
    SPELT_LEANS,
    ContextualSignal,
    reads,
    signal,
    spelt_and_written,
)
from tta_server.safety.learned import Scores
from tta_server.safety.lookalikes import signal_lookalike
from tta_server.safety.model import Assessment
from tta_server.safety.normalisation import normalise, spell_leet, text_variants

ROWS = dev_set("round16.jsonl")

#: Leetspeak game talk, thanks and fiction: the screen and the vote (on the spelt reading) say
#: no crisis.
LEET_PLAY = [
    "th1s dr4g0n k33ps k1ll1ng m3 l0l",
    "ch33rs br4nn, s33 y0u 4t th3 h4rb0ur",
    "m1 p3rs0n4j3 s3 mur10 0tr4 v3z jaja",
    "d4nk3 f0r d1e h1lf3 juno",
]

#: Leetspeak risk: the rules read it spelt (the short words too).
LEET_CRISIS = [
    "1 w4nn4 d13 t0n1ght",
    "g0nn4 3nd 1t 4ll t0d4y",
    "1ch w1ll n1cht m3hr 4ufw4ch3n",
]

#: A parent's threat over something trivial, with a laugh: none.
FAMILY_IDIOM = [
    "mon pere va me tuer si je rentre apres 2h encore mdr",
    "ma mamie va me tuer si je casse encore son telephone ptdr",
    "mio padre mi uccide se vede la bolletta del telefono ahahah",
    "mia sorella mi ammazza se scopre che ho preso la sua macchina ahah",
]

#: The same words with real harm, no laugh, or said to be meant: crisis.
FAMILY_THREAT = [
    "mon pere va me tuer si je rentre tard, il ma deja frappe hier ptdr",
    "mon pere va me tuer si je rentre tard",
    "mia madre mi ammazza se torno tardi, sul serio, ahah",
    "mio padre mi ammazza se torno tardi, e ubriaco e ho paura ahah",
]

#: What the vote's crisis alone is lowered to concern on, and why.
SIGNAL_LOOKALIKES = {
    "counted the tablets on the drug trolley twice before handover": "work",
    "a contar los comprimidos del carro de medicacion antes del cambio de turno": "work",
    "up the scaffold on floor 30 in a storm today, knackered": "work",
    "tutto il giorno sull impalcatura al 25 piano col vento": "work",
    "juno, you said you want to sleep for a hundred years, haha i understand, rest": "quoted",
    "maren tu dis que tu veux disparaitre un peu, je comprends": "quoted",
}

#: Their neighbours that keep the vote's crisis: the speaker's own use, an act at a height, the
#: speaker's own wish.
SIGNAL_KEPT = [
    "took the tablets off the drug trolley at handover, all of them",
    "pocketed tablets from the drug trolley all month, enough now",
    "counting the pills on the ward trolley, after this shift im going to stop everything",
    "up the scaffold on floor 30, going to let go, goodbye",
    "juno, you said you want to sleep for a hundred years. me too, and not wake up",
    "maren tu dis que tu veux disparaitre, moi aussi je veux disparaitre pour toujours",
]


def test_spell_leet_spells_words_and_keeps_names_and_ordinals() -> None:
    assert spell_leet("h3ll0 k33p3r, 1 w4s h3r3") == "hello keeper, i was here"
    assert spell_leet("g0nn4 3nd 1t") == "gonna end it"
    assert spell_leet("g0nn4 3nd 1t", short=False) == "gonna 3nd 1t"
    kept = "my ps5 on the 3rd floor, 5mg at 3pm"
    assert spell_leet(kept) == kept
    assert spell_leet("l3v3l 3rd, 1st try") == "level 3rd, 1st try"
    assert spell_leet("1 more go") == "1 more go"  # no leetspeak word: digits are numbers
    assert reads("Th4nk5 M4r3n!") == "Thanks Maren!"  # as written, but spelt


def test_the_models_reading_is_unchanged() -> None:
    """The n-gram model reads the first variant (it is not retrained this round): the short
    words are spelt in a variant of the rules' own."""
    variants = text_variants("g0nn4 3nd 1t")
    assert variants[0] == normalise("g0nn4 3nd 1t") == "going to 3nd it"
    assert variants[-1] == "going to end it"


@pytest.mark.parametrize("text", LEET_CRISIS)
def test_leetspeak_risk_is_crisis_to_the_rules(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS and not any(r.startswith("model:") for r in got.reasons), got


def test_spelt_and_written() -> None:
    low, high = Scores(0.2, 0.1, None), Scores(1.0, 1.0, None)
    got = spelt_and_written(low, high, 0.86)
    assert got.crisis == 0.1 and got.flag == 1.0  # a flag from the written form, no crisis
    leans = Scores(0.6, SPELT_LEANS, None)
    assert spelt_and_written(leans, high, 0.86).crisis == 1.0
    assert spelt_and_written(leans, Scores(0.8, 0.8, None), 0.86).crisis == SPELT_LEANS


@pytest.mark.parametrize("text", LEET_PLAY)
def test_leetspeak_play_is_no_crisis_as_served(text: str) -> None:
    sig: ContextualSignal = signal()
    base = classify(text)
    served = sig.raised(text, base, sig.score(text))
    assert base.level is Level.NONE and served.level is not Level.CRISIS, served


@pytest.mark.parametrize("text", FAMILY_IDIOM)
def test_a_parents_idiom_is_none(text: str) -> None:
    got = classify(text)
    assert got.level is Level.NONE, got
    assert any(r.startswith("idiom:") for r in got.reasons), got  # a rule recognised it


@pytest.mark.parametrize("text", FAMILY_THREAT)
def test_a_parents_threat_stays_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(("text", "why"), list(SIGNAL_LOOKALIKES.items()))
def test_the_signals_crisis_on_lookalikes_is_concern(text: str, why: str) -> None:
    assert signal_lookalike(normalise(text)) == why
    sig: ContextualSignal = signal()
    base = Assessment(Level.NONE, None, ())
    sure = Scores(1.0, 1.0, None)  # the vote as sure as it gets
    got = sig.raised(text, base, sure)
    assert got.level is Level.CONCERN and got.reasons[-1].endswith(f":{why}"), got


@pytest.mark.parametrize("text", SIGNAL_KEPT)
def test_the_signals_crisis_on_their_neighbours_stays(text: str) -> None:
    assert signal_lookalike(normalise(text)) is None
    sig: ContextualSignal = signal()
    got = sig.raised(text, Assessment(Level.NONE, None, ()), Scores(1.0, 1.0, None))
    assert got.level is Level.CRISIS, got


def test_a_rules_crisis_is_never_lowered() -> None:
    text = "counted the pills on the drug trolley, going to take them all tonight for me"
    base = classify(text)
    assert base.level is Level.CRISIS
    sig: ContextualSignal = signal()
    assert sig.raised(text, base, Scores(1.0, 1.0, None)) == base


def test_the_set_has_the_classes_in_six_languages_none_repeated() -> None:
    assert_set_shape(
        ROWS, at_least=200, none_per_language=15, crisis_per_language=10, crisis_in_all=80
    )


def test_the_set_as_served() -> None:
    """Written alongside the fixes, so a measure of fit (docs/safety.md, "Round 16": 0.256
    false crisis on none and 0.847 crisis recall before): at most one false crisis, and every
    crisis at least flagged."""
    got = as_served(ROWS)
    assert got.false_crisis is not None and got.false_crisis <= 1 / 117
    assert got.crisis_recall is not None and got.crisis_recall >= 0.95
    assert got.crisis_as_none == 0


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round16.jsonl")


def test_the_sentences_here_are_in_no_set() -> None:
    groups = (LEET_PLAY, LEET_CRISIS, FAMILY_IDIOM, FAMILY_THREAT, SIGNAL_LOOKALIKES, SIGNAL_KEPT)
    assert_in_no_set(ROWS, *groups)
