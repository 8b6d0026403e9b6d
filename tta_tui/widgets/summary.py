"""A typed, forgiving view of the ``summary`` in a ``narrative.end`` event.

The side panel, the map and the command input all read the same summary; :func:`parse_summary`
turns the event's dict into a :class:`Summary` once, tolerating missing or odd members (a newer
server may add fields; an older one may lack some), so no widget ever fails on a summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Exit:
    """A way out of the current place: ``direction`` (``north``, ``in``...) to ``to``."""

    direction: str
    to: str
    open: bool = True


@dataclass(frozen=True)
class Arc:
    """Progress through the story's steps."""

    done: int = 0
    total: int = 0
    current: str | None = None
    ended: bool = False

    def describe(self) -> str:
        """ "Step 2 of 7: Steady Pip", or a sentence once every step is done."""
        if self.ended or (self.total and self.done >= self.total):
            return f"Story complete: all {self.total} steps done" if self.total else "Complete"
        if not self.total:
            return "Just beginning"
        step = f"Step {self.done + 1} of {self.total}"
        return f"{step}: {self.current}" if self.current else step


@dataclass(frozen=True)
class Summary:
    """What a player sees beside the story after a narration."""

    world_title: str = ""
    location_id: str = ""
    location: str = ""
    exits: tuple[Exit, ...] = ()
    inventory: tuple[str, ...] = ()
    characters: tuple[str, ...] = ()
    arc: Arc = field(default_factory=Arc)
    skills: tuple[tuple[str, int], ...] = ()
    turn: int = 0


def _text(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(v for v in value if isinstance(v, str))


def parse_summary(doc: object) -> Summary:
    """A :class:`Summary` from a ``narrative.end`` summary dict (never raises)."""
    if not isinstance(doc, dict):
        return Summary()
    exits: list[Exit] = []
    raw_exits: Any = doc.get("exits")
    for item in raw_exits if isinstance(raw_exits, list) else []:
        if isinstance(item, dict) and isinstance(item.get("direction"), str):
            exits.append(
                Exit(item["direction"], _text(item.get("to")), item.get("open", True) is not False)
            )
    arc_doc: Any = doc.get("arc")
    arc = (
        Arc(
            done=_int(arc_doc.get("done")),
            total=_int(arc_doc.get("total")),
            current=arc_doc.get("current") if isinstance(arc_doc.get("current"), str) else None,
            ended=arc_doc.get("ended") is True,
        )
        if isinstance(arc_doc, dict)
        else Arc()
    )
    skills_doc: Any = doc.get("skills")
    skills = tuple(
        (label, _int(times))
        for label, times in (skills_doc.items() if isinstance(skills_doc, dict) else ())
        if isinstance(label, str)
    )
    return Summary(
        world_title=_text(doc.get("world_title")),
        location_id=_text(doc.get("location_id")),
        location=_text(doc.get("location")),
        exits=tuple(exits),
        inventory=_texts(doc.get("inventory")),
        characters=_texts(doc.get("characters")),
        arc=arc,
        skills=skills,
        turn=_int(doc.get("turn")),
    )
