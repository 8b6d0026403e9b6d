"""What a narrator is given (:class:`Scene`) and what it promises (:class:`Narrator`).

The turn pipeline parses the player's text, applies each action with the world engine and
hands the narrator one :class:`Scene`: the persona (who the player plays), every action with
its outcome and the context after it, and enough memory of earlier turns to vary the prose.
The narrator returns paragraphs; the pipeline streams each one as a ``narrative.chunk`` event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from tta_server.world.engine import Action, Context, Outcome
from tta_server.world.schema import World

DEFAULT_PRONOUNS = "they/them"


@dataclass(frozen=True)
class Persona:
    """The character the player plays, as the narrator needs it.

    ``pronouns`` is what the player wrote ("she/her", "he/him", "they/them", or their own,
    e.g. "xe/xem"); ``goals`` are :class:`~tta_server.characters.Goal` values; ``intensity``
    is ``gentle``, ``moderate`` or ``challenging``; ``avoid_topics`` are the player's own words
    for content to leave out or soften ("heights", "deep water"); ``quiet_coaching`` (the
    profile's ``quiet_coaching``) leaves out the narrator's coaching after a skill is practised
    (the skill's name, encouragement, asides about how the player is doing): the story alone.
    """

    name: str
    pronouns: str = DEFAULT_PRONOUNS
    goals: tuple[str, ...] = ()
    intensity: str = "gentle"
    avoid_topics: tuple[str, ...] = ()
    quiet_coaching: bool = False

    @classmethod
    def of(cls, doc: dict[str, Any]) -> Persona:
        """From a stored character document (see :mod:`tta_server.characters`)."""
        profile = doc.get("profile") or {}
        return cls(
            name=str(doc.get("name") or "traveller"),
            pronouns=str(doc.get("pronouns") or DEFAULT_PRONOUNS),
            goals=tuple(str(g) for g in profile.get("goals") or ()),
            intensity=str(profile.get("intensity") or "gentle"),
            avoid_topics=tuple(str(t) for t in profile.get("avoid_topics") or ()),
            quiet_coaching=profile.get("quiet_coaching") is True,
        )


@dataclass(frozen=True)
class Step:
    """One action of the turn, in order: what was tried, what came of it, and the moment after.

    ``raw`` is the clause as the player typed it. ``outcome.ok`` is False for an action the
    world refused (nothing changed; ``outcome.facts.get("text")`` may hold the world's own
    in-fiction explanation). ``context`` is the moment after this action.
    """

    action: Action
    raw: str
    outcome: Outcome
    context: Context


@dataclass(frozen=True)
class Scene:
    """Everything a narrator may use for one turn (or for a session's opening).

    * ``opening``: the first narration of a session: the world's intro, then the first place.
      ``steps`` is empty.
    * ``steps``: the actions of this turn, in order. The pipeline stops at the first refused
      action, so only the last step can have ``outcome.ok`` False.
    * ``steps`` empty and not ``opening``: nothing in the text could be understood;
      ``suggestions`` holds things to try here ("go north", "talk to Rue"), and
      ``feelings`` the feelings the player named ("I feel anxious" -> ``("anxious",)``), and
      ``unknown`` (when no feeling is named) a plain sentence on the words the game knew and did
      not ("I know the word 'lantern', but not 'frobnicate'.").
    * ``context``: the moment after the turn (what the client's side panel shows).
    * ``text``: what the player typed. Only the LLM narrator sees it, inside its prompt.
    * ``recent``: short lines about the last few turns, oldest first, for continuity.
    * ``previous``: the whole text narrated last time in this session, or None; a narrator
      must not return exactly the same text again.
    * ``brief``: the player chose brief descriptions (the ``brief`` command): a place they
      come back to is named, not described again (``look`` still describes it in full).
    * ``told``: the memory of what was narrated in the last 50 turns
      (:mod:`tta_server.narrative.told`, ``WorldState.told``); the default narrator says
      nothing from it again, except a room description the player asked for.
    * ``quote``: the player's own words may be quoted back (the safety screen passed them
      without concern); when False a narrator must not echo what the player typed.
    """

    world: World
    persona: Persona
    context: Context
    steps: tuple[Step, ...] = ()
    opening: bool = False
    text: str = ""
    suggestions: tuple[str, ...] = ()
    feelings: tuple[str, ...] = ()
    unknown: str = ""
    recent: tuple[str, ...] = ()
    previous: str | None = None
    brief: bool = False
    told: tuple[str, ...] = ()
    quote: bool = True


class Narrator(Protocol):
    """Writes the prose of a scene."""

    async def narrate(self, scene: Scene) -> list[str]:
        """Paragraphs in reading order: at least one, none empty, plain text (no markup).

        Must not raise for any scene the pipeline can build; must not change anything.
        """
        ...

    async def aclose(self) -> None:
        """Release connections (the server calls it once, at shutdown)."""
        ...
