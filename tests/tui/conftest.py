"""Shared helpers for the client's screen, snapshot and play tests.

- :class:`ScreenHarness`: an app with the client's stylesheet and theme that shows one screen
  built from fixed data and records every message the screens post (no network).
- Fixed data (:data:`SCHEMA`, :data:`CHARACTERS`, :data:`WORLDS`, :func:`opening_events`,
  :data:`CRISIS`...) shaped like the server's frames (docs/protocol.md).
- :func:`wait_until`: wait for app state with a timeout, pausing the pilot in between (never a
  bare sleep).
- :func:`type_at_once`: keys arriving in one burst, as a fast typist's do (``pilot.press``
  waits for each key to be handled, which hides keys overtaking each other).
- Every test gets its own client config/draft/log location under ``tmp_path``.
- ``server`` / ``server_url``: a real server in this process on the embedded store, for the tests
  that run the whole client against it.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest
from textual import events
from textual.app import App
from textual.events import DescendantFocus
from textual.message import Message
from textual.pilot import Pilot
from textual.reactive import reactive
from textual.screen import Screen

from tests.conftest import NO_FLOOD_LIMITS, settings_for
from tta_server.app import App as Server
from tta_server.characters import character_schema
from tta_server.protocol.messages import CharacterOut, HistoryEntry, WorldOut
from tta_server.protocol.replies import CharacterSchemaOk, StoryOut
from tta_server.settings import StoreKind
from tta_tui.linked import LOG_ENV, LinkedApp, apply_look, steady_cursor, terminal_colours
from tta_tui.net import LinkState, LinkStatus
from tta_tui.net.events import StoryEvent, parse_event
from tta_tui.screens.fresh_keys import FreshKeysApp
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.story import StoryScreen

ROOT = Path(__file__).resolve().parents[2]
APP_CSS = ROOT / "tta_tui" / "app.tcss"
S = TypeVar("S", bound=Screen[Any])
URL = "ws://127.0.0.1:8765"
CONNECTED = LinkStatus(LinkState.CONNECTED, URL, 12.0, None, 0, None)

SCHEMA = CharacterSchemaOk.model_validate(character_schema().model_dump(mode="json"))
"""``character.schema.ok`` as the app reads it."""
GOAL_LABELS = {g.id: g.label for g in SCHEMA.goals}

ARIA: dict[str, Any] = {
    "name": "Aria Moon",
    "pronouns": "she/her",
    "appearance": "Tall, with a green scarf.",
    "backstory": "Grew up by the sea.",
    "traits": ["curious", "kind"],
    "profile": {
        "goals": ["managing_anxiety", "mindfulness"],
        "intensity": "gentle",
        "avoid_topics": ["spiders"],
        "country": "GB",
        "share_transcript": False,
        "quiet_coaching": False,
    },
}
CHARACTERS: list[CharacterOut] = [CharacterOut.model_validate(c) for c in [
    {"id": "c1", "name": "Aria Moon", "created_at": 1.0, "updated_at": 1.0, "character": ARIA},
    {
        "id": "c2",
        "name": "José Ortega",
        "created_at": 2.0,
        "updated_at": 2.0,
        "character": {**ARIA, "name": "José Ortega", "pronouns": "he/him",
                      "profile": {**ARIA["profile"], "goals": ["coping_with_grief"]}},
    },
]]  # fmt: skip
"""``character.list`` records, read into the reply's model as the app reads them."""
WORLDS: list[WorldOut] = [WorldOut.model_validate(w) for w in [
    {
        "id": "ember-library",
        "title": "The Ember Library",
        "summary": "Deep in a city of bridges stands a library whose books are written by the "
        "people who read them. Since the fire in the east wing, some of its pages have begun to "
        "speak harshly to their readers.",
        "themes": ["the inner critic", "loss and what remains", "kindness towards yourself"],
        "content_notes": ["a past fire (no one was hurt)", "a character grieving a mentor"],
        "goals": ["self_compassion", "coping_with_grief", "building_confidence"],
    },
    {
        "id": "lantern-coast",
        "title": "The Lantern Coast",
        "summary": "A fishing village where the lighthouse has gone dark and the fog comes in a "
        "little further every night. The keeper has stopped answering her door.",
        "themes": ["worry and uncertainty", "asking for help", "steadiness under pressure"],
        "content_notes": [
            "stormy weather and being lost in fog",
            "an older character who is unwell",
        ],
        "goals": ["managing_anxiety", "social_connection", "mindfulness", "managing_stress"],
    },
]]  # fmt: skip
NOTICE = (
    "This story is written by software, not by a person. It is a game for practising coping "
    "skills, not a replacement for care. If you are ever in danger, call 999 or use the crisis "
    "lines in the safety panel."
)


