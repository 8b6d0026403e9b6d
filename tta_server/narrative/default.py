"""The default narrator: prose composed from the world graph and the turn's outcomes, offline.

:meth:`DefaultNarrator.compose` uses the world's own prose wherever there is some (location
descriptions, first-visit texts and notes, items' "here" texts and descriptions, interaction
texts in ``outcome.facts["text"]``, blocked-exit and unlocking texts, step and ending texts in
the deltas) and writes connective prose around it from the tables in
:mod:`tta_server.narrative.phrases`: arrivals, who is here and in what mood, the ways on, things
gained, attitudes warming, skills practised, refusals and suggestions.

One scene is written by a :class:`~tta_server.narrative.composer.Composer`, put together from
the parts of a scene, one module each:

- :mod:`~tta_server.narrative.writer`: seeded choice among variants, never what was said in the
  last 50 narrations; the tone;
- :mod:`~tta_server.narrative.places`: a place, who and what is in it, the ways on, invitations,
  suggestions when nothing was understood;
- :mod:`~tta_server.narrative.conversation`: the player's words quoted, answers and replies;
- :mod:`~tta_server.narrative.refusals`: what the world refused;
- :mod:`~tta_server.narrative.changes`: what changed (things, attitudes, ways, skills and
  coaching, steps, the ending);
- :mod:`~tta_server.narrative.composer`: the scene, each step's action in turn.

If the whole text would equal ``scene.previous``, the scene is composed again from another
seed, and at last a short coda is added. The same scene always reads the same."""

from __future__ import annotations

import logging

from tta_server.narrative import phrases as P
from tta_server.narrative.avoid import avoids, interaction_tags
from tta_server.narrative.base import Scene
from tta_server.narrative.composer import Composer as _Composer
from tta_server.narrative.pronouns import Pronouns, parse_pronouns
from tta_server.narrative.words import in_sentence, squash

__all__ = ["DefaultNarrator", "Pronouns", "avoids", "interaction_tags", "parse_pronouns"]

log = logging.getLogger(__name__)


# -- the narrator ---------------------------------------------------------------------------------
class DefaultNarrator:
    """Composes a scene's prose from the world and the outcomes; needs no network."""

    def compose(self, scene: Scene) -> list[str]:
        """The paragraphs for a scene: deterministic, and never the previous text again."""
        previous = squash(scene.previous) if scene.previous else None
        for attempt in range(3):
            composer = _Composer(scene, attempt)
            paragraphs = composer.run()
            if previous is None or squash(" ".join(paragraphs)) != previous:
                return paragraphs
        return [*paragraphs, composer.say(P.CODA[composer.tone])]

    async def narrate(self, scene: Scene) -> list[str]:
        try:
            return self.compose(scene)
        except Exception:  # a narrator must not fail a turn; say something plain instead
            log.exception("default narrator failed on a scene; using a plain line")
            return [f"You take in {in_sentence(scene.context.location.name)}, and wait."]

    async def aclose(self) -> None:
        """Nothing to release (the protocol asks every narrator for it)."""
