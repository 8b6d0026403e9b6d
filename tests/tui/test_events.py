"""The client reads session events into the protocol's models at the edge
(``tta_tui.net.events``): typed data for every event type, fields a newer server adds ignored,
and a member that does not read dropped to its default without losing the rest, so that a
crisis panel opens whatever else is wrong with the frame."""

from __future__ import annotations

from typing import Any

from tests.tui.conftest import CRISIS, TEA_HUT
from tta_server.protocol.events import (
    EVENT_DATA,
    ChoiceOut,
    EventType,
    FacilitatorNote,
    SafetyCrisis,
    SessionPaused,
)
from tta_tui.net.events import StoryEnd, parse_event, read_lenient


def frame(kind: str, data: Any, seq: Any = 4) -> dict[str, Any]:
    return {"type": kind, "session_id": "s1", "seq": seq, "at": 1.0, "data": data}


def test_every_event_type_reads_into_its_model() -> None:
    for kind, model in EVENT_DATA.items():
        event = parse_event(frame(kind, {}))
        assert (event.type, event.session_id, event.seq) == (kind, "s1", 4)
        assert isinstance(event.data, StoryEnd if kind == "narrative.end" else model), kind


def test_a_crisis_reads_whole_and_ignores_what_a_newer_server_adds() -> None:
    event = parse_event(frame("safety.crisis", {**CRISIS, "colour": "red"}))
    assert isinstance(event.data, SafetyCrisis)
    assert event.data.lines == CRISIS["lines"] and event.data.emergency == "999"
    assert [c.id for c in event.data.choices] == ["continue", "talk", "end"]
    assert event.data.resources.code == "GB"


def test_a_broken_member_takes_its_default_and_the_rest_still_reads() -> None:
    event = parse_event(frame("safety.crisis", {**CRISIS, "lines": "not a list", "choices": 3}))
    assert isinstance(event.data, SafetyCrisis)
    assert event.data.lines == [] and event.data.choices == []
    assert event.data.message == CRISIS["message"] and event.data.emergency == "999"


def test_data_that_is_not_an_object_still_gives_the_type_its_model() -> None:
    event = parse_event(frame("safety.crisis", None, seq="x"))
    assert isinstance(event.data, SafetyCrisis) and event.seq is None


def test_a_facilitators_name_is_read_from_the_wire_name_from() -> None:
    event = parse_event(frame("facilitator.message", {"from": "fran", "text": "Hello."}))
    assert event.data == FacilitatorNote(from_="fran", text="Hello.")
    assert parse_event(frame("session.paused", {"by": 7, "reason": "r"})).data == SessionPaused(
        reason="r"
    )


def test_a_summary_keeps_what_reads_when_one_of_its_members_does_not() -> None:
    event = parse_event(
        frame("narrative.end", {"turn_id": "t1", "summary": {**TEA_HUT, "turn": "x"}})
    )
    assert isinstance(event.data, StoryEnd)
    assert event.data.summary.location == "Rue's Tea Hut" and event.data.summary.turn == 0
    assert event.data.turn_id == "t1"


def test_an_unknown_event_type_has_no_data() -> None:
    event = parse_event(frame("weather.changed", {"rain": True}))
    assert event.type == "weather.changed" and event.data is None


def test_a_required_member_that_is_missing_gives_none() -> None:
    assert read_lenient(ChoiceOut, {"label": "x"}) is None
    assert read_lenient(ChoiceOut, {"id": "talk", "label": 3}) == ChoiceOut(id="talk")


def test_each_event_type_has_a_data_model() -> None:
    assert set(EVENT_DATA) == {t.value for t in EventType}
