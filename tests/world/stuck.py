"""Hand-made variants of the tiny world that the validator passes but a player can get stuck in,
or never finish: the solver's test cases."""

from __future__ import annotations

from tests.world.tiny import TINY

HUT_EXIT = '[[locations.exits]]\ndir = "e"\nto = "hut"'
ONE_WAY = TINY.replace(HUT_EXIT, '[[locations.exits]]\ndir = "down"\nto = "pit"\n\n' + HUT_EXIT)
ONE_WAY += """
[[locations]]
id = "pit"
name = "The Pit"
descriptions = ["A deep pit.", "Smooth walls all round, and no way up."]
"""
"""The yard has a way down into a pit with no way out."""

KEY = 'description = "A heavy key."\nat = "keeper"\n'
KEY_SNAPS = TINY.replace(
    KEY,
    KEY
    + """
[[items.uses]]
verb = "use"
with = "box"
effects = [{ place_item = "brass-key", to = "nowhere" }]
text = "The key snaps off in the lock of the box."
""",
)
"""Trying the gate key on the box in the hut destroys it, before the gate is open."""

KEY_GIVEN = 'effects = [{ place_item = "brass-key", to = "player" }]\n'
LOCKED_IN = TINY.replace(KEY, KEY.replace('"keeper"', '"tower"')).replace(KEY_GIVEN, "")
"""The only key to the tower lies inside the tower: the lamp can never be lit."""

SHORE_FOG = 'when = [{ flag = "fog-gone" }]\nblocked = "The fog is too thick."'
DARK_SHORE = TINY.replace(
    SHORE_FOG, 'when = [{ has_item = "matches" }]\nblocked = "Too dark to go that way unlit."'
)
"""The way to the shore needs the matches in hand: put them down on the shore and walk back,
and they can never be fetched (nor the lamp lit)."""
