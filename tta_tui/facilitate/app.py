"""The facilitators' console: a Textual app on one :class:`~tta_tui.net.Link`.

After logging in (the player client's :class:`LoginScreen`), it subscribes to alerts
(``alerts.subscribe``: the 20 newest, then live ``safety.alert`` frames) and lists the active
sessions (``facilitator.sessions``, every :data:`REFRESH_S` seconds and on demand). A player
account gets an error panel. Server refusals become toasts with the server's sentence; other
failures are logged to the client's log file (never a traceback on screen).
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path, PurePath
from typing import Any, ClassVar

from textual.timer import Timer

from tta_server.protocol import replies as r
from tta_server.protocol.errors import ErrorCode
from tta_server.protocol.messages import PAGE_MAX, Notice, SafetyAlert
from tta_tui.facilitate.screens import ConsoleScreen, SessionScreen
from tta_tui.linked import LinkedApp
from tta_tui.net import Link, LinkState, LinkStatus, ServerError
from tta_tui.net.notices import LinkNotice
from tta_tui.screens.errors import ErrorScreen
from tta_tui.screens.login import LoginScreen

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
REFRESH_S = 10.0
"""How often the active sessions are fetched again."""
SESSION_PAGE = PAGE_MAX
"""Sessions asked for per ``facilitator.sessions`` page."""
SESSION_PAGES = 10
"""Most pages read per refresh (2,000 sessions)."""
NOT_FACILITATOR = (
    "This console is for facilitators",
    "The account {name} is a player's account, so it cannot see alerts or sessions.",
    "Log in with a facilitator's account (an operator creates it with tta-admin), or use "
    "tta to play.",
)
NEW_ALERT_KINDS = frozenset({"alert", "contact_requested"})


class FacilitateApp(LinkedApp):
    """The console for the TTA servers at ``urls`` (tried in order)."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [HERE.parent / "app.tcss", HERE / "facilitate.tcss"]
    REGISTRATION = False  # operators create facilitator accounts (tta-admin)
    TITLE = "TTA facilitators"

    def __init__(
        self, urls: list[str], *, plain: bool = False, username: str | None = None
    ) -> None:
        super().__init__(urls, plain=plain, username=username)
        self.console_screen: ConsoleScreen | None = None
        self._was_down = False
        self._refresher: Timer | None = None
        self._message_draft: tuple[tuple[str, str], str] | None = None
        """The last message that failed to send (session, text) and its ``message_id``."""

    def _restart(self) -> None:
        self._stop_refreshing()
        self.console_screen = None
        while len(self.screen_stack) > 2 and not isinstance(self.screen, LoginScreen):
            self.pop_screen()
        if isinstance(self.screen, LoginScreen):
            self.screen.show_errors(None, {})
        super()._restart()

    # -- link callbacks ---------------------------------------------------------------------
    def _on_status(self, link: Link, status: LinkStatus) -> None:
        super()._on_status(link, status)
        if self._closing or link is not self.link:
            return
        if status.state is LinkState.RECONNECTING:
            self._was_down = True
        elif status.state is LinkState.CONNECTED and self._was_down:
            self._was_down = False
            if self.console_screen is not None:  # a new connection: subscribe again
                self.net(self._subscribe, name="resubscribe")

    def _on_notice(self, notice: LinkNotice) -> None:
        if self._closing:
            return
        if isinstance(notice, SafetyAlert):
            self._on_alert(notice)
        elif isinstance(notice, Notice) and notice.text:
            signed = f"{notice.text}\n({notice.from_})" if notice.from_ else notice.text
            self.notify(signed, title="From the team", timeout=20, markup=False)

    def _on_alert(self, frame: SafetyAlert) -> None:
        if self.console_screen is None:
            return
        alert, kind = frame.alert, frame.kind
        new = self.console_screen.apply_alert(alert)
        who = f"{alert.character_name or '?'} ({alert.username or '?'})"
        if kind in NEW_ALERT_KINDS:
            self.bell()
            what = "asked to talk to a person" if kind == "contact_requested" else "new alert"
            level = alert.level
            self.notify(
                f"{what.capitalize()}: {who} {level}".strip(),
                title="Alert",
                severity="error",
                timeout=15,
                markup=False,
            )
        elif kind == "handed_over":
            to, by = frame.to, frame.by
            self.notify(f"{by} handed the alert for {who} to {to}.", markup=False)
            if to == self.username:
                self.bell()
        elif kind == "acknowledged" and not new and alert.acked_by != self.username:
            self.notify(f"{alert.acked_by} acknowledged the alert for {who}.", markup=False)

    # -- login ------------------------------------------------------------------------------
    def on_login_screen_submitted(self, message: LoginScreen.Submitted) -> None:
        screen = self.screen

        async def job() -> None:
            await self.log_in(message.username, message.password)
            link = self._need_link()
            self.username = message.username
            try:
                reply = r.AlertsSubscribeOk.model_validate(await link.request("alerts.subscribe"))
            except ServerError as exc:
                if exc.code != ErrorCode.FORBIDDEN:
                    raise
                await link.logout()
                if isinstance(screen, LoginScreen):
                    screen.show_errors(None, {})
                    screen.clear_password()
                title, what, next_step = NOT_FACILITATOR
                self.push_screen(
                    ErrorScreen(title, what.format(name=message.username), next_step, back="Back")
                )
                return
            console = ConsoleScreen(message.username, reply.alerts, now=self.server_now)
            self.console_screen = console
            await self.push_screen(console)
            await self.refresh_sessions()
            self._stop_refreshing()
            self._refresher = self.set_interval(REFRESH_S, self._tick)

        def refused(exc: ServerError) -> bool:
            return isinstance(screen, LoginScreen) and screen.show_refusal(exc)

        self.net(job, name="login", refused=refused)

    async def _subscribe(self) -> None:
        reply = await self._need_link().request("alerts.subscribe")
        if self.console_screen is not None:
            for alert in reversed(r.AlertsSubscribeOk.model_validate(reply).alerts):
                self.console_screen.apply_alert(alert)

    def _stop_refreshing(self) -> None:
        if self._refresher is not None:
            self._refresher.stop()
            self._refresher = None

    def _tick(self) -> None:
        if self.link_status is not None and self.link_status.state is LinkState.CONNECTED:
            self.net(self.refresh_sessions, name="sessions")

    async def refresh_sessions(self) -> None:
        sessions: list[r.FacilitatorSessionOut] = []
        after: str | None = None
        for _ in range(SESSION_PAGES):  # the server answers a page at a time
            fields: dict[str, Any] = {"limit": SESSION_PAGE}
            if after is not None:
                fields["after"] = after
            reply = r.FacilitatorSessionsOk.model_validate(
                await self._need_link().request("facilitator.sessions", **fields)
            )
            sessions += reply.sessions
            after = reply.next
            if after is None:
                break
        if self.console_screen is not None:
            self.console_screen.show_sessions(sessions)
        if isinstance(self.screen, SessionScreen):
            mine = next((s for s in sessions if s.id == self.screen.session_id), None)
            if mine is not None:
                self.screen.set_session(mine)

    # -- console ----------------------------------------------------------------------------
    def on_console_screen_refresh(self, _: ConsoleScreen.Refresh) -> None:
        self.net(self.refresh_sessions, name="sessions")

    def on_console_screen_ack(self, message: ConsoleScreen.Ack) -> None:
        async def job() -> None:
            reply = await self._need_link().request(
                "alerts.ack", alert_id=message.alert_id, note=message.note
            )
            if self.console_screen is not None:
                self.console_screen.apply_alert(r.AlertsAckOk.model_validate(reply).alert)
            self.notify("Acknowledged.", markup=False)

        self.net(job, name="alerts.ack")

    def on_console_screen_handover(self, message: ConsoleScreen.Handover) -> None:
        async def job() -> None:
            await self._need_link().request(
                "alerts.handover", alert_id=message.alert_id, to=message.to, note=message.note
            )
            self.notify(f"Handed over to {message.to}.", markup=False)

        def refused(exc: ServerError) -> bool:
            detail = " ".join(exc.fields.values())
            text = f"{exc.message} {detail}".strip() if detail else exc.message
            self.notify(text, title="Not done", severity="warning", markup=False)
            return True

        self.net(job, name="alerts.handover", refused=refused)

    def on_console_screen_open_session(self, message: ConsoleScreen.OpenSession) -> None:
        async def job() -> None:
            console = self.console_screen
            known = console.sessions if console is not None else []
            session = next((s for s in known if s.id == message.session_id), None)
            reply = await self._need_link().request(
                "facilitator.transcript", session_id=message.session_id
            )
            view = SessionScreen(message.session_id, session)
            await self.push_screen(view)
            view.show_transcript(r.FacilitatorTranscriptOk.model_validate(reply))

        self.net(job, name="facilitator.transcript")

    def on_session_screen_act(self, message: SessionScreen.Act) -> None:
        sid = message.session_id

        async def job() -> None:
            link = self._need_link()
            if message.kind == "earlier":
                asked = self._session_view(sid)
                if asked is not None and asked.next_before is not None:
                    reply = await link.request(
                        "facilitator.transcript", session_id=sid, before_seq=asked.next_before
                    )
                    if self._session_view(sid) is asked:  # still open after the wait
                        asked.show_earlier(r.FacilitatorTranscriptOk.model_validate(reply))
                return
            if message.kind == "message":
                # the same id for a resend of the same words after a failure: never sent twice
                draft = (sid, message.text)
                if self._message_draft is None or self._message_draft[0] != draft:
                    self._message_draft = (draft, uuid.uuid4().hex)
                await link.request(
                    "facilitator.message",
                    session_id=sid,
                    text=message.text,
                    message_id=self._message_draft[1],
                )
                self._message_draft = None
                self.notify("Message sent.", markup=False)
            elif message.kind == "pause":
                await link.request("facilitator.pause", session_id=sid, reason=message.text)
                self.notify("The story is paused.", markup=False)
            elif message.kind == "resume":
                await link.request("facilitator.resume", session_id=sid)
                self.notify("The story is resumed.", markup=False)
            reply = await link.request("facilitator.transcript", session_id=sid)
            view = self._session_view(sid)
            if view is not None:
                view.show_transcript(r.FacilitatorTranscriptOk.model_validate(reply))
            await self.refresh_sessions()

        self.net(job, name=f"facilitator.{message.kind}")

    def _session_view(self, session_id: str) -> SessionScreen | None:
        """The session view on screen, if it is the one of ``session_id``."""
        screen = self.screen
        if isinstance(screen, SessionScreen) and screen.session_id == session_id:
            return screen
        return None
