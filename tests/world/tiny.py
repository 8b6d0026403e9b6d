"""A tiny world for engine and validator tests: a yard, a hut, a shore and a locked tower."""

from __future__ import annotations

TINY = """
[world]
id = "tiny"
title = "The Tiny Yard"
summary = "A yard, a hut, a foggy shore and a tower with a lamp."
goals = ["managing_anxiety"]
skills = ["grounding", "slow_breathing", "asking_for_help"]
start = "yard"
intro = "You stand in a small yard."
player = "You look windswept."
background = ["room", "lid", "earth", "tea"]

[guide]
character = "keeper"
check_in = "The keeper asks how you are doing."
grounding = "The keeper asks you to name three things you can see."
pause = "The keeper says you can rest here as long as you like."

[[locations]]
id = "yard"
name = "The Yard"
descriptions = ["A small yard.", "A yard of packed earth."]
first_visit = "The fog presses close."
notes = [{ when = [{ flag = "fog-gone" }], text = "The fog has gone." }]
[[locations.exits]]
dir = "n"
to = "tower"
door = "iron gate"
aliases = ["gate"]
locked = true
key = "brass-key"
blocked = "The gate is locked. Perhaps the keeper has a key."
unlocked_text = "The key turns."

[[locations.exits]]
dir = "e"
to = "hut"

[[locations.exits]]
dir = "w"
to = "shore"
when = [{ flag = "fog-gone" }]
blocked = "The fog is too thick."

[[locations]]
id = "hut"
name = "The Hut"
descriptions = ["A warm hut.", "A hut that smells of tea."]
exits = [{ dir = "w", to = "yard" }]

[[locations]]
id = "shore"
name = "The Shore"
descriptions = ["Grey water.", "Pebbles and foam."]
tags = ["deep water"]
exits = [{ dir = "e", to = "yard" }]

[[locations]]
id = "tower"
name = "The Tower"
descriptions = ["A round room.", "Stone walls."]
exits = [{ dir = "s", to = "yard" }]

[[items]]
id = "stone"
name = "a smooth stone"
aliases = ["stone", "pebble"]
description = "Cool and smooth."
at = "yard"

[[items]]
id = "brass-key"
name = "a brass key"
aliases = ["key"]
description = "A heavy key."
at = "keeper"

[[items]]
id = "matches"
name = "a box of matches"
aliases = ["matches"]
description = "Dry matches."
at = "hut"

[[items.uses]]
verb = "use"
with = "lamp"
text = "You strike a match and light the lamp."
effects = [{ set_flag = "lamp-lit" }]
skill = "slow_breathing"

[[items]]
id = "lamp"
name = "the great lamp"
aliases = ["lamp"]
description = "A lamp as tall as you."
at = "tower"
portable = false
fixed = "The lamp is bolted to the floor."

[[items.uses]]
verb = "light"
when = [{ has_item = "matches" }]
otherwise = "You need something to light it with."
effects = [{ set_flag = "lamp-lit" }]
text = "You breathe in, then out slowly, and light the lamp."
skill = "slow_breathing"

[[items]]
id = "box"
name = "a wooden box"
aliases = ["box"]
description = "A box with a loose lid."
at = "hut"
portable = false

[[items.uses]]
verb = "open"
effects = [{ place_item = "shell", to = "here" }]
text = "Inside the box is a shell."
again = "The box is empty now."

[[items]]
id = "shell"
name = "a spiral shell"
aliases = ["shell"]
description = "Pink inside."
at = "nowhere"

[[characters]]
id = "keeper"
name = "the keeper"
aliases = ["keeper"]
description = "An old woman with a kind face."
at = "hut"
default = "The keeper smiles and pours more tea."
declines = "The keeper shakes her head: keep it."

[[characters.topics]]
id = "key"
keywords = ["key", "gate"]
when = [{ attitude_at_least = "keeper", value = 1 }]
otherwise = "The keeper looks at you for a long moment. Not yet."
effects = [{ place_item = "brass-key", to = "player" }]
text = "The keeper gives you the key."
skill = "asking_for_help"

[[characters.topics]]
id = "fog"
keywords = ["fog"]
text = "The keeper says the fog lifts when you count what you notice."

[[characters.reactions]]
gift = "stone"
effects = [{ attitude = "keeper", by = 1 }]
text = "The keeper turns the stone over in her hands and smiles."

[[characters.reactions]]
verb = "thank"
text = "The keeper nods."

[[verbs]]
id = "count"
verb = "count"
aliases = ["notice"]
at = ["yard"]
effects = [{ set_flag = "fog-gone" }]
text = "Five things you see, four you hear... The fog thins."
skill = "grounding"

[arc]
[[arc.steps]]
id = "clear-fog"
title = "Clear the fog"
when = [{ flag = "fog-gone" }]
text = "The fog is gone."
hint = "Try counting what you notice."

[[arc.steps]]
id = "light-lamp"
title = "Light the lamp"
when = [{ flag = "lamp-lit" }]
text = "The lamp is lit."
hint = "The lamp is in the tower."

[arc.ending]
title = "Light"
text = "The light sweeps the sea."

[[beats]]
id = "count-fog"
skill = "grounding"
at = "yard"
invite = "The fog is thick. You could count what you notice."
via = "verb:count"

[[scenery]]
id = "fog"
name = "the fog"
aliases = ["fog", "mist"]
at = ["yard"]
description = "Grey fog, thick as wool."
smell = "Salt and old rope."
[[scenery.states]]
when = [{ flag = "fog-gone" }]
description = "Only a few wisps of fog are left."
"""

TINY_SOLUTION = [
    "take stone",
    "go e",
    "give stone to keeper",
    "take matches",
    "talk to keeper about key",
    "go w",
    "open n",
    "count",
    "go n",
    "use matches with lamp",
]
"""The tiny world's shortest solution, as ``tta-admin world check`` says each action."""