def summary(location: str = "The Quay", **over: Any) -> dict[str, Any]:
    """A ``narrative.end`` summary (the Lantern Coast's quay unless told otherwise)."""
    doc: dict[str, Any] = {
        "world_title": "The Lantern Coast",
        "location_id": location.lower().replace(" ", "-"),
        "location": location,
        "exits": [
            {"direction": "in", "to": "Rue's Tea Hut", "open": True},
            {"direction": "east", "to": "The Harbour Wall", "open": True},
            {"direction": "north", "to": "Chapel Street", "open": False},
            {"direction": "west", "to": "The Dunes", "open": True},
        ],
        "inventory": ["a tin whistle"],
        "characters": ["Rue Penhallow"],
        "arc": {"done": 1, "total": 7, "current": "Steady Pip", "ended": False},
        "skills": {"Grounding": 2, "Asking for help": 1},
        "turn": 5,
    }
    doc.update(over)
    return doc


TEA_HUT = summary(
    "Rue's Tea Hut",
    exits=[{"direction": "out", "to": "The Quay", "open": True}],
    inventory=["a tin whistle"],
    characters=["Rue Penhallow"],
)


def event(kind: str, seq: int, **data: Any) -> StoryEvent:
    """A session event as the client's link hands it on (read into the protocol's models)."""
    return parse_event({"type": kind, "session_id": "s1", "seq": seq, "at": 1.0, "data": data})


def opening_events() -> list[StoryEvent]:
    """A session's opening and one turn, as the server sends them."""
    paragraphs = [
        "The last bus of the day leaves you at the top of the hill and grinds away into the "
        "murk. Below you the village of Porthlan tips down towards the sea.",
        "You follow the steep street down to the quay, where a single window glows yellow and "
        "a kettle is whistling. [bold]Not markup[/bold].",
    ]
    events = [
        event(
            "session.started",
            1,
            world_id="lantern-coast",
            world_title="The Lantern Coast",
            character_name="Aria Moon",
            notice=NOTICE,
            emergency="999",
        ),
    ]
    for i, text in enumerate(paragraphs):
        events.append(event("narrative.chunk", 2 + i, turn_id=None, index=i, text=text))
    events.append(event("narrative.end", 4, turn_id=None, chunks=2, ok=True, summary=summary()))
    events.append(event("turn.input", 5, turn_id="t1", text="go inside"))
    events.append(
        event("narrative.chunk", 6, turn_id="t1", index=0,
              text="You wander in, to Rue's Tea Hut. Condensation runs down the windows.")
    )  # fmt: skip
    events.append(event("narrative.end", 7, turn_id="t1", chunks=1, ok=True, summary=TEA_HUT))
    return events


@asynccontextmanager
async def story_on_screen(
    size: tuple[int, int] = (80, 24), *, opened: bool = True, plain: bool = False
) -> AsyncIterator[tuple[Pilot[Any], StoryScreen]]:
    """The story screen alone (no network) at ``size``, after :func:`opening_events` when
    ``opened``: the set-up of the story screen's tests."""
    app = ScreenHarness(lambda: StoryScreen(plain=plain), plain=plain)
    async with app.run_test(size=size) as pilot:
        screen = top(app, StoryScreen)
        if opened:
            for e in opening_events():
                screen.apply(e)
        yield pilot, screen


