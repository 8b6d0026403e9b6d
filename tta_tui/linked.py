"""What the player client and the facilitator console share: one :class:`~tta_tui.net.Link`
to the servers, network work in workers, and failures turned into something a person can read.

:class:`LinkedApp` owns the link (made on mount, remade after it stops, closed on exit), shows
its status through ``link_status``, and runs every network call through :meth:`LinkedApp.net`:
a refusal the caller does not handle goes to :meth:`LinkedApp.server_refused` (a warning toast
unless a subclass knows better), a lost link to an error panel whose button starts again at the
login screen, anything unexpected to the generic panel with the details in the log file only
(:func:`log_path`); after :data:`MAX_UNEXPECTED` of those in a minute the app exits with a
sentence.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import logging
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import App
from textual.binding import Binding, BindingType
from textual.events import DescendantFocus
from textual.reactive import reactive
from textual.theme import Theme
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import Worker

from tta_tui.config import RememberedName, load_config, load_device, save_config, save_device
from tta_tui.keymap import binding_ids, load_keymap
from tta_tui.net.status import LinkState, LinkStatus
from tta_tui.screens.errors import UNEXPECTED, ErrorScreen
from tta_tui.screens.fresh_keys import FreshKeysApp
from tta_tui.screens.login import LoginScreen
from tta_tui.widgets.text_scrollbar import use_text_scrollbars

if TYPE_CHECKING:
    from tta_server.protocol.replies import LoginOk, RegisterOk
    from tta_tui.net.errors import ServerError
    from tta_tui.net.events import StoryEvent
    from tta_tui.net.link import Link
    from tta_tui.net.notices import LinkNotice

log = logging.getLogger("tta_tui")

LOG_ENV = "TTA_CLIENT_LOG"
"""Environment variable naming the client's log file (tests point it into a temporary dir)."""
MAX_UNEXPECTED = 5
"""After this many unexpected failures within a minute the app gives up and exits."""
HIGH_CONTRAST = Theme(
    name="tta-high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    warning="#ffff00",
    error="#ff5f5f",
    success="#00ff00",
    accent="#00ffff",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#000000",
    boost="#000000",
    dark=True,
    text_alpha=1.0,
    variables={
        "text-muted": "#ffffff",
        "border": "#ffffff",
        "border-blurred": "#c0c0c0",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#ffff00",
        "input-cursor-text-style": "reverse",
        "input-selection-background": "#ffff00",
        "input-selection-foreground": "#000000",
        "footer-key-foreground": "#ffff00",
    },
)
"""White on black, yellow for what has the focus, no dimmed text (the ``-contrast`` class):
for low vision or a washed-out screen."""
LIGHT = Theme(
    name="tta-light",
    primary="#0050a0",
    secondary="#006070",
    warning="#8a5a00",
    error="#b00020",
    success="#1b6e1b",
    accent="#6a1b9a",
    foreground="#1a1a1a",
    background="#ffffff",
    surface="#f2f2f2",
    panel="#e6e6e6",
    dark=False,
    variables={
        "text-muted": "#404040",
        "block-cursor-foreground": "#ffffff",
        "block-cursor-background": "#0050a0",
        "input-cursor-text-style": "reverse",
        "footer-key-foreground": "#0050a0",
    },
)
"""Dark text on white, whatever the terminal's own background."""
THEMES: dict[str, str] = {
    "dark": "ansi-dark",
    "light": LIGHT.name,
    "high-contrast": HIGH_CONTRAST.name,
}
"""The looks a player can choose (Ctrl+P, "Theme"), by the name the settings file keeps. Dark
is the terminal's own 16 colours; light and high contrast set their own background."""
THEME = THEMES["dark"]


