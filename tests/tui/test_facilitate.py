"""The facilitators' console (``tta facilitate``) against a real server in this process
(embedded store): a crisis alert appears highlighted and an acknowledgement clears it; a
private message and a pause reach the player; player accounts are turned away. Plus one
snapshot of the main screen at 80x24 with fixed data."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import PurePath
from typing import Any, ClassVar

import pytest
from rich.text import Text
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from tests.tui.conftest import APP_CSS, ROOT, ScreenHarness, wait_until
from tests.wire.client import Client, character, player
from tta_server.accounts import Accounts
from tta_server.app import App as Server
from tta_server.protocol.messages import AlertOut
from tta_server.protocol.replies import FacilitatorSessionOut
from tta_server.store.base import Role
from tta_tui.facilitate.app import FacilitateApp
from tta_tui.facilitate.screens import (
    BADGE_STYLE,
    OPEN_STYLE,
    ConsoleScreen,
    FormModal,
    SessionScreen,
)
from tta_tui.net import LinkState
from tta_tui.screens.errors import ErrorScreen
from tta_tui.screens.login import LoginScreen
from tta_tui.widgets.error_line import ERROR_MARK
from tta_tui.widgets.marks import CHOSEN, CURSOR

pytestmark = pytest.mark.usefixtures("client_files")

PASSWORD = "correct horse battery"
CRISIS_TEXT = "i want to end my life"
SIZE = (80, 24)
HELLO = "Hi Ivo, I'm Fran. I'm here if you need me."
FACILITATE_CSS = ROOT / "tta_tui" / "facilitate" / "facilitate.tcss"


class Console(FacilitateApp):
    """The console, counting its terminal bells."""

    def __init__(self, url: str) -> None:
        super().__init__([url])
        self.bells = 0

    def bell(self) -> None:
        self.bells += 1
        super().bell()


async def staff(server: Server, username: str) -> None:
    await Accounts(server.store, server.settings).register(username, PASSWORD, Role.FACILITATOR)


async def playing(url: str, name: str) -> tuple[Client, str]:
    c = await player(url, name)
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
    await c.wait_events(started["session"]["last_seq"])
    return c, str(started["session"]["id"])


async def log_in(pilot: Pilot[Any], username: str) -> None:
    app = pilot.app
    assert isinstance(app, FacilitateApp)
    await wait_until(
        pilot,
        lambda: app.link_status is not None and app.link_status.state is LinkState.CONNECTED,
        what="connected",
    )
    await wait_until(pilot, lambda: isinstance(app.screen, LoginScreen), what="login screen")
    assert not app.screen.registration, "the console offers no account creation"
    app.screen.query_one("#username", Input).value = username
    app.screen.query_one("#password", Input).value = PASSWORD
    app.screen.query_one("#password", Input).focus()
    await pilot.press("enter")


async def console_of(pilot: Pilot[Any], username: str) -> ConsoleScreen:
    await log_in(pilot, username)
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, ConsoleScreen), what="the console")
    assert isinstance(app.screen, ConsoleScreen)
    return app.screen


async def fill(pilot: Pilot[Any], *values: str) -> None:
    """Type into the open form's fields, one after another, and send it."""
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, FormModal), what="the form")
    for value in values:
        await pilot.press(*value)
        await pilot.press("enter")


async def colleague(url: str, username: str) -> Client:
    """Another facilitator, logged in over the wire."""
    other = await Client.open(url)
    await other.ok("login", username=username, password=PASSWORD)
    return other


async def in_crisis(pilot: Pilot[Any], console: ConsoleScreen, url: str) -> Client:
    """hana plays and sends a crisis message; returns once ``console`` shows the alert."""
    c, _ = await playing(url, "hana")
    await c.request("turn", turn_id="t1", text=CRISIS_TEXT)
    await wait_until(pilot, lambda: len(console.open_alert_ids()) == 1, what="the alert")
    return c


async def recv_until(c: Client, done: Callable[[], bool]) -> None:
    while not done():
        doc = await c.recv()
        if "seq" not in doc:
            c.other.append(doc)


async def open_view(pilot: Pilot[Any], console: ConsoleScreen, sid: str) -> Screen[Any]:
    """Refresh the session list until ``sid`` is in it, open it, and return the screen shown."""
    await pilot.press("r")
    await wait_until(pilot, lambda: any(s.id == sid for s in console.sessions))
    await pilot.pause()
    console.query_one("#sessions", DataTable).focus()
    await pilot.press("enter")
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, SessionScreen), what="the view")
    return app.screen


