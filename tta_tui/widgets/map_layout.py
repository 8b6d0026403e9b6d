"""Where each place goes on the map's grid, so that every exit can be drawn as a line.

:func:`arrange` takes the places in the order they were seen and the exits between them, and
gives each place a grid cell (x right, y down; north is up). A place goes one step from the place
it was reached from, in the exit's direction, when it can; where that cell is taken (The Ember
Library: the Reading Room's west cell is the Bindery's) it goes further along the same line, or
one diagonal step that still leans the exit's way (west: north-west or south-west), or another
earlier place moves instead: the arrangement is searched (depth first, the best found so far
bounding the rest, :data:`BUDGET` steps at most) for the one that bends the fewest exits and is
narrowest. ``up``, ``down``, ``in`` and ``out`` take any neighbouring cell.

A line is drawable between two cells in one row or column with no place between them, or between
two cells one diagonal step apart; no two lines pass through the same empty cell and no two
diagonals share the corner between four cells, so lines never cross each other or a place. An
exit that no arrangement found can draw (costing :data:`UNDRAWN`) is left to the map's "Other
ways" list.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from tta_server.protocol.directions import Direction

Cell = tuple[int, int]
Pair = tuple[str, str, str]
"""(from, direction, to): one exit."""

COMPASS: dict[Direction, Cell] = {
    Direction.N: (0, -1),
    Direction.S: (0, 1),
    Direction.E: (1, 0),
    Direction.W: (-1, 0),
    Direction.NE: (1, -1),
    Direction.NW: (-1, -1),
    Direction.SE: (1, 1),
    Direction.SW: (-1, 1),
}
FREE_ORDER: tuple[Cell, ...] = (
    (1, 0),
    (0, 1),
    (-1, 0),
    (0, -1),
    (1, 1),
    (-1, 1),
    (1, -1),
    (-1, -1),
)
"""Where a place reached by ``up``/``in``/... goes, first choice first."""
BENT = 3.0
"""The cost of an exit drawn one diagonal step off its direction (or straight for a diagonal)."""
FURTHER = 2.0
"""The cost of each extra step along an exit's own direction."""
UNDRAWN = 50.0
"""The cost of an exit no line can show."""
COLUMN = 0.5
ROW = 0.2
"""The cost of each column and row the map spans (so the narrower of two arrangements wins)."""
BUDGET = 300
"""Places tried at most, per arrangement, before the best found so far is kept."""


def delta(direction: str) -> Cell | None:
    """One grid step in a compass direction (None for up, down, in, out)."""
    found = Direction.from_name(direction)
    return COMPASS.get(found) if found is not None else None


def opposite(direction: str) -> str | None:
    found = Direction.from_name(direction)
    return found.opposite.word if found is not None else None


def between(a: Cell, b: Cell) -> list[Cell] | None:
    """The cells a line from ``a`` to ``b`` passes through (none when they touch), or None when
    no line joins them (not in one row or column, nor one diagonal step apart)."""
    (ax, ay), (bx, by) = a, b
    if a == b:
        return None
    if ay == by:
        return [(x, ay) for x in range(min(ax, bx) + 1, max(ax, bx))]
    if ax == bx:
        return [(ax, y) for y in range(min(ay, by) + 1, max(ay, by))]
    if abs(ax - bx) == 1 and abs(ay - by) == 1:
        return []
    return None


def corner(a: Cell, b: Cell) -> Cell | None:
    """The corner a diagonal line between ``a`` and ``b`` is drawn in (its top-left cell)."""
    if abs(a[0] - b[0]) == 1 and abs(a[1] - b[1]) == 1:
        return (min(a[0], b[0]), min(a[1], b[1]))
    return None


def candidates(at: Cell, direction: str) -> list[tuple[float, Cell]]:
    """Cells for a place reached from ``at`` by ``direction``, with what each costs."""
    x, y = at
    step = delta(direction)
    if step is None:
        return [(0.1 * i, (x + dx, y + dy)) for i, (dx, dy) in enumerate(FREE_ORDER)]
    dx, dy = step
    out: list[tuple[float, Cell]] = [(0.0, (x + dx, y + dy))]
    if dx == 0 or dy == 0:
        out += [(FURTHER * k, (x + dx * (k + 1), y + dy * (k + 1))) for k in (1, 2)]
        sides = [(dx or s, dy or s) for s in (-1, 1)]
        out += [(BENT, (x + sx, y + sy)) for sx, sy in sides]
    else:
        out += [(BENT, (x + dx, y)), (BENT, (x, y + dy))]
        out += [(BENT + FURTHER, (x + 2 * dx, y)), (BENT + FURTHER, (x, y + 2 * dy))]
    return out


@dataclass
class _Board:
    """Places and lines so far, with an undo log for the search."""

    pos: dict[str, Cell] = field(default_factory=dict)
    taken: set[Cell] = field(default_factory=set)
    through: set[Cell] = field(default_factory=set)
    corners: set[Cell] = field(default_factory=set)

    def line(self, a: Cell, b: Cell) -> tuple[list[Cell], Cell | None] | None:
        """The cells and corner a new line from ``a`` to ``b`` needs, if they are free."""
        cells = between(a, b)
        if cells is None or any(c in self.taken or c in self.through for c in cells):
            return None
        spot = corner(a, b)
        if spot is not None and spot in self.corners:
            return None
        return cells, spot

    def span(self) -> float:
        xs = [x for x, _ in self.pos.values()]
        ys = [y for _, y in self.pos.values()]
        return COLUMN * (max(xs) - min(xs)) + ROW * (max(ys) - min(ys)) if xs else 0.0


