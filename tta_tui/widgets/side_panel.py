"""The panel beside the story: where you are, the ways out, who is here, what you carry, how far
the story has come ("1 of 7 steps done; next: Steady Pip") and the coping skills practised so
far (not with quiet coaching: :attr:`SidePanel.quiet`). When that is taller than the panel
(80x24 with F3), each list goes on lines of its own, every item whole (an item never split
between two lines, :func:`packed_section`), and the blank lines between sections go
(:meth:`SidePanel.fit`): the panel cannot be scrolled, so nothing may fall off its bottom.

It is rebuilt from each ``narrative.end`` summary (:meth:`SidePanel.show`); on a narrow terminal
the story screen shows :func:`status_lines` instead, one or two lines above the story (parts
moved whole to a second line to fit the width, the step goal at the end; what does not fit is
counted or left to the panel, F3, rather than cut). A way out reads "down (The Quay)"; a
closed one is dimmed and says so, "north (Chapel Street, closed)", so the difference survives
without colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tta_tui.net.summary import Exit, Summary

NOTHING = "nothing"


def _section(title: str, body: Text) -> Text:
    out = Text()
    out.append(title, style="bold")
    out.append("\n")
    out.append_text(body)
    return out


def exits_text(summary: Summary) -> Text:
    """One line per way out (:func:`exit_items`)."""
    return Text("\n").join(exit_items(summary))


def lines_text(items: Sequence[str], empty: str = NOTHING) -> Text:
    """Items one per line, or ``empty`` in italics."""
    if not items:
        return Text(empty, style="italic")
    return Text("\n".join(items))


def exit_words(exit_: Exit) -> str:
    """A way out as the panel says it, the direction first and the place after it in brackets:
    "down (The Quay)", a closed one "north (Chapel Street, closed)"; without a place "down",
    "north (closed)". (Newcomers read "down   The Quay" with the direction padded to a column,
    and "down The Quay" in the compact form, as one run of words.)"""
    inside = [exit_.to] if exit_.to else []
    if not exit_.open:
        inside.append("closed")
    return f"{exit_.direction} ({', '.join(inside)})" if inside else exit_.direction


def exit_items(summary: Summary) -> list[Text]:
    """Each way out as one item (:func:`exit_words`), closed ones dimmed too."""
    items = [Text(exit_words(e), style="" if e.open else "dim") for e in summary.exits]
    return items or [Text("no way on yet", style="italic")]


def _items(things: Sequence[str], empty: str) -> list[Text]:
    return [Text(t) for t in things] or [Text(empty, style="italic")]


def skill_items(summary: Summary) -> list[str]:
    """ "Grounding x2" for each skill practised."""
    return [f"{label} x{times}" for label, times in summary.skills.items()]


def arc_line(described: str) -> str:
    """The story's progress under the panel's "Story" title: "Story complete: all 7 steps
    done" says "Story" twice there, so it reads "Complete: all 7 steps done"."""
    head = "Story complete"
    return "Complete" + described[len(head) :] if described.startswith(head) else described


def packed_section(title: str, items: Sequence[Text], width: int, sep: str = ", ") -> Text:
    """ "Title: item, item" in lines of ``width`` columns, each item whole on one line: an item
    that would not fit the rest of a line starts the next one (with the wrap's own breaks,
    "Skills practised: Reframing / x1" and "Reach / the lighthouse" at 100 columns, newcomer
    12 read one item as two); only an item wider than a whole line is wrapped, at its
    spaces. ``width`` 0: one line, to be wrapped by the widget."""
    out = Text()
    out.append(f"{title}:", style="bold")
    column = cell_len(title) + 1
    for i, item in enumerate(items):
        joiner = sep if i else " "
        size = item.cell_len
        if not width or column + cell_len(joiner) + size <= width:
            out.append(joiner)
            column += cell_len(joiner)
        else:
            out.append(joiner.rstrip())
            out.append("\n")
            column = 0
        out.append_text(item)
        column += size if size <= width or not width else width  # wider: next one on a new line
    return out


STATUS_LINES = 2
"""Lines the folded status may take: at 80x24 the title bar, the notice and three status lines
left the story 14 rows (fresh18: "the header breaks onto 5 lines")."""


