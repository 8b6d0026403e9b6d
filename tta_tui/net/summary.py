"""The ``summary`` of a ``narrative.end`` event, read through the protocol's own model.

The side panel, the map and the command input all read the same summary; :func:`parse_summary`
reads the event's dict once into a :class:`Summary`: the protocol's
:class:`~tta_server.protocol.messages.StateSummary` (fields a newer server adds are ignored)
with a default for every field, so a member that is missing or odd (an older server, a broken
frame) falls back to its default instead of failing, and no widget ever fails on a summary.
The people here are kept in alphabetical order (:meth:`Summary.in_one_order`).
"""

from __future__ import annotations

from pydantic import ConfigDict, Field, field_validator

from tta_server.protocol.lenient import read_lenient
from tta_server.protocol.messages import ArcSummary, ExitSummary, PlaceSeen, StateSummary


class Exit(ExitSummary):
    """A way out of the current place: ``direction`` (``north``, ``in``...) to ``to``."""

    model_config = ConfigDict(frozen=True)
    to: str = ""
    open: bool = True


class Passed(PlaceSeen):
    """A place the turn went through before where it ended, with its ways out as it was left."""

    model_config = ConfigDict(frozen=True)
    location_id: str = ""
    location: str = ""
    exits: list[Exit] = Field(default_factory=list)  # type: ignore[assignment]


class Arc(ArcSummary):
    """Progress through the story's steps."""

    model_config = ConfigDict(frozen=True)
    done: int = 0
    total: int = 0
    current: str | None = None
    ended: bool = False

    def progress(self) -> str:
        """How far the story has come, true whatever order the steps were done in: "2 of 7
        steps done" (the server counts steps done and names the first unfinished one, which
        need not be step 3: "Step 3 of 7: <the first unfinished>" read as a wrong number
        to newcomer 20, who did steps out of order), or "Story complete" once they all are."""
        if self.ended or (self.total and self.done >= self.total):
            return "Story complete"
        if not self.total:
            return "Just beginning"
        return f"{self.done} of {self.total} steps done"

    def describe(self) -> str:
        """ "2 of 7 steps done; next: Steady Pip" (:meth:`progress` and the first unfinished
        step), or a sentence once every step is done."""
        if self.ended or (self.total and self.done >= self.total):
            return f"Story complete: all {self.total} steps done" if self.total else "Complete"
        progress = self.progress()
        return f"{progress}; next: {self.current}" if self.current and self.total else progress


class Summary(StateSummary):
    """What a player sees beside the story after a narration."""

    model_config = ConfigDict(frozen=True)
    world_title: str = ""
    location_id: str = ""
    location: str = ""
    exits: list[Exit] = Field(default_factory=list)  # type: ignore[assignment]
    inventory: list[str] = Field(default_factory=list)
    characters: list[str] = Field(default_factory=list)
    """The people here, in alphabetical order (:meth:`in_one_order`)."""
    arc: Arc = Field(default_factory=Arc)
    skills: dict[str, int] = Field(default_factory=dict)
    """Coping skills practised so far: label -> times."""
    turn: int = 0
    passed: list[Passed] = Field(default_factory=list)  # type: ignore[assignment]
    """The places this turn went through before ``location``, in order (a chained move)."""

    @field_validator("characters")
    @classmethod
    def in_one_order(cls, people: list[str]) -> list[str]:
        """The people here alphabetically, whatever order the summary brings them in, so the
        same people read the same way every turn (newcomers saw the names on "Here:" change
        places between turns)."""
        return sorted(people, key=str.casefold)


def parse_summary(doc: object) -> Summary:
    """A :class:`Summary` from a ``narrative.end`` summary dict (never raises): each top-level
    member that does not read as the protocol describes it takes its default."""
    return read_lenient(Summary, doc) or Summary()
