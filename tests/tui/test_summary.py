"""The client reads a ``narrative.end`` summary through the protocol's model: what a newer
server adds is ignored, and a member that is missing or odd takes its default instead of
failing."""

from __future__ import annotations

from tests.tui.conftest import summary
from tta_server.protocol.messages import StateSummary
from tta_tui.net.summary import Summary, parse_summary


def test_a_summary_as_the_server_sends_it_reads_as_the_protocol_model() -> None:
    doc = summary()
    read = parse_summary(doc)
    assert read.model_dump() == StateSummary.model_validate(doc).model_dump()
    assert read.arc.describe() == "1 of 7 steps done; next: Steady Pip"
    assert [e.direction for e in read.exits] == ["in", "east", "north", "west"]


def test_fields_a_newer_server_adds_are_ignored() -> None:
    read = parse_summary({**summary(), "weather": "rain", "arc": {**summary()["arc"], "x": 1}})
    assert read == parse_summary(summary())


def test_an_odd_or_missing_member_takes_its_default_and_the_rest_is_kept() -> None:
    doc = summary(exits="nowhere", turn="five", skills=None)
    del doc["inventory"]
    read = parse_summary(doc)
    assert (read.exits, read.turn, read.skills, read.inventory) == ([], 0, {}, [])
    assert read.location == "The Quay" and read.characters == ["Rue Penhallow"]


def test_anything_but_an_object_is_an_empty_summary() -> None:
    assert parse_summary(None) == parse_summary([1, 2]) == Summary()
    assert Summary().arc.describe() == "Just beginning"