def status_lines(summary: Summary, width: int | None = None) -> str:
    """The panel folded into one or two lines (narrow terminals): the place, the ways out, who
    is here, what is carried and the story's progress, each part whole ("The Quay | Ways out:
    in, east, north (closed), west | Here: Rue Penhallow" / "Carrying: a tin whistle | 1 of 7
    steps done; next: Steady Pip"), a part moved to the next line when it would not fit
    ``width`` columns.

    Never a third line (each takes a row from the story, which has about 16 at 80x24): when the
    full words do not fit two lines, the least useful words go first, each form tried in turn
    until one cuts nothing: things carried without their article, then the people here by
    first name, which the story answers to (:func:`status_forms`); then the first things
    carried named, whole, and the rest counted (:func:`counted_forms`; newcomer 9 at 80
    columns with five things: "...mending pen, c…"); then the progress without the next
    step's name (:meth:`~tta_tui.net.summary.Arc.progress`: "1 of 7 steps done"). Only what
    still does not fit is cut, with "…" at the end of the second line; F3 shows the full panel,
    where every word dropped here is."""
    forms = status_forms(summary)
    step = summary.arc.describe()
    if not width:
        return "\n".join([" | ".join(forms[0]), step])
    counted = counted_forms(forms[-1], [_bare(t) for t in summary.inventory])
    candidates = [[*parts, step] for parts in [*forms, *counted]]
    short = summary.arc.progress()
    if short != step:
        candidates += [[*parts, short] for parts in [forms[-1], *counted]]
    for parts in candidates:
        lines = _pack(parts, width)
        if not any(line.endswith("…") for line in lines):
            return "\n".join(lines)
    return "\n".join(_pack(candidates[-1], width))


def counted_forms(parts: Sequence[str], things: Sequence[str]) -> list[list[str]]:
    """``parts`` with the things carried shortened, from the most shown to the fewest: the
    first of them by name, whole, then how many more ("Carrying: tin whistle, storm lantern
    and 3 more (F3)"), down to "Carrying: 5 things (F3)"; F3 shows the full panel."""
    forms = []
    for shown in range(len(things) - 1, -1, -1):
        more = len(things) - shown
        if shown:
            carrying = f"Carrying: {', '.join(things[:shown])} and {more} more (F3)"
        else:
            carrying = f"Carrying: {more} {'thing' if more == 1 else 'things'} (F3)"
        forms.append([part for part in parts if not part.startswith("Carrying: ")] + [carrying])
    return forms


ARTICLES = ("a ", "an ", "the ", "some ")


def _bare(thing: str) -> str:
    """ "a storm lantern" -> "storm lantern" (a thing carried, in the compact status)."""
    for article in ARTICLES:
        if thing.lower().startswith(article) and len(thing) > len(article):
            return thing[len(article) :]
    return thing


def _first_names(people: Sequence[str]) -> list[str]:
    """The people here by first name, when those are all different ("Maren Holt" -> "Maren")."""
    firsts = [name.split()[0] if name.split() else name for name in people]
    return firsts if len(set(firsts)) == len(firsts) else list(people)


def status_forms(summary: Summary) -> list[list[str]]:
    """The parts of the folded status, from the full words to the most compact."""
    ways = ", ".join(e.direction if e.open else f"{e.direction} (closed)" for e in summary.exits)
    head = [summary.location or "Somewhere", f"Ways out: {ways or 'none yet'}"]
    forms = []
    for people, things in (
        (summary.characters, summary.inventory),
        (summary.characters, [_bare(t) for t in summary.inventory]),
        (_first_names(summary.characters), [_bare(t) for t in summary.inventory]),
    ):
        parts = list(head)
        if people:  # before the things carried: a name cut short cannot be talked to
            parts.append(f"Here: {', '.join(people)}")
        parts.append(f"Carrying: {', '.join(things) or NOTHING}")
        forms.append(parts)
    return forms


def _pack(parts: Sequence[str], width: int) -> list[str]:
    """``parts`` joined by " | " into at most :data:`STATUS_LINES` lines of ``width``
    columns, a part never split between lines; what still does not fit is cut with "…"."""
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]} | {part}" if lines else part
        if lines and cell_len(joined) <= width:
            lines[-1] = joined
        elif len(lines) < STATUS_LINES:
            lines.append(part)
        else:
            lines[-1] = joined
    return [_cut(line, width) for line in lines]


def _cut(line: str, width: int) -> str:
    return line if cell_len(line) <= width else set_cell_size(line, width - 1) + "…"


