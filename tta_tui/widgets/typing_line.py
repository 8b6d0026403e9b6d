"""Where the player types: an Input with history and Tab completion.

- **History**: Up recalls earlier lines (newest first), Down goes forward again and finally back
  to what was being typed.
- **Completion**: :class:`CommandSuggester` proposes the rest of a word as you type (shown dim
  after the cursor; without colour, in plain mode or with ``NO_COLOR``, set apart in brackets,
  "go ea  [Tab: go east]", as dim was read as typed): verbs first ("ex" -> "examine"), then,
  after a verb, the exit directions, the people here, what you carry and where exits lead,
  from the latest summary (:meth:`TypingLine.use_summary`). Tab accepts the suggestion;
  pressing Tab again right away cycles through the other matches, and what is shown after the
  line then is what the next Tab gives (it showed "[Tab: go inside]" after "go in" while Tab
  went on to "go east"; in colour, where a suggestion is only the dim rest of the line, none is
  shown when the next match does not go on from the line). With nothing to complete, Tab rings
  the bell and says in a toast what it finishes (:func:`nothing_to_complete`; the bell alone
  showed nothing in tmux, issue 15): the focus stays in the input (Shift+Tab still moves it).
- **Enter** sends the line as typed (never a suggestion shown after it) and empties it at once:
  a line typed after Enter in one burst (a fast typist, tmux send-keys) is the next line,
  whole, not cleared with the one sent.
- **End** goes to the end of the line as shown, taking a suggestion shown after the cursor;
  with the cursor already there it asks the story to jump to the newest paragraph. (While the
  story's marker says there is more below, the story screen's End jumps it before the line
  sees the key.)
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.suggester import Suggester

from tta_server.protocol.directions import Direction
from tta_tui.net.summary import Summary
from tta_tui.widgets.text_field import TextField

VERBS: tuple[str, ...] = (
    "look", "look around", "go", "take", "drop", "examine", "talk to", "ask", "use", "give",
    "open", "inventory", "help", "wait", "listen", "breathe",
)  # fmt: skip
"""Verbs every world understands, for completion (worlds add their own; the server decides)."""
DIRECTION_VERBS = ("go",)
THING_VERBS = ("take", "drop", "examine", "talk to", "ask", "use", "give", "open")
BARE_DIRECTIONS = tuple(d.word for d in Direction if not d.diagonal)
"""north, south, east, west, up, down, in, out: what a bare prefix completes to."""
HISTORY_MAX = 200


class Vocabulary:
    """The words completion can offer, refreshed from each summary."""

    def __init__(self) -> None:
        self.directions: list[str] = []
        self.things: list[str] = []

    def use(self, summary: Summary) -> None:
        """Take the exits, people, inventory and destinations of this summary."""
        self.directions = [e.direction for e in summary.exits]
        for short, word in (("in", "inside"), ("out", "outside")):
            if short in self.directions:
                self.directions.append(word)
        things = [*summary.characters, *summary.inventory, *(e.to for e in summary.exits)]
        self.things = list(dict.fromkeys(t for t in things if t))

    def candidates(self, value: str) -> list[str]:
        """Every completion of ``value`` (whole lines, case kept as typed), best first."""
        if not value.strip():
            return []
        low = value.lower()
        out: list[str] = []
        for verb in VERBS:
            if verb.startswith(low) and verb != low:
                out.append(verb)
        for verb in DIRECTION_VERBS:
            head = verb + " "
            if low.startswith(head):
                out += [head + d for d in self.directions if d.startswith(low[len(head) :])]
        for verb in THING_VERBS:
            head = verb + " "
            if low.startswith(head):
                rest = low[len(head) :]
                rest = rest.removeprefix("the ")
                out += [
                    value[: len(value) - len(rest)] + t
                    for t in self.things
                    if _starts(t, rest) and t.lower() != rest
                ]
        if " " not in low:  # a bare direction ("nor" -> "north")
            out += [d for d in (*self.directions, *BARE_DIRECTIONS) if d.startswith(low)]
        seen: dict[str, None] = {}
        for c in out:
            head = c[: len(value)]
            keep_case = head.lower() == low and head.islower()  # "Ex" -> "Examine"
            full = value + c[len(value) :] if keep_case else c
            if full.lower() != low:
                seen.setdefault(full, None)
        return list(seen)


def _starts(name: str, typed: str) -> bool:
    """Does ``typed`` begin the name or any word of it ("rue" matches "Rue Penhallow",
    "whis" matches "a tin whistle")?"""
    low = name.lower()
    if low.startswith(typed):
        return True
    return any(word.startswith(typed) for word in low.split()) and bool(typed)


class CommandSuggester(Suggester):
    """Suggests the first completion from a :class:`Vocabulary`: the rest of the line after
    what is typed ("go ea" + "st"), or, when ``marked``, the whole completion apart from it in
    brackets ("go ea" + "  [Tab: go east]", :func:`marked_suggestion`)."""

    def __init__(self, vocabulary: Vocabulary, *, marked: bool = False) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.vocabulary = vocabulary
        self.marked = marked
        self.cycle: list[str] = []
        """The lines Tab is cycling through (the line as typed first), while it is."""
        self.cycle_at = 0

    def next_in_cycle(self, value: str) -> str | None:
        """The line the next Tab gives while Tab is cycling and ``value`` is the line it gave
        last, else None."""
        if self.cycle and value == self.cycle[self.cycle_at]:
            return self.cycle[(self.cycle_at + 1) % len(self.cycle)]
        return None

    def completion(self, value: str) -> str | None:
        """The line the suggestion for ``value`` stands for, or None: when ``marked``, the one
        Tab takes first; else the first that goes on from the letters typed (drawn after them).
        While Tab cycles: the line the next Tab gives (unmarked, only if it goes on from the
        line)."""
        following = self.next_in_cycle(value)
        if following is not None:
            if self.cycle_at == len(self.cycle) - 1:
                return None  # the next Tab gives back the letters typed: nothing to show
            if self.marked:
                return following
            goes_on = following.lower().startswith(value.lower()) and len(following) > len(value)
            return value + following[len(value) :] if goes_on else None
        candidates = self.vocabulary.candidates(value)
        if self.marked:
            return candidates[0] if candidates else None
        for candidate in candidates:
            if candidate.lower().startswith(value.lower()):
                return value + candidate[len(value) :]
        return None

    async def get_suggestion(self, value: str) -> str | None:
        line = self.completion(value)
        if line is None or not self.marked:
            return line
        return value + marked_suggestion(line)


def marked_suggestion(line: str) -> str:
    """How a suggestion is shown after the typed words without colour (plain mode, NO_COLOR):
    set apart, in brackets, with the key that takes it. Drawn dim right after the typed
    letters, "go ea" read "go east" where dim is drawn as normal text, and Enter sent "go ea"
    ("You can't get there from here", newcomer 24): what the line shows as typed is what Enter
    sends."""
    return f"  [Tab: {line}]"


def nothing_to_complete(value: str) -> str:
    """What Tab says when it has nothing to finish: what it does, with an example."""
    how = "Tab finishes a word begun: 'ex' to examine, 'go ea' to go east, a name here."
    typed = value.strip()
    if not typed:
        return f"{how} Type the first letters, then Tab."
    return f"{how} Nothing here begins with '{typed}'."


def what_to_type(summary: Summary | None) -> str:
    """The empty line's cue, with this place's words when known: "Type what you do, e.g. look,
    go north, talk to Rue. F1 help." (the first open way, the first word of the first person's
    name)."""
    examples = ["look"]
    ways = [e.direction for e in summary.exits if e.open] if summary is not None else []
    examples.append(f"go {ways[0] if ways else 'north'}")
    people = summary.characters if summary is not None else ()
    if people and people[0].split():
        examples.append(f"talk to {people[0].split()[0]}")
    return f"Type what you do, e.g. {', '.join(examples)}. F1 help."


class TypingLine(TextField):
    """The player's line: history, completion, and a message when End asks to jump.

    Not called CommandInput: CSS matches a widget by its class's name, and the line took the
    rules of Textual's command palette input of that name (no border, no left padding) once
    Ctrl+P had loaded them (issue 15; tests/tui/test_conventions.py holds every name apart)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab",
            "complete",
            "Complete",
            show=False,
            tooltip="finish the word you are typing: a place, a person or a thing here",
            id="input.complete",
        ),
        Binding(
            "up",
            "history_back",
            "Earlier",
            show=False,
            tooltip="bring back what you typed before (again for the line before that)",
            id="input.history_back",
        ),
        Binding(
            "down",
            "history_forward",
            "Later",
            show=False,
            tooltip="go forward again through what you typed (with nothing later: scroll the "
            "story down a line)",
            id="input.history_forward",
        ),
    ]

    class ReadOn(Message):
        """Down with no later line in the history: the story scrolls down a line (newcomer 10
        pressed Down to read on and nothing moved)."""

    class JumpToLatest(Message):
        """End pressed with the cursor at the end of the line."""

    def __init__(self, *, placeholder: str | None = None, id: str | None = None) -> None:
        self.vocabulary = Vocabulary()
        self.completer = CommandSuggester(self.vocabulary)
        super().__init__(
            placeholder=placeholder or what_to_type(None),
            suggester=self.completer,
            id=id or "command-input",
        )
        self.history: list[str] = []
        self._history_at: int | None = None
        self._typed = ""

    def on_mount(self) -> None:
        # without colour (app.tcss's -mono: plain mode or NO_COLOR) dim is no mark
        self.completer.marked = self.app.has_class("-mono")

    def use_summary(self, summary: Summary) -> None:
        """Complete with what this summary shows, and say what to type with its words."""
        self.vocabulary.use(summary)
        if not self.disabled:
            self.placeholder = what_to_type(summary)

    async def action_submit(self) -> None:
        """Send the line (:class:`Input.Submitted`) and empty it now, before the keys typed
        after Enter are taken (the screen emptied it once the message arrived, and took them
        away with it)."""
        line, self.value = self.value, ""
        self.post_message(self.Submitted(self, line))

    # -- history --------------------------------------------------------------------------------
    def remember(self, line: str) -> None:
        """Add a line to the history (not twice in a row) and reset browsing."""
        if line.strip() and (not self.history or self.history[-1] != line):
            self.history.append(line)
            del self.history[:-HISTORY_MAX]
        self._history_at = None
        self._typed = ""

    def action_history_back(self) -> None:
        if not self.history:
            return
        if self._history_at is None:
            self._typed = self.value
            self._history_at = len(self.history)
        if self._history_at > 0:
            self._history_at -= 1
            self._set(self.history[self._history_at])

    def action_history_forward(self) -> None:
        if self._history_at is None:
            self.post_message(self.ReadOn())
            return
        self._history_at += 1
        if self._history_at >= len(self.history):
            self._history_at = None
            self._set(self._typed)
        else:
            self._set(self.history[self._history_at])

    def _set(self, value: str) -> None:
        self.value = value
        self.cursor_position = len(value)

    # -- completion -----------------------------------------------------------------------------
    def action_complete(self) -> None:
        """Accept the suggestion, cycle through matches on repeated Tab, else ring the bell
        and say what Tab finishes."""
        completer = self.completer
        following = completer.next_in_cycle(self.value)
        if following is not None:
            completer.cycle_at = (completer.cycle_at + 1) % len(completer.cycle)
            self._set(following)
            return
        candidates = self.vocabulary.candidates(self.value)
        if not candidates:
            completer.cycle = []
            self.app.bell()  # stay here: Tab must not carry the player's typing elsewhere
            self.app.notify(
                nothing_to_complete(self.value), title="Nothing to finish", markup=False
            )
            return
        # Tab past the last match returns to the start
        completer.cycle, completer.cycle_at = [self.value, *candidates], 1
        self._set(candidates[0])

    def action_cursor_right(self, select: bool = False) -> None:
        """Right at the end of the line takes the suggestion shown (its line, not the brackets
        it is shown in without colour)."""
        if not select and self.cursor_at_end and self._suggestion:
            self._set(self.completer.completion(self.value) or self.value)
            return
        super().action_cursor_right(select)

    def action_end(self, select: bool = False) -> None:
        """The end of the line as shown: a suggestion shown after the cursor is taken (as
        Right takes it at the end); already there, the story jumps to its newest paragraph."""
        if select:
            super().action_end(select)
            return
        if self.cursor_at_end and not self._suggestion:
            self.post_message(self.JumpToLatest())
            return
        super().action_end()
        self.action_cursor_right()  # at the end: Textual's Input takes the suggestion
