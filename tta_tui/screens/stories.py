"""Your stories: every story of the account (``session.list``), newest first, to come back to.

Each story names the world and the character ("The Lantern Coast: Robin Vale"), whether it is
active, finished (it reached its ending) or ended, and when it was last played and started, in
words ("Last played 5 minutes ago, started yesterday."). Enter (or Resume / Read) on an active
story posts :class:`StoriesScreen.Open` to resume it; on a finished or ended one, to read it
(the app opens it read only). A finished story that is still active can also be played on
(its world stays playable after the ending): the Play on button (p) posts
:class:`StoriesScreen.Open` with ``play_on``. Escape (or Back) posts :class:`StoriesScreen.Back`.

The app builds the lines with :func:`story_entries` from the ``session.list`` stories, the
``world.list`` titles and the ``character.list`` names, so no bare id reaches the screen.
"""

from __future__ import annotations

import textwrap
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Footer, OptionList, Static
from textual.widgets.option_list import Option

from tta_server.protocol.replies import StoryOut
from tta_tui.screens.fresh_keys import FreshKeysScreen
from tta_tui.widgets.marks import MarkedButton, MarkedOptionList
from tta_tui.widgets.status_chip import TopBar

MINUTE = 60.0
HOUR = 60 * MINUTE
DAY = 24 * HOUR
UNKNOWN_WORLD = "A world no longer on this server"
UNKNOWN_CHARACTER = "a deleted character"


@dataclass(frozen=True)
class StoryEntry:
    """One story as the list shows it."""

    session_id: str
    world_title: str
    character_name: str
    status: str
    """``active`` or ``ended``."""
    created_at: float
    updated_at: float
    last_seq: int
    finished: bool = False
    """The story reached its ending (it may still be ``active``: its world stays playable)."""
    character_id: str = ""
    """Whose story it is (for a new story of the same character, n)."""

    @property
    def active(self) -> bool:
        return self.status == "active"

    @property
    def resumable(self) -> bool:
        """Does opening it carry the story on (else it opens to read)? Active and not
        finished."""
        return self.active and not self.finished

    @property
    def state(self) -> str:
        """What the list says of it: ``active``, ``finished`` or ``ended``."""
        return "finished" if self.finished else self.status

    @property
    def title(self) -> str:
        """ "The Lantern Coast: Robin Vale"."""
        return f"{self.world_title}: {self.character_name}"


def story_entries(
    stories: Iterable[StoryOut],
    world_titles: dict[str, str],
    character_names: dict[str, str],
) -> list[StoryEntry]:
    """The list's lines from ``session.list`` stories (order kept: newest first)."""
    return [
        StoryEntry(
            session_id=s.id,
            world_title=world_titles.get(s.world_id, UNKNOWN_WORLD),
            character_name=character_names.get(s.character_id, UNKNOWN_CHARACTER),
            status="active" if s.status == "active" else "ended",
            created_at=s.created_at,
            updated_at=s.updated_at,
            last_seq=s.last_seq,
            finished=s.finished,
            character_id=s.character_id if s.character_id in character_names else "",
        )
        for s in stories
    ]


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" + ("" if n == 1 else "s")


def human_time(at: float, now: float) -> str:
    """When ``at`` was, in words, seen from ``now``: "just now", "5 minutes ago", "3 hours
    ago", "yesterday", "4 days ago", then the date ("on 2 March", "on 2 March 2024").

    Minutes and hours are rounded to the nearest, not down: 2 minutes 50 seconds is "3 minutes
    ago" (newcomer 20 read "started 1 minute ago" for a story begun 2 to 3 minutes before).
    Both times are the server's (``created_at``, ``updated_at``), and ``now`` is the server's
    time too (its ``hello.server_time`` carried on by this computer's steady clock: see
    :mod:`tta_tui.net.server_clock`), so a wrong clock here does not change them; a time ahead
    of ``now`` (an older server, which does not say its time, with a clock ahead of this
    computer's) reads "just now", never a negative age."""
    ago = now - at
    if ago < MINUTE:
        return "just now"
    minutes = int(ago / MINUTE + 0.5)
    if minutes < 60:
        return _count(minutes, "minute") + " ago"
    hours = int(ago / HOUR + 0.5)
    if hours < 24:
        return _count(hours, "hour") + " ago"
    if ago < 2 * DAY:
        return "yesterday"
    if ago < 7 * DAY:
        return f"{int(ago // DAY)} days ago"
    then, today = time.localtime(at), time.localtime(now)
    date = f"{then.tm_mday} {time.strftime('%B', then)}"
    return f"on {date}" if then.tm_year == today.tm_year else f"on {date} {then.tm_year}"