FORMS: list[tuple[frozenset[str], bool]] = [
    (frozenset(packs), gaps)
    for packs, gaps in [
        ((), True),
        (("side-skills",), True),
        (("side-skills", "side-inventory"), True),
        (("side-skills", "side-inventory", "side-people"), True),
        (("side-skills", "side-inventory", "side-people", "side-arc"), True),
        (("side-skills", "side-inventory", "side-people", "side-arc"), False),
        (("side-skills", "side-inventory", "side-people", "side-arc", "side-exits"), False),
    ]
]
"""The panel's forms, fullest first (:meth:`SidePanel.fit` shows the first that fits): the
sections packed (:func:`packed_section`: the list after its title, each item whole) and whether
a blank line parts the sections (the ``-compact`` class when not). The skills practised pack
first, then what is carried, the people here and the story's step; the ways out, which players
read most, last."""
COUNTED: list[frozenset[str]] = [
    frozenset(),
    frozenset({"side-skills"}),
    frozenset({"side-skills", "side-inventory"}),
]
"""The lists counted rather than listed, in the last resort (:meth:`SidePanel.fit`): none,
then the skills practised ("Skills practised: 7 so far (type score to list them)"), then what is
carried too ("Carrying: 8 things (type i to list them)"). The panel cannot be scrolled from
the keyboard: at 100x24 with a full pack even the run-on form was a row taller than the panel,
its last line cut, reachable only by the mouse wheel (tui38)."""


HIDDEN: list[frozenset[str]] = [
    frozenset(),
    frozenset({"side-skills"}),
    frozenset({"side-skills", "side-inventory"}),
    frozenset({"side-skills", "side-inventory", "side-arc"}),
]
"""The lists left out after counting, on a panel shorter still (:meth:`SidePanel.fit`; 100x16
and 100x12 cut the counted skills and then the story's step off the panel's bottom, tui39):
none, the skills practised, what is carried too, then the story's step. The place, the ways
out and the people here stay. :data:`MORE_NOTE` then ends the panel."""
MORE_NOTE = "Type i or score for more."
"""The panel's last line while lists are left out (:data:`HIDDEN`): the commands that show
what is carried, the skills practised and the story's step."""


def counted_section(widget_id: str, summary: Summary) -> Text:
    """A list said by its size and the command that lists it (:data:`COUNTED`)."""
    if widget_id == "side-skills":
        return packed_section(
            "Skills practised", [Text(f"{len(summary.skills)} so far (type score to list them)")], 0
        )
    things = len(summary.inventory)
    return packed_section(
        "Carrying",
        [Text(f"{things} {'thing' if things == 1 else 'things'} (type i to list them)")],
        0,
    )


