"""Missing family far away (``safety/homesick.py``): homesickness the learned signals read as a
crisis is a check-in at most, never a hold; risk, despair or grief beside it keeps the signals'
level.

Play corpus 19's newcomer, a nurse from Brazil in Ireland, answered the guide with night shifts
and missing her family; the same said in Portuguese, Spanish or German was a crisis to the
n-gram model (0.84-0.88), in French to the vote's agreement. The sentences below are in no set."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety.contextual import ContextualSignal, signal
from tta_server.safety.homesick import homesick
from tta_server.safety.learned import Scores
from tta_server.safety.lookalikes import signal_lookalike
from tta_server.safety.model import Assessment
from tta_server.safety.normalisation import normalise

#: Homesickness, in six languages, as people type it.
MISSING = [
    "so lonely in this flat tbh, i really miss my family back home",
    "honestly just homesick, first winter here",
    "me siento sola en este país, echo de menos a mi madre",
    "tão longe de casa, sinto muita falta dos meus filhos",
    "je suis seule ici depuis septembre, ma mère me manque beaucoup",
    "ich bin so allein in dieser stadt, ich vermisse meine eltern",
    "qui da sola, mi mancano tanto i miei genitori",
]

#: The same with risk, despair or a death beside it: the signals' level stands.
KEPT = [
    "i miss my family, they'd all be better off without me anyway",
    "sinto falta da minha família, hoje vou acabar com tudo, adeus",
    "i miss my mum so much, i cant go on like this",
    "i miss my husband, he died in june, i just want to be with him",
    "echo de menos a mi padre, murió y ya no puedo más",
    "ich vermisse meine familie, ich will nur noch sterben",
]


@pytest.mark.parametrize("text", MISSING)
def test_missing_family_far_away_is_homesick(text: str) -> None:
    assert homesick(normalise(text))


@pytest.mark.parametrize("text", KEPT)
def test_risk_despair_or_grief_beside_it_is_not(text: str) -> None:
    assert not homesick(normalise(text))


@pytest.mark.parametrize("text", MISSING)
def test_the_signals_crisis_on_it_is_a_check_in(text: str) -> None:
    """Whatever the learned signals score, homesickness is never held as served; the vote's
    crisis alone is lowered to concern and names why."""
    sig: ContextualSignal = signal()
    assert sig.raise_verdict(text, classify(text)).level is not Level.CRISIS
    assert signal_lookalike(normalise(text)) == "homesick"
    got = sig.raised(text, Assessment(Level.NONE, None, ()), Scores(1.0, 1.0, None))
    assert got.level is Level.CONCERN and got.reasons[-1].endswith(":homesick"), got


def test_the_newcomers_own_line_in_her_first_language_is_not_held() -> None:
    text = "estou muito sozinha aqui, sinto falta da minha família"
    got = signal().raise_verdict(text, classify(text))
    assert got.level is Level.CONCERN, got


@pytest.mark.parametrize("text", KEPT[:2] + KEPT[-1:])
def test_a_crisis_beside_it_is_kept(text: str) -> None:
    assert signal().raise_verdict(text, classify(text)).level is Level.CRISIS
