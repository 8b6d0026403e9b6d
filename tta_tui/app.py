"""The TTA client application: screens, the one :class:`~tta_tui.net.Link`, and the flow
between them (the account side in :mod:`tta_tui.account_flow`, the story side in
:mod:`tta_tui.story_flow`; this module: the link's events and notices, the palette, the help).

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
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

from tta_server.protocol.errors import ErrorCode
from tta_tui.keymap import binding_ids, keymap_path
from tta_tui.linked import THEMES, log_failure
from tta_tui.screens.errors import ErrorScreen
from tta_tui.screens.login import LoginScreen
from tta_tui.story_flow import StoryFlow

if TYPE_CHECKING:
    from textual.command import Provider

    from tta_tui.commands import Command
    from tta_tui.net import ServerError
    from tta_tui.net.events import StoryEvent
    from tta_tui.net.notices import LinkNotice
    from tta_tui.screens.characters import CharactersScreen
    from tta_tui.screens.help import KeySection

# Only the login screen is needed for the first frame; the other screens, the command palette
# and the protocol's models load after it (LinkedApp.LATER_MODULES) and are imported where they
# are used.

LOGIN_LOST_CODES = frozenset(
    {ErrorCode.NOT_AUTHENTICATED, ErrorCode.AUTH_FAILED, ErrorCode.ACCOUNT_DISABLED}
)


def key_sections() -> list[KeySection]:
    """The help's key tables: every screen's bindings, as the screens declare them."""
    from tta_tui.screens.character_form import CharacterForm, TextBox
    from tta_tui.screens.characters import CharactersScreen
    from tta_tui.screens.form_keys import ENTER_NEXT
    from tta_tui.screens.stories import StoriesScreen
    from tta_tui.screens.story import StoryScreen
    from tta_tui.screens.worlds import WorldList, WorldsScreen
    from tta_tui.widgets.story_log import StoryLog
    from tta_tui.widgets.tag_list import TagRow
    from tta_tui.widgets.text_field import SELECT_ALL
    from tta_tui.widgets.typing_line import TypingLine

    return [
        ("Everywhere", [*TTAApp.BINDINGS, SELECT_ALL]),
        ("In a story", [*StoryScreen.BINDINGS, *StoryLog.BINDINGS, *TypingLine.BINDINGS]),
        ("Your characters", CharactersScreen.BINDINGS),
        ("Your stories", StoriesScreen.BINDINGS),
        ("Choosing a world", [*WorldsScreen.BINDINGS, *WorldList.BINDINGS]),
        (
            "The character form",
            [
                *CharacterForm.BINDINGS,
                *(b for b in TextBox.BINDINGS if b is not SELECT_ALL),  # said under Everywhere
                *TagRow.BINDINGS,
            ],
        ),
        ("Logging in", [*LoginScreen.BINDINGS, ENTER_NEXT]),
    ]


def app_commands() -> type[Provider]:
    """The palette's provider (loaded when the palette first opens)."""
    from tta_tui.commands import AppCommands

    return AppCommands


