"""A text map of the places visited, built from ``narrative.end`` summaries.

:class:`MapModel` remembers every place the player has stood in (those a chained move went
through too: a summary's ``passed``), the exits seen there, each open or closed as last seen,
and the places those exits lead to (shown as "not visited yet"). :func:`layout` puts each place
on a grid one step from where it was reached, in its exit's direction (north is up; ``up``,
``down``, ``in`` and ``out`` take any neighbouring cell and carry a label), and routes round
clashes so every exit can be a line (:mod:`tta_tui.widgets.map_layout`: further along the same
line, or one diagonal step that still leans its way). :func:`render_map` draws the grid as text:
places as ``[The Quay]`` (``*`` marks where you are, parentheses a place not visited yet), each
column as wide as its widest name, joined by lines from name to name (across empty cells too; a
closed way has an ``x`` on its line until the player sees it open or walks through it); lines
never cross each other or a place, and an exit that still no line could show would be listed
below ("Other ways"). A way up, down, in or out goes to whichever neighbouring cell was free, so
its line is dotted (``·`` and ``┊``, one ``·`` for a diagonal step: never a compass way's line)
and a line under the map says each in words ("The Quay in to Rue's Tea Hut": drawn as a plain
line east, "The Cliff Path up to The Headland" read as a way east, newcomer 30).
:func:`draw_map` gives the text with where each label and line went.
Labels leave out a leading article ("The Courtyard" is ``[Courtyard]``: most places' names start
with "The", and the word after it is the one that tells them apart). Given a width, it shortens
names from their end (never so far that two look alike; each shortened label is listed below
with the full name, "Reading~ = The Reading Room") and narrows the gaps until the grid fits; a
grid still wider is drawn whole and :class:`MapView` scrolls it, to where you are. Plain mode uses
ASCII only (``-``, ``|``, ``/``, ``\\``, and ``.`` and ``:`` for the dotted lines).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import ScrollableContainer
from textual.geometry import Region
from textual.widgets import Static

from tta_tui.net.summary import Exit, Summary
from tta_tui.widgets.map_layout import arrange, between, corner

LABELS = {"up": "up", "down": "dn", "in": "in", "out": "out"}
LABEL_MAX = 16
"""Place names longer than this are shortened on the grid (and listed in full below it)."""
GAP_X = 5
GAP_Y = 1


@dataclass
class Place:
    """A place on the map: visited (stood in) or only seen as an exit's destination."""

    name: str
    visited: bool = False
    exits: dict[str, str] = field(default_factory=dict)
    """direction -> destination name, as last seen."""
    closed: set[str] = field(default_factory=set)
    """Directions seen closed."""


class MapModel:
    """Every place seen so far; :meth:`add` a summary after each narration."""

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.current: str | None = None
        self.world_title = ""

    def add(self, summary: Summary) -> None:
        """Record where the player is and the exits seen there, after the places the turn
        went through on its way (``summary.passed``: "w then in then up" stands in three)."""
        if not summary.location:
            return
        self.world_title = summary.world_title or self.world_title
        for place in summary.passed:
            if place.location:
                self._stand_in(place.location, place.exits)
        self._stand_in(summary.location, summary.exits)

    def _stand_in(self, name: str, exits: Sequence[Exit]) -> None:
        """The player stood in ``name`` and saw ``exits`` there (each as seen: open or not)."""
        self._walked_through(name)
        place = self.places.setdefault(name, Place(name))
        place.visited = True
        place.exits = {e.direction.lower(): e.to for e in exits if e.to}
        place.closed = {e.direction.lower() for e in exits if not e.open}
        for exit_ in exits:
            if exit_.to:
                self.places.setdefault(exit_.to, Place(exit_.to))
        self.current = name

    def _walked_through(self, here: str) -> None:
        """The player stepped from the last place to ``here``: a way there last seen closed
        (the Burnt Wing before the lantern) is open now, so its closed mark goes."""
        last = self.places.get(self.current or "")
        if last is None or last.name == here:
            return
        ways = [d for d, to in last.exits.items() if to == here]
        if ways and all(d in last.closed for d in ways):
            last.closed.difference_update(ways)

    def edges(self) -> list[tuple[str, str, str, bool]]:
        """(from, direction, to, open) for every exit seen from a visited place."""
        return [
            (p.name, direction, to, direction not in p.closed)
            for p in self.places.values()
            for direction, to in p.exits.items()
        ]