class SidePanel(VerticalScroll):
    """Location, exits, inventory, people here, arc progress and skills practised (left out
    with quiet coaching, :attr:`quiet`)."""

    can_focus = False

    def __init__(self, *, id: str | None = None, quiet: bool = False) -> None:
        super().__init__(id=id or "side-panel")
        self.summary = Summary()
        self.quiet = quiet
        """The character's "Quiet coaching": no skills practised here (the story names none)."""
        self._texts: dict[str, Text] = {}
        self._width = 0
        """The columns the compact form packs its items to (0: runs each list on, wrapped by
        the widget; before the panel is laid out, or when packing needs too many rows)."""
        self._shown: tuple[int, int, int, int] = (0, 0, 0, 0)
        """The form of the text shown (an index in :data:`FORMS`), the width it was packed
        to, the lists counted (an index in :data:`COUNTED`) and those left out (in
        :data:`HIDDEN`)."""

    def compose(self) -> ComposeResult:
        yield Static("", markup=False, id="side-location", classes="side-location")
        yield Static("", markup=False, id="side-exits", classes="side-section")
        yield Static("", markup=False, id="side-people", classes="side-section")
        yield Static("", markup=False, id="side-inventory", classes="side-section")
        yield Static("", markup=False, id="side-arc", classes="side-section")
        yield Static("", markup=False, id="side-skills", classes="side-section")
        yield Static("", markup=False, id="side-more", classes="side-section")

    def on_mount(self) -> None:
        self.show(self.summary)

    def set_quiet(self, quiet: bool) -> None:
        """Leave the skills practised out (``quiet``), or list them."""
        self.quiet = quiet
        if self.is_mounted:
            self.show(self.summary)

    def show(self, summary: Summary) -> None:
        """Show this summary (replacing the last one)."""
        self.summary = summary
        self._fill(self._shown[0], self._shown[2], self._shown[3])
        if self.is_mounted:
            self.call_after_refresh(self.fit)

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit)

    def _sections(
        self, packed: frozenset[str], counted: int = 0, hidden: int = 0
    ) -> dict[str, Text]:
        sections = self._all_sections(packed)
        for widget_id in COUNTED[counted]:
            listed = self.summary.skills if widget_id == "side-skills" else self.summary.inventory
            if listed:  # "none yet", "nothing" are shorter than a count
                sections[widget_id] = counted_section(widget_id, self.summary)
        if self.quiet:
            del sections["side-skills"]
        for widget_id in HIDDEN[hidden]:
            sections.pop(widget_id, None)
        if hidden:
            sections["side-more"] = Text(MORE_NOTE, style="italic")
        return sections

    def _all_sections(self, packed: frozenset[str]) -> dict[str, Text]:
        """Each section: a list one item a line under its title, or (those in ``packed``)
        the list after its title with every item whole (:func:`packed_section`)."""
        summary = self.summary
        width = self._width
        step = arc_line(summary.arc.describe())
        head, semicolon, goal = step.partition("; ")  # "1 of 7 steps done", "next: ..."
        arc = [Text(head + semicolon.rstrip()), Text(goal)] if semicolon else [Text(step)]
        skills = skill_items(summary)
        lists: dict[str, tuple[str, list[Text], str, Text]] = {
            "side-exits": ("Ways out", exit_items(summary), "; ", exits_text(summary)),
            "side-people": (
                "People here",
                _items(summary.characters, "no one"),
                ", ",
                lines_text(summary.characters, "no one"),
            ),
            "side-inventory": (
                "Carrying",
                _items(summary.inventory, NOTHING),
                ", ",
                lines_text(summary.inventory),
            ),
            "side-arc": ("Story", arc, " ", Text("\n").join(arc)),  # the goal on a line of its own
            "side-skills": (
                "Skills practised",
                _items(skills, "none yet"),
                ", ",
                lines_text(skills, "none yet"),
            ),
        }
        sections = {"side-location": Text(summary.location or "Somewhere", style="bold")}
        for widget_id, (title, items, sep, lines) in lists.items():
            sections[widget_id] = (
                packed_section(title, items, width, sep)
                if widget_id in packed
                else _section(title, lines)
            )
        return sections

    def _fill(self, form: int, counted: int = 0, hidden: int = 0) -> None:
        packed, gaps = FORMS[form]
        self._shown = (form, self._width, counted, hidden)
        self.set_class(not gaps, "-compact")
        self._texts = self._sections(packed, counted, hidden)
        for part in self.query(Static):
            text = self._texts.get(part.id or "")
            if text is not None:
                part.update(text)
            part.display = text is not None

    def fit(self) -> None:
        """The first of :data:`FORMS` as tall as the space the panel has, or less: it cannot
        take the focus to be scrolled, and at 80x24 (F3) the people here fell off its bottom
        unseen (fresh6). The lists that grow as a story goes on give way first, so the panel
        after a story's ending looks as it did before (newcomer 30). When even the last form
        is too tall, each list runs on, wrapped where the line ends (an item may then be
        split, but nothing falls off). When that is still too tall (a short terminal, a full
        pack), the skills practised and then the things carried are counted instead of listed,
        each with the command that lists them (:data:`COUNTED`). Shorter still (80 or 100
        columns by 16 or 12 rows), they are left out, then the story's step, and the last line
        says how to see them (:data:`HIDDEN`, :data:`MORE_NOTE`)."""
        region = self.content_region  # not less a scrollbar: a form that fits shows none
        if region.width <= 0 or region.height <= 0:
            return
        console = self.app.console
        last = len(FORMS) - 1
        most = len(COUNTED) - 1
        tries = [(form, region.width, 0, 0) for form in range(len(FORMS))]
        tries.append((last, 0, 0, 0))  # each list runs on
        for counted in range(1, len(COUNTED)):
            tries += [(last, region.width, counted, 0), (last, 0, counted, 0)]
        for hidden in range(1, len(HIDDEN)):
            tries += [(last, region.width, most, hidden), (last, 0, most, hidden)]

        def rows(form: int, width: int, counted: int, hidden: int) -> int:
            packed, gaps = FORMS[form]
            self._width = width
            texts = self._sections(packed, counted, hidden)
            gap_rows = len(texts) - 1 if gaps else 0
            return sum(len(t.wrap(console, region.width)) for t in texts.values()) + gap_rows

        chosen = next((t for t in tries if rows(*t) <= region.height), tries[-1])
        self._width = chosen[1]
        if chosen != self._shown:
            self._fill(chosen[0], chosen[2], chosen[3])

    @property
    def packed(self) -> frozenset[str]:
        """The ids of the sections shown packed (:data:`FORMS`)."""
        return FORMS[self._shown[0]][0]

    @property
    def runs_on(self) -> bool:
        """True when even the last form did not fit: each list runs on, wrapped."""
        return self._shown[0] == len(FORMS) - 1 and self._shown[1] == 0

    @property
    def counted(self) -> frozenset[str]:
        """The ids of the sections said by their size rather than listed (:data:`COUNTED`)."""
        return COUNTED[self._shown[2]]

    @property
    def hidden(self) -> frozenset[str]:
        """The ids of the sections left out for want of rows (:data:`HIDDEN`)."""
        return HIDDEN[self._shown[3]]

    def as_text(self) -> str:
        """Everything the panel says, as plain text (for tests and screen readers)."""
        return "\n".join(text.plain for text in self._texts.values())
