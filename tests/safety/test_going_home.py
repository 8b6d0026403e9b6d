"""Going home to someone (``safety/going_home.py``): a leave-taking the learned signals read as a
farewell is a check-in at most, never a hold; risk or finality beside it keeps the hold.

Play corpus 16's newcomer ended a story with "Thank you. I think it's time I went home to my
daughter. Goodnight, everyone." and the n-gram model alone held the story (crisis 0.86). The
sentences below are in no set."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety.classifier import HOME
from tta_server.safety.contextual import ContextualSignal, signal
from tta_server.safety.going_home import going_home
from tta_server.safety.learned import Scores
from tta_server.safety.lookalikes import signal_lookalike
from tta_server.safety.model import Assessment
from tta_server.safety.normalisation import normalise

#: Leave-takings to someone living, in six languages.
LEAVING = [
    "ok that's me for tonight, off home to my kids now, bye all",
    "Lovely story. I think it's time I went home to my husband. Night night everyone.",
    "thanks guys, heading home to feed the dog, night",
    "time to go home and put my son to bed, see you",
    "bueno me voy a casa con mis hijas, buenas noches a todos",
    "merci pour tout ce soir, je rentre retrouver mes gosses, bonne nuit",
    "danke euch, ich fahr jetzt nach hause zu meiner frau, gute nacht",
    "obrigada gente, vou pra casa ver meus filhos, boa noite",
    "grazie ragazzi, torno a casa dalla mia bambina, buonanotte",
]

#: The same leave-taking with risk, finality or a goodbye for good: the learned signals' level
#: stands.
KEPT = [
    "going home to my kids one last time, then it ends",
    "going home to my wife to say goodbye, she'll be better off",
    "im going home to my daughter, tell her i'm sorry, i won't be back",
    "je rentre voir mes enfants une derniere fois",
    "sorted a home for my cat, now off home to my mum",
    "vou pra casa ver minha filha pela ultima vez, adeus",
]


@pytest.mark.parametrize("text", LEAVING)
def test_a_leave_taking_is_going_home(text: str) -> None:
    assert going_home(normalise(text))


@pytest.mark.parametrize("text", KEPT)
def test_risk_beside_it_is_not(text: str) -> None:
    assert not going_home(normalise(text))


def test_the_models_crisis_on_it_is_a_check_in() -> None:
    """The newcomer's words: the model alone said crisis, the screen says concern (a check-in,
    no hold); the contextual vote does not raise it again. Since round 26 (docs/safety.md) the
    model's crisis head scores it under its threshold, so the reason is the model's concern;
    ``test_a_leave_taking_the_model_holds_is_a_check_in`` keeps the guard's own reason."""
    text = "Thank you. I think it's time I went home to my daughter. Goodnight, everyone."
    got = classify(text)
    assert got.level is Level.CONCERN, got
    sig: ContextualSignal = signal()
    assert sig.raised(text, got, Scores(1.0, 1.0, None)).level is Level.CONCERN


def test_a_leave_taking_the_model_holds_is_a_check_in() -> None:
    """A leave-taking (not the corpus's words) the model alone calls crisis: the guard makes
    it a concern and names itself in the reason."""
    text = "thank you all. i think its time i went home to my kids. goodbye everyone"
    got = classify(text)
    assert got.level is Level.CONCERN, got
    assert got.reasons[-1].startswith(HOME + "model:crisis:"), got


@pytest.mark.parametrize("text", LEAVING)
def test_no_leave_taking_is_held_as_served(text: str) -> None:
    sig: ContextualSignal = signal()
    served = sig.raise_verdict(text, classify(text))
    assert served.level is not Level.CRISIS, served


@pytest.mark.parametrize("text", LEAVING)
def test_the_votes_crisis_alone_is_concern(text: str) -> None:
    assert signal_lookalike(normalise(text)) == "home"
    sig: ContextualSignal = signal()
    got = sig.raised(text, Assessment(Level.NONE, None, ()), Scores(1.0, 1.0, None))
    assert got.level is Level.CONCERN and got.reasons[-1].endswith(":home"), got


def test_a_rules_crisis_is_never_lowered() -> None:
    text = "going home to my kids, i have the pills ready for after they sleep"
    assert going_home(normalise(text)) is False
    text = "heading home to my husband tonight, i want to die"
    assert classify(text).level is Level.CRISIS