def story_lines(entry: StoryEntry, now: float, *, exact: bool = False) -> tuple[str, str]:
    """The title with its state ("The Lantern Coast: Robin Vale (active)", "(finished)",
    "(ended)"), and when it was played ("Last played 5 minutes ago, started yesterday."); with
    ``exact`` (another story in the list has the same title) the clock time it was started
    too ("started 2 hours ago, at 18:04.", by this computer's clock: ``now`` is the server's),
    so stories of one character in one world are told
    apart (newcomer audit: every story listed alike, "started just now")."""
    played = human_time(entry.updated_at, now)
    started = human_time(entry.created_at, now)
    if exact:  # the server's time of it, as this computer's clock said it then
        here = entry.created_at + (time.time() - now)
        started += ", at " + time.strftime("%H:%M", time.localtime(here))
    return f"{entry.title} ({entry.state})", f"Last played {played}, started {started}."


HANG = "    "
"""How much further in a wrapped line goes on than the line it continues (a title's next line
further in than the times under it, which stand two in)."""
KEEP = "\xa0"
"""Between the name and its state, so that a wrap never parts them ("(ended)" alone)."""


def wrapped(text: str, width: int | None, indent: str = "") -> str:
    """``text`` from ``indent``, wrapped to ``width`` at spaces with each line it goes on to
    indented :data:`HANG` further (unwrapped with no width): a wrapped row's second line no
    longer stands where the next story's title does; a word longer than a line is broken."""
    if not width or width <= len(indent + HANG) + 8:
        return (indent + text).replace(KEEP, " ")
    lines = textwrap.wrap(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=indent + HANG,
        break_on_hyphens=False,
    )
    return "\n".join(lines).replace(KEEP, " ")


def story_prompt(
    entry: StoryEntry, now: float, *, exact: bool = False, width: int | None = None
) -> Content:
    """The list's lines for a story: the title in bold, the times dimmed below it, each wrapped
    to ``width`` (:func:`wrapped`), the state kept with the name."""
    title, when = story_lines(entry, now, exact=exact)
    title = title.removesuffix(f" ({entry.state})") + f"{KEEP}({entry.state})"
    when = when.replace(", at ", f", at{KEEP}")  # "at" with its time
    return Content.assemble(
        (wrapped(title, width), "bold"), "\n", (wrapped(when, width, "  "), "dim")
    )


