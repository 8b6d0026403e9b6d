"""The console's screens: alerts and active sessions, one session's view, and a small form.

Screens only show what they are given and post messages saying what the facilitator asked
for; :class:`~tta_tui.facilitate.app.FacilitateApp` talks to the server. Everything shown comes
from the server as plain text (never markup).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Label, Static

from tta_server.protocol.messages import AlertOut
from tta_server.protocol.replies import (
    FacilitatorSessionOut,
    FacilitatorTranscriptOk,
    TranscriptEntry,
)
from tta_tui.widgets.error_line import ErrorLine
from tta_tui.widgets.marks import MarkedTable
from tta_tui.widgets.status_chip import TopBar
from tta_tui.widgets.text_field import TextField

OPEN_STYLE = "bold red"
"""How an open (unacknowledged) alert's row looks (the terminal's own red; the word OPEN or TALK
in the first column says the same without colour)."""
BADGE_STYLE = "bold white on red"
"""The first cell (OPEN or TALK) of an open alert: a badge that shows under the cursor too."""
MAX_ALERTS = 200
"""Alerts kept in the list (newest first)."""


def clock(at: object, now: float) -> str:
    """``14:05`` today, else ``12 Mar 14:05`` (local time)."""
    if not isinstance(at, int | float):
        return "?"
    moment = time.localtime(at)
    today = time.localtime(now)
    if moment[:3] == today[:3]:
        return time.strftime("%H:%M", moment)
    return time.strftime("%d %b %H:%M", moment)


def ago(at: object, now: float) -> str:
    """How long ago: ``now``, ``5 min``, ``3 h``, ``2 d``."""
    if not isinstance(at, int | float):
        return "?"
    seconds = max(0.0, now - at)
    if seconds < 60:
        return "now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def is_open(alert: AlertOut) -> bool:
    """Not acknowledged yet."""
    return not alert.acked_by


class ConsoleScreen(Screen[None]):
    """Alerts (newest first, open ones highlighted) above the active sessions."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "ack", "Acknowledge", id="console.ack"),
        Binding("h", "handover", "Hand over", id="console.handover"),
        Binding("r", "refresh", "Refresh sessions", id="console.refresh"),
        Binding("tab", "app.focus_next", "Next list", show=False, id="console.focus_next"),
    ]
    AUTO_FOCUS = "#alerts"

    class Ack(Message):
        def __init__(self, alert_id: str, note: str) -> None:
            super().__init__()
            self.alert_id = alert_id
            self.note = note

    class Handover(Message):
        def __init__(self, alert_id: str, to: str, note: str) -> None:
            super().__init__()
            self.alert_id = alert_id
            self.to = to
            self.note = note

    class Refresh(Message):
        """Fetch the active sessions again."""

    class OpenSession(Message):
        def __init__(self, session_id: str) -> None:
            super().__init__()
            self.session_id = session_id

    def __init__(
        self,
        username: str,
        alerts: Sequence[AlertOut] = (),
        sessions: Sequence[FacilitatorSessionOut] = (),
        *,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(id="console")
        self.username = username
        self.now = now
        self.alerts: list[AlertOut] = []
        self.sessions: list[FacilitatorSessionOut] = list(sessions)
        for alert in reversed(list(alerts)):
            self._put(alert)

    def compose(self) -> ComposeResult:
        yield TopBar(f"TTA facilitators: {self.username}")
        yield Label("Alerts", classes="section-title", id="alerts-title")
        alerts: DataTable[str | Text] = MarkedTable(
            id="alerts", cursor_type="row", zebra_stripes=False
        )
        alerts.add_columns("State", "Level", "Time", "User", "Character", "Category")
        yield alerts
        yield Label("Active sessions", classes="section-title", id="sessions-title")
        sessions: DataTable[str | Text] = MarkedTable(id="sessions", cursor_type="row")
        sessions.add_columns("Player", "Character", "World", "Location", "Active", "Safety")
        yield sessions
        yield Footer()

    def on_mount(self) -> None:
        self._show_alerts()
        self._show_sessions()

    # -- alerts -----------------------------------------------------------------------------
    def _put(self, alert: AlertOut) -> bool:
        """Add or replace an alert (newest first); True when it is new."""
        for i, known in enumerate(self.alerts):
            if known.id == alert.id:
                self.alerts[i] = alert
                return False
        self.alerts.insert(0, alert)
        self.alerts.sort(key=lambda a: -a.at)
        del self.alerts[MAX_ALERTS:]
        return True

    def apply_alert(self, alert: AlertOut) -> bool:
        """Show a new or changed alert; True when it was not in the list."""
        new = self._put(alert)
        if self.is_mounted:
            self._show_alerts()
        return new

    def open_alert_ids(self) -> list[str]:
        """The alerts not acknowledged yet, newest first."""
        return [a.id for a in self.alerts if is_open(a)]

    def _show_alerts(self) -> None:
        table: DataTable[str | Text] = self.query_one("#alerts", DataTable)
        row = table.cursor_row
        table.clear()
        now = self.now()
        for alert in self.alerts:
            opened = is_open(alert)
            style = OPEN_STYLE if opened else ""
            state = "OPEN" if opened else f"ack {alert.acked_by}"
            if opened and alert.contact_requested:
                state = "TALK"
            cells = [
                state,
                alert.level,
                clock(alert.at, now),
                alert.username,
                alert.character_name,
                alert.category or "",
            ]
            styled = [Text(c, style=style) for c in cells]
            if opened:
                styled[0] = Text(f" {state} ", style=BADGE_STYLE)
            table.add_row(*styled, key=alert.id)
        title = self.query_one("#alerts-title", Label)
        count = len(self.open_alert_ids())
        title.update(f"Alerts ({count} open)   Enter: open its session" if count else "Alerts")
        if self.alerts:
            table.move_cursor(row=min(row, len(self.alerts) - 1))

    def selected_alert(self) -> AlertOut | None:
        if not self.alerts:
            return None
        table: DataTable[str | Text] = self.query_one("#alerts", DataTable)
        return self.alerts[min(table.cursor_row, len(self.alerts) - 1)]

    def action_ack(self) -> None:
        alert = self.selected_alert()
        if alert is None:
            self.notify("There is no alert to acknowledge.", markup=False)
            return
        alert_id = alert.id
        who = f"{alert.character_name} ({alert.username})"

        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                self.post_message(self.Ack(alert_id, values["note"]))

        self.app.push_screen(
            FormModal(f"Acknowledge the alert for {who}", [("note", "Note (required)")]), done
        )

    def action_handover(self) -> None:
        alert = self.selected_alert()
        if alert is None:
            self.notify("There is no alert to hand over.", markup=False)
            return
        alert_id = alert.id

        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                self.post_message(self.Handover(alert_id, values["to"], values["note"]))

        self.app.push_screen(
            FormModal(
                f"Hand over the alert for {alert.username}",
                [("to", "To (a facilitator's user name)"), ("note", "Note (required)")],
            ),
            done,
        )

    # -- sessions ---------------------------------------------------------------------------
    def show_sessions(self, sessions: Sequence[FacilitatorSessionOut]) -> None:
        self.sessions = list(sessions)
        if self.is_mounted:
            self._show_sessions()

    def _show_sessions(self) -> None:
        table: DataTable[str | Text] = self.query_one("#sessions", DataTable)
        row = table.cursor_row
        table.clear()
        now = self.now()
        for s in self.sessions:
            table.add_row(
                s.username,
                s.character_name,
                s.world_title or s.world_id,
                s.location_name or s.location,
                ago(s.updated_at, now),
                Text(s.safety, style="" if s.safety == "ok" else "bold"),
                key=s.id,
            )
        title = self.query_one("#sessions-title", Label)
        title.update(f"Active sessions ({len(self.sessions)})   Tab: go here, Enter: open")
        if self.sessions:
            table.move_cursor(row=min(row, len(self.sessions) - 1))

    def action_refresh(self) -> None:
        self.post_message(self.Refresh())

    @on(DataTable.RowSelected, "#sessions")
    def _open_session(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        if key:
            self.post_message(self.OpenSession(key))

    @on(DataTable.RowSelected, "#alerts")
    def _open_alert_session(self, event: DataTable.RowSelected) -> None:
        alert = next((a for a in self.alerts if a.id == event.row_key.value), None)
        if alert is not None and alert.session_id:
            self.post_message(self.OpenSession(alert.session_id))


class SessionScreen(Screen[None]):
    """One session: who is playing, its transcript (or only its safety events), and actions."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="console.session.back"),
        Binding("m", "message", "Message", id="console.session.message"),
        Binding("p", "pause", "Pause", id="console.session.pause"),
        Binding("r", "resume", "Resume", id="console.session.resume"),
        Binding("t", "reload", "Reload", id="console.session.reload"),
        Binding("e", "earlier", "Earlier", id="console.session.earlier"),
    ]
    AUTO_FOCUS = "#transcript"

    class Act(Message):
        """``kind`` is ``message`` (text), ``pause`` (reason), ``resume``, ``reload`` or
        ``earlier`` (the page before :attr:`SessionScreen.next_before`)."""

        def __init__(self, session_id: str, kind: str, text: str = "") -> None:
            super().__init__()
            self.session_id = session_id
            self.kind = kind
            self.text = text

    def __init__(self, session_id: str, session: FacilitatorSessionOut | None = None) -> None:
        """``session``: as the console listed it (None when it is not listed yet)."""
        super().__init__(id="session-view")
        self.session = session
        self.session_id = session_id
        self.entries: list[TranscriptEntry] = []
        self.next_before: int | None = None
        """Where the entries shown begin: the ``before_seq`` of the page before (None: at the
        start of the story)."""

    def compose(self) -> ComposeResult:
        s = self.session
        yield TopBar(f"{s.character_name} ({s.username})" if s else "A session ()")
        yield Static(Text(self._info()), markup=False, id="session-info")
        with VerticalScroll(id="transcript"):
            yield Static("", markup=False, id="transcript-message")
            yield Vertical(id="transcript-entries")
        yield Footer()

    def _info(self) -> str:
        s = self.session
        if s is None:
            return "World:   Location:   Safety: ok"
        paused = " (paused)" if s.paused else ""
        return (
            f"World: {s.world_title or s.world_id}  "
            f"Location: {s.location_name or s.location}  "
            f"Safety: {s.safety}{paused}"
        )

    def show_transcript(self, reply: FacilitatorTranscriptOk) -> None:
        """Show a ``facilitator.transcript.ok`` reply."""
        message = reply.message or ""
        if not message and not reply.shared:
            message = "Only safety events, messages and pauses are shown."
        box = self.query_one("#transcript-message", Static)
        box.update(Text(message))
        box.display = bool(message)
        self.entries = list(reply.entries)
        self.next_before = reply.next_before_seq
        holder = self.query_one("#transcript-entries", Vertical)
        holder.remove_children()
        lines = [Static(Text(self._line(e)), markup=False, classes="entry") for e in self.entries]
        if not lines:
            lines = [Static("Nothing to show yet.", markup=False, classes="entry")]
        holder.mount_all(lines)
        self.query_one("#transcript", VerticalScroll).scroll_end(animate=False)

    def show_earlier(self, reply: FacilitatorTranscriptOk) -> None:
        """Put an earlier page (a ``facilitator.transcript.ok`` reply) above what is shown."""
        earlier = list(reply.entries)
        self.next_before = reply.next_before_seq
        if not earlier:
            return
        if not self.entries:  # the "Nothing to show yet." line goes
            self.query_one("#transcript-entries", Vertical).remove_children()
        self.entries = earlier + self.entries
        lines = [Static(Text(self._line(e)), markup=False, classes="entry") for e in earlier]
        holder = self.query_one("#transcript-entries", Vertical)
        if holder.children:
            holder.mount_all(lines, before=0)
        else:
            holder.mount_all(lines)
        self.query_one("#transcript", VerticalScroll).scroll_home(animate=False)

    def action_earlier(self) -> None:
        if self.next_before is None:
            self.notify("That is the beginning of the story.", markup=False)
            return
        self.post_message(self.Act(self.session_id, "earlier"))

    def _line(self, entry: TranscriptEntry) -> str:
        when = clock(entry.at, time.time())
        return f"{when}  [{entry.type or entry.kind}]  {entry.text}"

    def set_session(self, session: FacilitatorSessionOut) -> None:
        self.session = session
        self.query_one("#session-info", Static).update(Text(self._info()))

    def action_back(self) -> None:
        self.dismiss(None)

    def action_reload(self) -> None:
        self.post_message(self.Act(self.session_id, "reload"))

    def action_resume(self) -> None:
        self.post_message(self.Act(self.session_id, "resume"))

    def _ask(self, kind: str, title: str, label: str) -> None:
        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                self.post_message(self.Act(self.session_id, kind, values["text"]))

        self.app.push_screen(FormModal(title, [("text", label)]), done)

    def action_message(self) -> None:
        self._ask("message", "A private message to the player", "Message")

    def action_pause(self) -> None:
        self._ask("pause", "Pause this story", "Reason (the player sees it)")


class FormModal(ModalScreen[dict[str, str] | None]):
    """A title and one or more required text fields; Enter goes on / submits, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="console.form_modal.cancel")
    ]

    def __init__(self, title: str, fields: Sequence[tuple[str, str]]) -> None:
        super().__init__(classes="form-modal")
        self.title_text = title
        self.fields = list(fields)

    def compose(self) -> ComposeResult:
        with Vertical(id="form-panel", classes="panel"):
            yield Static(Text(self.title_text), markup=False, classes="title")
            for name, label in self.fields:
                yield Label(label, classes="field-label")
                yield TextField(id=f"form-{name}", max_length=2000)
            yield ErrorLine(id="form-error")
            yield Static("Enter: send   Escape: cancel", markup=False, classes="hint")

    def on_mount(self) -> None:
        self.query_one("#form-error", Static).display = False
        self.query_one(f"#form-{self.fields[0][0]}", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        ids = [f"form-{name}" for name, _ in self.fields]
        here = ids.index(event.input.id or ids[-1]) if event.input.id in ids else len(ids) - 1
        if here < len(ids) - 1:
            self.query_one(f"#{ids[here + 1]}", Input).focus()
            return
        values: dict[str, str] = {}
        for name, label in self.fields:
            widget = self.query_one(f"#form-{name}", Input)
            value = widget.value.strip()
            if not value:
                error = self.query_one("#form-error", Static)
                error.update(Text(f"{label.split(' (')[0]} is required."))
                error.display = True
                widget.focus()
                return
            values[name] = value
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)