def layout(model: MapModel) -> dict[str, tuple[int, int]]:
    """Grid cells (x right, y down) for every place, arranged so every exit can be drawn
    (:mod:`tta_tui.widgets.map_layout`); the same model gives the same cells."""
    pairs = [(src, direction, dst) for src, direction, dst, _ in model.edges()]
    return arrange(model.places, pairs)


LABEL_SIZES = (LABEL_MAX, 12, 9, 7)
"""Label lengths tried, longest first, until the map fits the width it is given (a size that
would make two labels alike is skipped). 7 fits the Lantern Coast's six columns of places in
78 columns (9 did not: the place just entered was drawn past the view's right edge)."""
GAPS = (GAP_X, 3, 2)
"""Spaces between columns tried, widest first (5 leaves room for an "out" label; at 2 a line
is too short for its "up"/"in" label)."""
NOT_COMPASS_TITLE = "Dotted lines go up, down, in or out"
"""Before the list, under the map, of the ways drawn dotted ("The Quay in to Rue's Tea Hut")."""
CLOSED_MARK = "x"
"""Drawn in the middle of the line of a closed exit (the dim style only adds to it)."""


ARTICLES = ("the ", "a ", "an ")
"""Left out at the start of a label."""


def _short(name: str, size: int = LABEL_MAX) -> str:
    """The name without a leading article, cut to ``size`` characters ("~" marks the cut)."""
    for article in ARTICLES:
        if name.casefold().startswith(article) and len(name) > len(article):
            name = name[len(article) :]
            break
    return name if len(name) <= size else name[: size - 1].rstrip() + "~"


@dataclass(frozen=True)
class _Grid:
    """Where each column starts and how wide it is, for one label size and gap."""

    labels: dict[str, str]
    col_x: list[int]
    col_w: list[int]
    gap: int

    @property
    def width(self) -> int:
        return self.col_x[-1] + self.col_w[-1]


def _grid(model: MapModel, pos: dict[str, tuple[int, int]], size: int, gap: int) -> _Grid:
    labels = {n: _label(model, n, size) for n in pos}
    cols = max(x for x, _ in pos.values()) + 1
    col_w = [3] * cols
    for name, (x, _) in pos.items():
        col_w[x] = max(col_w[x], len(labels[name]))
    col_x = [0] * cols
    for c in range(1, cols):
        col_x[c] = col_x[c - 1] + col_w[c - 1] + gap
    return _Grid(labels, col_x, col_w, gap)


def _fit(model: MapModel, pos: dict[str, tuple[int, int]], width: int | None) -> _Grid:
    """The widest labels and gaps that fit ``width`` (the narrowest when none fits: the view
    then scrolls sideways, and nothing is cut)."""
    grid = _grid(model, pos, LABEL_SIZES[0], GAPS[0])
    if width is None:
        return grid
    best = grid
    for size in LABEL_SIZES:
        for gap in GAPS:
            grid = _grid(model, pos, size, gap)
            if len(set(grid.labels.values())) < len(grid.labels):
                break  # shortened this far, two places would look the same
            best = grid
            if grid.width <= width:
                return grid
    return best


Stroke = list[tuple[int, int, str]]
"""(row, column, character) of each character of a line, as placed in the map's text."""


@dataclass
class MapDrawing:
    """The map's text and where things are in it (rows count from the text's first line)."""

    text: Text
    boxes: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """place -> (row, first column, last column) of its label."""
    strokes: dict[frozenset[str], Stroke] = field(default_factory=dict)
    """The two places an exit joins -> the line drawn between them."""
    elsewhere: list[str] = field(default_factory=list)
    """Exits no line shows, as listed under "Other ways"."""
    not_compass: list[str] = field(default_factory=list)
    """The ways up, down, in and out drawn, as said under the map ("The Quay in to Rue's Tea
    Hut"): their dotted lines go to whichever cell was free, not that way."""


def render_map(model: MapModel, *, plain: bool = False, width: int | None = None) -> Text:
    """The map as text (see the module docstring), fitted to ``width`` columns when given; a
    sentence when nothing is known yet."""
    return draw_map(model, plain=plain, width=width).text


