"""The character document's size rules, shared by the server that enforces them and the client
that enforces them again while the player types (``Input`` lengths, counters).

The server's validation (``tta_server/characters.py``) uses these numbers, and
``character.schema.ok`` sends them as :class:`CharacterLimits`; a client reads the reply with
:meth:`CharacterLimits.from_schema`, falling back to these defaults for anything missing."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

NAME_MIN, NAME_MAX = 2, 40
PRONOUNS_MAX = 20
PROSE_MAX = 1000
"""Appearance and backstory, each."""
TRAITS_MIN, TRAITS_MAX, TRAIT_MIN_CHARS, TRAIT_MAX_CHARS = 1, 10, 2, 30
GOALS_MIN, GOALS_MAX = 1, 5
AVOID_MAX, AVOID_MAX_CHARS = 10, 40
COUNTRY_CHARS = 2
"""An ISO 3166-1 alpha-2 code."""


class CharacterLimits(BaseModel):
    """``limits`` in ``character.schema.ok``: (min, max) pairs and maxima, in characters or
    items."""

    model_config = ConfigDict(
        extra="ignore", frozen=True, json_schema_serialization_defaults_required=True
    )

    name: tuple[int, int] = (NAME_MIN, NAME_MAX)
    pronouns_max: int = PRONOUNS_MAX
    appearance_max: int = PROSE_MAX
    backstory_max: int = PROSE_MAX
    traits: tuple[int, int] = (TRAITS_MIN, TRAITS_MAX)
    trait_chars: tuple[int, int] = (TRAIT_MIN_CHARS, TRAIT_MAX_CHARS)
    goals: tuple[int, int] = (GOALS_MIN, GOALS_MAX)
    avoid_topics_max: int = AVOID_MAX
    avoid_topic_chars_max: int = AVOID_MAX_CHARS
    country_chars: int = COUNTRY_CHARS

    @classmethod
    def from_schema(cls, schema: dict[str, Any]) -> CharacterLimits:
        """The limits a ``character.schema.ok`` reply gives (the defaults if it gives none or
        odd ones)."""
        raw = schema.get("limits")
        try:
            return cls.model_validate(raw if isinstance(raw, dict) else {})
        except ValidationError:
            return cls()
