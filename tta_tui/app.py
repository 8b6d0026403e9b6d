"""The TTA client application: screens, the one :class:`~tta_tui.net.Link`, and the flow
between them.

Screens only show data and post messages; this class does every network call in a worker
(:meth:`TTAApp.net`) and turns failures into something a person can read:

- a :class:`~tta_tui.net.ServerError` a screen can show (field errors, a wrong password) goes
  back to that screen; other refusals become a warning toast, except a lost login (back to log
  in) and an ended session (the closing panel);
- a :class:`~tta_tui.net.LinkError` (server unreachable for now) is a warning toast: the link
  keeps trying, and the status chip says so;
- :class:`~tta_tui.net.LinkStopped` (taken over, logged out elsewhere, login expired) is an
  :class:`~tta_tui.screens.errors.ErrorScreen` whose button starts again at the login screen;
- anything unexpected shows the generic "Something went wrong on our side" panel and is logged
  with its traceback to the client's log file only (:func:`log_path`).

Flow: login -> characters -> (character form) -> worlds -> story; Escape steps out of a story to
*Your stories* without ending it, F10 ends it after a confirmation; help (F1) over any screen;
the crisis panel over the story on ``safety.crisis`` (and again on a ``safety_hold`` refusal),
gone on ``safety.resolved``; the closing panel on ``session.ended``, then the characters again.
From the characters, s opens *Your stories* (``session.list``): an active story is resumed
(:meth:`TTAApp.resume_story`), a finished or ended one opens to read (:meth:`TTAApp.read_story`);
a finished story still active can be played on (resumed) from the list.

What people send reaches the player too: a facilitator's message, pause and resume are session
events the story screen shows; an operator's broadcast (``notice``) is a toast titled "From the
team" and a line in the story; ``session.kicked`` is an error panel with the operator's reason
and a way back to the login screen (the link stops right after it, and the panel is shown once).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from tta_server.protocol.errors import ErrorCode
from tta_server.protocol.messages import PAGE_MAX
from tta_tui.commands import AppCommands
from tta_tui.config import clear_draft, load_config, load_draft, save_config, save_draft
from tta_tui.keymap import binding_ids, keymap_path
from tta_tui.linked import THEMES, LinkedApp, log_failure
from tta_tui.net import LinkState, ServerError
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen, ConfirmScreen
from tta_tui.screens.errors import ErrorScreen
from tta_tui.screens.help import HelpScreen, KeySection, help_page
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.map import MapScreen
from tta_tui.screens.safety import CrisisScreen
from tta_tui.screens.stories import StoriesScreen, StoryEntry, story_entries
from tta_tui.screens.story import FINISHED_NOTE, READ_ONLY_NOTE, ClosingScreen, StoryScreen
from tta_tui.screens.worlds import WorldsScreen
from tta_tui.widgets.command_input import CommandInput
from tta_tui.widgets.story_log import MAX_PARAGRAPHS, StoryLog

LOGIN_LOST_CODES = frozenset(
    {ErrorCode.NOT_AUTHENTICATED, ErrorCode.AUTH_FAILED, ErrorCode.ACCOUNT_DISABLED}
)
FORM_CODES = frozenset({ErrorCode.INVALID_FIELDS, ErrorCode.NAME_TAKEN, ErrorCode.CHARACTER_LIMIT})
HISTORY_PAGE = PAGE_MAX
"""Entries asked for per ``session.history`` page (the server's maximum)."""
END_QUESTION = (
    "End this story for good? An ended story can be read but not played on. To stop for now, "
    "keep it and press Escape: it waits for you in Your stories."
)
WELCOME_BACK = "Welcome back. The story so far is above; carry on whenever you are ready."


def key_sections() -> list[KeySection]:
    """The help's key tables: every screen's bindings, as the screens declare them."""
    return [
        ("Everywhere", TTAApp.BINDINGS),
        ("In a story", [*StoryScreen.BINDINGS, *StoryLog.BINDINGS, *CommandInput.BINDINGS]),
        ("Your characters", CharactersScreen.BINDINGS),
        ("Your stories", StoriesScreen.BINDINGS),
        ("Choosing a world", WorldsScreen.BINDINGS),
        ("The character form", CharacterForm.BINDINGS),
        ("Logging in", LoginScreen.BINDINGS),
    ]


class TTAApp(LinkedApp):
    """The terminal client for the TTA servers at ``urls`` (tried in order)."""

    CSS_PATH = "app.tcss"
    TITLE = "TTA"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {AppCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", tooltip="this help", id="app.help"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            show=False,  # the footer shows the palette's key on its own, at the right
            priority=True,
            tooltip="the command palette: new story, resume, help, map, theme, quit",
            id="app.command_palette",
        ),
        Binding(
            "f5", "retry", "Reconnect", show=False, tooltip="try to reconnect now", id="app.retry"
        ),
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            priority=True,
            tooltip="quit (your story is saved)",
            id="app.quit",
        ),
    ]
    STOPPED_NEXT_STEP = "Log in again to carry on. Your story is saved on the server."

    def __init__(
        self, urls: list[str], *, plain: bool = False, username: str | None = None
    ) -> None:
        super().__init__(urls, plain=plain, username=username)
        self.schema: dict[str, Any] | None = None
        self.worlds: list[dict[str, Any]] | None = None

    def server_refused(self, exc: ServerError) -> None:
        """Show a refusal no screen handled: a lost login goes back to log in, an ended story
        to the closing panel, the rest to a toast."""
        if exc.code in LOGIN_LOST_CODES:
            self.show_error(
                "You are logged out",
                exc.message,
                "Log in again; your characters and stories are kept.",
                back="Log in again",
                then=self._back_to_login,
            )
        elif exc.code == ErrorCode.SESSION_ENDED:
            self.session_ended(exc.message)
        else:
            super().server_refused(exc)

    def _handle_exception(self, error: Exception) -> None:
        """A bug in a handler: log it; tests (headless) still fail on it as usual."""
        log_failure("unhandled exception", error)
        if self.is_headless:
            super()._handle_exception(error)
            return
        self.unexpected("unhandled exception", error)

    # -- link callbacks (in the app's loop) -----------------------------------------------------
    def _on_event(self, event: dict[str, Any]) -> None:
        if self._closing:
            return
        try:
            self._apply_event(event)
        except Exception as exc:
            self.unexpected(f"showing a {event.get('type')} event", exc)

    def _apply_event(self, event: dict[str, Any]) -> None:
        story = self.story_screen()
        past = story is not None and story.replaying(event)
        if story is not None:
            story.apply(event)
        kind = event.get("type")
        data = event.get("data") if isinstance(event.get("data"), dict) else {}
        assert isinstance(data, dict)
        if past and story is not None:  # a resumed story's past: in the story, no toasts
            if event.get("seq") == story.replay_until:
                self.replay_done(story)
            if kind != "session.ended":
                return
        if kind == "safety.crisis":
            self.open_crisis(data)
        elif kind == "safety.resolved":
            self.close_crisis()
        elif kind == "safety.break":
            self.notify(
                str(data.get("message") or "You have been playing a while; a break may help."),
                title="Time for a break?",
                timeout=20,
                markup=False,
            )
        elif kind == "session.ended":
            self.session_ended(str(data.get("message") or "This story has ended."))

    def _on_notice(self, notice: dict[str, Any]) -> None:
        if self._closing:
            return
        kind = notice.get("type")
        message = str(notice.get("message") or "")
        if kind == "notice":
            self.team_notice(str(notice.get("from") or ""), str(notice.get("text") or ""))
        elif kind == "session.kicked":
            self.kicked(str(notice.get("reason") or ""))
        elif kind == "turn.error":
            code = notice.get("code")
            if code == ErrorCode.SESSION_PAUSED:
                story = self.story_screen()
                if story is not None:
                    story.turn_refused_paused(message)
            elif code == ErrorCode.SAFETY_HOLD:
                story = self.story_screen()
                data = story.last_crisis if story is not None else None
                self.open_crisis(data or {"message": message})
            elif code == ErrorCode.SESSION_ENDED:
                self.session_ended(message)
            elif code in LOGIN_LOST_CODES:
                self.server_refused(ServerError(str(code), message))
            else:
                self.notify(
                    message or "That was not sent.",
                    title="Not sent",
                    severity="warning",
                    markup=False,
                )
        elif kind == "session.lost":
            self.show_error(
                "This story cannot go on",
                message or "The story could not be resumed.",
                "Start a new story from your characters.",
                back="Back to your characters",
                then=self.back_to_characters,
            )

    def team_notice(self, sender: str, text: str) -> None:
        """An operator's broadcast: a toast titled "From the team", and a line in the story."""
        if not text:
            return
        signed = f"{text}\n({sender})" if sender else text
        self.notify(signed, title="From the team", timeout=20, markup=False)
        story = self.story_screen()
        if story is not None and not story.read_only:
            heading = f"From the team ({sender}):" if sender else "From the team:"
            story.story_log.add_message(heading, text, kind="team")

    def kicked(self, reason: str) -> None:
        """An operator ended this connection (the link stops next): say why, with their
        reason in full, and offer the way back to the login screen."""
        if self._closing or self._stopped_shown:
            return
        self._stopped_shown = True
        said = f" Their reason: {reason}" if reason else ""
        self.show_error(
            "The team closed your connection",
            f"Someone running TTA ended this connection to your story.{said}",
            "Log in again to carry on. Your story is saved: Your stories (s on your characters) "
            "takes you back to it.",
            back="Log in again",
            then=self._restart,
        )

    # -- screens --------------------------------------------------------------------------------
    def story_screen(self) -> StoryScreen | None:
        """The story screen, if one is open (at any depth of the stack)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, StoryScreen):
                return screen
        return None

    def crisis_screen(self) -> CrisisScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, CrisisScreen):
                return screen
        return None

    def _pop_to(self, kind: type[Screen[Any]]) -> Screen[Any] | None:
        """Pop screens until one of ``kind`` is on top; None (and nothing popped) if absent."""
        if not any(isinstance(s, kind) for s in self.screen_stack):
            return None
        while not isinstance(self.screen, kind):
            self.pop_screen()
        return self.screen

    def binding_ids(self) -> set[str]:
        """Every binding id of the player's client (what a keymap file may name)."""
        ids = binding_ids(b for _, bindings in key_sections() for b in bindings)
        for screen in (MapScreen, HelpScreen, ClosingScreen, ErrorScreen, ConfirmScreen):
            ids |= binding_ids(screen.BINDINGS)
        return ids

    def palette_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """The command palette's commands (tta_tui/commands.py): (name, what it does, run)."""
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("New story", "choose a world for the highlighted character", self.action_new_story),
            ("Resume a story", "Your stories: carry on where you left off", self.action_stories),
            ("Help", "the keys and what to type", self.action_help),
            ("Map", "the map of the story you are in", self.action_toggle_map),
        ]
        for name in THEMES:
            words = name.replace("-", " ")
            commands.append(
                (
                    f"Theme: {words}",
                    f"{words} colours (remembered)",
                    partial(self.choose_look, name),
                )
            )
        commands.append(("Quit", "your story is saved", self.action_quit))
        return commands

    def _characters_screen(self, what: str) -> CharactersScreen | None:
        """Back to the characters for ``what``; None (and a toast) before logging in."""
        screen = self._pop_to(CharactersScreen)
        if not isinstance(screen, CharactersScreen):
            self.notify(f"Log in first; then {what}.", title="Not yet", markup=False)
            return None
        return screen

    def action_new_story(self) -> None:
        """A new story: the world list for the highlighted character (the form when there is
        no character yet)."""
        screen = self._characters_screen("choose a character and a world")
        if screen is None:
            return
        if screen.selected is None:
            screen.action_new()
        else:
            screen.action_play()

    def action_stories(self) -> None:
        """Your stories (to resume one)."""
        if self._characters_screen("Your stories lists your stories") is not None:
            self.net(self.open_stories, name="stories")

    def action_toggle_map(self) -> None:
        story = self.story_screen()
        if story is None or story.read_only:
            self.notify("The map is of the story you are playing; open one first.", markup=False)
            return
        if story.map_screen is not None:
            story.map_screen.dismiss(None)
        else:
            self._pop_to(StoryScreen)
            story.action_toggle_map()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen | CrisisScreen | ErrorScreen):
            self.push_screen(HelpScreen(self.help_page(), plain=self.plain))

    def help_page(self) -> str:
        """The help: the examples from the story being played (if any), the keys from the
        bindings of every screen."""
        story = self.story_screen()
        summary = story.summary if story is not None else None
        world = summary.world_title if summary is not None else ""
        folded = None if story is None or story.read_only else not story.panel_shown
        page = help_page(
            key_sections(),
            summary,
            world,
            plain=self.plain,
            keymap=self.keymap,
            panel_folded=folded,
            keymap_file=f"`{keymap_path()}`",
        )
        return page

    def _back_to_login(self) -> None:
        login = self._pop_to(LoginScreen)
        if isinstance(login, LoginScreen):
            login.show_errors(None, {})

    def _restart(self) -> None:
        """After the link stopped: the login screen, and a new link."""
        self._back_to_login()
        super()._restart()

    # -- login ----------------------------------------------------------------------------------
    def on_login_screen_submitted(self, message: LoginScreen.Submitted) -> None:
        screen = self.screen

        async def job() -> None:
            await self.log_in(message.username, message.password, register=message.register)
            self.username = message.username
            self._remember_username(message.username)
            await self.open_characters()

        def refused(exc: ServerError) -> bool:
            if isinstance(screen, LoginScreen) and exc.code != ErrorCode.INTERNAL_ERROR:
                wait = f" Try again in {exc.retry_after:.0f} s." if exc.retry_after else ""
                screen.show_errors(exc.message + wait, exc.fields)
                if exc.code == ErrorCode.LOGIN_FAILED:
                    screen.clear_password()
                return True
            return False

        def failed() -> None:
            if isinstance(screen, LoginScreen):
                screen.set_busy(False)

        self.net(job, name="login", refused=refused, failed=failed)

    def _remember_username(self, username: str) -> None:
        try:
            cfg, problem = load_config()
            if problem is None and cfg.username != username:
                save_config(cfg.model_copy(update={"username": username}))
        except OSError as exc:
            log_failure("remembering the user name", exc)

    # -- characters -----------------------------------------------------------------------------
    async def open_characters(self) -> None:
        """Fetch the characters (and how many stories are active) and show them (on the
        existing screen, or a new one)."""
        link = self._need_link()
        characters = await self._characters()
        reply = await link.request("session.list")
        sessions = [s for s in reply.get("sessions") or [] if isinstance(s, dict)]
        active = sum(1 for s in sessions if s.get("status") == "active" and not s.get("finished"))
        screen = self._pop_to(CharactersScreen)
        if isinstance(screen, CharactersScreen):
            screen.show(characters, active)
        else:
            self._pop_to(LoginScreen)
            await self.push_screen(
                CharactersScreen(characters, self.username or "", active_stories=active)
            )

    async def _characters(self) -> list[dict[str, Any]]:
        reply = await self._need_link().request("character.list")
        return [c for c in reply.get("characters") or [] if isinstance(c, dict)]

    async def _worlds(self) -> list[dict[str, Any]]:
        if self.worlds is None:
            reply = await self._need_link().request("world.list")
            self.worlds = [w for w in reply.get("worlds") or [] if isinstance(w, dict)]
        return self.worlds

    def back_to_characters(self) -> None:
        """Close everything above the characters screen and refresh it."""
        self._pop_to(CharactersScreen)
        self.net(self.open_characters, name="characters")

    async def _schema(self) -> dict[str, Any]:
        if self.schema is None:
            reply = await self._need_link().request("character.schema")
            self.schema = {k: v for k, v in reply.items() if k not in ("type", "re")}
        return self.schema

    def on_characters_screen_new(self, _: CharactersScreen.New) -> None:
        async def job() -> None:
            schema = await self._schema()
            await self.push_screen(CharacterForm(schema, document=load_draft(), plain=self.plain))

        self.net(job, name="new character")

    def on_characters_screen_edit(self, message: CharactersScreen.Edit) -> None:
        record = message.character

        async def job() -> None:
            schema = await self._schema()
            doc = record.get("character") if isinstance(record.get("character"), dict) else {}
            await self.push_screen(
                CharacterForm(
                    schema, document=doc, character_id=str(record.get("id")), plain=self.plain
                )
            )

        self.net(job, name="edit character")

    def on_characters_screen_delete(self, message: CharactersScreen.Delete) -> None:
        record = message.character

        async def job() -> None:
            await self._need_link().request("character.delete", character_id=record.get("id"))
            self.notify(f"Deleted {record.get('name')}.", markup=False)
            await self.open_characters()

        self.net(job, name="delete character")

    def on_characters_screen_log_out(self, _: CharactersScreen.LogOut) -> None:
        async def job() -> None:
            await self._need_link().logout()
            self._back_to_login()

        self.net(job, name="log out")

    def on_characters_screen_play(self, message: CharactersScreen.Play) -> None:
        character = message.character

        async def job() -> None:
            schema = await self._schema()
            worlds = await self._worlds()
            labels = {
                str(g.get("id")): str(g.get("label") or g.get("id"))
                for g in schema.get("goals") or []
                if isinstance(g, dict)
            }
            await self.push_screen(WorldsScreen(worlds, character, labels))

        self.net(job, name="worlds")

    def on_characters_screen_stories(self, _: CharactersScreen.Stories) -> None:
        self.net(self.open_stories, name="stories")

    # -- your stories ---------------------------------------------------------------------------
    async def open_stories(self) -> None:
        """Fetch the stories (``session.list``) and show them with world titles and character
        names (on the existing list, or a new one)."""
        reply = await self._need_link().request("session.list")
        sessions = [s for s in reply.get("sessions") or [] if isinstance(s, dict)]
        titles = {
            str(w.get("id")): str(w.get("title") or w.get("id")) for w in await self._worlds()
        }
        names = {str(c.get("id")): str(c.get("name")) for c in await self._characters()}
        entries = story_entries(sessions, titles, names)
        screen = self._pop_to(StoriesScreen)
        if isinstance(screen, StoriesScreen):
            screen.show(entries)
            screen.busy = False
        else:
            await self.push_screen(StoriesScreen(entries))

    def on_stories_screen_back(self, _: StoriesScreen.Back) -> None:
        if isinstance(self.screen, StoriesScreen):
            self.pop_screen()

    def on_stories_screen_open(self, message: StoriesScreen.Open) -> None:
        if message.play_on or message.story.resumable:
            self.resume_story(message.story)
        else:
            self.read_story(message.story)

    def resume_story(self, entry: StoryEntry) -> None:
        """Drive an active story again, its view filled by the server's replay of every event.

        Why the replay (``session.resume`` from seq 0) and not ``session.history``: history
        holds only the transcript (the opening line, the player's words, the narration, the
        closing words). The replay also carries the opening notice with the emergency number,
        the summaries behind the side panel and the map, facilitators' messages, pauses and a
        crisis still waiting for an answer, so the resumed view is the one the player left,
        and the story's state (paused, on hold) is right. The link passes each event exactly
        once, in seq order (it drops any seq it has seen), so no line shows twice or goes
        missing; the log keeps the newest ``MAX_PARAGRAPHS`` paragraphs, like a live story.
        The cost is one frame per event of the story: the server sends them in pages, and the
        log mounts a burst of paragraphs at once (3,000 paragraphs take about a second).
        Events up to the story's ``last_seq`` are the past: no toasts or panels for them
        (:meth:`replay_done` then opens the crisis panel if a crisis is still unanswered).
        """
        stories = self.screen
        story = StoryScreen(title=entry.title, plain=self.plain)
        story.session_id = entry.session_id
        story.replay_until, story.caught_up = entry.last_seq, False

        async def job() -> None:
            link = self._need_link()
            await self.push_screen(story)  # mounted before the first replayed event arrives
            reply = await link.resume_session(entry.session_id, 0)
            if reply.session.last_seq > story.replay_until:
                # written since the list was read: the past too
                story.replay_until = reply.session.last_seq
            if story.last_seq >= story.replay_until:
                self.replay_done(story)

        def failed() -> None:
            if self.screen is story:
                self.pop_screen()
            if isinstance(stories, StoriesScreen):
                stories.busy = False

        self.net(job, name="resume story", failed=failed)

    def replay_done(self, story: StoryScreen) -> None:
        """The replay of a resumed story has all arrived: welcome the player back, and reopen
        the crisis panel if the story is still waiting for an answer."""
        if story.caught_up:
            return
        story.caught_up = True  # later events are news
        if not story.ended:
            story.story_log.add_notice(WELCOME_BACK, "notice")
        if story.last_crisis is not None and not story.ended:
            self.open_crisis(story.last_crisis)

    def read_story(self, entry: StoryEntry) -> None:
        """Open a finished or ended story to read: its transcript from ``session.history`` (pages of
        ``HISTORY_PAGE``, newest first, up to ``MAX_PARAGRAPHS`` entries), input disabled."""
        stories = self.screen

        async def job() -> None:
            link = self._need_link()
            entries: list[dict[str, Any]] = []
            before: int | None = None
            while len(entries) < MAX_PARAGRAPHS:
                fields: dict[str, Any] = {"session_id": entry.session_id, "limit": HISTORY_PAGE}
                if before is not None:
                    fields["before_seq"] = before
                reply = await link.request("session.history", **fields)
                page = [e for e in reply.get("entries") or [] if isinstance(e, dict)]
                entries = page + entries
                after = reply.get("next_before_seq")
                if not isinstance(after, int) or not page:
                    break
                before = after
            note = FINISHED_NOTE if entry.active else READ_ONLY_NOTE
            story = StoryScreen(title=entry.title, plain=self.plain, read_only=True, note=note)
            story.session_id = entry.session_id
            await self.push_screen(story)
            story.show_history(entries[-MAX_PARAGRAPHS:])
            if isinstance(stories, StoriesScreen):
                stories.busy = False

        def failed() -> None:
            if isinstance(stories, StoriesScreen):
                stories.busy = False

        self.net(job, name="read story", failed=failed)

    # -- the character form ---------------------------------------------------------------------
    def on_character_form_draft_changed(self, message: CharacterForm.DraftChanged) -> None:
        try:
            save_draft(message.document)
        except OSError as exc:
            log_failure("saving the character draft", exc)

    def on_character_form_cancelled(self, _: CharacterForm.Cancelled) -> None:
        if isinstance(self.screen, CharacterForm):
            self.pop_screen()

    def on_character_form_submitted(self, message: CharacterForm.Submitted) -> None:
        form = self.screen

        async def job() -> None:
            link = self._need_link()
            if message.character_id is None:
                reply = await link.request("character.create", character=message.document)
                clear_draft()
            else:
                reply = await link.request(
                    "character.update",
                    character_id=message.character_id,
                    character=message.document,
                )
            saved = reply.get("character") if isinstance(reply.get("character"), dict) else {}
            assert isinstance(saved, dict)
            self.notify(f"Saved {saved.get('name', 'your character')}.", markup=False)
            await self.open_characters()

        def refused(exc: ServerError) -> bool:
            if isinstance(form, CharacterForm) and exc.code in FORM_CODES:
                form.show_errors(exc.message, exc.fields)
                return True
            return False

        def failed() -> None:
            if isinstance(form, CharacterForm):
                form.show_errors(None, {})

        self.net(job, name="save character", refused=refused, failed=failed)

    # -- worlds and the story -------------------------------------------------------------------
    def on_worlds_screen_back(self, _: WorldsScreen.Back) -> None:
        if isinstance(self.screen, WorldsScreen):
            self.pop_screen()

    def on_worlds_screen_start(self, message: WorldsScreen.Start) -> None:
        worlds = self.screen
        title = f"{message.world.get('title', 'A story')}: {message.character.get('name', '')}"
        story = StoryScreen(title=title, plain=self.plain)

        async def job() -> None:
            link = self._need_link()
            await self.push_screen(story)  # mounted before the first event can arrive
            await link.start_session(str(message.character.get("id")), str(message.world.get("id")))

        def failed() -> None:
            if self.screen is story:
                self.pop_screen()
            if isinstance(worlds, WorldsScreen):
                worlds.busy = False

        def refused(exc: ServerError) -> bool:
            failed()
            return False

        self.net(job, name="start story", refused=refused, failed=failed)

    def on_story_screen_say(self, message: StoryScreen.Say) -> None:
        async def job() -> None:
            link = self._need_link()
            await link.turn(message.text)
            if link.state is not LinkState.CONNECTED:
                self.notify(
                    "You are offline; what you wrote will be sent when the connection is back.",
                    title="Waiting to send",
                    severity="warning",
                )

        self.net(job, name="turn")

    def on_story_screen_back(self, _: StoryScreen.Back) -> None:
        """Step out of the story (not ending it) to *Your stories*, refreshed: the one it
        was opened from, else a new one over the characters."""
        if self.story_screen() is None:
            return
        if self._pop_to(StoriesScreen) is None:
            self._pop_to(CharactersScreen)
        self.net(self.open_stories, name="stories")

    def on_story_screen_leave(self, _: StoryScreen.Leave) -> None:
        story = self.story_screen()
        if story is None or story.read_only:
            return
        if story.ended or story.session_id is None:
            self.back_to_characters()
            return

        def answered(yes: bool | None) -> None:
            if yes and story.session_id is not None:
                session_id = story.session_id

                async def job() -> None:
                    await self._need_link().request("session.end", session_id=session_id)

                self.net(job, name="end story")

        self.push_screen(
            ConfirmScreen(END_QUESTION, "End story"),
            answered,
        )

    def session_ended(self, message: str) -> None:
        """Close the crisis panel if open, then the closing panel, then the characters."""
        story = self.story_screen()
        if story is not None:
            if story.closing_shown:
                return
            story.closing_shown = True
            story.ended = True
        self.close_crisis()
        self.push_screen(ClosingScreen(message), lambda _: self.back_to_characters())

    # -- safety ---------------------------------------------------------------------------------
    def open_crisis(self, data: dict[str, Any]) -> None:
        """Show the crisis panel (once; a second crisis while it is open changes nothing)."""
        if self.crisis_screen() is None:
            while isinstance(self.screen, HelpScreen | ErrorScreen):
                self.pop_screen()
            self.push_screen(CrisisScreen(data))

    def close_crisis(self) -> None:
        """Remove the crisis panel (after ``safety.resolved``)."""
        crisis = self.crisis_screen()
        if crisis is None:
            return
        while self.screen is not crisis:
            self.pop_screen()
        crisis.dismiss(None)

    def on_crisis_screen_chosen(self, message: CrisisScreen.Chosen) -> None:
        crisis = self.crisis_screen()

        async def job() -> None:
            await self._need_link().ack_safety(message.choice)
            self.close_crisis()

        def refused(exc: ServerError) -> bool:
            if exc.code == ErrorCode.NOTHING_TO_ACKNOWLEDGE:
                self.close_crisis()
                return True
            if crisis is not None:
                crisis.answer_failed(exc.message)
                return True
            return False

        def failed() -> None:
            if crisis is not None and crisis.waiting:
                crisis.answer_failed(
                    "Your answer did not get through. Check the connection and choose again."
                )

        self.net(job, name="safety answer", refused=refused, failed=failed)
