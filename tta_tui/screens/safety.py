"""The safety panels: :class:`CrisisScreen` after a crisis message, :class:`CheckinPanel` after a
message that sounded heavy.

The crisis screen is deliberately hard to close by accident, yet plain to answer. It has no
Escape (or any other) key binding; it closes only when the server confirms one of its choices
(``safety.resolved``). When it opens, no choice has the focus: the help has it when it is cut
off and needs scrolling (Up and Down read it), else nothing does, and the hint says "Take your
time to read this. Tab goes to the choices; Enter picks one." (:data:`FIRST_HINT`). Enter then
picks nothing: a person in crisis lands on the words, not on an action (tui40: a newcomer nearly
pressed Enter on "I want to talk to a person", focused when the panel opened, by accident; a
person called in by mistake, or help waved away by a stray Enter, both cost someone in crisis
more than one Tab). The focused choice says so in its own text ("> I want to talk to a person
<", in every mode), is drawn by colour too, and in reverse video without colour, where the
choices stand one to a line. Enter picks the focused choice, Tab moves between them; and for
:data:`ARM_S` seconds after it opens no choice is taken (a key typed ahead for the story, or a
click, only brings the sentence "take a moment to read this"), so the panel is never answered
before it was seen. On a narrow screen (the panel's text under :data:`CHOICE_COLUMNS` columns a
choice) the choices stand one to a line too, each its whole text (at 40 columns they ran off the
right edge). It shows the help first (the emergency line, then the crisis lines), then the
message, then the choices, in the order the event gives them. The choices are its only Tab stops
while all of it shows; the help and message become one (:class:`CrisisBody`) only when they are
cut off and need scrolling, and then it is marked as focused, a bar down its left edge and the
hint's line saying how to read on (tui39: an invisible stop before "I'm safe, continue" at
80x24, where the whole panel shows).

The check-in panel is quieter: a box above the input with the message and the lines, closed with
its button or Escape; the story goes on meanwhile. On a screen under :data:`COMPACT_BELOW` rows
(80x24) it is compact: a bar down its left edge instead of a box, its title and "Esc closes it"
at the start of its message, no Close button, and the lines run together in one short paragraph,
each its name, how and contact ("Samaritans: call 116 123."; the hours and notes are left to
the full box): at most six rows at 80x24 for any country's lines (the international ones took
ten of the story's sixteen and covered the reply newcomer 16 was meant to read).
"""

from __future__ import annotations

import time
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.scalar import Scalar
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tta_server.protocol.events import SafetyCheckin, SafetyCrisis
from tta_tui.widgets.marks import MarkedButton

DEFAULT_CHOICES = (
    {"id": "continue", "label": "I'm safe, continue"},
    {"id": "talk", "label": "I want to talk to a person"},
    {"id": "end", "label": "End the session"},
)
WAITING = "Sending your answer..."
FIRST_HINT = "Take your time to read this. Tab goes to the choices; Enter picks one."
"""The hint while no choice has the focus (when the panel opens)."""
CHOICE_COLUMNS = 20
"""The columns a choice needs beside the others (Textual's 16-column button, a margin, a word
or two a line); fewer, and the choices stand one to a line."""
ARM_S = 1.5
"""For this long after the panel opens, a press picks nothing (keys typed ahead)."""
HOW_TO_CHOOSE = "Tab moves between the choices; Enter picks the highlighted one."
BODY_ROWS = 16
"""The most rows the help and message take (all of any country's lines at 80x24, tui22)."""
HOW_TO_READ_ON = "Up and Down read on; Tab goes to the choices."
"""The hint while the help, cut off on a small screen, has the focus to be scrolled."""
TOO_SOON = "Take a moment to read this first. Then Enter picks the highlighted choice."
CHECKIN_TITLE = "A check-in"
CLOSE_HINT = "Esc closes it"
COMPACT_BELOW = 30
"""Screen heights (rows) under which the check-in is compact (:meth:`CheckinPanel.fit`)."""


def crisis_lines(data: SafetyCrisis | SafetyCheckin) -> list[str]:
    """The help to show first: the event's ``lines`` (emergency first), or one line built from
    ``emergency`` when the event has no lines."""
    if not data.lines and data.emergency:
        return [f"If you are in immediate danger, call {data.emergency} now."]
    return list(data.lines)


