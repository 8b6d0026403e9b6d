"""Checks every tuning round's tests share (``tests/safety/test_roundN.py``).

A round (docs/safety.md "Round N") adds rules for classes a blind set showed missed or falsely
held, with a development set written for them (``tests/safety/dev/roundN.jsonl``: the rules'
set, in neither learned signal) and sentences of its own in no set. Each round checks the same
things of its set and its rules; they are written once here:

* :func:`assert_set_shape`: the set is distinct, in all six languages, each with the round's
  classes among its crises and enough look-alikes beside them;
* :func:`assert_own_rules_fire`: the round's crises are caught by its own rules (their reasons
  carry its tag), not by an older rule by chance;
* :func:`assert_own_rules_quiet`: the round's rules never fire on the set's ``none`` messages;
* :func:`assert_in_no_set`: the round's own sentences are in no set (their twins are);
* :func:`assert_crisis` / :func:`assert_none`: one sentence of the round's own is crisis of
  its category / none;
* :func:`assert_signal_lowered` / :func:`assert_signal_kept`: the contextual vote's crisis
  alone on a look-alike is a concern (with the look-alike's name), on its neighbour a crisis;
* :func:`served`: one sentence's verdict as the server screens it (round 22);
* :func:`as_served`: the set's figures as the server screens it (the rules and the n-gram
  model raised by the contextual vote), for rounds tuned on false crises as served.

The overlap with other sets and play is :func:`tests.safety.overlap.assert_taken_from_nowhere`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Set
from pathlib import Path

from tta_server.safety import classify
from tta_server.safety.contextual import ContextualSignal, signal
from tta_server.safety.evaluate import LANGUAGES, Labelled, Tally, load, measure
from tta_server.safety.learned import Scores
from tta_server.safety.lookalikes import signal_lookalike
from tta_server.safety.model import Assessment, Category, Level
from tta_server.safety.normalisation import text_variants

DEV = Path(__file__).resolve().parent / "dev"


def dev_set(name: str) -> list[Labelled]:
    """The development file ``name`` (``roundN.jsonl``) of ``tests/safety/dev``."""
    return load(DEV / name)


def assert_set_shape(
    rows: list[Labelled],
    *,
    at_least: int,
    classes: Set[str] = frozenset(),
    none_per_language: int = 0,
    crisis_per_language: int = 0,
    none_in_all: int = 0,
    crisis_in_all: int = 0,
) -> None:
    """Assert ``rows`` has ``at_least`` messages, none repeated, in every language; that each
    language's crises cover ``classes`` (taxonomy cells) and it has ``none_per_language``
    look-alikes and ``crisis_per_language`` crises; and the totals of each level."""
    assert len(rows) >= at_least
    assert len({r.text for r in rows}) == len(rows)
    assert set(Counter(r.lang for r in rows)) == set(LANGUAGES)
    for lang in LANGUAGES:  # every language has the classes and look-alikes beside them
        mine = [r for r in rows if r.lang == lang]
        assert {r.cell for r in mine if r.level == "crisis"} >= classes, lang
        assert sum(r.level == "none" for r in mine) >= none_per_language, lang
        assert sum(r.level == "crisis" for r in mine) >= crisis_per_language, lang
    assert sum(r.level == "none" for r in rows) >= none_in_all
    assert sum(r.level == "crisis" for r in rows) >= crisis_in_all


def assert_own_rules_fire(texts: Iterable[str], tag: str, missing: int = 3) -> None:
    """Assert all but ``missing`` of ``texts`` have a reason from a rule named with ``tag``
    (``"r15_"``): the round's rules catch its classes, not an older rule by chance."""
    texts = list(texts)
    mine = [t for t in texts if any(tag in r for r in classify(t).reasons)]
    assert len(mine) >= len(texts) - missing, set(texts) - set(mine)


def assert_own_rules_quiet(rows: Iterable[Labelled], tag: str) -> None:
    """Assert no rule named with ``tag`` gives a reason on a ``none`` message of ``rows``."""
    for row in rows:
        if row.level == "none":
            reasons = classify(row.text).reasons
            assert not any(tag in r for r in reasons), (row.text, reasons)


def assert_in_no_set(rows: Iterable[Labelled], *groups: Iterable[str]) -> None:
    """Assert no sentence of ``groups`` (a round's own test sentences) is in ``rows``."""
    mine = {text for group in groups for text in group}
    assert not {r.text for r in rows} & mine


def assert_crisis(text: str, category: Category | None = None) -> None:
    """Assert the screen rates ``text`` crisis (of ``category`` when given; the verdict shown
    if not)."""
    got = classify(text)
    assert got.level is Level.CRISIS and category in (None, got.category), got


#: Look-alikes rated none until round 26 that the model's crisis head alone now scores crisis,
#: its flag head under its threshold, so the screen rates them concern (docs/safety.md, "Round
#: 26"): a check-in offered, never a hold. ``test_round26`` fails when one is none again (take
#: it out then); never add one without the figures.
CRISIS_HEAD_CONCERNS = frozenset(
    {
        "j'ai choisi samedi pour le ciné",
        "c'est fini pour moi ce soir, je vais dormir",
        "jai tout prevu pour lanniversaire de maman",
        "my cat is sitting on the roof again",
        "el auto me sigue dando problemas",
    }
)


def assert_none(text: str) -> None:
    """Assert the screen rates ``text`` none (the verdict shown if not); a text of
    ``CRISIS_HEAD_CONCERNS`` a concern of the model alone."""
    got = classify(text)
    if text in CRISIS_HEAD_CONCERNS:
        assert got.level is Level.CONCERN and got.named_only_by("model:concern:"), got
        return
    assert got.level is Level.NONE, got


def _vote_alone(text: str) -> Assessment:
    """``text`` raised by the vote as a turn raises it, the rules silent and the n-gram model
    and the vote both sure (their crisis alone)."""
    sig: ContextualSignal = signal()
    return sig.raised(text, Assessment(Level.NONE, None, ()), Scores(1.0, 1.0, None))


def assert_signal_lowered(text: str, why: str) -> None:
    """Assert ``text`` is the look-alike ``why`` and the learned signals' crisis alone on it is
    a concern named so (rounds 17 and 20)."""
    assert signal_lookalike(text_variants(text)[-1]) == why
    got = _vote_alone(text)
    assert got.level is Level.CONCERN and got.reasons[-1].endswith(f":{why}"), got


def assert_signal_kept(text: str) -> None:
    """Assert ``text`` is no look-alike and the learned signals' crisis alone on it stays."""
    assert signal_lookalike(text_variants(text)[-1]) is None
    got = _vote_alone(text)
    assert got.level is Level.CRISIS, got


def served(text: str) -> Assessment:
    """``text`` screened as a turn screens it: ``classify`` raised by the contextual signal
    (``ContextualSignal.raised``, with its agreement)."""
    sig: ContextualSignal = signal()
    return sig.raise_verdict(text, classify(text))


def as_served(rows: list[Labelled]) -> Tally:
    """The figures of ``rows`` screened as a turn screens them: ``classify`` raised by the
    contextual signal (``ContextualSignal.raised``, with its agreement), scores in one batch."""
    sig: ContextualSignal = signal()
    texts = [r.text for r in rows]
    scores = dict(zip(texts, sig.scores(texts), strict=True))
    voted = dict(zip(texts, sig.voted_windows(texts), strict=True))
    base = {t: classify(t) for t in texts}
    return measure(rows, lambda t: sig.raised(t, base[t], scores[t], voted[t])).total
