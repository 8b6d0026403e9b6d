"""Read and validate world files: every problem at once, as ``file: entry: problem`` lines.

Each entry (the ``[world]`` table, the guide, each location, item, character, verb, arc step,
the ending, each beat) is parsed on its own, so one broken entry does not hide the problems of
the others; then :func:`tta_server.world.checks.check` checks the entries against each other.
Prose is also scanned for placeholders (TODO, TBD, FIXME, XXX, lorem ipsum).
"""

from __future__ import annotations

import re
import tomllib
from copy import deepcopy as copy_deep
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from tta_server.world.checks import Draft, check
from tta_server.world.schema import (
    Arc,
    Beat,
    Character,
    Ending,
    Guide,
    Item,
    Location,
    Meta,
    Scenery,
    Step,
    Verb,
    World,
)

M = TypeVar("M", bound=BaseModel)

SECTIONS = (
    "world",
    "guide",
    "locations",
    "items",
    "characters",
    "verbs",
    "arc",
    "beats",
    "scenery",
)
PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum", re.I)


class WorldError(Exception):
    """A world file that cannot be used; ``problems`` holds one line per problem."""

    def __init__(self, path: Traversable, problems: list[str]) -> None:
        super().__init__(f"{path.name}: {len(problems)} problem(s); the first: {problems[0]}")
        self.path = path
        self.problems = problems


def _where(loc: tuple[int | str, ...], raw: Any) -> str:
    """A readable path such as ``exits['n'].to`` or ``when[2].flag``."""
    parts: list[str] = []
    node = raw
    for step in loc:
        if isinstance(step, int):
            label = f"#{step + 1}"
            item = node[step] if isinstance(node, list) and step < len(node) else None
            if isinstance(item, dict):
                for key in ("id", "dir", "verb", "gift"):
                    if isinstance(item.get(key), str):
                        label = repr(item[key])
                        break
            parts.append(f"[{label}]")
            node = item
        else:
            if parts and parts[-1] in (step, f".{step}"):
                continue  # a union tag repeats the key it picked
            parts.append(f".{step}" if parts else step)
            node = node.get(step) if isinstance(node, dict) else None
    return "".join(parts)


def _message(err: ErrorDetails) -> str:
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return "is not a known key here"
    if kind == "string_pattern_mismatch":
        if "{0,31}" in str(ctx.get("pattern", "")):
            return f"{err['input']!r} is not a verb: use one lower-case word"
        return f"{err['input']!r} is not a valid id: use lower-case letters, digits and hyphens"
    if kind == "too_short":
        if isinstance(err["input"], str):
            return "must not be empty"
        return f"needs at least {ctx.get('min_length')} entries"
    if kind == "enum":
        return f"{err['input']!r} is not allowed; use {ctx.get('expected')}"
    if kind == "string_too_short":
        return "must not be empty"
    return str(err["msg"])


def _without(raw: Any, loc: tuple[int | str, ...]) -> bool:
    """Remove the innermost list element on ``loc`` from ``raw``; False if there is none."""
    last = max((i for i, step in enumerate(loc) if isinstance(step, int)), default=-1)
    if last < 1:
        return False
    node = raw
    for step in loc[:last]:
        if isinstance(node, list) and isinstance(step, int) and step < len(node):
            node = node[step]
        elif isinstance(node, dict):
            node = node.get(step)
        else:
            return False
    index = loc[last]
    if isinstance(node, list) and isinstance(index, int) and index < len(node):
        node[index] = _DROP
        return True
    return False


_DROP = object()


