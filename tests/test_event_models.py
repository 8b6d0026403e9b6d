"""Every session event the server builds is built from its protocol model: each builder's event
reads back as ``EVENT_DATA[type]`` and dumps to the very same data (so it has exactly the
model's members, under the wire's names), the builders cover every event type, nothing in the
server writes an event from a bare type string, and the members the protocol sends only
sometimes are left out when they do not apply (``safety.resolved`` after ``continue``, a
``safety.alert`` that is not ``handed_over``)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from tta_server import crisis_response
from tta_server.crisis_response import Choice
from tta_server.data import worlds
from tta_server.game import narration_events
from tta_server.protocol.events import (
    EVENT_DATA,
    EVENT_TYPE_OF,
    EventType,
    FacilitatorNote,
    SessionPaused,
    SessionResumed,
)
from tta_server.protocol.messages import SafetyAlert, TurnInput
from tta_server.safety import Assessment, Category, Level
from tta_server.safety.resources import CountryResources, load_resources
from tta_server.store.base import Alert, NewEvent
from tta_server.world import context, load_world, new_state

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def resources() -> CountryResources:
    return load_resources().for_country("GB")


def built(resources: CountryResources) -> list[NewEvent]:
    """One event of each kind, from the builders the server uses."""
    world = load_world(worlds() / "ember_library.toml")
    state = new_state(world)
    crisis = Assessment(Level.CRISIS, Category.SELF_HARM, ("r",))
    return [
        crisis_response.started_event("w", "The World", "Ada", resources),
        NewEvent.of(TurnInput(turn_id="t1", text="look")),
        *narration_events(world, context(world, state), ["One.", "Two."], "t1", True),
        crisis_response.ended_event(),
        crisis_response.crisis_event("t2", crisis, resources, "a1"),
        crisis_response.checkin_event("t3", world, state, resources),
        *(crisis_response.resolved_event(c, resources) for c in Choice),
        crisis_response.break_event(45),
        NewEvent.of(FacilitatorNote(from_="fay", text="Hello")),
        NewEvent.of(SessionPaused(by="fay", reason="A moment.", message="Paused.")),
        NewEvent.of(SessionResumed(by="fay", message="Go on.")),
    ]


def test_each_built_event_is_exactly_its_model(resources: CountryResources) -> None:
    events = built(resources)
    assert {e.type for e in events} == set(EVENT_DATA), "a builder for every event type"
    for event in events:
        model = EVENT_DATA[event.type]
        read: Any = model.model_validate(event.data)
        assert read.wire() == event.data, event.type
        assert EVENT_TYPE_OF[type(read)] == event.type


def test_the_wire_names_and_the_members_sent_sometimes(resources: CountryResources) -> None:
    note = NewEvent.of(FacilitatorNote(from_="fay", text="Hello"))
    assert note.type == EventType.FACILITATOR_MESSAGE
    assert note.data == {"from": "fay", "text": "Hello"}
    answers = {
        Choice(e.data["choice"]): e.data for e in built(resources) if e.type == "safety.resolved"
    }
    assert set(answers[Choice.CONTINUE]) == {"choice", "label", "message"}
    for choice in (Choice.TALK, Choice.END):
        assert set(answers[choice]) == {"choice", "label", "message", "lines", "resources"}
        assert answers[choice]["lines"][0].startswith("If you are in immediate danger")
    crisis = next(e.data for e in built(resources) if e.type == "safety.crisis")
    assert crisis["category"] == "self_harm" and crisis["resources"]["code"] == "GB"
    assert [c["id"] for c in crisis["choices"]] == ["continue", "talk", "end"]


def test_an_alert_frame_carries_handover_members_only_with_a_handover() -> None:
    alert = Alert("a1", 1.0, "acc", "ada", "c1", "Ada", "s1", "crisis", None, ("r",), "words")
    plain = crisis_response.alert_frame("alert", alert)
    assert set(plain) == {"type", "kind", "alert"} and plain["type"] == "safety.alert"
    assert plain["alert"]["category"] is None and plain["alert"]["acked_by"] is None
    handed = crisis_response.alert_frame("handed_over", alert, to="bo", by="fay", note="")
    assert (handed["to"], handed["by"], handed["note"]) == ("bo", "fay", "")
    assert SafetyAlert.model_validate(handed).wire() == handed


def test_no_server_module_writes_an_event_from_a_bare_type_string() -> None:
    """``NewEvent("type", {...})`` would bypass the models: the server uses ``NewEvent.of``."""
    found = []
    for path in sorted((ROOT / "tta_server").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "NewEvent"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, f"events built from a bare type string: {found}"