def first_row(screen: ConsoleScreen) -> list[Any]:
    table: DataTable[Any] = screen.query_one("#alerts", DataTable)
    return list(table.get_row_at(0))


async def test_a_crisis_alert_appears_highlighted_until_acknowledged(
    server: Server, server_url: str
) -> None:
    await staff(server, "fran")
    await staff(server, "gus")
    app = Console(server_url)
    async with app.run_test(size=SIZE) as pilot:
        console = await console_of(pilot, "fran")
        assert console.alerts == []
        c, sid = await playing(server_url, "hana")
        reply = await c.request("turn", turn_id="t1", text=CRISIS_TEXT)
        assert reply["type"] == "turn.ok"
        await wait_until(pilot, lambda: len(console.open_alert_ids()) == 1, what="the alert")
        await pilot.pause()
        row = first_row(console)
        assert row[0] == Text(" OPEN ", style=BADGE_STYLE)
        assert "hana" in [str(cell) for cell in row] and "Aria Moon" in [str(x) for x in row]
        assert all(isinstance(cell, Text) and cell.style == OPEN_STYLE for cell in row[1:])
        assert app.bells == 1
        assert console.alerts[0].session_id == sid

        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, FormModal), what="the form")
        await pilot.press("enter")  # the note is required
        error = app.screen.query_one("#form-error", Static)
        assert error.display and "Note is required" in str(error.render())
        await fill(pilot, "Phoned her; she is safe.")
        await wait_until(pilot, lambda: console.open_alert_ids() == [], what="acknowledged")
        await pilot.pause()
        row = first_row(console)
        assert str(row[0]) == "ack fran"
        assert all(not (isinstance(cell, Text) and cell.style == OPEN_STYLE) for cell in row)

        gus = await colleague(server_url, "gus")
        listed = await gus.ok("alerts.list")
        assert listed["alerts"][0]["acked_by"] == "fran"
        assert listed["alerts"][0]["note"] == "Phoned her; she is safe."
        await gus.close()
        await c.close()
        assert app.failures == []


async def test_an_acknowledgement_elsewhere_clears_the_highlight(
    server: Server, server_url: str
) -> None:
    await staff(server, "fran")
    await staff(server, "gus")
    app = Console(server_url)
    async with app.run_test(size=SIZE) as pilot:
        console = await console_of(pilot, "fran")
        c = await in_crisis(pilot, console, server_url)
        gus = await colleague(server_url, "gus")
        await gus.ok("alerts.ack", alert_id=console.open_alert_ids()[0], note="On it.")
        await wait_until(pilot, lambda: console.open_alert_ids() == [], what="acked by gus")
        assert console.alerts[0].acked_by == "gus"
        await gus.close()
        await c.close()
        assert app.failures == []


async def test_an_alert_is_handed_over_to_a_named_facilitator(
    server: Server, server_url: str
) -> None:
    await staff(server, "fran")
    await staff(server, "gus")
    app = Console(server_url)
    async with app.run_test(size=SIZE) as pilot:
        console = await console_of(pilot, "fran")
        gus = await colleague(server_url, "gus")
        await gus.ok("alerts.subscribe")
        c = await in_crisis(pilot, console, server_url)
        alert_id = console.open_alert_ids()[0]

        await pilot.press("h")  # to someone who is not a facilitator: refused, said why
        await fill(pilot, "hana", "Please take this one.")
        await wait_until(
            pilot,
            lambda: any(n.title == "Not done" for n in app._notifications),
            what="the refusal",
        )
        [refusal] = [n.message for n in app._notifications if n.title == "Not done"]
        assert "No active facilitator with that user name." in refusal

        await pilot.press("h")
        await fill(pilot, "gus", "Please take this one.")
        frames: list[dict[str, Any]] = []
        while not any(f.get("kind") == "handed_over" for f in frames):
            frames.append(await gus.recv())
        [handed] = [f for f in frames if f.get("kind") == "handed_over"]
        assert (handed["alert"]["id"], handed["to"], handed["by"]) == (alert_id, "gus", "fran")
        assert handed["note"] == "Please take this one."
        await wait_until(
            pilot,
            lambda: any("handed the alert" in str(n.message) for n in app._notifications),
            what="the console's note of it",
        )
        assert console.open_alert_ids() == [alert_id], "handing over does not acknowledge"
        await gus.close()
        await c.close()
        assert app.failures == []


