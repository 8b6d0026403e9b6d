"""The play screen: the story on the left, the side panel on the right, the input below.

The app feeds it session events (:meth:`StoryScreen.apply`): the opening notice, narration,
the player's echoed words, summaries (side panel, map, completion words), check-ins, and what
people write into the story: a facilitator's message (set apart from the narration, under
"Message from fran (a facilitator):"), a pause and its end. What the player types goes out as
:class:`StoryScreen.Say`; lines starting with ``/`` are the client's own commands (``/help``,
``/map``). F2 opens the map over the whole screen (:class:`~tta_tui.screens.map.MapScreen`,
closed by F2 or Escape; no letter opens it: the typing line has the focus, where m is a letter,
and newcomer 24 sent "m" after the help said "F2 / m"); F3 shows the side
panel or folds it into one or two lines above the story (folded below :data:`WIDE` columns;
below :data:`NARROWEST_STORY` columns of story beside it, the panel takes the story's place
until F3, Escape or a turn sent gives it back);
PageUp/PageDown scroll the story while typing; End jumps to the newest paragraph. Escape
closes a check-in, else steps out to *Your stories* (:class:`StoryScreen.Back`: the
story is not ended and can be resumed), except right after something was closed (a check-in,
the panel, a screen over the story) with nothing typed since: then it says that one more Escape
steps out (:data:`ESCAPE_AGAIN`); F10 asks to end the story for good
(:class:`StoryScreen.Leave`, which the app confirms in a
:class:`~tta_tui.screens.characters.ConfirmScreen`).

- **Paused.** After ``session.paused`` (or a turn refused as ``session_paused``) a bar above
  the input says "Paused by fran (a facilitator)"; what the player types then is not sent (it
  stays in the input, and a toast says why) until ``session.resumed`` clears the bar.
- **The end.** Once the world has ended (``summary.arc.ended``), the same place above the input
  says so (:data:`ENDING_NOTE`), so it is seen at 80x24 even when the last reply is taller
  than the story area, until the player sends a turn: playing on, it is not said again under
  every reply (fresh18: "a bit naggy"); the status says "Story complete" and F1 says what
  Escape does then.
- **Replay.** A resumed story is filled by the server's replay of its events (until it is all
  in, :meth:`StoryScreen.replay_arrived`, the line above the input and the input's cue say the
  story is on its way); events up to
  :attr:`StoryScreen.replay_until` are the past (the app shows no toast or panel for them, only
  what they leave behind, such as a crisis still waiting for an answer).
- **Read only.** A finished or ended story (``read_only``) shows its transcript from
  ``session.history`` (:meth:`StoryScreen.show_history`) with the input disabled and a note
  saying so (``note``: :data:`READ_ONLY_NOTE`, or :data:`FINISHED_NOTE` for a story that reached
  its ending and can still be played on); Escape goes back to the list.

:class:`ClosingScreen` is the panel shown when the session ends.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from tta_server.protocol.events import (
    FacilitatorNote,
    SafetyCheckin,
    SafetyCrisis,
    SafetyResolved,
    SessionEnded,
    SessionPaused,
    SessionResumed,
    SessionStarted,
)
from tta_server.protocol.messages import HistoryEntry, NarrativeChunk, TurnInput
from tta_tui.net.events import StoryEnd, StoryEvent
from tta_tui.net.summary import Summary
from tta_tui.screens.fresh_keys import FreshKeysScreen
from tta_tui.screens.map import MapScreen
from tta_tui.screens.safety import COMPACT_BELOW, CheckinPanel
from tta_tui.widgets.map import MapModel
from tta_tui.widgets.marks import MarkedButton
from tta_tui.widgets.side_panel import SidePanel, status_lines
from tta_tui.widgets.status_chip import TopBar
from tta_tui.widgets.story_log import StoryLog
from tta_tui.widgets.typing_line import TypingLine, what_to_type

LOCAL_COMMANDS = {"/help": "help", "/map": "map", "map": "map"}
"""Lines the client answers itself. "map" alone too: the story knows no command "map", and
a newcomer who typed it was told "I know the word 'map', but not what you'd like to do"
(newcomer 25); "look at the map" still goes to the story (a world may have one)."""
WIDE = 100
"""From this many columns the side panel is shown beside the story; below, it is folded into a
status of one or two lines above the story (F3 switches), so the story gets the width."""
PANEL_WIDTH = 30
"""The side panel's columns (``#side-panel`` in app.tcss)."""
CLOSE_PANEL = "Close"
"""The panel key's words in the key bar while the panel has the story's place ("f3 Close", as
long as "f3 Panel": at 80 columns with "f4 New story" the bar is full)."""
HELP_ACTIONS = ("help", "app.help")
"""The help's action: its key comes first in the key bar (:attr:`StoryScreen.active_bindings`)."""
NARROWEST_STORY = 50
"""The fewest columns of text the story keeps beside the side panel; on a screen narrower than
that and the panel (82 columns), F3 shows the panel in the story's place until F3 or Escape
closes it (at 80 columns beside it the story was 48 columns, a few words a line)."""
READ_ONLY_NOTE = (
    "This story has ended: you can read it, not add to it. Escape goes back to your stories."
)
LOADING_NOTE = "Bringing back your story so far..."
"""The line above the input while a resumed story's replay is arriving (the pane is empty)."""
LOADING_PLACEHOLDER = "Your story is on its way back. F1 help."
"""The input's cue meanwhile (not yet what to type: the place is not known)."""
ENDING_NOTE = "Story complete: Escape steps out (kept as finished), or play on here."
"""The line above the input once the world has ended, while the story stays open: what the
player can do now, not the server's words about the ending, which the story itself ends with
(newcomer 8 read three end notices in a row)."""
FINISHED_NOTE = (
    "This story has reached its ending: here you can read it. Escape goes back to your "
    "stories, where Play on (p) carries it on."
)
WELCOME_BACK = "Welcome back. The story so far is above; carry on whenever you are ready."
"""The last line of a resumed story's first screen (not of an ended one)."""
HELD_NOTE = "Your words above were received; the story paused here instead of playing them."
"""Under the player's words that opened the crisis panel (the server does not echo them)."""
ESCAPE_AGAIN = "Escape again steps out to your stories (the story waits), or type on."
"""Said when Escape right after Escape closed something (a check-in, the panel, a screen over
the story) finds nothing more to close: a reflexive second Escape does not take the player out
of the story, where the line typed next would be lost to the stories list."""
PAUSED_NOT_SENT = (
    "A facilitator has paused your story for a moment, so this was not sent. Your words are "
    "still in the input line: press Enter again once the story goes on."
)


