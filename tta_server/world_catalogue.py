"""World files, their import into a store, and the catalogue offered by ``world.list``.

Each ``*.toml`` file of a worlds directory (the shipped ones, :func:`tta_server.data.worlds`, or
the ``worlds_dir`` setting's) is a whole world (see :mod:`tta_server.world.schema`);
only files that pass every check of :func:`tta_server.world.load_world` are used. A store keeps
each world as a :class:`~tta_server.store.base.WorldRecord` (the checked document and its
SHA-256 ``version``) plus its template graph (:func:`graph_of`); :func:`import_worlds` is
idempotent, and the server plays the worlds it reads back with :func:`world_of`.
:class:`WorldInfo` is the catalogue card, taken from the file's ``[world]`` table. A broken
file is reported with its name and its first problem (and how many more there are), never
raised; ``validate_file`` lists them all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from importlib.resources.abc import Traversable

from pydantic import BaseModel, ConfigDict, Field

from tta_server.characters import Goal
from tta_server.store.base import Store, WorldGraph, WorldRecord, now
from tta_server.world import World, WorldError, load_world


class WorldInfo(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{1,63}$")
    title: str = Field(min_length=1, max_length=80)
    summary: str = Field(min_length=1, max_length=1000)
    themes: list[str] = Field(default_factory=list)
    content_notes: list[str] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)

    @classmethod
    def of(cls, world: World) -> WorldInfo:
        """The catalogue card of a loaded world."""
        meta = world.meta
        return cls(
            id=meta.id,
            title=meta.title,
            summary=meta.summary,
            themes=list(meta.themes),
            content_notes=list(meta.content_notes),
            goals=list(meta.goals),
        )


def world_files(directory: Traversable) -> list[Traversable]:
    """The world files (``*.toml``) of a directory, by name; none if it is not a directory."""
    if not directory.is_dir():
        return []
    found = [p for p in directory.iterdir() if p.name.endswith(".toml") and p.is_file()]
    return sorted(found, key=lambda p: p.name)


def load_worlds(directory: Traversable) -> tuple[dict[str, World], list[str]]:
    """Whole worlds by id, and one readable problem line per file that could not be used."""
    worlds: dict[str, World] = {}
    problems: list[str] = []
    for path in world_files(directory):
        try:
            world = load_world(path)
        except WorldError as exc:
            more = len(exc.problems) - 1
            problems.append(exc.problems[0] + (f" (and {more} more)" if more else ""))
            continue
        if world.id in worlds:
            problems.append(f"{path.name}: world id '{world.id}' is used by another file")
            continue
        worlds[world.id] = world
    return worlds, problems


def load_catalogue(directory: Traversable) -> tuple[dict[str, WorldInfo], list[str]]:
    """Worlds by id, and one readable problem line per file that could not be used."""
    worlds, problems = load_worlds(directory)
    return {wid: WorldInfo.of(world) for wid, world in worlds.items()}, problems


# -- templates in a store --------------------------------------------------------------------
def record_of(world: World) -> WorldRecord:
    """A world as a store keeps it: the document and its version (SHA-256 of canonical JSON)."""
    doc = world.model_dump(mode="json", by_alias=True)
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    version = hashlib.sha256(canonical.encode()).hexdigest()
    t = now()
    return WorldRecord(world.id, world.meta.title, version, doc, imported_at=t, updated_at=t)


def world_of(record: WorldRecord) -> World:
    """The playable world of a stored record."""
    return World.model_validate(record.doc)


def graph_of(world: World) -> WorldGraph:
    """The template graph: locations, exits, items and characters with where they start."""
    return WorldGraph(
        locations=[{"id": x.id, "name": x.name, "tags": list(x.tags)} for x in world.locations],
        exits=[
            {"from": x.id, "to": e.to, "dir": e.dir.value, "locked": e.locked}
            for x in world.locations
            for e in x.exits
        ],
        items=[
            {"id": i.id, "name": i.name, "portable": i.portable, "start": world.initial_place(i.id)}
            for i in world.items
        ],
        characters=[{"id": c.id, "name": c.name, "start": c.at} for c in world.characters],
    )


async def import_worlds(
    store: Store, worlds: list[World], progress: Callable[[World, str], None] | None = None
) -> dict[str, str]:
    """Import worlds into a store: ``{world_id: "created" | "updated" | "unchanged"}``."""
    results: dict[str, str] = {}
    for world in worlds:
        results[world.id] = await store.import_world(record_of(world), graph_of(world))
        if progress is not None:
            progress(world, results[world.id])
    return results
