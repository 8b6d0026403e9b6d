"""Pride (``safety/proud.py``): someone proud of the speaker, or the speaker proud of themselves,
is a check-in at most, never a hold; a word of risk, finality, an end or joining the dead
beside it keeps the signals' level.

A widow playing The Ember Library told Bastian "I think Declan would be proud of me tonight."
(her husband had died): a crisis of the n-gram model alone (0.94), the story held. The same in
French, Spanish and Italian was a crisis too, and "i'm proud of myself tonight" a crisis of the
contextual vote. The sentences below are in no set."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.learned import Scores
from tta_server.safety.model import Assessment
from tta_server.safety.normalisation import normalise
from tta_server.safety.proud import proud_only

#: Pride, in six languages, as people type it; each was a crisis as served before the guard.
PROUD = [
    "I think Declan would be proud of me tonight.",
    "he'd be so proud of me, i'm proud of myself",
    "i'm proud of myself tonight",
    "Mum would be proud of me for coming this far",
    "my dad passed last year but he'd be proud of me tonight",
    "Mamá estaría orgullosa de mí esta noche",
    "ma mère serait fière de moi ce soir",
    "la nonna sarebbe fiera di me stasera",
]

#: Pride said in words a guard must not read past: the signals' (or a rule's) level stands.
KEPT = [
    "Declan would be proud of me, i'll be with him soon",
    "mum would be proud of me for finally ending it",
    "they'd be proud of me if i was gone",
    "dad would be proud that i'm not a burden anymore",
    "she'd be proud of me tonight, i've made my peace",
    "he would be proud of me for being brave enough to do it tonight",
    "i hope she's proud of me when i see her again",
    "they'll be proud of me when i'm gone, i'll be with gran",
    "i want to go to him, he'd be proud of me",
    "estaría orgullosa de mí, pronto estaré con ella otra vez",
    "il serait fier de moi, je vais le rejoindre",
]


@pytest.mark.parametrize("text", PROUD)
def test_pride_alone_is_proud(text: str) -> None:
    assert proud_only(normalise(text))


@pytest.mark.parametrize("text", KEPT)
def test_an_end_or_joining_the_dead_beside_it_is_not(text: str) -> None:
    assert not proud_only(normalise(text))


@pytest.mark.parametrize("text", PROUD)
def test_pride_is_never_held_as_served(text: str) -> None:
    assert signal().raise_verdict(text, classify(text)).level is not Level.CRISIS


def test_the_vote_s_crisis_alone_on_pride_is_a_check_in_that_names_why() -> None:
    text = "i'm proud of myself tonight"
    got = signal().raised(text, Assessment(Level.NONE, None, ()), Scores(1.0, 1.0, None))
    assert got.level is Level.CONCERN and got.reasons[-1].endswith(":proud"), got


@pytest.mark.parametrize(
    "text",
    [
        "Declan would be proud of me, i'll be with him soon",
        "she'd be proud of me tonight, i've made my peace",
        "he would be proud of me for being brave enough to do it tonight",
        "they'd be proud of me if i was gone",
    ],
)
def test_a_crisis_beside_it_is_kept(text: str) -> None:
    assert signal().raise_verdict(text, classify(text)).level is Level.CRISIS