def facilitator_message(seq: int, text: str, sender: str = "fran") -> StoryEvent:
    return event("facilitator.message", seq, **{"from": sender, "text": text})


FACILITATOR_TEXT = (
    "Hi Aria, I'm Fran, one of the people who look after TTA. I'm around this afternoon if "
    "you would like to talk about anything. [b]No markup[/b] here either."
)
NOW = 1773489600.0
"""2026-03-14 12:00 UTC: the time the stories list is described from in tests."""
SESSIONS: list[StoryOut] = [StoryOut.model_validate(s) for s in [
    {"id": "s1", "character_id": "c1", "world_id": "lantern-coast", "status": "active",
     "created_at": NOW - 3 * 86400, "updated_at": NOW - 5 * 60, "last_seq": 7, "finished": False},
    {"id": "s2", "character_id": "c2", "world_id": "ember-library", "status": "active",
     "created_at": NOW - 30 * 3600, "updated_at": NOW - 26 * 3600, "last_seq": 40,
     "finished": True},
    {"id": "s3", "character_id": "c1", "world_id": "ember-library", "status": "ended",
     "created_at": 1771588800.0, "updated_at": NOW - 9 * 86400, "last_seq": 120,
     "finished": False},
    {"id": "s4", "character_id": "gone", "world_id": "old-world", "status": "ended",
     "created_at": NOW - 4 * 86400, "updated_at": NOW - 4 * 86400 + 600, "last_seq": 9},
]]  # fmt: skip
"""``session.list`` records, newest first (2026-02-20 12:00 UTC is the same date anywhere):
active, finished (reached its ending, still active), ended, and ended as an older server lists
it (no ``finished``)."""
WORLD_TITLES = {w.id: w.title for w in WORLDS}
CHARACTER_NAMES = {c.id: c.name for c in CHARACTERS}
HISTORY: list[HistoryEntry] = [HistoryEntry.model_validate(e) for e in [
    {"seq": 1, "at": 1.0, "kind": "notice", "turn_id": None,
     "text": "Aria Moon begins a story in The Lantern Coast."},
    {"seq": 2, "at": 1.0, "kind": "narration", "turn_id": None,
     "text": "The last bus of the day leaves you at the top of the hill."},
    {"seq": 5, "at": 2.0, "kind": "input", "turn_id": "t1", "text": "go inside"},
    {"seq": 6, "at": 2.0, "kind": "narration", "turn_id": "t1",
     "text": "You wander in, to Rue's Tea Hut. Condensation runs down the windows."},
    {"seq": 9, "at": 3.0, "kind": "notice", "turn_id": None,
     "text": "This story is closed. Thank you for playing; take care of yourself."},
]]  # fmt: skip
"""``session.history`` entries of an ended story, oldest first."""


CRISIS: dict[str, Any] = {
    "turn_id": "t3",
    "alert_id": "a1",
    "category": "suicide",
    "message": "What you just wrote sounds like you might be going through something really "
    "hard, maybe even in danger. That matters far more than the story, so the story is paused.",
    "emergency": "999",
    "resources": {"code": "GB", "name": "United Kingdom", "emergency": "999", "lines": []},
    "lines": [
        "If you are in immediate danger, call 999 now.",
        "Samaritans: call 116 123 (24/7). Free from any phone.",
        "Shout: text 85258 (24/7). Text SHOUT to 85258.",
    ],
    "follow_up": "When you're ready, choose one of the options below. There is no wrong answer, "
    "and the story will wait for you.",
    "choices": [
        {"id": "continue", "label": "I'm safe, continue"},
        {"id": "talk", "label": "I want to talk to a person"},
        {"id": "end", "label": "End the session"},
    ],
}
FIELD_ERRORS = {
    "name": "Use letters (any alphabet), spaces, hyphens, apostrophes and periods only.",
    "traits[0]": "Each trait must be 2 to 30 characters ('k' is not).",
    "profile.goals[0]": "'flying' is not a known goal. Choose one of: managing_anxiety, ...",
    "profile.country": "Use a two-letter country code such as US, GB, IE, CA, AU, DE or ES.",
}


