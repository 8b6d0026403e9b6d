"""The client knows every session event type the protocol has: each one, read by the client
(:func:`tta_tui.net.events.parse_event`, from the protocol's own table of event models) and
handed to the app as the link hands it, shows the player something. A type added to
``tta_server.protocol.events.EventType`` fails here until it has a sample below and the client
shows it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import free_port
from tests.tui.conftest import CRISIS, NOTICE, TEA_HUT, event, wait_until
from tta_server.protocol.events import EVENT_DATA, EventType
from tta_tui.app import TTAApp
from tta_tui.net.events import CLIENT_DATA
from tta_tui.screens.safety import CheckinPanel
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")

SAMPLES: dict[EventType, dict[str, Any]] = {
    EventType.SESSION_STARTED: {
        "world_id": "lantern-coast",
        "world_title": "The Lantern Coast",
        "character_name": "Aria Moon",
        "notice": NOTICE,
        "emergency": "999",
    },
    EventType.TURN_INPUT: {"turn_id": "t1", "text": "wave to Rue"},
    EventType.NARRATIVE_CHUNK: {"turn_id": "t1", "index": 0, "text": "Rue waves back."},
    EventType.NARRATIVE_END: {"turn_id": "t1", "chunks": 1, "ok": True, "summary": TEA_HUT},
    EventType.SESSION_ENDED: {"message": "This story has ended. Thank you for playing."},
    EventType.SAFETY_CRISIS: CRISIS,
    EventType.SAFETY_CHECKIN: {"message": "How are you doing?", "lines": []},
    EventType.SAFETY_RESOLVED: {"choice": "continue", "label": "Go on", "message": "Thank you."},
    EventType.SAFETY_BREAK: {"minutes": 45, "message": "A break may help."},
    EventType.FACILITATOR_MESSAGE: {"from": "fran", "text": "I am here if you need me."},
    EventType.SESSION_PAUSED: {"by": "fran", "reason": "a check", "message": "Paused a moment."},
    EventType.SESSION_RESUMED: {"by": "fran", "message": "Your story can go on."},
}
"""What the server sends for each event type (docs/protocol.md)."""


def seen(app: TTAApp, story: StoryScreen) -> tuple[object, ...]:
    """Everything an event can change for the player: the screens, the toasts (but the one
    saying the absent server cannot be reached), the story's paragraphs, title, side panel,
    paused and ended states, the crisis it holds and its check-in panel."""
    return (
        [type(s).__name__ for s in app.screen_stack],
        [(n.title, n.message) for n in app._notifications if n.title != "Can't reach the server"],
        [p.text for p in story.story_log.paragraphs],
        story.title_text,
        story.summary,
        story.paused,
        story.ended,
        story.last_crisis,
        len(story.query(CheckinPanel)),
    )


def test_every_event_type_has_a_sample_and_a_model_the_client_reads() -> None:
    assert set(SAMPLES) == set(EventType)
    assert set(CLIENT_DATA) <= set(EVENT_DATA.values()), "the client refines only protocol models"
    for kind, data in SAMPLES.items():
        read = event(kind, 2, **data).data
        protocol_model = EVENT_DATA[kind]
        assert isinstance(read, CLIENT_DATA.get(protocol_model, protocol_model)), kind


@pytest.mark.parametrize("kind", list(EventType))
async def test_the_client_shows_every_event_type(kind: EventType) -> None:
    app = TTAApp([f"ws://127.0.0.1:{free_port()}"])
    async with app.run_test(size=(100, 30)) as pilot:
        story = StoryScreen()
        await app.push_screen(story)
        await wait_until(pilot, lambda: app.screen is story, what="the story screen")
        before = seen(app, story)
        app._on_event(event(kind, 2, **SAMPLES[kind]))
        await pilot.pause()
        assert seen(app, story) != before, f"a {kind} event showed the player nothing"
        assert app.failures == []
