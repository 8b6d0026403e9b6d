"""The closed vocabulary of a world file: skills, conditions and effects (directions are
:class:`tta_server.protocol.directions.Direction`, shared with the parser and the client).

Conditions and effects are data, written in a world file as one-key tables with a few
companion keys, for example::

    when = [{ has_item = "brass-key" }, { attitude_at_least = "maren", value = 2 }]
    effects = [{ set_flag = "lamp-lit" }, { place_item = "key", to = "player" }]

Conditions: ``has_item``, ``flag``, ``not_flag``, ``at``, ``attitude_at_least`` (with
``value``), ``step_done``. Effects: ``set_flag``, ``clear_flag``, ``place_item`` (with ``to``:
a location id, a character id, ``player``, ``here`` or ``nowhere``), ``move_character`` (with
``to``: a location id, ``here`` or ``nowhere``), ``unlock_exit`` (a location id, with ``dir``),
``attitude`` (a character id, with ``by``), ``practise_skill``, ``complete_step`` and ``end``
(``end = true``). Anything else is rejected with a sentence naming
the allowed keys.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from tta_server.protocol.directions import Direction

ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
"""Ids of locations, items, characters, steps, topics, verbs and beats: kebab-case."""

FlagName = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")]
Id = Annotated[str, Field(pattern=ID_PATTERN)]

PLAYER, NOWHERE, HERE = "player", "nowhere", "here"
"""Special places an item may be in (``here`` only in effects: the player's location)."""


class Skill(StrEnum):
    """The coping skills a world can let the player practise."""

    GROUNDING = "grounding"
    SLOW_BREATHING = "slow_breathing"
    REFRAMING = "reframing"
    SELF_COMPASSION = "self_compassion"
    ASKING_FOR_HELP = "asking_for_help"
    NAMING_FEELINGS = "naming_feelings"
    COOLING_ANGER = "cooling_anger"
    REMEMBERING = "remembering"
    PACING = "pacing"
    CONNECTING = "connecting"


SKILL_LABELS: dict[Skill, str] = {
    Skill.GROUNDING: "Grounding: noticing what your senses tell you, here and now",
    Skill.SLOW_BREATHING: "Slow breathing: a longer breath out than in",
    Skill.REFRAMING: "Reframing: finding a truer, kinder way to read a worried thought",
    Skill.SELF_COMPASSION: "Self-compassion: speaking to yourself as to a friend",
    Skill.ASKING_FOR_HELP: "Asking for help: letting someone share the load",
    Skill.NAMING_FEELINGS: "Naming feelings: putting a word to what is happening inside",
    Skill.COOLING_ANGER: "Cooling anger: feeling the heat without being steered by it",
    Skill.REMEMBERING: "Remembering with care: carrying loss gently",
    Skill.PACING: "Pacing: one small step, then the next",
    Skill.CONNECTING: "Connecting: reaching out and letting others in",
}


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- conditions -------------------------------------------------------------------------------
class HasItem(_Data):
    """True while the player carries the item."""

    has_item: Id


class FlagSet(_Data):
    """True while the flag is set."""

    flag: FlagName


class FlagNotSet(_Data):
    """True while the flag is not set."""

    not_flag: FlagName


class At(_Data):
    """True while the player is at the location."""

    at: Id


class AttitudeAtLeast(_Data):
    """True while the character's attitude towards the player is at least ``value``."""

    attitude_at_least: Id
    value: int = Field(ge=-5, le=5)


class StepDone(_Data):
    """True once the arc step is complete."""

    step_done: Id


class Visited(_Data):
    """True once the player has been at the location (and met whoever waits there: Ember's
    Ilse in the Clock Loft, found before Bastian has told of her)."""

    visited: Id


CONDITION_KINDS = (
    "has_item",
    "flag",
    "not_flag",
    "at",
    "attitude_at_least",
    "step_done",
    "visited",
)
EFFECT_KINDS = (
    "set_flag",
    "clear_flag",
    "place_item",
    "move_character",
    "unlock_exit",
    "attitude",
    "practise_skill",
    "complete_step",
    "end",
)


def _kind(kinds: tuple[str, ...]) -> Any:
    def pick(value: Any) -> str | None:
        if isinstance(value, BaseModel):
            value = value.model_dump()
        if not isinstance(value, dict):
            return None
        found = [k for k in kinds if k in value]
        return found[0] if len(found) == 1 else None

    return pick


Condition = Annotated[
    Annotated[HasItem, Tag("has_item")]
    | Annotated[FlagSet, Tag("flag")]
    | Annotated[FlagNotSet, Tag("not_flag")]
    | Annotated[At, Tag("at")]
    | Annotated[AttitudeAtLeast, Tag("attitude_at_least")]
    | Annotated[StepDone, Tag("step_done")]
    | Annotated[Visited, Tag("visited")],
    Discriminator(
        _kind(CONDITION_KINDS),
        custom_error_type="condition",
        custom_error_message=(
            "a condition is a table with exactly one of: " + ", ".join(CONDITION_KINDS)
        ),
    ),
]


# -- effects ----------------------------------------------------------------------------------
class SetFlag(_Data):
    """Set a flag."""

    set_flag: FlagName


class ClearFlag(_Data):
    """Clear a flag."""

    clear_flag: FlagName


class PlaceItem(_Data):
    """Move an item: to a location, a character, the player, ``here`` or ``nowhere``."""

    place_item: Id
    to: Id


class MoveCharacter(_Data):
    """Move a character: to a location, ``here`` (the player's location) or ``nowhere``."""

    move_character: Id
    to: Id


class UnlockExit(_Data):
    """Unlock the exit leaving location ``unlock_exit`` in direction ``dir``."""

    unlock_exit: Id
    dir: Direction


class ChangeAttitude(_Data):
    """Change a character's attitude towards the player by ``by`` (clamped to -5..5)."""

    attitude: Id
    by: int = Field(ge=-5, le=5)


class PractiseSkill(_Data):
    """Count one practice of a coping skill."""

    practise_skill: Skill


class CompleteStep(_Data):
    """Complete an arc step now (its own effects apply too)."""

    complete_step: Id


class End(_Data):
    """Reach the arc's ending."""

    end: Literal[True]


Effect = Annotated[
    Annotated[SetFlag, Tag("set_flag")]
    | Annotated[ClearFlag, Tag("clear_flag")]
    | Annotated[PlaceItem, Tag("place_item")]
    | Annotated[MoveCharacter, Tag("move_character")]
    | Annotated[UnlockExit, Tag("unlock_exit")]
    | Annotated[ChangeAttitude, Tag("attitude")]
    | Annotated[PractiseSkill, Tag("practise_skill")]
    | Annotated[CompleteStep, Tag("complete_step")]
    | Annotated[End, Tag("end")],
    Discriminator(
        _kind(EFFECT_KINDS),
        custom_error_type="effect",
        custom_error_message="an effect is a table with exactly one of: " + ", ".join(EFFECT_KINDS),
    ),
]

ATTITUDE_MIN, ATTITUDE_MAX = -5, 5


def attitude_word(value: int) -> str:
    """A word for an attitude number, for narrators."""
    if value <= -2:
        return "upset"
    if value == -1:
        return "wary"
    if value == 0:
        return "neutral"
    if value == 1:
        return "warm"
    return "trusting"
