"""NGA: narrative generation. A narrator turns what the world engine decided into prose.

Narrators never change the world: they only read a :class:`~tta_server.narrative.base.Scene`.
"""

from tta_server.narrative.base import Narrator, Persona, Scene, Step

__all__ = ["Narrator", "Persona", "Scene", "Step"]
