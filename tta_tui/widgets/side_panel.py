"""The panel beside the story: where you are, the ways out, what you carry, who is here, how far
the story has come ("Step 2 of 7: Steady Pip") and the coping skills practised so far.

It is rebuilt from each ``narrative.end`` summary (:meth:`SidePanel.show`); on a narrow terminal
the story screen shows :func:`status_lines` instead, two or three lines above the story (parts
moved whole to a second line to fit the width, the step goal on the last line, so neither is
cut). Closed exits are dimmed and marked "(closed)", so the
difference survives without colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tta_tui.net.summary import Summary

NOTHING = "nothing"


def _section(title: str, body: Text) -> Text:
    out = Text()
    out.append(title, style="bold")
    out.append("\n")
    out.append_text(body)
    return out


def exits_text(summary: Summary) -> Text:
    """One line per exit: "north  The Harbour Wall"; closed ones dimmed and marked."""
    text = Text()
    if not summary.exits:
        text.append("no way on yet", style="italic")
    for i, exit_ in enumerate(summary.exits):
        if i:
            text.append("\n")
        line = f"{exit_.direction:<6} {exit_.to}" if exit_.to else exit_.direction
        if exit_.open:
            text.append(line)
        else:
            text.append(f"{line} (closed)", style="dim")
    return text


def lines_text(items: Sequence[str], empty: str = NOTHING) -> Text:
    """Items one per line, or ``empty`` in italics."""
    if not items:
        return Text(empty, style="italic")
    return Text("\n".join(items))


def skills_text(summary: Summary) -> Text:
    """ "Grounding x2" lines."""
    if not summary.skills:
        return Text("none yet", style="italic")
    return Text("\n".join(f"{label} x{times}" for label, times in summary.skills.items()))


STATUS_PART_LINES = 2
"""Lines the folded status gives the place, ways out, things carried and people here; the step
goal always has a line of its own below them."""


def status_lines(summary: Summary, width: int | None = None) -> str:
    """The panel folded into at most three lines (narrow terminals): the place, the ways out,
    what is carried and who is here, each part whole ("The Quay | Ways out: in, east, north
    (closed) | Carrying: a tin whistle"), moved to the second line when it would not fit
    ``width`` columns, then the step goal on a line of its own ("Step 2 of 7: Steady Pip").
    Only a part longer than two whole lines is cut, with "…" (F3 shows the full panel)."""
    ways = ", ".join(e.direction if e.open else f"{e.direction} (closed)" for e in summary.exits)
    parts = [
        summary.location or "Somewhere",
        f"Ways out: {ways or 'none yet'}",
        f"Carrying: {', '.join(summary.inventory) or NOTHING}",
    ]
    if summary.characters:
        parts.append(f"Here: {', '.join(summary.characters)}")
    lines = _pack(parts, width) if width else [" | ".join(parts)]
    return "\n".join([*lines, summary.arc.describe()])


def _pack(parts: Sequence[str], width: int) -> list[str]:
    """``parts`` joined by " | " into at most :data:`STATUS_PART_LINES` lines of ``width``
    columns, a part never split between lines; what still does not fit is cut with "…"."""
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]} | {part}" if lines else part
        if lines and cell_len(joined) <= width:
            lines[-1] = joined
        elif len(lines) < STATUS_PART_LINES:
            lines.append(part)
        else:
            lines[-1] = joined
    return [_cut(line, width) for line in lines]


def _cut(line: str, width: int) -> str:
    return line if cell_len(line) <= width else set_cell_size(line, width - 1) + "…"


class SidePanel(VerticalScroll):
    """Location, exits, inventory, people here, arc progress and skills practised."""

    can_focus = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id or "side-panel")
        self.summary = Summary()
        self._texts: dict[str, Text] = {}

    def compose(self) -> ComposeResult:
        yield Static("", markup=False, id="side-location", classes="side-location")
        yield Static("", markup=False, id="side-exits", classes="side-section")
        yield Static("", markup=False, id="side-inventory", classes="side-section")
        yield Static("", markup=False, id="side-people", classes="side-section")
        yield Static("", markup=False, id="side-arc", classes="side-section")
        yield Static("", markup=False, id="side-skills", classes="side-section")

    def on_mount(self) -> None:
        self.show(self.summary)

    def show(self, summary: Summary) -> None:
        """Show this summary (replacing the last one)."""
        self.summary = summary
        self._texts = {
            "side-location": Text(summary.location or "Somewhere", style="bold"),
            "side-exits": _section("Ways out", exits_text(summary)),
            "side-inventory": _section("Carrying", lines_text(summary.inventory)),
            "side-people": _section("People here", lines_text(summary.characters, "no one")),
            "side-arc": _section("Story", Text(summary.arc.describe())),
            "side-skills": _section("Skills practised", skills_text(summary)),
        }
        for widget_id, text in self._texts.items():
            self.query_one(f"#{widget_id}", Static).update(text)

    def as_text(self) -> str:
        """Everything the panel says, as plain text (for tests and screen readers)."""
        return "\n".join(text.plain for text in self._texts.values())