def compact_lines(data: SafetyCheckin) -> str | None:
    """The help in one short paragraph, for the compact check-in: "Samaritans: call 116 123.
    Shout: text 85258. In danger? Call 999." (each line's name, how and contact, without its
    hours and notes; a website is its address; someone to talk to first, as in the full
    check-in), or None when the event has no ``resources`` to build it from."""
    help_lines = data.resources
    if not help_lines.emergency and not help_lines.lines:
        return None
    parts = []
    for line in help_lines.lines:
        how = "" if line.how == "web" else f"{line.how} "
        parts.append(f"{line.name}: {how}{line.contact}.")
    if help_lines.emergency:
        parts.append(f"In danger? Call {help_lines.emergency}.")
    return " ".join(parts)


def crisis_choices(data: SafetyCrisis) -> list[tuple[str, str]]:
    """(id, label) of each choice offered, in order; the three defaults if none are given."""
    found = [(c.id, c.label or c.id) for c in data.choices]
    return found or [(c["id"], c["label"]) for c in DEFAULT_CHOICES]


class CrisisBody(VerticalScroll):
    """The crisis panel's help and message: a Tab stop only while part of it is out of sight
    (a Tab stop that scrolls nothing shows nothing when focused)."""

    class Resized(Message):
        """The help was laid out at a new size (:meth:`CrisisScreen._first_focus`)."""

    def allow_focus(self) -> bool:
        return self.max_scroll_y > 0

    def on_resize(self) -> None:
        self.post_message(self.Resized())


class CrisisScreen(ModalScreen[None]):
    """The crisis panel; ``data`` is the ``safety.crisis`` event's data."""

    BINDINGS: ClassVar[list[BindingType]] = []
    AUTO_FOCUS = ""  # nothing: the first fit decides (_first_focus)

    class Chosen(Message):
        """The player pressed a choice; the app sends ``safety.ack``."""

        def __init__(self, choice: str) -> None:
            super().__init__()
            self.choice = choice

    def __init__(self, data: SafetyCrisis) -> None:
        super().__init__(classes="crisis-screen")
        self.data = data
        self.choices = crisis_choices(data)
        self.waiting = False
        """True after a press, until the server answers."""
        self.armed_at = time.monotonic() + ARM_S
        """When a press starts to count (tests move it)."""
        self._opening = True
        """True until the player moves the focus, or the help, cut off, is given it."""

    def compose(self) -> ComposeResult:
        lines = crisis_lines(self.data)
        with Vertical(id="crisis-panel", classes="panel"):
            yield Static("You matter more than the story", markup=False, classes="title")
            with CrisisBody(id="crisis-body"):
                for i, line in enumerate(lines):
                    yield Static(
                        Text(line),
                        markup=False,
                        classes="crisis-line" + (" -first" if i == 0 else ""),
                    )
                if self.data.message:
                    yield Static(Text(self.data.message), markup=False, id="crisis-message")
                if self.data.follow_up:
                    yield Static(Text(self.data.follow_up), markup=False, id="crisis-follow-up")
            yield Static(FIRST_HINT, markup=False, id="crisis-status")
            with Horizontal(id="crisis-choices"):
                for choice_id, label in self.choices:
                    yield MarkedButton(label, id=f"choice-{choice_id}", classes="choice")

    def on_mount(self) -> None:
        self.armed_at = time.monotonic() + ARM_S
        self.call_after_refresh(self._fit)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """On a short screen the help and message give up rows (and scroll) so that the hint
        and the choices stay on screen: at 80x16 the choices were drawn below the bottom. On a
        narrow one the choices stand one to a line (``-stacked``, app.tcss). The first fit gives
        the help the focus when it is cut off (:class:`CrisisBody`), once laid out."""
        body = self.query_one(CrisisBody)
        panel = self.query_one("#crisis-panel")
        choices = self.query_one("#crisis-choices")
        stacked = panel.content_region.width < CHOICE_COLUMNS * len(self.choices)
        if stacked != choices.has_class("-stacked"):
            choices.set_class(stacked, "-stacked")
            self.call_after_refresh(self._fit)  # measured again with the choices' new height
            return
        around = panel.styles.gutter.height + sum(
            part.outer_size.height + part.styles.margin.height
            for part in panel.children
            if part is not body
        )
        rows = max(3, min(BODY_ROWS, self.size.height - around))
        if body.styles.max_height != Scalar.from_number(rows):
            body.styles.max_height = rows
        self._say_how()

    @on(CrisisBody.Resized)
    def _first_focus(self) -> None:
        """While the panel opens (until a key moves the focus), the help has the focus once
        laid out cut off (to be read on with Up and Down); else nothing has, until Tab."""
        body = self.query_one(CrisisBody)
        if self._opening and self.focused is None and body.allow_focus():
            self._opening = False
            body.focus()

    def on_descendant_focus(self) -> None:
        self._opening = False
        self._say_how()

    def on_descendant_blur(self) -> None:
        self._say_how()

    def _say_how(self) -> None:
        """The hint for where the focus is, unless an answer is on its way or was refused."""
        status = self.query_one("#crisis-status", Static)
        if str(status.render()) in (FIRST_HINT, HOW_TO_CHOOSE, HOW_TO_READ_ON):
            if self.focused is None:
                status.update(FIRST_HINT)
            elif self.focused is self.query_one(CrisisBody):
                status.update(HOW_TO_READ_ON)
            else:
                status.update(HOW_TO_CHOOSE)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if self.waiting or event.button.id is None:
            return
        if time.monotonic() < self.armed_at:
            self.query_one("#crisis-status", Static).update(TOO_SOON)
            return
        choice = event.button.id.removeprefix("choice-")
        self.waiting = True
        for button in self.query(Button):
            button.disabled = True
        self.query_one("#crisis-status", Static).update(WAITING)
        self.post_message(self.Chosen(choice))

    def answer_failed(self, message: str) -> None:
        """The answer did not get through: say why and let the player choose again."""
        self.waiting = False
        for button in self.query(Button):
            button.disabled = False
        self.query_one("#crisis-status", Static).update(Text(message))

    def as_text(self) -> str:
        """The panel's words in reading order (for tests and screen readers)."""
        parts = crisis_lines(self.data)
        parts += [text for text in (self.data.message, self.data.follow_up) if text]
        parts += [label for _, label in self.choices]
        return "\n".join(parts)


