"""NGA: narrative generation. A narrator turns what the world engine decided into prose.

Narrators never change the world: they only read a :class:`~tta_server.narrative.base.Scene`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tta_server.narrative.base import Narrator, Persona, Scene, Step

if TYPE_CHECKING:
    from tta_server.settings import Settings

__all__ = ["Narrator", "Persona", "Scene", "Step", "make_narrator"]


def make_narrator(settings: Settings) -> Narrator:
    """The narrator the settings ask for (the LLM one always falls back to the default)."""
    from tta_server.narrative.default import DefaultNarrator
    from tta_server.settings import NarratorKind

    default = DefaultNarrator()
    if settings.narrator is NarratorKind.LLM:
        from tta_server.narrative.llm import LlmNarrator

        return LlmNarrator(settings, fallback=default)
    return default