def apply_look(app: App[Any], *, plain: bool, theme: str = "dark") -> None:
    """The client's look on ``app``: the ``theme`` (a :data:`THEMES` name); in plain mode the
    ``-plain`` class (ASCII boxes only) and no animation; in plain mode or with ``NO_COLOR`` the
    ``-mono`` class, which shows focus by reverse video and field borders instead of colour
    (app.tcss) and draws scrollbars with line characters (:mod:`tta_tui.widgets.text_scrollbar`),
    and the terminal's own colours whatever the theme (NO_COLOR and plain mode win over
    colour); high contrast also sets the ``-contrast`` class (no dimmed or muted text), in
    every mode."""
    for own in (LIGHT, HIGH_CONTRAST):
        if own.name not in app.available_themes:
            app.register_theme(own)
    mono = plain or app.no_color
    app.theme = THEME if mono else THEMES.get(theme, THEME)
    app.set_class(theme == "high-contrast", "-contrast")
    if plain:
        app.add_class("-plain")
        app.animation_level = "none"
    if mono:
        app.add_class("-mono")
    use_text_scrollbars()  # line characters in -mono, Textual's bar with colour


def terminal_colours(plain: bool) -> bool | None:
    """Textual's ``ansi_color`` for the app: True in plain mode or with ``NO_COLOR`` (the
    terminal's own colours), else None (the theme's).

    Textual picks its ``NO_COLOR`` filter when the app is made, by this setting: with None it
    took the greyscale one, which turns the terminal's default colours to black, so every
    letter was drawn black on black; with True it takes the one that leaves them to the
    terminal."""
    return True if plain or "NO_COLOR" in os.environ else None


def steady_cursor(app: App[Any], widget: Widget) -> None:
    """In plain mode or with ``NO_COLOR`` a text field's cursor does not blink, so the field
    with the focus always shows it (an empty field has nothing else to show)."""
    if not app.has_class("-mono"):
        return
    if isinstance(widget, Input):
        widget.cursor_blink = False
        return
    from textual.widgets import TextArea  # not needed before a screen with one

    if isinstance(widget, TextArea):
        widget.cursor_blink = False


def log_path() -> Path:
    """``$TTA_CLIENT_LOG``, else ``$XDG_STATE_HOME/tta/client.log``, else
    ``~/.local/state/tta/client.log``."""
    explicit = os.environ.get(LOG_ENV)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "tta" / "client.log"


def log_failure(what: str, error: BaseException) -> None:
    """Write an unexpected failure, with its traceback, to the client's log file only."""
    _log(logging.ERROR, what, error)


def log_note(what: str) -> None:
    """Write one sentence (no traceback) to the client's log file."""
    _log(logging.WARNING, what, None)


def _log(level: int, what: str, error: BaseException | None) -> None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    try:
        log.log(level, "%s", what, exc_info=error)
    finally:
        log.removeHandler(handler)
        handler.close()


TOAST_READ_S = 1.0
"""A toast up this long (seconds) goes at the next key press
(:meth:`LinkedApp.dismiss_read_toasts`)."""