async def test_a_message_and_a_pause_reach_the_player(server: Server, server_url: str) -> None:
    await staff(server, "fran")
    app = Console(server_url)
    async with app.run_test(size=SIZE) as pilot:
        console = await console_of(pilot, "fran")
        c, sid = await playing(server_url, "ivo")
        view = await open_view(pilot, console, sid)
        assert isinstance(view, SessionScreen) and view.session_id == sid
        message = str(view.query_one("#transcript-message", Static).render())
        assert "not agreed" in message

        await pilot.press("m")
        await fill(pilot, HELLO)
        await recv_until(c, lambda: any(e["type"] == "facilitator.message" for e in c.events))
        sent = next(e for e in c.events if e["type"] == "facilitator.message")
        assert sent["data"] == {"from": "fran", "text": HELLO}

        await pilot.press("p")
        await fill(pilot, "Let's talk first.")
        await recv_until(c, lambda: any(e["type"] == "session.paused" for e in c.events))
        refused = await c.request("turn", turn_id="t2", text="look")
        assert refused["code"] == "session_paused"

        await pilot.press("r")
        await recv_until(c, lambda: any(e["type"] == "session.resumed" for e in c.events))
        await pilot.press("r")  # not paused any more: the server's sentence as a toast
        await wait_until(
            pilot,
            lambda: any(n.title == "Not done" for n in app._notifications),
            what="the refusal",
        )
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is console, what="back to the console")
        await c.close()
        assert app.failures == []


async def test_earlier_entries_of_a_long_story_load_above_on_e(
    server: Server, server_url: str
) -> None:
    await staff(server, "fran")
    c = await player(server_url, "jude")
    profile = {**character()["profile"], "share_transcript": True}
    made = await c.ok("character.create", character=character(profile=profile))
    started = await c.ok(
        "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
    )
    sid = str(started["session"]["id"])
    for k in range(20):  # more than one page (50 entries) of transcript
        await c.request("turn", turn_id=f"t{k}", text="look around")
    app = Console(server_url)
    async with app.run_test(size=SIZE) as pilot:
        console = await console_of(pilot, "fran")
        view = await open_view(pilot, console, sid)
        assert isinstance(view, SessionScreen)
        await wait_until(pilot, lambda: len(view.entries) == 50, what="the last page")
        first_page = list(view.entries)
        assert view.next_before is not None and "begins a story" not in first_page[0].text

        await pilot.press("e")
        await wait_until(pilot, lambda: len(view.entries) > 50, what="the earlier page")
        assert view.entries[-50:] == first_page, "the page shown stays, below"
        seqs = [e.seq for e in view.entries]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs), "in order, none twice"
        while view.next_before is not None:
            before = len(view.entries)
            await pilot.press("e")
            await wait_until(pilot, lambda n=before: len(view.entries) > n, what="another page")
        assert "begins a story" in view.entries[0].text
        shown = view.query("#transcript-entries .entry")
        assert len(shown) == len(view.entries)
        await pilot.press("e")
        await wait_until(
            pilot,
            lambda: any("beginning of the story" in str(n.message) for n in app._notifications),
            what="the note that there is nothing earlier",
        )
        await c.close()
        assert app.failures == []


async def test_a_player_account_cannot_use_the_console(server_url: str) -> None:
    c = await player(server_url, "max")
    await c.close()
    app = Console(server_url)
    async with app.run_test(size=SIZE) as pilot:
        await log_in(pilot, "max")
        await wait_until(pilot, lambda: isinstance(app.screen, ErrorScreen), what="the panel")
        title = str(app.screen.query_one("#error-title", Static).render())
        assert title == ERROR_MARK + "This console is for facilitators"  # test_error_lines
        assert app.console_screen is None
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, LoginScreen), what="login again")
        assert app.failures == []