class CheckinPanel(Vertical):
    """A gentle check-in above the input (``safety.checkin`` data); Escape or Close hides it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close check-in", id="checkin.close")
    ]

    class Closed(Message):
        """The player closed the check-in."""

    def __init__(self, data: SafetyCheckin) -> None:
        # no id: a newer check-in mounts while the older one is still being removed
        super().__init__(classes="checkin")
        self.data = data
        # On the border, so it shows even when the panel is too short for its Close button.
        self.border_title = CHECKIN_TITLE
        self.border_subtitle = CLOSE_HINT

    def compose(self) -> ComposeResult:
        yield Static("", markup=False, id="checkin-message")
        lines = crisis_lines(self.data)
        if lines:
            yield Static(Text("\n".join(lines)), markup=False, id="checkin-lines")
        yield Button("Close (Esc)", id="checkin-close", compact=True)

    def on_mount(self) -> None:
        self.fit(self.screen.size.height)

    def fit(self, screen_height: int) -> None:
        """Compact on a screen under :data:`COMPACT_BELOW` rows (the ``-compact`` class, app.tcss:
        a bar on the left, no Close button), the title and how to close it starting the message
        ("A check-in (Esc closes it): Some of what you wrote...") and the lines in one short
        paragraph (:func:`compact_lines`); else the full box, its title and "Esc closes it" on
        its edges, a line each."""
        compact = screen_height < COMPACT_BELOW
        self.set_class(compact, "-compact")
        # none while a newer check-in replaces this one (its children go first)
        for message in self.query("#checkin-message").results(Static):
            if compact:
                head = Text(f"{CHECKIN_TITLE} ({CLOSE_HINT}):", style="bold")
                message.update(Text.assemble(head, " ", self.data.message))
            else:
                message.update(Text(self.data.message))
            message.display = compact or bool(self.data.message)
        short = compact_lines(self.data) if compact else None
        for lines in self.query("#checkin-lines").results(Static):
            lines.update(Text(short or "\n".join(crisis_lines(self.data))))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_close()

    def action_close(self) -> None:
        self.post_message(self.Closed())
        self.remove()
