"""A text map of the places visited, built from ``narrative.end`` summaries.

:class:`MapModel` remembers every place the player has stood in, the exits seen there, and the
places those exits lead to (shown as "not visited yet"). :func:`layout` puts the first place at
the origin and each neighbour one grid step away in its exit's direction (north is up; ``up``,
``down``, ``in`` and ``out`` take the nearest free cell and carry a label), moving a place to the
nearest free cell when two would collide. :func:`render_map` draws the grid as text: places as
``[The Quay]`` (``*`` marks where you are, parentheses a place not visited yet), joined by lines
between neighbouring cells; exits that cannot be drawn as a line are listed below. Plain mode uses
ASCII only (``-``, ``|``, ``/``, ``\\``), no box drawing.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import ScrollableContainer
from textual.widgets import Static

from tta_server.protocol.directions import Direction
from tta_tui.widgets.summary import Summary

COMPASS: dict[Direction, tuple[int, int]] = {
    Direction.N: (0, -1),
    Direction.S: (0, 1),
    Direction.E: (1, 0),
    Direction.W: (-1, 0),
    Direction.NE: (1, -1),
    Direction.NW: (-1, -1),
    Direction.SE: (1, 1),
    Direction.SW: (-1, 1),
}
FREE_ORDER: tuple[tuple[int, int], ...] = (
    (1, 0),
    (0, 1),
    (-1, 0),
    (0, -1),
    (1, 1),
    (-1, 1),
    (1, -1),
    (-1, -1),
)
"""Where a place reached by ``up``/``in``/... goes, first free cell first."""
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
        """Record where the player is and the exits seen there."""
        if not summary.location:
            return
        self.world_title = summary.world_title or self.world_title
        place = self.places.setdefault(summary.location, Place(summary.location))
        place.visited = True
        place.exits = {e.direction.lower(): e.to for e in summary.exits if e.to}
        place.closed = {e.direction.lower() for e in summary.exits if not e.open}
        for exit_ in summary.exits:
            if exit_.to:
                self.places.setdefault(exit_.to, Place(exit_.to))
        self.current = summary.location

    def edges(self) -> list[tuple[str, str, str, bool]]:
        """(from, direction, to, open) for every exit seen from a visited place."""
        return [
            (p.name, direction, to, direction not in p.closed)
            for p in self.places.values()
            for direction, to in p.exits.items()
        ]


def _delta(direction: str) -> tuple[int, int] | None:
    found = Direction.from_name(direction)
    return COMPASS.get(found) if found is not None else None


def layout(model: MapModel) -> dict[str, tuple[int, int]]:
    """Grid cells (x right, y down) for every place, starting from the first one seen."""
    pos: dict[str, tuple[int, int]] = {}
    taken: dict[tuple[int, int], str] = {}
    neighbours: dict[str, list[tuple[str, str]]] = {name: [] for name in model.places}
    for src, direction, dst, _ in model.edges():
        neighbours[src].append((direction, dst))
        back = _opposite(direction)
        if back is not None and dst in neighbours:
            neighbours[dst].append((back, src))

    def place(name: str, want: tuple[int, int]) -> None:
        cell = want if want not in taken else _nearest_free(want, taken)
        pos[name], taken[cell] = cell, name

    for root in model.places:
        if root in pos:
            continue
        start = (max((x for x, _ in taken), default=-2) + 2, 0) if taken else (0, 0)
        place(root, start)
        queue = deque([root])
        while queue:
            name = queue.popleft()
            x, y = pos[name]
            compass_first = sorted(neighbours[name], key=lambda n: _delta(n[0]) is None)
            for direction, other in compass_first:
                if other in pos:
                    continue
                delta = _delta(direction)
                if delta is None:
                    free = [(x + dx, y + dy) for dx, dy in FREE_ORDER]
                    want = next((c for c in free if c not in taken), free[0])
                else:
                    want = (x + delta[0], y + delta[1])
                place(other, want)
                queue.append(other)
    return pos


def _opposite(direction: str) -> str | None:
    found = Direction.from_name(direction)
    return found.opposite.word if found is not None else None


def _nearest_free(want: tuple[int, int], taken: dict[tuple[int, int], str]) -> tuple[int, int]:
    for radius in range(1, 50):
        ring = [
            (want[0] + dx, want[1] + dy)
            for dy in range(-radius, radius + 1)
            for dx in range(-radius, radius + 1)
            if max(abs(dx), abs(dy)) == radius
        ]
        ring.sort(key=lambda c: (abs(c[0] - want[0]) + abs(c[1] - want[1]), c[1], c[0]))
        for cell in ring:
            if cell not in taken:
                return cell
    raise RuntimeError("map too crowded")  # pragma: no cover - 100x100 cells


def _short(name: str) -> str:
    return name if len(name) <= LABEL_MAX else name[: LABEL_MAX - 1] + "~"


def render_map(model: MapModel, *, plain: bool = False) -> Text:
    """The map as text (see the module docstring); a sentence when nothing is known yet."""
    if not model.places:
        return Text("Nothing on the map yet: it fills in as you explore.", style="italic")
    pos = layout(model)
    min_x = min(x for x, _ in pos.values())
    min_y = min(y for _, y in pos.values())
    pos = {n: (x - min_x, y - min_y) for n, (x, y) in pos.items()}
    labels = {n: _label(model, n) for n in pos}
    cell_w = max(len(label) for label in labels.values())
    cols = max(x for x, _ in pos.values()) + 1
    rows = max(y for _, y in pos.values()) + 1
    width = cols * cell_w + (cols - 1) * GAP_X
    height = rows + (rows - 1) * GAP_Y
    chars = [[" "] * width for _ in range(height)]
    styles: list[list[str]] = [[""] * width for _ in range(height)]

    def put(x: int, y: int, text: str, style: str = "") -> None:
        for i, ch in enumerate(text):
            if 0 <= x + i < width and 0 <= y < height:
                chars[y][x + i] = ch
                styles[y][x + i] = style

    def origin(name: str) -> tuple[int, int]:
        cx, cy = pos[name]
        return cx * (cell_w + GAP_X), cy * (1 + GAP_Y)

    horizontal, vertical = ("-", "|") if plain else ("─", "│")
    slash, backslash = ("/", "\\") if plain else ("╱", "╲")
    elsewhere: list[str] = []
    drawn: set[frozenset[str]] = set()
    for src, direction, dst, is_open in model.edges():
        pair = frozenset((src, dst))
        if pair in drawn or src == dst:
            continue
        drawn.add(pair)
        (sx, sy), (dx_, dy_) = pos[src], pos[dst]
        dx, dy = dx_ - sx, dy_ - sy
        style = "" if is_open else "dim"
        label = LABELS.get(direction, "")
        if max(abs(dx), abs(dy)) != 1:
            elsewhere.append(f"{src}: {direction} to {dst}" + ("" if is_open else " (closed)"))
            continue
        ox, oy = origin(src)
        if dy == 0:  # side by side
            gap_x = ox + cell_w if dx > 0 else ox - GAP_X
            line = label.center(GAP_X, horizontal) if label else horizontal * GAP_X
            put(gap_x, oy, line, style)
        elif dx == 0:  # one above the other
            gap_y = oy + 1 if dy > 0 else oy - 1
            put(ox + cell_w // 2, gap_y, vertical + label, style)
        else:  # diagonal: the corner between the two cells
            gap_y = oy + 1 if dy > 0 else oy - 1
            gap_x = ox + cell_w + GAP_X // 2 if dx > 0 else ox - GAP_X // 2 - 1
            put(gap_x, gap_y, (slash if dx * dy < 0 else backslash) + label, style)
    for name, label in labels.items():
        ox, oy = origin(name)
        style = (
            "bold reverse"
            if name == model.current
            else ("" if model.places[name].visited else "dim")
        )
        put(ox + (cell_w - len(label)) // 2, oy, label, style)

    out = Text()
    if model.world_title:
        out.append(f"Map of {model.world_title}\n\n", style="bold")
    for y in range(height):
        row = Text()
        for ch, style in zip(chars[y], styles[y], strict=True):
            row.append(ch, style=style or None)
        row.rstrip()
        out.append_text(row)
        out.append("\n")
    shortened = sorted(n for n in pos if len(n) > LABEL_MAX)
    if shortened:
        out.append("\nShortened: " + "; ".join(shortened) + "\n", style="dim")
    if elsewhere:
        out.append("\nOther ways: " + "; ".join(elsewhere) + "\n")
    out.append("\n* you are here   [ ] visited   ( ) seen, not visited yet", style="dim")
    return out


def _label(model: MapModel, name: str) -> str:
    short = _short(name)
    if name == model.current:
        return f"[*{short}]"
    return f"[{short}]" if model.places[name].visited else f"({short})"


class MapView(ScrollableContainer):
    """The map, scrollable both ways; :meth:`add` each summary, :meth:`refresh_map` to redraw."""

    def __init__(self, *, plain: bool = False, id: str | None = None) -> None:
        super().__init__(id=id or "map-view")
        self.model = MapModel()
        self.plain = plain

    def compose(self) -> ComposeResult:
        yield Static(render_map(self.model, plain=self.plain), markup=False, id="map-text")

    def add(self, summary: Summary) -> None:
        """Record a summary and redraw."""
        self.model.add(summary)
        self.refresh_map()

    def refresh_map(self) -> None:
        """Redraw from the model."""
        if self.is_mounted:
            self.query_one("#map-text", Static).update(render_map(self.model, plain=self.plain))

    def as_text(self) -> str:
        """The map as plain text."""
        return render_map(self.model, plain=self.plain).plain