class ScreenHarness(FreshKeysApp):
    """The client's look (stylesheet, theme, plain mode) around one screen, without a link.

    ``messages`` records every message that reaches the app (what the screens ask for)."""

    CSS_PATH = str(APP_CSS)
    ENABLE_COMMAND_PALETTE = False
    link_status: reactive[LinkStatus | None] = reactive(None, always_update=True)

    def __init__(
        self,
        make_screen: Callable[[], Screen[Any]],
        *,
        plain: bool = False,
        status: LinkStatus | None = CONNECTED,
        theme: str = "dark",
    ) -> None:
        super().__init__(ansi_color=terminal_colours(plain))
        self.make_screen = make_screen
        self.plain = plain
        self.look = theme
        self.initial_status = status
        self.messages: list[Message] = []

    def on_mount(self) -> None:
        apply_look(self, plain=self.plain, theme=self.look)
        self.link_status = self.initial_status
        self.push_screen(self.make_screen())

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        steady_cursor(self, event.widget)

    async def _on_message(self, message: Message) -> None:
        self.messages.append(message)
        await super()._on_message(message)

    def posted(self, kind: type[Message]) -> list[Any]:
        """The messages of this type received so far."""
        return [m for m in self.messages if isinstance(m, kind)]


KEY_CHARACTERS = {"enter": "\r", "tab": "\t", "space": " ", "backspace": "\x7f"}


def type_at_once(app: App[Any], *keys: str) -> None:
    """Post every key to the app at once, without waiting for any to be handled (what a
    terminal delivers when someone types fast); pause the pilot afterwards to let them land."""
    for key in keys:
        character = key if len(key) == 1 else KEY_CHARACTERS.get(key)
        app.post_message(events.Key(key, character))


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], object], *, within: float = 10.0, what: str = ""
) -> None:
    """Pause the pilot until ``condition()`` is true; fail after ``within`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await pilot.pause(0.02)


async def started(pilot: Pilot[Any]) -> None:
    """Wait until the client shows its login screen and has finished starting: the keys from
    the keymap file in force and the link made (tta_tui/linked.py, ``_start``: both come after
    the first frame)."""
    app = pilot.app
    assert isinstance(app, LinkedApp)
    await wait_until(pilot, lambda: isinstance(app.screen, LoginScreen), what="the login screen")
    await wait_until(pilot, lambda: app.link is not None, what="the client to start")


def top(app: App[Any], kind: type[S]) -> S:
    """The screen on top, which must be a ``kind``."""
    screen = app.screen
    assert isinstance(screen, kind), f"{screen!r} is not a {kind.__name__}"
    return screen


def fresh(doc: dict[str, Any]) -> dict[str, Any]:
    """A deep copy (fixtures are shared between tests)."""
    return copy.deepcopy(doc)


@pytest.fixture
def client_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config, draft and log files of the client under this test's tmp_path."""
    home = tmp_path / "client"
    monkeypatch.setenv("TTA_CLIENT_CONFIG", str(home / "client.json"))
    monkeypatch.setenv(LOG_ENV, str(home / "client.log"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[Server]:
    app = Server(settings_for(StoreKind.EMBEDDED, tmp_path / "server", port=0, **NO_FLOOD_LIMITS))
    await app.start()
    yield app
    await app.shutdown()


@pytest.fixture
def server_url(server: Server) -> str:
    return f"ws://127.0.0.1:{server.port}"
