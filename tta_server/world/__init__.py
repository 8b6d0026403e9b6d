"""Worlds: the schema of a world file, its loader and validator, and the pure game engine.

* :mod:`~tta_server.world.vocab`: skills, directions, and the closed vocabulary of conditions
  and effects;
* :mod:`~tta_server.world.schema`: the models of a world file's entries, and :class:`World`;
* :mod:`~tta_server.world.checks` and :mod:`~tta_server.world.loader`: every problem of a
  file at once (``validate_file``), or a checked world (``load_world``);
* :mod:`~tta_server.world.state`: a playthrough's state, conditions and effects;
* :mod:`~tta_server.world.engine` (``apply``) and :mod:`~tta_server.world.views` (``scope``,
  ``context``): pure functions of a world and a state.
* :mod:`~tta_server.world.solver` (``solve``): the shortest solution of a world, and proof
  that no reachable state is a dead end (``tta-admin world check``).
"""

from tta_server.world.engine import (
    MESSAGES,
    Action,
    Context,
    Outcome,
    Scope,
    apply,
    context,
    scope,
)
from tta_server.world.loader import WorldError, load_world, validate_file
from tta_server.world.schema import World
from tta_server.world.state import Delta, DeltaKind, WorldState, new_state
from tta_server.world.vocab import SKILL_LABELS, Skill

__all__ = [
    "MESSAGES",
    "SKILL_LABELS",
    "Action",
    "Context",
    "Delta",
    "DeltaKind",
    "Outcome",
    "Scope",
    "Skill",
    "World",
    "WorldError",
    "WorldState",
    "apply",
    "context",
    "load_world",
    "new_state",
    "scope",
    "validate_file",
]