class StoriesScreen(FreshKeysScreen):
    """The account's stories (see the module docstring)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", tooltip="back to your characters", id="stories.back"),
        Binding(
            "p",
            "play_on",
            "Play on",
            tooltip="play on in a finished story (its world stays open after the ending)",
            id="stories.play_on",
        ),
        Binding(
            "n",
            "new_story",
            "New story",
            tooltip="with a finished or ended story chosen: a new story for the same character "
            "(the world picker)",
            id="stories.new_story",
        ),
    ]
    AUTO_FOCUS = "#story-list"

    class Open(Message):
        """Resume this story (active), or open it to read (finished or ended); ``play_on``:
        resume a finished story that is still active."""

        def __init__(self, story: StoryEntry, *, play_on: bool = False) -> None:
            super().__init__()
            self.story = story
            self.play_on = play_on

    class Back(Message):
        """Back to the characters."""

    class NewStory(Message):
        """A new story for this character (``character_id``): the world picker."""

        def __init__(self, character_id: str) -> None:
            super().__init__()
            self.character_id = character_id

    def __init__(self, stories: list[StoryEntry], *, now: Callable[[], float] = time.time) -> None:
        super().__init__(id="stories")
        self.stories = list(stories)
        self.now = now
        """The time the list is described from: the server's (the app's
        :meth:`~tta_tui.linked.LinkedApp.server_now`), which the stories' times come from."""
        self.busy = False
        self._wrapped_at: int | None = None
        """The width the rows were last wrapped to (:meth:`_rewrap`)."""

    def compose(self) -> ComposeResult:
        yield TopBar("Your stories")
        with Vertical(id="stories-body"):
            yield Static(
                "Enter resumes an active story; a finished or ended one opens to read.",
                classes="hint",
                id="stories-hint",
            )
            yield MarkedOptionList(id="story-list")
            yield Static("", markup=False, id="stories-empty", classes="hint")
            with Horizontal(classes="buttons"):
                yield MarkedButton("Resume", id="open-story", variant="primary")
                yield MarkedButton("Play on", id="play-on")
                yield MarkedButton("Back", id="stories-back")
        yield Footer()

    def on_mount(self) -> None:
        self.show(self.stories)
        self.call_after_refresh(self._rewrap)

    def on_resize(self) -> None:
        self.call_after_refresh(self._rewrap)

    def _line_width(self) -> int | None:
        """The characters a row of the list holds, a scrollbar's room kept (None before the
        list is laid out)."""
        listing = self.query_one("#story-list", OptionList)
        room = min(
            listing.scrollable_content_region.width,
            listing.content_region.width - listing.styles.scrollbar_size_vertical,
        )
        padding = listing.get_component_styles("option-list--option").padding.width
        width = room - listing._get_left_gutter_width() - padding
        return width if width > 0 else None

    def _rewrap(self) -> None:
        """Wrap the rows anew for the list's width (Textual's own wrap parted a name from its
        "(ended)" and put a time's last words where a title stands, at 80x24)."""
        if self._line_width() != self._wrapped_at:
            self.show(self.stories)

    def on_screen_resume(self) -> None:
        self.busy = False  # back from a story, or opening one failed

    def show(self, stories: list[StoryEntry]) -> None:
        """Replace the list (keeping the highlighted story where possible)."""
        listing = self.query_one("#story-list", OptionList)
        keep = self.selected
        self.stories = list(stories)
        now = self.now()
        listing.clear_options()
        titles = Counter(s.title for s in self.stories)
        width = self._wrapped_at = self._line_width()
        listing.add_options(
            [
                Option(
                    story_prompt(s, now, exact=titles[s.title] > 1, width=width),
                    id=s.session_id,
                )
                for s in self.stories
            ]
        )
        if self.stories:
            ids = [s.session_id for s in self.stories]
            listing.highlighted = (
                ids.index(keep.session_id) if keep and keep.session_id in ids else 0
            )
        empty = self.query_one("#stories-empty", Static)
        empty.update(
            "You have no stories yet. Choose a character and a world to start one."
            if not self.stories
            else ""
        )
        empty.display = not self.stories
        listing.display = bool(self.stories)
        self._label_button()

    @property
    def selected(self) -> StoryEntry | None:
        """The highlighted story, if any."""
        if not self.is_mounted:
            return None
        index = self.query_one("#story-list", OptionList).highlighted
        if index is None or not 0 <= index < len(self.stories):
            return None
        return self.stories[index]

    @on(OptionList.OptionHighlighted, "#story-list")
    def _label_button(self) -> None:
        button = self.query_one("#open-story", Button)
        story = self.selected
        button.label = "Read" if story is not None and not story.resumable else "Resume"
        button.disabled = story is None
        self.query_one("#play-on", Button).display = self._can_play_on(story)
        self.refresh_bindings()

    @staticmethod
    def _can_play_on(story: StoryEntry | None) -> bool:
        return story is not None and story.active and story.finished

    @staticmethod
    def _can_start_anew(story: StoryEntry | None) -> bool:
        """A new story for a finished or ended story's character (one not deleted)?"""
        return story is not None and not story.resumable and bool(story.character_id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Play on only for a finished story that is still active; a new story from a finished
        or ended one whose character is still there."""
        if action == "play_on":
            return self._can_play_on(self.selected)
        if action == "new_story":
            return self._can_start_anew(self.selected)
        return True

    def action_new_story(self) -> None:
        """n on a finished or ended story: a new story for its character (newcomer 20 went
        Escape, Escape, Enter, Up from a finished story to the next world)."""
        story = self.selected
        if self._can_start_anew(story) and story is not None and not self.busy:
            self.busy = True
            self.post_message(self.NewStory(story.character_id))

    @on(OptionList.OptionSelected, "#story-list")
    @on(Button.Pressed, "#open-story")
    def action_open(self) -> None:
        story = self.selected
        if story is not None and not self.busy:
            self.busy = True
            self.post_message(self.Open(story))

    @on(Button.Pressed, "#play-on")
    def action_play_on(self) -> None:
        story = self.selected
        if self._can_play_on(story) and story is not None and not self.busy:
            self.busy = True
            self.post_message(self.Open(story, play_on=True))

    @on(Button.Pressed, "#stories-back")
    def action_back(self) -> None:
        self.post_message(self.Back())