def draw_map(model: MapModel, *, plain: bool = False, width: int | None = None) -> MapDrawing:
    """The map (:func:`render_map`) with where each label and line went."""
    if not model.places:
        return MapDrawing(
            Text("Nothing on the map yet: it fills in as you explore.", style="italic")
        )
    pos = layout(model)
    min_x = min(x for x, _ in pos.values())
    min_y = min(y for _, y in pos.values())
    pos = {n: (x - min_x, y - min_y) for n, (x, y) in pos.items()}
    grid = _fit(model, pos, width)
    labels = grid.labels
    rows = max(y for _, y in pos.values()) + 1
    height = rows + (rows - 1) * GAP_Y
    chars = [[" "] * grid.width for _ in range(height)]
    styles: list[list[str]] = [[""] * grid.width for _ in range(height)]
    at = {cell: name for name, cell in pos.items()}
    top = 2 if model.world_title else 0
    drawing = MapDrawing(Text())

    def put(x: int, y: int, text: str, style: str = "", stroke: Stroke | None = None) -> None:
        for i, ch in enumerate(text):
            if 0 <= x + i < grid.width and 0 <= y < height:
                chars[y][x + i] = ch
                styles[y][x + i] = style
                if stroke is not None:
                    stroke.append((top + y, x + i, ch))

    def span(name: str) -> tuple[int, int]:
        """The first and last column of a place's label."""
        cx = pos[name][0]
        start = grid.col_x[cx] + (grid.col_w[cx] - len(labels[name])) // 2
        return start, start + len(labels[name]) - 1

    def middle(cx: int) -> int:
        return grid.col_x[cx] + grid.col_w[cx] // 2

    compass_lines = ("-", "|") if plain else ("─", "│")
    dotted_lines = (".", ":") if plain else ("·", "┊")
    slash, backslash = ("/", "\\") if plain else ("╱", "╲")
    through: set[tuple[int, int]] = set()
    corners: set[tuple[int, int]] = set()
    for src, direction, dst, is_open in model.edges():
        pair = frozenset((src, dst))
        if pair in drawing.strokes or src == dst:
            continue
        (sx, sy), (tx, ty) = pos[src], pos[dst]
        cells = between((sx, sy), (tx, ty))
        spot = corner((sx, sy), (tx, ty))
        if (
            cells is None
            or any(c in at or c in through for c in cells)
            or (spot is not None and spot in corners)
        ):
            drawing.elsewhere.append(
                f"{src}: {direction} to {dst}" + ("" if is_open else " (closed)")
            )
            continue
        through.update(cells)
        if spot is not None:
            corners.add(spot)
        stroke: Stroke = []
        drawing.strokes[pair] = stroke
        style = "" if is_open else "dim"
        label = LABELS.get(direction, "")
        # up, down, in and out: dotted, never a compass way's line (newcomer 30), and said
        horizontal, vertical = dotted_lines if label else compass_lines
        if label:
            drawing.not_compass.append(f"{src} {direction} to {dst}")
        if sy == ty:  # side by side: a line from label to label
            left, right = (src, dst) if sx < tx else (dst, src)
            start, end = span(left)[1] + 1, span(right)[0] - 1
            length = end - start + 1
            line = horizontal * length
            if not is_open:
                line = line[: length // 2] + CLOSED_MARK + line[length // 2 + 1 :]
            elif label and len(label) + 2 <= length:
                line = label.center(length, horizontal)
            put(start, sy * (1 + GAP_Y), line, style, stroke)
        elif sx == tx:  # one above the other: a line down the column
            upper, lower = sorted((sy, ty))
            x = middle(sx)
            lines = range(upper * (1 + GAP_Y) + 1, lower * (1 + GAP_Y))
            for i, y in enumerate(lines):
                mark = CLOSED_MARK if not is_open and i == len(lines) // 2 else vertical
                put(x, y, mark, style, stroke)
                put(x + 1, y, apart(mark, label) if i == 0 else "", style)
        else:  # diagonal: in the corner between
            left_col = min(sx, tx)
            x = grid.col_x[left_col] + grid.col_w[left_col] + grid.gap // 2
            y = min(sy, ty) * (1 + GAP_Y) + 1
            mark = slash if (tx - sx) * (ty - sy) < 0 else backslash
            if label:  # a dot, as the dotted lines: a slash reads as a compass way
                mark = dotted_lines[0]
            mark = mark if is_open else CLOSED_MARK
            put(x, y, mark, style, stroke)
            put(x + 1, y, apart(mark, label), style)
    for name, label in labels.items():
        style = (
            "bold reverse"
            if name == model.current
            else ("" if model.places[name].visited else "dim")
        )
        first, last = span(name)
        put(first, pos[name][1] * (1 + GAP_Y), label, style)
        drawing.boxes[name] = (top + pos[name][1] * (1 + GAP_Y), first, last)

    out = drawing.text
    if model.world_title:
        out.append(f"Map of {model.world_title}\n\n", style="bold")
    for y in range(height):
        row = Text()
        for ch, style in zip(chars[y], styles[y], strict=True):
            row.append(ch, style=style or None)
        row.rstrip()
        out.append_text(row)
        out.append("\n")
    shortened = sorted(
        (labels[n].strip("[]()*"), n) for n in pos if labels[n].endswith(("~]", "~)"))
    )
    if shortened:
        said = "; ".join(f"{label} = {name}" for label, name in shortened)
        out.append("\n" + _wrap("Shortened: " + said, width) + "\n", style="dim")
    if drawing.not_compass:
        said = "; ".join(drawing.not_compass)
        out.append("\n" + _wrap(f"{NOT_COMPASS_TITLE}: {said}", width) + "\n")
    if drawing.elsewhere:
        out.append("\n" + _wrap("Other ways: " + "; ".join(drawing.elsewhere), width) + "\n")
    legend = f"* you are here  [ ] visited  ( ) not visited yet  {CLOSED_MARK} closed"
    out.append("\n" + _wrap(legend, width), style="dim")
    return drawing


def apart(mark: str, label: str) -> str:
    """A way's label as drawn right after its mark: a space after a closed mark, which is a
    letter ("x in", never "xin": tui23's newcomer read it as a word)."""
    return f" {label}" if label and mark == CLOSED_MARK else label


def _wrap(text: str, width: int | None) -> str:
    """A note under the map, wrapped to the map's width (so only the grid may scroll)."""
    return textwrap.fill(text, max(width, 20)) if width else text


def _label(model: MapModel, name: str, size: int = LABEL_MAX) -> str:
    short = _short(name, size)
    if name == model.current:
        return f"[*{short}]"
    return f"[{short}]" if model.places[name].visited else f"({short})"


class MapView(ScrollableContainer):
    """The map of ``model``, fitted to the view's width and scrollable both ways when it is
    still larger (so nothing is cut); :meth:`refresh_map` redraws it."""

    def __init__(
        self, model: MapModel | None = None, *, plain: bool = False, id: str | None = None
    ) -> None:
        super().__init__(id=id or "map-view")
        self.model = model if model is not None else MapModel()
        self.plain = plain

    def compose(self) -> ComposeResult:
        yield Static(self._map_text(), markup=False, id="map-text")

    def _map_text(self) -> Text:
        return self.drawing().text

    def drawing(self) -> MapDrawing:
        """The map fitted to the view's width now, with where its labels and lines are."""
        width = self.scrollable_content_region.width if self.is_mounted else 0
        return draw_map(self.model, plain=self.plain, width=width or None)

    def on_resize(self) -> None:
        self.refresh_map()

    def refresh_map(self) -> None:
        """Redraw from the model, fitted to the width the view has now; where a map is still
        larger than the view, it scrolls to where you are (the place just entered)."""
        if self.is_mounted:
            text = self._map_text()
            self.query_one("#map-text", Static).update(text)
            self.call_after_refresh(self._show_current, text.plain)

    def _show_current(self, plain: str) -> None:
        for y, line in enumerate(plain.splitlines()):
            x = line.find("[*")
            if x >= 0:
                end = line.find("]", x)
                self.scroll_to_region(Region(x, y, end - x + 1, 1), animate=False, immediate=True)
                return

    def as_text(self) -> str:
        """The map as plain text, as drawn now."""
        return self._map_text().plain