class LinkedApp(FreshKeysApp):
    """An app talking to the TTA servers at ``urls`` (tried in order) through one link."""

    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f5", "retry", "Reconnect", show=False, id="app.retry"),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
    ]
    STOPPED_NEXT_STEP = "Log in again."
    """What to do after the link stopped (the error panel's last sentence)."""
    REGISTRATION = True
    """Does the login screen offer to create an account (not the facilitator console)?"""

    link_status: reactive[LinkStatus | None] = reactive(None, always_update=True)
    """The link's latest status (every screen's status chip follows it)."""

    def __init__(
        self,
        urls: list[str],
        *,
        plain: bool = False,
        username: str | None = None,
        remembered: RememberedName | None = None,
    ) -> None:
        super().__init__(ansi_color=terminal_colours(plain))
        if not urls:
            raise ValueError(f"{type(self).__name__} needs at least one server URL")
        self.urls = list(urls)
        self.plain = plain
        self.username = username
        self.remembered = remembered
        """Where the last user name for these servers is kept (None: no name is remembered)."""
        self.link: Link | None = None
        self.failures: list[str] = []
        """Unexpected failures so far (details in the log file); tests check it stays empty."""
        self._started = asyncio.Event()
        """Set once the link is made, after the first frame (:meth:`_start`)."""
        self._closing = False
        self._stopped_shown = False
        self._told_why: str | None = None
        self._unexpected_at: list[float] = []
        cfg, _ = load_config()  # a broken file was already reported by tta (cli.py)
        self.look = cfg.theme
        """The theme in use (a :data:`THEMES` name)."""
        self.side_panel = cfg.side_panel
        """The story's side panel as F3 last left it (None: by the width)."""
        # The look is set before the app runs: set in on_mount, the theme's change parsed the
        # whole stylesheet a second time before the first frame (about 0.1 s of CPU).
        apply_look(self, plain=self.plain, theme=self.look)
        # Setting the theme also queues Textual's refresh_css, which parses every rule again in
        # a fresh stylesheet and then, its parse cache emptied, again as the first screen's
        # widgets add their CSS (app.tcss three times before the first frame). Nothing is
        # parsed yet: the stylesheet gets the theme's variables now and that refresh is skipped.
        self._first_variables: dict[str, str] | None = self.get_css_variables()
        self.stylesheet.set_variables(self._first_variables)
        self.keymap: dict[str, str] = {}
        """The player's own keys in force (binding id -> keys; tta_tui/keymap.py)."""

    def refresh_css(self, animate: bool = True) -> None:
        """Textual's refresh, except the one queued by the look set in ``__init__`` while the
        variables are still those the stylesheet was given then (nothing to change)."""
        first, self._first_variables = self._first_variables, None
        if first is not None and first == self.get_css_variables():
            return
        super().refresh_css(animate)

    # -- start and stop -------------------------------------------------------------------------
    def get_default_screen(self) -> LoginScreen:
        """The login screen is the first on the stack: pushed over Textual's blank default
        screen, that one was styled and laid out before the first frame for nothing."""
        if self.username is None and self.remembered is not None:
            self.username = self.remembered.load()
        return LoginScreen(self.urls[0], self.username, registration=self.REGISTRATION)

    def on_mount(self) -> None:
        """The login screen first, then (once it is on screen) the rest: the modules it does
        not need load in a thread (:attr:`LATER_MODULES`), then the player's keys and the
        link. So the first frame waits only for Textual and the login screen."""
        self.call_after_refresh(self._start_after_paint)

    LATER_MODULES: ClassVar[tuple[str, ...]] = ("tta_tui.net.link",)
    """Modules loaded after the first frame, in a thread (subclasses add their screens')."""

    def _start_after_paint(self) -> None:
        self.run_worker(self._start(), name="start", group="start", exit_on_error=False)

    async def _start(self) -> None:
        """After the first frame: load :attr:`LATER_MODULES`, apply the player's keys (their
        ids come from every screen's bindings), make the link and start connecting."""
        try:
            for module in self.LATER_MODULES:
                await asyncio.to_thread(importlib.import_module, module)
            notes: list[str] = []
            keymap, problem = load_keymap(self.binding_ids(), notes=notes)
            for note in notes:
                log_note(note)
            self.keymap = keymap
            self.set_keymap(keymap)
            if problem is not None:
                self.notify(
                    problem, title="Your keys", severity="warning", timeout=30, markup=False
                )
            self._new_link()
        except Exception as exc:  # a broken install: the generic panel, details in the log
            self.unexpected("starting the client", exc)
        finally:
            self._started.set()  # a login waiting for the link finds none and says so

    async def linked(self) -> Link:
        """The link, once :meth:`_start` has made it (a login typed at once waits for it)."""
        await self._started.wait()
        return self._need_link()

    def server_now(self) -> float:
        """The server's time now (the link's connection's ``hello``; this computer's clock
        without a link or a server that says its time): the time the server's times are read
        against ("5 minutes ago")."""
        return self.link.clock.now() if self.link is not None else time.time()

    def on_login_screen_not_me(self, _: LoginScreen.NotMe) -> None:
        """The person is not the remembered user: forget the name for these servers."""
        self.username = None
        if self.remembered is not None:
            try:
                self.remembered.forget()
            except OSError as exc:
                log_failure("forgetting the user name", exc)

    def remember_username(self, username: str) -> None:
        """Keep ``username`` as the last to log in to these servers (if names are kept)."""
        if self.remembered is None:
            return
        try:
            if self.remembered.load() != username:
                self.remembered.save(username)
        except OSError as exc:
            log_failure("remembering the user name", exc)

    def binding_ids(self) -> set[str]:
        """Every binding id a keymap file may name (subclasses add their screens')."""
        return binding_ids(self.BINDINGS)

    def choose_look(self, theme: str) -> None:
        """Use a :data:`THEMES` look now and remember it in the settings file."""
        self.look = theme
        apply_look(self, plain=self.plain, theme=theme)
        self.remember("the theme", theme=theme)
        self.notify(f"Theme: {theme.replace('-', ' ')}.", markup=False)

    def remember(self, what: str, **settings: Any) -> None:
        """Keep ``settings`` (members of :class:`ClientConfig`) in the settings file, the
        others as they are; a broken file is left alone (it was reported at start-up)."""
        try:
            cfg, problem = load_config()
            if problem is None:
                save_config(dataclasses.replace(cfg, **settings))
        except OSError as exc:
            log_failure(f"remembering {what}", exc)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            self.dismiss_read_toasts()
        await super().on_event(event)

    def dismiss_read_toasts(self) -> None:
        """A key press takes away the toasts up for :data:`TOAST_READ_S` or longer, so none
        stays over what the player turns to next (a toast that arrived while they were typing
        stays for its time)."""
        now = time.time()
        read = [n for n in self._notifications if now - n.raised_at >= TOAST_READ_S]
        for notification in read:
            self._unnotify(notification, refresh=False)
        if read:
            self._refresh_notifications()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        steady_cursor(self, event.widget)

    def _new_link(self) -> None:
        """Create the link (closing an old one) and start connecting."""
        old = self.link
        if old is not None:
            self.run_worker(old.close(), group="close", exit_on_error=False)
        self._stopped_shown = False
        from tta_tui.net.link import Link

        link = Link(
            self.urls,
            on_event=self._on_event,
            on_status=lambda status: self._on_status(link, status),
            on_notice=self._on_notice,
        )
        self.link = link
        self.net(lambda: link.connect(retry=True), name="connect")

    async def on_unmount(self) -> None:
        self._closing = True
        if self.link is not None:
            await self.link.close()

    def action_retry(self) -> None:
        if self.link is not None:
            self.link.retry_now()

    def _restart(self) -> None:
        """After the link stopped: a new link (subclasses also go back to the login screen)."""
        self._new_link()

    # -- running network work -------------------------------------------------------------------
    def net(
        self,
        job: Callable[[], Awaitable[Any]],
        *,
        name: str,
        refused: Callable[[ServerError], bool] | None = None,
        failed: Callable[[], None] | None = None,
    ) -> Worker[None]:
        """Run ``job`` in a worker; ``refused`` may handle a ServerError (return True), and
        ``failed`` is called after any failure that was not handled by ``refused``."""

        from tta_tui.net.errors import LinkError, LinkStopped, ServerError

        async def body() -> None:
            try:
                await job()
            except ServerError as exc:
                if refused is not None and refused(exc):
                    return
                if failed is not None:
                    failed()
                self.server_refused(exc)
            except LinkStopped as exc:
                if failed is not None:
                    failed()
                self.link_stopped(exc.reason)
            except LinkError as exc:
                if failed is not None:
                    failed()
                self.notify(exc.message, title="Connection", severity="warning", markup=False)
            except Exception as exc:
                if failed is not None:
                    failed()
                self.unexpected(f"{name} failed", exc)

        return self.run_worker(body(), name=name, group="net", exit_on_error=False)

    async def log_in(self, username: str, password: str, *, register: bool = False) -> LoginOk:
        """Log in (registering first when asked), presenting the device token remembered for
        this server and user name and remembering the one the server gives back; returns the
        ``login.ok`` reply."""
        link = await self.linked()
        server = link.url
        device = await asyncio.to_thread(load_device, server, username)
        if register:
            device = await self._keep_device(
                server, username, device, await link.register(username, password)
            )
        reply = await link.login(username, password, device)
        await self._keep_device(server, username, device, reply)
        return reply

    @staticmethod
    async def _keep_device(
        server: str, username: str, device: str | None, reply: RegisterOk | LoginOk
    ) -> str | None:
        """Remember the device token in ``reply`` when it is new; returns the one to use."""
        given = reply.device
        if given == device:
            return device
        try:
            await asyncio.to_thread(save_device, server, username, given)
        except OSError as exc:
            log_failure("remembering this device", exc)
        return given

    def _need_link(self) -> Link:
        if self.link is None:
            from tta_tui.net.errors import LinkError

            raise LinkError("Not connected to a server yet.")
        return self.link

    def server_refused(self, exc: ServerError) -> None:
        """Show a refusal no caller handled: the server's sentence in a warning toast."""
        wait = f" (try again in {exc.retry_after:.0f} s)" if exc.retry_after else ""
        self.notify(exc.message + wait, title="Not done", severity="warning", markup=False)

    def link_stopped(self, reason: str) -> None:
        """The link gave up for good: say why, then start again at the login screen."""
        if self._closing or self._stopped_shown:
            return
        self._stopped_shown = True
        self.show_error(
            "Disconnected", reason, self.STOPPED_NEXT_STEP, back="Log in again", then=self._restart
        )

    def unexpected(self, what: str, error: BaseException) -> None:
        """Log ``error`` to the file and show the generic panel (no traceback on screen)."""
        log_failure(what, error)
        self.failures.append(f"{what}: {type(error).__name__}: {error}")
        now = time.monotonic()
        self._unexpected_at = [t for t in self._unexpected_at if now - t < 60] + [now]
        if len(self._unexpected_at) > MAX_UNEXPECTED:
            self.exit(
                return_code=1,
                message=Text(
                    f"TTA stopped after repeated problems on our side. Your story is saved. "
                    f"The details are in {log_path()}."
                ),
            )
            return
        self.show_error(*UNEXPECTED)

    def show_error(
        self,
        title: str,
        what_happened: str,
        what_to_do: str,
        *,
        back: str = "Back",
        then: Callable[[], None] | None = None,
    ) -> None:
        """Push an :class:`ErrorScreen`; ``then`` runs when the person leaves it."""

        def closed(_: None) -> None:
            if then is not None:
                then()

        self.push_screen(ErrorScreen(title, what_happened, what_to_do, back=back), closed)

    # -- link callbacks (in the app's loop) -----------------------------------------------------
    def _on_status(self, link: Link, status: LinkStatus) -> None:
        if self._closing or link is not self.link:
            return  # an old link closing
        self.link_status = status
        if status.state is LinkState.STOPPED:
            self.link_stopped(status.reason or "The connection was closed.")
        elif status.state is LinkState.CONNECTED:
            self._told_why = None
        elif status.state is LinkState.RECONNECTING and status.reason and status.attempt >= 2:
            # from the second attempt: a server restarting (a rolling restart, close 1001) is
            # back at the first, and players should not see a warning for it
            self._tell_why(status.reason)

    def _tell_why(self, reason: str) -> None:
        """Say once why the server cannot be reached (the status chip only counts down), so a
        lasting cause (a certificate this computer does not trust, a wrong address) is seen."""
        if reason == self._told_why:
            return
        self._told_why = reason
        self.notify(
            f"{reason} Trying again by itself; Ctrl+Q quits.",
            title="Can't reach the server",
            severity="warning",
            timeout=15,
            markup=False,
        )

    def _on_event(self, event: StoryEvent) -> None:
        """A session event (none for apps that drive no story)."""

    def _on_notice(self, notice: LinkNotice) -> None:
        """A frame without seq that is not a reply."""