def facilitator_prefix(sender: object) -> str:
    """ "Message from fran (a facilitator):", the line above a facilitator's message."""
    if isinstance(sender, str) and sender:
        return f"Message from {sender} (a facilitator):"
    return "Message from a facilitator:"


def paused_words(by: str | None) -> str:
    """The bar above the input while the story is paused."""
    who = f"{by} (a facilitator)" if by else "a facilitator"
    return (
        f"Paused by {who}. What you type is not sent until they resume the story; "
        "it stays here meanwhile."
    )


LOCAL_NUMBER = "your local emergency number"


def short_notice(emergency: object, width: int | None = None) -> str:
    """The one line kept above the story: who writes it, and what to do in an emergency, in
    the fullest words that fit ``width`` columns on one row (at 80x24 it took two rows of 24
    with the default number "your local emergency number (112 works from mobiles ...)"). The
    whole of it stays findable: the first paragraph of the story and F1 say it in full."""
    number = emergency if isinstance(emergency, str) and emergency else LOCAL_NUMBER
    short = number.split(" (", 1)[0]  # "your local emergency number (112 works ...)"
    forms = [
        f"Written by software, not a person. In an emergency, call {number}. F1 help.",
        f"Written by software, not a person. In an emergency, call {short}. F1 help.",
        f"Written by software, not a person. Emergency: call {short}. F1 help.",
        f"Software, not a person. Emergency: call {short}. F1 help.",
    ]
    for form in forms:
        if width is None or len(form) <= width:
            return form
    return forms[-1]  # cut with "…" by the line itself (one row, never two)


def new_story_line(world: str, name: str) -> str:
    """The line a new story opens with, before the server answers: which world, as whom, and
    the way out if it is not the one meant (a newcomer started the wrong world twice)."""
    who = f" as {name}" if name else ""
    return (
        f"A new story in {world or 'a new world'}{who}. Not the one you meant? Escape steps "
        "out to your stories, F10 ends it."
    )


