"""Which signals named a verdict: ``Assessment.named_only_by`` (one helper for the three places
that ask "did only the learned model / the learned signals name this?")."""

from __future__ import annotations

from tta_server.contextual_step import model_only
from tta_server.safety.model import Assessment, Category, Level
from tta_server.safety.self_criticism import SIGNALS, only_signals


def _concern(*reasons: str) -> Assessment:
    return Assessment(Level.CONCERN, Category.DISTRESS, reasons)


def test_every_reason_must_carry_an_allowed_prefix() -> None:
    assert _concern("model:concern:0.81").named_only_by("model:concern:")
    assert _concern("model:concern:0.81", "contextual:concern:0.9").named_only_by(*SIGNALS)
    assert not _concern("model:concern:0.81", "distress.en_worthless").named_only_by(*SIGNALS)
    assert not _concern("contextual:concern:0.9").named_only_by("model:concern:")
    assert not _concern().named_only_by(*SIGNALS)  # no reason: nothing named it


def test_the_three_places_read_it_the_same_way() -> None:
    alone, with_rule = _concern("model:concern:0.8"), _concern("model:concern:0.8", "x.rule")
    assert model_only(alone) and not model_only(with_rule)
    assert only_signals("some days are long", alone)
    assert not only_signals("some days are long", with_rule)