# -- snapshot -------------------------------------------------------------------------------
NOW = 1773489600.0
"""2026-03-14 12:00 UTC."""
ALERT: dict[str, Any] = {
    "id": "a1", "at": NOW - 120, "username": "hana", "character_name": "Aria Moon",
    "session_id": "s1", "level": "crisis", "category": "suicide", "reasons": ["phrase"],
    "text": CRISIS_TEXT, "contact_requested": False, "escalated": False, "acked_by": None,
    "acked_at": None, "note": None,
}  # fmt: skip
SESSIONS: list[dict[str, Any]] = [
    {"id": "s1", "character_id": "c1", "world_id": "lantern-coast", "status": "active",
     "created_at": NOW - 3600, "updated_at": NOW - 120, "last_seq": 9, "username": "hana",
     "character_name": "Aria Moon", "location": "quay", "world_title": "The Lantern Coast",
     "location_name": "The Quay", "safety": "crisis", "paused": None,
     "shares_transcript": False},
    {"id": "s2", "character_id": "c2", "world_id": "ember-library", "status": "active",
     "created_at": NOW - 7200, "updated_at": NOW - 600, "last_seq": 30, "username": "ivo",
     "character_name": "José Ortega", "location": "reading_room",
     "world_title": "The Ember Library", "location_name": "The Reading Room", "safety": "ok",
     "paused": None, "shares_transcript": True},
]  # fmt: skip
"""As ``alerts.subscribe.ok`` and ``facilitator.sessions.ok`` carry them."""


class Harness(ScreenHarness):
    CSS_PATH: ClassVar[list[str | PurePath]] = [APP_CSS, FACILITATE_CSS]  # type: ignore[assignment]


def test_snapshot_console_80x24(snap_compare: Callable[..., bool]) -> None:
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"  # the alert's time is shown in local time
    time.tzset()

    def make() -> ConsoleScreen:
        return ConsoleScreen(
            "fran",
            [AlertOut.model_validate(ALERT)],
            [FacilitatorSessionOut.model_validate(s) for s in SESSIONS],
            now=lambda: NOW,
        )

    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    try:
        assert snap_compare(Harness(make), terminal_size=(80, 24), run_before=run_before)
    finally:
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        time.tzset()


def console_in(mode: str, monkeypatch: pytest.MonkeyPatch) -> Harness:
    """The console with one alert and the sessions, in ``mode`` (normal, nocolor or plain)."""
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    return Harness(
        lambda: ConsoleScreen(
            "fran",
            [AlertOut.model_validate(ALERT)],
            [FacilitatorSessionOut.model_validate(s) for s in SESSIONS],
            now=lambda: NOW,
        ),
        plain=mode == "plain",
    )


@pytest.mark.parametrize("mode", ["nocolor", "plain"])
async def test_console_shows_the_focused_table_without_colour(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Newcomer play: the console's focus was colour only."""
    app = console_in(mode, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        alerts = app.screen.query_one("#alerts", DataTable)
        sessions = app.screen.query_one("#sessions", DataTable)
        alerts.focus()
        await pilot.pause()
        cursor = alerts.get_component_styles("datatable--cursor").text_style
        assert cursor.reverse and cursor.bold, "the focused row in reverse video"
        assert alerts.styles.border_left[0] in ("outer", "ascii")
        assert sessions.styles.border_left[0] not in ("outer", "ascii")
        sessions.focus()
        await pilot.pause()
        assert sessions.styles.border_left[0] in ("outer", "ascii")


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_the_chosen_row_of_each_table_is_marked_in_characters(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: the console's chosen alert or session was marked by colour alone (lost with
    NO_COLOR and in a plain capture of the screen). Its row starts with the option lists' ">"
    mark in the table with the focus, "* " in the other (one ">" on screen, where Enter goes),
    in every mode, and the mark follows the cursor."""
    app = console_in(mode, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = app.screen.query_one("#sessions", DataTable)
        sessions.focus()
        await pilot.pause()

        def marked() -> list[str]:
            region = sessions.content_region
            rows = [s.text for s in app.screen._compositor.render_strips()]
            inside = [r[region.x : region.right] for r in rows[region.y : region.bottom]]
            return [r[len(CURSOR) :].split()[0] for r in inside if r.startswith(CURSOR)]

        first, second = (s["username"] for s in SESSIONS[:2])
        assert marked() == [first]
        await pilot.press("down")
        await pilot.pause()
        assert marked() == [second]
        alerts = app.screen.query_one("#alerts", DataTable)
        region = alerts.content_region
        rows = [s.text for s in app.screen._compositor.render_strips()]
        cursor_row = rows[region.y + alerts.header_height][region.x : region.right]
        assert cursor_row.startswith(CHOSEN), cursor_row
