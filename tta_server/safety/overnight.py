"""Staying the night somewhere in the story: a rest the n-gram model reads as a crisis (issue 12).

Round 22's development set (safety25) found "i'll sleep up here in the net loft tonight" a
crisis of the n-gram model alone (0.84): a hold on a player who means to rest in a place of the
world ("tonight" and a loft are words of its crisis class). Sleeping, resting or staying
somewhere (here, in or at a place) for the night, with no word of risk, finality or not waking
(``going_home.RISK``, and "wake"), is a concern at most: the learned signals' crisis on it is
lowered by the classifier and the contextual step (reason ``...:overnight``); a rule's crisis is
never lowered ("i'll sleep in the loft tonight and never wake up" is crisis by the rules).
Tested in ``tests/safety/test_round22c.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.going_home import RISK

_STAY = re.compile(
    r"\b(?:sleep|sleeping|kip|kipping|nap|rest|resting|stay|staying|camp|camping|bed down|"
    r"crash|spend the night|put my head down|get some sleep|get some rest)\b"
)
_WHERE = re.compile(
    r"\b(?:here|up here|down here|in (?:the|this) \w+|at (?:the|this) \w+|"
    r"by (?:the|this) \w+|on (?:the|this) \w+)\b"
)
_NIGHT = re.compile(r"\b(?:tonight|for the night|till morning|until morning|overnight|the night)\b")
#: Not waking oneself; waking someone else ("and not wake the kids") is ordinary.
_WAKE = re.compile(
    r"\b(?:wake|waking|woke|awake)\b(?! (?:up )?(?:the|my|your|his|her|their|our|everyone|"
    r"anyone|anybody|him|them|you)\b)"
)


def overnight(said: str) -> bool:
    """Whether normalised ``said`` stays the night somewhere, with no word of risk or waking."""
    return (
        _STAY.search(said) is not None
        and _WHERE.search(said) is not None
        and _NIGHT.search(said) is not None
        and RISK.search(said) is None
        and _WAKE.search(said) is None
    )