class StoryScreen(FreshKeysScreen):
    """One story in progress."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "close_panel",
            "Back to the story",
            tooltip="while the panel has the story's place (F3 on a narrow screen): give the "
            "story back (the key bar says so then)",
            id="story.close_panel",
        ),
        Binding(
            "escape",
            "close_checkin",
            "Close check-in",
            tooltip="while a check-in shows: close it (the key bar says so then)",
            id="story.close_checkin",
        ),
        Binding(
            "escape",
            "back",
            "Stories",
            tooltip="close a check-in, else step out to your stories (the story waits for you)",
            id="story.back",
        ),
        Binding(
            "f2",
            "toggle_map",
            "Map",
            tooltip="the map of the places you have seen, over the whole screen",
            id="story.map",
        ),
        Binding(
            "f3",
            "toggle_panel",
            "Panel",
            tooltip="show the panel beside the story, or fold it into one or two lines above it "
            f"(remembered; until F3 is first pressed it starts folded below {WIDE} columns; "
            "on a narrow screen the panel takes the story's place until F3 or Escape)",
            id="story.toggle_panel",
        ),
        Binding(
            "pageup",
            "page_up",
            "Scroll up",
            show=False,
            tooltip="scroll the story up",
            id="story.page_up",
        ),
        Binding(
            "pagedown",
            "page_down",
            "Scroll down",
            show=False,
            tooltip="scroll it down",
            id="story.page_down",
        ),
        Binding(
            "end",
            "jump_to_latest",
            "Latest",
            show=False,
            priority=True,  # before the typing line's End, while the marker names End
            tooltip="jump to the newest paragraph (while the story says there is more below, "
            "even with words on the typing line; else End goes to the line's end)",
            id="story.jump_to_latest",
        ),
        Binding(
            "f4",
            "new_story",
            "New story",
            tooltip="once this story has reached its ending: a new story for the same character "
            "(the world picker; this one is kept as finished)",
            id="story.new_story",
        ),
        Binding(
            "f10",
            "leave",
            "End story",
            tooltip="end this story for good (after you confirm; otherwise it waits for you)",
            id="story.leave",
        ),
    ]
    AUTO_FOCUS = "#command-input"

    class Say(Message):
        """The player typed this (send it as a turn)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Leave(Message):
        """The player asked to end this story (F10; the app asks for a confirmation first)."""

    class Back(Message):
        """The player stepped out of the story to the story list (Escape): it is not ended."""

    class NewStory(Message):
        """F4 in a finished story: a new story for the same character (:attr:`character_id`)."""

    class PanelChosen(Message):
        """F3 showed (``full``) or folded the side panel: the app remembers it for the next
        story and the next launch."""

        def __init__(self, full: bool) -> None:
            super().__init__()
            self.full = full

    def __init__(
        self,
        *,
        title: str = "Your story",
        plain: bool = False,
        read_only: bool = False,
        note: str = READ_ONLY_NOTE,
        intro: str = "",
        panel: bool | None = None,
        unsent: str = "",
    ) -> None:
        super().__init__(id="story")
        self.title_text = title
        self.intro = intro
        """A new story's line (:func:`new_story_line`): above the input at once, then in the
        story after the opening's notice (which stays first)."""
        self.plain = plain
        self.unsent = unsent
        """Words the player left on the typing line when they last stepped out of this story:
        the line opens with them."""
        self.read_only = read_only
        self.note = note
        """The note above a story opened to read."""
        """An ended story opened to read: no input, no side panel, Escape goes back."""
        self.summary = Summary()
        self.last_crisis: SafetyCrisis | None = None
        """The data of the latest ``safety.crisis`` (to reopen the panel on ``safety_hold``)."""
        self.session_id: str | None = None
        self.character_id = ""
        """Whose story this is (set by the app; F4 starts a new story for them)."""
        self._quiet_coaching = False
        self.finished = False
        """Opened to read after reaching its ending (:data:`FINISHED_NOTE`)."""
        self.ended = read_only
        self.closing_shown = False
        self.ending_seen = False
        """A turn was sent after the world ended: :data:`ENDING_NOTE` has been seen."""
        self.replay_until = 0
        """The last seq of a resumed story's replay: events up to it are its past."""
        self.caught_up = True
        """False while a resumed story's replay is still arriving."""
        self.last_seq = 0
        """The seq of the latest event shown."""
        self.paused = False
        self.paused_by: str | None = None
        self.last_said: str | None = None
        """The last line sent as a turn (given back to the input if the turn is refused)."""
        self.map_model = MapModel()
        """Every place seen in this story (drawn by the full-screen map)."""
        self.emergency = ""
        """The emergency number for the character's country (from ``session.started``)."""
        self.panel_choice = panel
        """The player's F3 choice, here or remembered (True: the full panel); None: by the
        width (:data:`WIDE`)."""
        self.panel_over = False
        """On a narrow screen (:attr:`narrow`): F3 has shown the panel in the story's place
        (not remembered: the next story and launch must not open without their story)."""
        self.just_closed = False
        """Escape (or a screen over the story) has just closed something, and nothing has been
        typed since: the next Escape with nothing open says :data:`ESCAPE_AGAIN` instead of
        stepping out (issue 15: Escape closing a check-in, a second Escape out of the story, and
        the line typed next lost)."""

    def compose(self) -> ComposeResult:
        yield TopBar(self.title_text)
        with Vertical(id="story-body"):
            yield Static("", markup=False, id="story-notice")
            yield Static("", markup=False, id="side-status")
            with Horizontal(id="story-main"):
                yield StoryLog()
                yield SidePanel(quiet=self._quiet_coaching)
            yield Static("", markup=False, id="story-state")
        yield TypingLine()
        yield Footer()

    def on_mount(self) -> None:
        self.fold_panel()
        self.query_one("#story-notice").display = False
        state = self.query_one("#story-state", Static)
        state.display = False
        if self.read_only:
            self.side.display = False
            self.command_input.disabled = True
            self.command_input.placeholder = (
                "This story has ended." if self.note == READ_ONLY_NOTE else "Reading only."
            )
            state.update(self.note)
            state.set_class(True, "-ended")
            state.display = True
        elif not self.caught_up:  # a resumed story: its replay is on its way
            line = self.command_input
            line.value, line.cursor_position = self.unsent, len(self.unsent)
            self.command_input.placeholder = LOADING_PLACEHOLDER
            self.show_state()
            self.story_log.focus()
        elif self.intro:  # a new story: which world, before the server answers
            self.show_state()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """An ended story opened to read has no map and nothing to end; Escape gives the story
        back while the panel has its place, and only then (the key bar says "Back to the
        story" then, not "Stories": a newcomer read "esc Stories" over the panel)."""
        if action in ("toggle_map", "toggle_panel", "leave"):
            return not self.read_only
        if action == "new_story":
            return bool(self.character_id) and (self.finished or self.summary.arc.ended)
        if action == "close_panel":
            return self.has_class("-panel-over")
        if action == "close_checkin":  # "esc Stories" stood under an open check-in (tui38)
            return self.checkin_shown
        return True

    @property
    def checkin_shown(self) -> bool:
        """Whether a check-in shows (one being closed does not)."""
        return any(panel.display for panel in self.query(CheckinPanel))

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys in force, the help's first: the key bar lists them in this order, and at 80
        columns its end was cut ("f1 Help" read "f" under the panel, newcomer 20). While the
        panel has the story's place, the panel's key comes next and says it closes it
        (:data:`CLOSE_PANEL`): at 80 columns a newcomer saw the panel fill the screen with no
        obvious way back."""
        bindings = super().active_bindings
        first = {k: b for k, b in bindings.items() if b.binding.action in HELP_ACTIONS}
        closing: dict[str, ActiveBinding] = {}
        if self.has_class("-panel-over"):  # after the help, to show even at 40 columns
            closing = {
                key: active._replace(binding=replace(active.binding, description=CLOSE_PANEL))
                for key, active in bindings.items()
                if active.binding.action == "toggle_panel"
            }
        return {**first, **closing, **bindings, **closing}

    def fit_key_bar(self) -> None:
        """Below :data:`WIDE` columns the key bar is compact (one space between keys) and leaves
        the command palette's key to the help (Ctrl+P still opens it): every key it shows is
        read whole at 80 columns."""
        bar = self.query_one(Footer)
        narrow = self.size.width < WIDE
        bar.compact = narrow
        if bar.show_command_palette == narrow:
            bar.show_command_palette = not narrow
            # Textual's footer reads this only when it composes its keys (a change of the
            # bindings): back to 80 columns from a wider terminal it kept "^p Commands", over
            # the last keys ("^q Q", newcomer audit in tmux, 80x24 -> 120x40 -> 80x24)
            bar.refresh(recompose=True)

    @property
    def quiet_coaching(self) -> bool:
        """The character's "Quiet coaching" (set by the app): the side panel and the help
        leave out the skills practised, as the server leaves its coaching out of the story."""
        return self._quiet_coaching

    @quiet_coaching.setter
    def quiet_coaching(self, quiet: bool) -> None:
        self._quiet_coaching = quiet
        if self.is_mounted:
            self.side.set_quiet(quiet)

    # -- parts ----------------------------------------------------------------------------------
    @property
    def story_log(self) -> StoryLog:
        return self.query_one(StoryLog)

    @property
    def side(self) -> SidePanel:
        return self.query_one(SidePanel)

    @property
    def map_screen(self) -> MapScreen | None:
        """The full-screen map of this story, when it is open."""
        for screen in self.app.screen_stack:
            if isinstance(screen, MapScreen) and screen.model is self.map_model:
                return screen
        return None

    @property
    def command_input(self) -> TypingLine:
        return self.query_one(TypingLine)

    # -- events ---------------------------------------------------------------------------------
    def replaying(self, event: StoryEvent) -> bool:
        """Is this event part of the replay of a resumed story (the past, not news)?"""
        return not self.caught_up and event.seq is not None and event.seq <= self.replay_until

    def apply(self, event: StoryEvent) -> None:
        """Show one session event (types this screen does not show are ignored)."""
        data = event.data
        if event.session_id is not None:
            self.session_id = event.session_id
        if event.seq is not None:
            self.last_seq = max(self.last_seq, event.seq)
        if isinstance(data, SessionStarted):
            self.started(data)
        elif isinstance(data, NarrativeChunk):
            self.story_log.add_narration(data.text)
        elif isinstance(data, TurnInput):
            self.story_log.add_input(data.text, turn=not self.replaying(event))
            if data.text == self.last_said:
                self.last_said = None  # played and shown: not held
        elif isinstance(data, StoryEnd):
            self.show_summary(data.summary)
        elif isinstance(data, SafetyCheckin):
            if not self.replaying(event):  # a check-in from the past: its words are in the story
                self.checkin(data)
        elif isinstance(data, SafetyCrisis):
            self.last_crisis = data
            if not self.replaying(event):
                self.show_held(data)
        elif isinstance(data, SafetyResolved):
            self.resolved(data)
        elif isinstance(data, SessionEnded):
            self.ended = True
            self.set_paused(False)
            self.story_log.add_notice(data.message or "This story has ended.", "notice")
        elif isinstance(data, FacilitatorNote):
            self.story_log.add_message(facilitator_prefix(data.from_), data.text)
        elif isinstance(data, SessionPaused):
            message = data.message or "A facilitator has paused your story for a moment."
            self.story_log.add_notice(message, "pause")
            self.set_paused(True, data.by or None)
        elif isinstance(data, SessionResumed):
            message = data.message or "Your story can go on whenever you are ready."
            self.story_log.add_notice(message, "pause")
            self.set_paused(False)

    def set_paused(self, paused: bool, by: str | None = None) -> None:
        """Show (or clear) the "Paused by a facilitator" bar above the input."""
        self.paused = paused
        if paused:
            self.paused_by = by or self.paused_by
        else:
            self.paused_by = None
        self.show_state()

    def show_state(self) -> None:
        """The line above the input: paused (while a facilitator holds the story), else that
        a resumed story is on its way (:data:`LOADING_NOTE`), else a new story's world until
        its opening comes (:attr:`intro`), else the end of the world once reached
        (:data:`ENDING_NOTE`, until a turn is sent after it), else nothing."""
        if self.read_only:
            return
        state = self.query_one("#story-state", Static)
        loading = not self.caught_up and not self.paused
        ending = self.summary.arc.ended and not self.ending_seen and not self.paused and not loading
        state.set_class(self.paused, "-paused")
        state.set_class(ending, "-ended")
        starting = bool(self.intro) and not self.paused and not loading and not ending
        if self.paused:
            state.update(paused_words(self.paused_by))
        else:
            state.update(
                LOADING_NOTE
                if loading
                else ENDING_NOTE
                if ending
                else self.intro
                if starting
                else ""
            )
        state.display = self.paused or loading or ending or starting

    def replay_arrived(self) -> None:
        """The replay of a resumed story is all here: later events are news, the line and the
        cue that said it was on its way give way, and :data:`WELCOME_BACK` ends the first
        screen, which starts at a paragraph's first line."""
        self.caught_up = True
        if not self.ended:
            self.story_log.add_notice(WELCOME_BACK, "notice")
        self.story_log.settle_on_paragraph()
        line = self.command_input
        self.focus_line()  # the log held focus while the replay came; typing goes in the line
        if line.placeholder == LOADING_PLACEHOLDER:
            line.placeholder = what_to_type(self.summary if self.summary.location else None)
        self.show_state()

    def turn_refused_paused(self, message: str) -> None:
        """A turn came back ``session_paused`` (the pause had not reached us yet): show the
        paused state and give the line back to the input (if the player has not typed anew)."""
        self.set_paused(True)
        if self.last_said and not self.command_input.value:
            self.command_input.value = self.last_said
            self.command_input.cursor_position = len(self.last_said)
        self.app.notify(
            (message or "A facilitator has paused your story for a moment.")
            + " What you wrote was not sent; it is back in the input line.",
            title="Your story is paused",
            markup=False,
        )

    def show_history(self, entries: list[HistoryEntry]) -> None:
        """Fill the story from ``session.history`` entries (oldest first): a read-only view."""
        for entry in entries:
            if entry.kind == "narration":
                self.story_log.add_narration(entry.text)
            elif entry.kind == "input":
                self.story_log.add_input(entry.text)
            else:
                self.story_log.add_notice(entry.text, "notice")
            self.last_seq = max(self.last_seq, entry.seq)
        self.story_log.settle_on_paragraph()

    def started(self, data: SessionStarted) -> None:
        """The opening: the title; the notice (written by software; emergencies) first in the
        story, and its short form kept in one quiet line above the story."""
        world, name = data.world_title, data.character_name
        if world:
            self.title_text = f"{world}: {name}" if name else world
            self.query_one(TopBar).set_title(self.title_text)
        if data.notice:
            self.story_log.add_notice(data.notice, "disclosure")
        if self.intro:
            self.story_log.add_notice(self.intro)
            self.intro = ""
            self.show_state()
        self.emergency = data.emergency
        banner = self.query_one("#story-notice", Static)
        banner.update(short_notice(data.emergency, self.size.width - 2))
        banner.display = True

    def show_summary(self, summary: Summary) -> None:
        """Update the side panel, the map and completion after a narration."""
        arc_was_ended = self.summary.arc.ended
        self.summary = summary
        self.side.show(summary)
        self.show_status()
        self.map_model.add(summary)
        if (shown := self.map_screen) is not None:
            shown.refresh_map()
        self.command_input.use_summary(summary)
        if arc_was_ended and not summary.arc.ended:
            # the story began again (``restart``): its next ending is news, and says so as the
            # first did (the line stayed away on the second ending, newcomer audit)
            self.ending_seen = False
            self.show_state()
            self.refresh_bindings()
        if summary.arc.ended and not arc_was_ended:
            self.show_state()  # seen at any size, even under a long last reply
            self.refresh_bindings()  # F4 New story in the key bar

    def checkin(self, data: SafetyCheckin) -> None:
        """Show a quiet check-in between the story and the input (replacing an older one); the
        story, shrunk above it, keeps its newest text in sight while it follows."""
        for old in self.query(CheckinPanel):
            old.remove()
        self.mount(CheckinPanel(data), before=self.command_input)
        self.refresh_bindings()  # Escape's words in the key bar

    def show_held(self, data: SafetyCrisis) -> None:
        """A turn of ours opened the crisis panel: its words go into the story (the server does
        not echo them), with a line saying they were received and not played, so the story
        read back after the panel does not look paused on nothing."""
        said, self.last_said = self.last_said, None
        if data.turn_id is None or not said:
            return
        self.story_log.add_input(said, turn=True)
        self.story_log.add_notice(HELD_NOTE, "safety")

    def resolved(self, data: SafetyResolved) -> None:
        """After a crisis answer: the message and, when given, the lines, as quiet notices."""
        self.last_crisis = None
        if data.message:
            self.story_log.add_notice(data.message, "safety")
        if data.lines:
            self.story_log.add_notice("\n".join(data.lines), "safety")

    # -- input ----------------------------------------------------------------------------------
    @on(TypingLine.Submitted, "#command-input")
    def _submitted(self, event: TypingLine.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self._read_on_a_page()
            return
        self.command_input.remember(text)
        command = LOCAL_COMMANDS.get(text.lower())
        if command == "help":
            self.call_later(self.run_action, "app.help")  # the app's help, for this story
        elif command == "map":
            self.action_toggle_map()
        elif self.read_only:
            return
        elif self.paused:
            self.command_input.value = text  # kept, to send once the story goes on
            self.command_input.cursor_position = len(text)
            self.app.notify(PAUSED_NOT_SENT, title="Your story is paused", markup=False)
        else:
            self.close_panel_over()  # the reply is read in the story
            if self.summary.arc.ended and not self.ending_seen:
                self.ending_seen = True  # playing on: the ending's line has been read
                self.show_state()
            self.last_said = text
            self.post_message(self.Say(text))

    def _read_on_a_page(self) -> None:
        """Enter on an empty line: the story reads on a page while there is more below (the
        marker says "more below"; newcomer 15 did not know how to read the rest; Enter is the
        key every player has and keeps the typing where it is)."""
        log = self.story_log
        if log.scroll_y < log.max_scroll_y:
            log.scroll_page_down(animate=False)

    @on(TypingLine.JumpToLatest)
    def _jump(self) -> None:
        self.story_log.jump_to_latest()

    def action_jump_to_latest(self) -> None:
        """End while the marker ("more below", "+N new") says End jumps: the story jumps to
        its end and the typing line stays as it is (newcomer 16 pressed End with words on the
        line: it took the suggestion shown and the story stayed where it was). Without the marker
        End is the line's own (its end, or the suggestion)."""
        if not self.story_log.marked:
            raise SkipAction()
        self.story_log.jump_to_latest()

    @on(TypingLine.ReadOn)
    def _read_on(self) -> None:
        self.story_log.scroll_down(animate=False)

    @on(CheckinPanel.Closed)
    def _checkin_closed(self) -> None:
        self.focus_line()
        self.refresh_bindings()

    def action_close_checkin(self) -> None:
        """Escape while a check-in shows: close it (:meth:`action_back` does the same)."""
        self.action_back()

    @on(TypingLine.Changed)
    def _typed(self) -> None:
        self.just_closed = False

    def on_screen_resume(self) -> None:
        """Back on top (the palette, the map, the help or a panel closed over it): the typing
        line has the focus, whatever had it before. Textual gives the focus back to the widget
        that had it, and a story log focused by Shift+Tab or a click left the line without its
        mark (under 30 rows its only border), so the story looked as if it had no typing line
        until the app was restarted (issue 15, after Ctrl+P and after Play on)."""
        if self.resumed:  # not the first time it is shown: something over it closed
            self.just_closed = True
        self.focus_line()

    def focus_line(self) -> None:
        """Give the typing line the focus (not while it is disabled, nor while a resumed
        story's replay is still arriving: the log holds it then, and :meth:`replay_arrived`
        gives it to the line)."""
        line = self.command_input
        if self.caught_up and not line.disabled and self.focused is not line:
            line.focus(scroll_visible=False)

    @on(StoryLog.TypedHere)
    def _typed_on_story(self, event: StoryLog.TypedHere) -> None:
        """Typing while the story has focus goes on in the input, from the key pressed."""
        line = self.command_input
        if line.disabled:
            return
        line.focus()
        line.insert_text_at_cursor(event.character)

    # -- actions --------------------------------------------------------------------------------
    def action_toggle_map(self) -> None:
        """Open the full-screen map (it closes itself with the same keys)."""
        if self.map_screen is None:
            self.app.push_screen(MapScreen(self.map_model, title=self.title_text, plain=self.plain))

    def on_resize(self) -> None:
        # Under COMPACT_BELOW rows the typing line is one row without its box (app.tcss), two
        # more rows of the story at 80x24 (newcomer 16: a long reply left little of it).
        self.set_class(self.size.height < COMPACT_BELOW, "-short")
        self.fit_key_bar()
        self.fold_panel()
        for checkin in self.query(CheckinPanel):
            checkin.fit(self.size.height)
        self.show_status()
        banner = self.query_one("#story-notice", Static)
        if banner.display:
            banner.update(short_notice(self.emergency, self.size.width - 2))

    def show_status(self) -> None:
        """The folded status (:func:`status_lines`) fitted to the width it has."""
        width = max(self.size.width - 2, 20)  # the status spans the screen, padded by 1 a side
        lines = status_lines(self.summary, width)
        status = self.query_one("#side-status", Static)
        status.update(Text(lines))
        status.styles.height = lines.count("\n") + 1  # set, not auto: the story's size holds

    @property
    def narrow(self) -> bool:
        """Would the story beside the side panel be narrower than :data:`NARROWEST_STORY`?"""
        return self.size.width - PANEL_WIDTH - 2 < NARROWEST_STORY  # the story's padding: 2

    @property
    def panel_shown(self) -> bool:
        """Is the full side panel shown (else the folded status)?"""
        if self.narrow:
            return self.panel_over
        if self.panel_choice is not None:
            return self.panel_choice
        return self.size.width >= WIDE

    def fold_panel(self) -> None:
        """Show the full side panel (beside the story, or in its place on a narrow screen), or
        fold it into the status lines above the story."""
        if self.read_only:
            self.side.display = False
            self.query_one("#side-status").display = False
            return
        if not self.narrow:
            self.panel_over = False  # for now only: a wider screen goes by the choice again
        full = self.panel_shown
        self.side.display = full
        self.query_one("#side-status").display = not full
        if self.has_class("-panel-over") != (full and self.narrow):
            self.set_class(full and self.narrow, "-panel-over")
            self.refresh_bindings()  # Escape's words in the key bar

    def action_toggle_panel(self) -> None:
        """F3: the panel beside the story or folded (remembered); on a narrow screen, the panel
        in the story's place or the story back (for now only)."""
        if self.narrow:
            self.panel_over = not self.panel_over
            self.fold_panel()
            return
        self.panel_choice = not self.panel_shown
        self.fold_panel()
        self.post_message(self.PanelChosen(self.panel_choice))

    def close_panel_over(self) -> bool:
        """Give the story its place back if the panel has it; was it there?"""
        if not self.panel_over:
            return False
        self.panel_over = False
        self.fold_panel()
        return True

    def action_page_up(self) -> None:
        self.story_log.scroll_page_up()

    def action_page_down(self) -> None:
        self.story_log.scroll_page_down()

    def action_close_panel(self) -> None:
        """Escape while the panel has the story's place: the story back."""
        self.just_closed = self.close_panel_over()

    def action_back(self) -> None:
        """Escape: close a check-in, else step out to the story list (the story goes on
        waiting; nothing is ended). Right after Escape closed something (:attr:`just_closed`)
        it only says that a second Escape steps out: pressed twice to close a check-in, it
        took the player out, and the line they typed next went to the stories list."""
        panels = list(self.query(CheckinPanel))
        if panels:
            panels[-1].action_close()
            self.just_closed = True
        elif self.just_closed and not self.read_only:
            self.just_closed = False
            self.app.notify(ESCAPE_AGAIN, title="Still in your story", markup=False)
        else:
            self.post_message(self.Back())

    def action_leave(self) -> None:
        self.post_message(self.Leave())

    def action_new_story(self) -> None:
        """F4 once the story has reached its ending: a new story for the same character."""
        self.post_message(self.NewStory())

    def as_text(self) -> str:
        """The story's paragraphs as plain text."""
        return "\n\n".join(p.text for p in self.story_log.paragraphs)


class ClosingScreen(ModalScreen[None]):
    """The story has ended: its closing words, then back to the characters."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Back", id="closing.close")]
    AUTO_FOCUS = "#closing-back"

    def __init__(self, message: str) -> None:
        super().__init__(classes="closing-screen")
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="closing-panel", classes="panel"):
            yield Static("The story has ended", markup=False, classes="title")
            yield Static(Text(self.message), markup=False, id="closing-message")
            yield MarkedButton("Back to your characters", id="closing-back", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
