"""Staying the night somewhere in the story: a rest the n-gram model reads as a crisis (issue 12).

Round 22's development set (safety25) found "i'll sleep up here in the net loft tonight" a
crisis of the n-gram model alone (0.84): a hold on a player who means to rest in a place of the
world ("tonight" and a loft are words of its crisis class). Sleeping, resting or staying
somewhere (here, in or at a place) for the night, with no word of risk, finality or not waking
(``going_home.RISK``, and "wake"), is a concern at most: the learned signals' crisis on it is
lowered by the classifier and the contextual step (reason ``...:overnight``); a rule's crisis is
never lowered ("i'll sleep in the loft tonight and never wake up" is crisis by the rules).
Tested in ``tests/safety/test_round22c.py``.

Play corpus 22 found the same on lingering: "i want to stay here a minute and watch the light
turning" (0.87), a newcomer resting at the lighthouse, held as a crisis. Staying (here, in or
at a place) for a while (``_WHILE``: a minute, a while, a moment, a bit, for now) is read the
same way, with a place's drop or water named (``_DROP``: an edge, a ledge, the tracks, the
waves ...) as a risk word too; tested in ``tests/safety/test_lingering.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.going_home import RISK

_STAY = re.compile(
    r"\b(?:sleep|sleeping|kip|kipping|nap|rest|resting|stay|staying|sit|sitting|linger|"
    r"camp|camping|bed down|"
    r"crash|spend the night|put my head down|get some sleep|get some rest)\b"
)
_WHERE = re.compile(
    r"\b(?:here|up here|down here|in (?:the|this) \w+|at (?:the|this) \w+|"
    r"by (?:the|this) \w+|on (?:the|this) \w+)\b"
)
_NIGHT = re.compile(r"\b(?:tonight|for the night|till morning|until morning|overnight|the night)\b")
#: A while, not the night (play corpus 22).
_WHILE = re.compile(
    r"\b(?:a minute|a few minutes|a moment|a while|a little while|a bit|a little|for now|"
    r"a second)\b"
)
#: Where a wait is at a drop or by water: no frame (a person may wait on a ledge to jump).
_DROP = re.compile(
    r"\b(?:edge|ledge|cliff\w*|roof\w*|rail\w*|parapet|tracks|platform|drop|fall\w*|water|"
    r"waves|sea|river|below|down there|look\w* down|courage|nerve|before i|then i)\b"
)
#: Not waking oneself; waking someone else ("and not wake the kids") is ordinary.
_WAKE = re.compile(
    r"\b(?:wake|waking|woke|awake)\b(?! (?:up )?(?:the|my|your|his|her|their|our|everyone|"
    r"anyone|anybody|him|them|you)\b)"
)


def overnight(said: str) -> bool:
    """Whether normalised ``said`` stays the night somewhere, or a while (at no drop or
    water), with no word of risk or waking."""
    if _STAY.search(said) is None or _WHERE.search(said) is None:
        return False
    if RISK.search(said) is not None or _WAKE.search(said) is not None:
        return False
    if _NIGHT.search(said) is not None:
        return True
    return _WHILE.search(said) is not None and _DROP.search(said) is None
