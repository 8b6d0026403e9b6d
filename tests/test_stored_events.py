"""The server reads stored session events through their protocol models, leniently
(``Event.read_data``): an event an older server wrote, or one damaged in the store, reads with
its members' defaults, an unknown type reads as None, and neither breaks a history page or the
admin CLI's event lines. (Resuming and playing on such a log: tests/wire/test_stored_events.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from tta_server.admin.sessions import event_text
from tta_server.handlers.sessions import history_entry
from tta_server.protocol.events import (
    EVENT_DATA,
    SAYS_MESSAGE,
    SAYS_TEXT,
    SafetyCrisis,
    SessionStarted,
)
from tta_server.protocol.messages import NarrativeChunk, NarrativeEnd, TurnInput
from tta_server.store.records import Event


def stored(type_: str, data: Any, seq: int = 7) -> Event:
    return Event("s1", seq, type_, data, 1000.0)


def test_a_well_formed_event_reads_as_its_model() -> None:
    data = stored("turn.input", {"turn_id": "t1", "text": "look"}).read_data()
    assert data == TurnInput(turn_id="t1", text="look")
    crisis = stored("safety.crisis", {"turn_id": "t2", "category": "self_harm"}).read_data()
    assert isinstance(crisis, SafetyCrisis) and crisis.category == "self_harm"


@pytest.mark.parametrize(
    ("type_", "data", "expected"),
    [
        ("narrative.chunk", {"turn_id": "t1", "index": 0}, NarrativeChunk(turn_id="t1")),
        ("narrative.chunk", {"turn_id": "t1", "text": 5}, NarrativeChunk(turn_id="t1")),
        ("turn.input", {"text": ["not", "text"]}, TurnInput()),
        ("session.started", "not an object", SessionStarted()),
        ("session.started", None, SessionStarted()),
    ],
)
def test_a_member_missing_or_of_the_wrong_kind_takes_its_default(
    type_: str, data: Any, expected: object
) -> None:
    assert stored(type_, data).read_data() == expected


def test_an_unknown_type_or_an_end_without_its_required_members_reads_as_none() -> None:
    assert "story.future" not in EVENT_DATA
    assert stored("story.future", {"text": "from a newer server"}).read_data() is None
    assert stored("narrative.end", {"turn_id": "t1", "ok": False}).read_data() is None


def test_history_entries_of_damaged_events_show_what_they_can() -> None:
    said = history_entry(stored("turn.input", {"turn_id": 3}))
    assert (said.kind, said.text, said.turn_id) == ("input", "", None)
    told = history_entry(stored("narrative.chunk", {"turn_id": "t1"}, seq=8))
    assert (told.kind, told.text, told.turn_id, told.seq) == ("narration", "", "t1", 8)
    opening = history_entry(stored("session.started", {"world_title": "The Hut"}))
    assert (opening.kind, opening.text) == ("notice", "You begins a story in The Hut.")
    closed = history_entry(stored("session.ended", {"message": None}))
    assert (closed.kind, closed.text) == ("notice", "The story is closed.")
    unknown = history_entry(stored("story.future", {"text": "?"}))
    assert (unknown.kind, unknown.turn_id) == ("notice", None)
    assert unknown.text == "(an event this server cannot show)"
    bare = history_entry(stored("safety.crisis", {"message": 7}))  # wrong type: does not read
    assert bare.text == "The story was paused for the player's safety."


def test_a_facilitators_transcript_shows_each_safety_event_in_its_own_words() -> None:
    """Every event but the player's words, the story and its start once read "The story is
    closed." in a facilitator's transcript (a crisis, a check-in, a facilitator's message)."""
    crisis = history_entry(stored("safety.crisis", {"message": "You matter more than the story."}))
    assert (crisis.kind, crisis.text) == ("notice", "You matter more than the story.")
    note = history_entry(stored("facilitator.message", {"from": "sam", "text": "I'm here."}))
    assert note.text == "I'm here."
    paused = history_entry(stored("session.paused", {"by": "sam", "reason": "a call"}))
    assert paused.text == "a call"
    for type_ in ("safety.checkin", "safety.resolved", "session.resumed"):
        assert history_entry(stored(type_, {})).text != "The story is closed.", type_


def test_history_entries_of_well_formed_events() -> None:
    said = history_entry(stored("turn.input", {"turn_id": "t1", "text": "look"}))
    assert (said.kind, said.text, said.turn_id) == ("input", "look", "t1")
    opening = history_entry(
        stored("session.started", {"character_name": "Aria", "world_title": "The Hut"})
    )
    assert opening.text == "Aria begins a story in The Hut."
    closed = history_entry(stored("session.ended", {"message": "You closed the story."}))
    assert closed.text == "You closed the story."


@pytest.mark.parametrize(
    ("type_", "data", "text"),
    [
        ("turn.input", {"turn_id": "t1", "text": "look  around\n"}, "look around"),
        ("facilitator.message", {"from": "fran", "text": "I am here."}, "I am here."),
        ("session.paused", {"by": "fran", "reason": "A break.", "message": ""}, "A break."),
        ("session.paused", {"reason": "A break.", "message": "Paused."}, "Paused."),
        ("safety.break", {"minutes": 60, "message": "Rest a while."}, "Rest a while."),
        ("narrative.end", {"turn_id": "t1"}, ""),
        ("narrative.chunk", {"text": 12}, ""),
        ("story.future", {"text": "from a newer server"}, ""),
        ("turn.input", "not an object", ""),
    ],
)
def test_the_admin_cli_shows_an_events_words_or_nothing(type_: str, data: Any, text: str) -> None:
    assert event_text(type_, data) == text


def test_every_event_type_says_whether_it_has_words() -> None:
    """A new event type is read by ``tta-admin session show`` only once it is placed here."""
    wordless = {SessionStarted, NarrativeEnd}
    placed = [*SAYS_TEXT, *SAYS_MESSAGE, *wordless]
    assert sorted(m.__name__ for m in placed) == sorted(m.__name__ for m in EVENT_DATA.values())
