"""The world catalogue offered by ``world.list``: world files in ``config/worlds/*.toml``.

This module reads each file's ``[world]`` table (id, title, summary, themes, content notes and
the goals the world suits). A broken file is reported with its name and problem, not raised.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tta_server.characters import Goal


class WorldInfo(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{1,63}$")
    title: str = Field(min_length=1, max_length=80)
    summary: str = Field(min_length=1, max_length=1000)
    themes: list[str] = Field(default_factory=list)
    content_notes: list[str] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)


def load_catalogue(directory: Path) -> tuple[dict[str, WorldInfo], list[str]]:
    """Worlds by id, and one readable problem line per file that could not be used."""
    worlds: dict[str, WorldInfo] = {}
    problems: list[str] = []
    for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
            info = WorldInfo.model_validate(doc.get("world", {}))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{path.name}: cannot be read: {exc}")
            continue
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            problems.append(f"{path.name}: [world] {where}: {first['msg']}")
            continue
        if info.id in worlds:
            problems.append(f"{path.name}: world id '{info.id}' is used by another file")
            continue
        worlds[info.id] = info
    return worlds, problems