@dataclass
class _Step:
    """One place to put: its name, and the exit it was reached by (none for a first place)."""

    name: str
    parent: str | None
    direction: str
    others: list[tuple[str, str]]
    """(direction, place) of the exits to places put before it, besides its parent."""
    ahead: list[tuple[Cell, str]]
    """(step, place) of its compass exits to places put after it."""


def _order(names: Iterable[str], pairs: Iterable[Pair]) -> list[_Step]:
    """Breadth first from the first place seen, compass exits before the others."""
    names = list(names)
    near: dict[str, list[tuple[str, str]]] = {n: [] for n in names}
    for src, direction, dst in pairs:
        if src in near and dst in near and src != dst:
            near[src].append((direction, dst))
            back = opposite(direction)
            if back is not None:
                near[dst].append((back, src))
    steps: list[_Step] = []
    index: dict[str, int] = {}
    for root in names:
        if root in index:
            continue
        index[root] = len(steps)
        steps.append(_Step(root, None, "", [], []))
        queue = deque([root])
        while queue:
            here = queue.popleft()
            for direction, other in sorted(near[here], key=lambda n: delta(n[0]) is None):
                if other not in index:
                    index[other] = len(steps)
                    steps.append(_Step(other, here, direction, [], []))
                    queue.append(other)
    for step in steps:
        seen = {step.parent}
        for direction, other in near[step.name]:
            step_to = delta(direction)
            if index[other] > index[step.name] and step_to is not None:
                step.ahead.append((step_to, other))
            elif index[other] < index[step.name] and other not in seen:
                seen.add(other)
                step.others.append((direction, other))
    return steps


def arrange(names: Iterable[str], pairs: Iterable[Pair]) -> dict[str, Cell]:
    """A grid cell for every place (see the module docstring)."""
    return dict(_arrange(tuple(names), tuple(pairs)))


@lru_cache(maxsize=16)
def _arrange(names: tuple[str, ...], pairs: tuple[Pair, ...]) -> tuple[tuple[str, Cell], ...]:
    steps = _order(names, pairs)
    board = _Board()
    best_cost, best = float("inf"), dict[str, Cell]()
    tries = 0

    def options(step: _Step) -> list[tuple[float, Cell]]:
        if step.parent is None:
            right = max((x for x, _ in board.taken), default=-2) + 2
            return [(0.0, (right, 0) if board.taken else (0, 0))]
        at = board.pos[step.parent]
        found = [(c, cell) for c, cell in candidates(at, step.direction) if cell not in board.taken]
        found = [(c, cell) for c, cell in found if cell not in board.through]
        drawable = [(c, cell) for c, cell in found if board.line(at, cell) is not None]
        if drawable:
            return sorted(((c + blocking(step, cell), cell) for c, cell in drawable))
        return [(UNDRAWN, _nearest_free(at, board))]

    wants: dict[str, list[tuple[Cell, str]]] = {step.name: step.ahead for step in steps}

    def blocking(step: _Step, cell: Cell) -> float:
        """Looking ahead: a cell another place's exit is waiting for, or one whose own exits'
        cells are taken, costs as much as the bend it will force."""
        cost = 0.0
        for name, at in board.pos.items():
            for (dx, dy), other in wants[name]:
                if (
                    other != step.name
                    and other not in board.pos
                    and (at[0] + dx, at[1] + dy) == cell
                ):
                    cost += BENT
        for (dx, dy), _ in step.ahead:
            if (cell[0] + dx, cell[1] + dy) in board.taken:
                cost += BENT
        return cost

    def put(i: int, cost: float) -> None:
        nonlocal best_cost, best, tries
        if cost + board.span() >= best_cost or (best and tries >= BUDGET):
            return
        if i == len(steps):
            best_cost, best = cost + board.span(), dict(board.pos)
            return
        step = steps[i]
        for price, cell in options(step):
            tries += 1
            added: list[tuple[list[Cell], Cell | None]] = []
            extra = price
            links = [(step.direction, step.parent)] if step.parent else []
            board.pos[step.name] = cell
            board.taken.add(cell)
            for direction, other in [*links, *step.others]:
                if other is None:
                    continue
                route = board.line(board.pos[other], cell)
                if route is None:
                    extra += UNDRAWN if other != step.parent else 0.0
                    continue
                want = delta(direction)
                if other != step.parent and want is not None:
                    ox, oy = board.pos[other]
                    extra += 0.0 if (ox - cell[0], oy - cell[1]) == want else BENT
                board.through.update(route[0])
                if route[1] is not None:
                    board.corners.add(route[1])
                added.append(route)
            put(i + 1, cost + extra)
            for cells, spot in added:
                board.through.difference_update(cells)
                if spot is not None:
                    board.corners.discard(spot)
            board.taken.discard(cell)
            del board.pos[step.name]

    put(0, 0.0)
    return tuple(best.items())


def _nearest_free(want: Cell, board: _Board) -> Cell:
    for radius in range(1, 50):
        ring = [
            (want[0] + dx, want[1] + dy)
            for dy in range(-radius, radius + 1)
            for dx in range(-radius, radius + 1)
            if max(abs(dx), abs(dy)) == radius
        ]
        ring.sort(key=lambda c: (abs(c[0] - want[0]) + abs(c[1] - want[1]), c[1], c[0]))
        for cell in ring:
            if cell not in board.taken and cell not in board.through:
                return cell
    raise RuntimeError("map too crowded")  # pragma: no cover - 100x100 cells