def _drop_marked(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _drop_marked(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_drop_marked(v) for v in node if v is not _DROP]
    return node


def _salvage(model: type[M], raw: dict[str, Any], exc: ValidationError) -> M | None:
    """The entry without the list elements that hold errors, if that leaves it valid."""
    for _ in range(4):
        copy = copy_deep(raw)
        if not all(_without(copy, err["loc"]) for err in exc.errors()):
            return None
        raw = _drop_marked(copy)
        try:
            return model.model_validate(raw)
        except ValidationError as again:
            exc = again
    return None


def _label(kind: str, raw: Any, index: int) -> str:
    ident = raw.get("id") if isinstance(raw, dict) else None
    return f"{kind} '{ident}'" if isinstance(ident, str) else f"{kind} #{index + 1}"


class _Reader:
    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []
        self.broken: set[str] = set()
        self.broken_edges: dict[str, list[str]] = {}

    def parse(self, model: type[M], raw: Any, entry: str) -> M | None:
        """The entry as a model, or None; its problems are recorded either way.

        When the only errors lie inside list elements (a bad condition, exit or topic), those
        elements are left out and the rest is kept, so that cross-entry checks still see it.
        """
        if not isinstance(raw, dict):
            self.problems.append((entry, "is missing" if raw is None else "must be a table"))
            return None
        self.placeholders(raw, entry, "")
        try:
            return model.model_validate(raw)
        except ValidationError as exc:
            for err in exc.errors():
                where = _where(err["loc"], raw)
                self.problems.append(
                    (entry, f"{where}: {_message(err)}" if where else _message(err))
                )
            salvaged = _salvage(model, raw, exc)
            if salvaged is None and isinstance(raw.get("id"), str):
                self.broken.add(raw["id"])
            return salvaged

    def placeholders(self, node: Any, entry: str, where: str) -> None:
        if isinstance(node, str):
            if PLACEHOLDER.search(node):
                self.problems.append((entry, f"{where or 'text'} holds placeholder text"))
        elif isinstance(node, dict):
            for key, value in node.items():
                self.placeholders(value, entry, f"{where}.{key}" if where else str(key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.placeholders(value, entry, f"{where}[#{i + 1}]")

    def edges(self, raw: Any) -> None:
        """Remember where a broken location's exits lead, for the reachability check."""
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            exits = raw.get("exits")
            targets = (
                [x.get("to") for x in exits if isinstance(x, dict)]
                if isinstance(exits, list)
                else []
            )
            self.broken_edges[raw["id"]] = [t for t in targets if isinstance(t, str)]

    def many(self, model: type[M], doc: dict[str, Any], section: str, kind: str) -> list[M]:
        raw = doc.get(section, [])
        if not isinstance(raw, list):
            self.problems.append((f"[[{section}]]", "must be an array of tables"))
            return []
        parsed = (self.parse(model, x, _label(kind, x, i)) for i, x in enumerate(raw))
        return [x for x in parsed if x is not None]

    def draft(self, doc: dict[str, Any]) -> Draft:
        for key in doc:
            if key not in SECTIONS:
                self.problems.append((f"[{key}]", f"unknown section; use: {', '.join(SECTIONS)}"))
        d = Draft()
        d.meta = self.parse(Meta, doc.get("world"), "[world]")
        d.guide = self.parse(Guide, doc.get("guide"), "[guide]")
        d.locations = self.many(Location, doc, "locations", "location")
        parsed = {x.id for x in d.locations}
        for raw in doc.get("locations", []) if isinstance(doc.get("locations"), list) else []:
            if isinstance(raw, dict) and raw.get("id") not in parsed:
                self.edges(raw)
        d.items = self.many(Item, doc, "items", "item")
        d.characters = self.many(Character, doc, "characters", "character")
        d.verbs = self.many(Verb, doc, "verbs", "verb")
        arc = doc.get("arc")
        if not isinstance(arc, dict):
            self.problems.append(("[arc]", "is missing (it needs steps and an ending)"))
        else:
            for key in arc:
                if key not in ("steps", "ending"):
                    self.problems.append(("[arc]", f"{key} is not a known key here"))
            d.steps = self.many(Step, arc, "steps", "arc step")
            if not arc.get("steps"):
                self.problems.append(("[arc]", "needs at least one step"))
            d.ending = self.parse(Ending, arc.get("ending"), "[arc.ending]")
        d.beats = self.many(Beat, doc, "beats", "beat")
        d.scenery = self.many(Scenery, doc, "scenery", "scenery")
        d.broken_ids = self.broken
        d.broken_edges = self.broken_edges
        return d


def _read(path: Traversable) -> tuple[Draft | None, list[str]]:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return None, [f"{path.name}: cannot be read: {exc}"]
    reader = _Reader()
    draft = reader.draft(doc)
    found = reader.problems + check(draft)
    return draft, [f"{path.name}: {entry}: {problem}" for entry, problem in found]


def validate_file(path: Traversable) -> list[str]:
    """Every problem of a world file, one readable line each (empty when it is sound)."""
    return _read(path)[1]


def load_world(path: Traversable) -> World:
    """A checked world; raises :class:`WorldError` listing every problem otherwise."""
    draft, problems = _read(path)
    if problems or draft is None:
        raise WorldError(path, problems)
    assert draft.meta and draft.guide and draft.ending  # no problems: all present
    return World(
        meta=draft.meta,
        guide=draft.guide,
        locations=draft.locations,
        items=draft.items,
        characters=draft.characters,
        verbs=draft.verbs,
        arc=Arc(steps=draft.steps, ending=draft.ending),
        beats=draft.beats,
        scenery=draft.scenery,
    )
