"""The world catalogue offered by ``world.list``: world files in ``config/worlds/*.toml``.

Each file is a whole world (see :mod:`tta_server.world.schema`); only files that pass every
check of :func:`tta_server.world.load_world` are offered. :class:`WorldInfo` is the catalogue
card, taken from the file's ``[world]`` table. A broken file is reported with its name and its
first problem (and how many more there are), never raised; ``validate_file`` lists them all.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from tta_server.characters import Goal
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


def load_worlds(directory: Path) -> tuple[dict[str, World], list[str]]:
    """Whole worlds by id, and one readable problem line per file that could not be used."""
    worlds: dict[str, World] = {}
    problems: list[str] = []
    for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
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


def load_catalogue(directory: Path) -> tuple[dict[str, WorldInfo], list[str]]:
    """Worlds by id, and one readable problem line per file that could not be used."""
    worlds, problems = load_worlds(directory)
    return {wid: WorldInfo.of(world) for wid, world in worlds.items()}, problems