class TTAApp(StoryFlow):
    """The terminal client for the TTA servers at ``urls`` (tried in order)."""

    CSS_PATH = "app.tcss"
    TITLE = "TTA"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {app_commands}
    LATER_MODULES: ClassVar[tuple[str, ...]] = (
        *StoryFlow.LATER_MODULES,
        "tta_tui.net.notices",
        "tta_tui.screens.map",
        "tta_tui.commands",
    )
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
    def _on_event(self, event: StoryEvent) -> None:
        if self._closing:
            return
        try:
            self._apply_event(event)
        except Exception as exc:
            self.unexpected(f"showing a {event.type} event", exc)

    def _apply_event(self, event: StoryEvent) -> None:
        from tta_server.protocol.events import (
            SafetyBreak,
            SafetyCrisis,
            SafetyResolved,
            SessionEnded,
        )

        story = self.story_screen()
        past = story is not None and story.replaying(event)
        if story is not None:
            story.apply(event)
        data = event.data
        if past and story is not None:  # a resumed story's past: in the story, no toasts
            if event.seq == story.replay_until:
                self.replay_done(story)
            if not isinstance(data, SessionEnded):
                return
        if isinstance(data, SafetyCrisis):
            self.open_crisis(data)
        elif isinstance(data, SafetyResolved):
            self.close_crisis()
        elif isinstance(data, SafetyBreak):
            self.notify(
                data.message or "You have been playing a while; a break may help.",
                title="Time for a break?",
                timeout=20,
                markup=False,
            )
        elif isinstance(data, SessionEnded):
            self.session_ended(data.message or "This story has ended.")

    def _on_notice(self, notice: LinkNotice) -> None:
        from tta_server.protocol.events import SafetyCrisis
        from tta_server.protocol.messages import Kicked, Notice
        from tta_tui.net.errors import ServerError
        from tta_tui.net.notices import SessionLost, TurnError

        if self._closing:
            return
        if isinstance(notice, Notice):
            self.team_notice(notice.from_, notice.text)
        elif isinstance(notice, Kicked):
            self.kicked(notice.reason)
        elif isinstance(notice, TurnError):
            code, message = notice.code, notice.message
            if code == ErrorCode.SESSION_PAUSED:
                story = self.story_screen()
                if story is not None:
                    story.turn_refused_paused(message)
            elif code == ErrorCode.SAFETY_HOLD:
                story = self.story_screen()
                data = story.last_crisis if story is not None else None
                self.open_crisis(data or SafetyCrisis(message=message))
            elif code == ErrorCode.SESSION_ENDED:
                self.session_ended(message)
            elif code in LOGIN_LOST_CODES:
                self.server_refused(ServerError(code, message))
            else:
                self.notify(
                    message or "That was not sent.",
                    title="Not sent",
                    severity="warning",
                    markup=False,
                )
        elif isinstance(notice, SessionLost):
            self.show_error(
                "This story cannot go on",
                notice.message or "The story could not be resumed.",
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
    def binding_ids(self) -> set[str]:
        """Every binding id of the player's client (what a keymap file may name)."""
        from tta_tui.screens.characters import ConfirmScreen
        from tta_tui.screens.help import HelpScreen
        from tta_tui.screens.map import MapScreen
        from tta_tui.screens.story import ClosingScreen

        ids = binding_ids(b for _, bindings in key_sections() for b in bindings)
        for screen in (MapScreen, HelpScreen, ClosingScreen, ErrorScreen, ConfirmScreen):
            ids |= binding_ids(screen.BINDINGS)
        return ids

    def palette_commands(self) -> list[Command]:
        """The command palette's commands (tta_tui/commands.py), with the words players use."""
        from tta_tui.commands import Command
        from tta_tui.screens.characters import CharactersScreen

        # the screen the palette was opened on (its words must be true there)
        under = next(
            (s for s in reversed(self.screen_stack) if not isinstance(s, ModalScreen)), None
        )
        on_characters = isinstance(under, CharactersScreen)
        commands = [
            Command(
                "New story",
                "choose a world for the highlighted character"
                if on_characters
                else "back to your characters, to choose who plays it",
                "start begin play character world",
                self.action_new_story,
            ),
            Command(
                "Your stories",
                "resume a story, or step out of this one (it waits for you)",
                "resume continue carry on back leave exit quit story saved list",
                self.action_stories,
            ),
            Command("Help", "the keys and what to type", "keys how commands", self.action_help),
            Command(
                "Map",
                "the map of the story you are in",
                "where places rooms exits",
                self.action_toggle_map,
            ),
        ]
        # Without colour (NO_COLOR, plain mode) every theme is the terminal's own colours:
        # choosing one changed nothing, so none is offered.
        for name in THEMES if not self.has_class("-mono") else ():
            words = name.replace("-", " ")
            commands.append(
                Command(
                    f"Theme: {words}",
                    f"{words} colours (remembered)",
                    "colours colors look contrast",
                    partial(self.choose_look, name),
                )
            )
        commands.append(Command("Quit", "your story is saved", "exit close", self.action_quit))
        return commands

    def action_command_palette(self) -> None:
        """The command palette, with a mark one cell wide (tta_tui/commands.py)."""
        from tta_tui.commands import Palette

        if self.use_command_palette and not isinstance(self.screen, Palette):
            self.push_screen(Palette(id="--command-palette"))

    def _characters_screen(self, what: str) -> CharactersScreen | None:
        """Back to the characters for ``what``; None (and a toast) before logging in."""
        from tta_tui.screens.characters import CharactersScreen

        screen = self._pop_to(CharactersScreen)
        if not isinstance(screen, CharactersScreen):
            self.notify(f"Log in first; then {what}.", title="Not yet", markup=False)
            return None
        return screen

    def action_new_story(self) -> None:
        """A new story: the world list for the highlighted character (the form when there is
        no character yet)."""
        from tta_tui.screens.characters import CharactersScreen

        was_there = isinstance(self.screen, CharactersScreen)
        screen = self._characters_screen("choose a character and a world")
        if screen is None:
            return
        if not was_there:  # the character highlighted there was not in sight: let them choose
            self.notify(
                "Choose who plays the new story, then press Enter.",
                title="New story",
                markup=False,
            )
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
        from tta_tui.screens.story import StoryScreen

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
        from tta_tui.screens.help import HelpScreen
        from tta_tui.screens.safety import CrisisScreen

        if not isinstance(self.screen, HelpScreen | CrisisScreen | ErrorScreen):
            self.push_screen(HelpScreen(self.help_page(), plain=self.plain))

    def help_page(self) -> str:
        """The help: the examples from the story being played (if any), the keys from the
        bindings of every screen."""
        from tta_tui.screens.help import help_page

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
            skills=story is None or not story.quiet_coaching,
        )
        return page
