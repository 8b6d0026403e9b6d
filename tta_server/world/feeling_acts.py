"""Feelings shown rather than named: relief said to no one ("thank God", "thank goodness",
"thank heavens", "phew", "what a relief") and tears ("cry", "I start to cry", "I'm crying",
"sob", "weep a little").

Newcomer corpus 29 (a widow from Galway) met "There's no sign of any god here" for her "thank
God", and "I don't know the word 'cry'" for crying. :func:`shown_feeling` names the feeling
such words show ("relieved", "tearful"), so that the game receives them as it receives a
feeling named (:func:`tta_server.world.feelings.named_feelings`): gently, alone or in company,
never as thanks to someone, a search for a god, or a word it does not know. Like
:mod:`tta_server.world.feelings` it decides nothing about safety (the screen reads every input
first).
"""

from __future__ import annotations

import re
from typing import Final

RELIEVED: Final = "relieved"
TEARFUL: Final = "tearful"

_LEAD = r"^(?:(?:oh|och|ah|aw|well|and|but|ok|okay|o|sweet|dear)\W*\s+)*"
_TAIL = (
    r"(?:\W*\s*(?:for that|for small mercies|for small things|at last|finally|again))*"
    r"(?:\W*$|\s*[,.!;:\u2013\u2014-]*\s+(?:that'?s|thats|that is|it'?s|its|it is|she'?s|shes"
    r"|he'?s|hes|they'?re|you'?re|we'?re|i'?m|im) .*$)"
)

#: Relief said to no one: thanks to God or the heavens, "phew", "what a relief".
_RELIEF = re.compile(
    _LEAD + r"(?:thank (?:god|goodness|heavens|heaven|the lord|the lord god|christ|jesus|"
    r"god almighty|the saints|all the saints|mary|the stars|my stars|fuck|feck)"
    r"|thanks be to (?:god|goodness|heavens|heaven|the lord)|phew|whew|what a relief"
    r"|(?:that'?s|thats|that is|it'?s|its|such) (?:a )?relief|praise (?:be|god|the lord)"
    r"|(?:oh )?thank god for that)" + _TAIL,
    re.IGNORECASE,
)

#: Tears: crying as an act of the player's own, alone in its sentence ("cry", "i cry a bit",
#: "i start crying", "i'm crying", "sob quietly", "let myself cry", "i burst into tears").
_TEARS = re.compile(
    _LEAD + r"(?:i\s*)?(?:(?:just|quietly|softly|finally|start to|begin to|start|begin|"
    r"sit and|sit down and|let myself|have a|have a good|can't help but|"
    r"cant help but|want to|need to|(?:'m|m|am) (?:just |still |really )?)\s*)*"
    r"(?:cry|cries|crying|cried|weep|weeps|weeping|wept|sob|sobs|sobbing|sobbed|bawl|"
    r"bawling|tear up|tearing up|well up|welling up|burst into tears|break down|"
    r"breaking down|let the tears (?:come|fall)|tears)"
    r"(?:\s+(?:a bit|a little|a while|for a (?:while|bit|moment|minute)|quietly|softly|"
    r"silently|a little bit|my eyes out|it out|again|now|too|here|alone|for (?:jean|him|her)"
    r"))*\W*$",
    re.IGNORECASE,
)


def shown_feeling(text: str) -> str | None:
    """The feeling words show when they are relief said to no one ("thank God", "phew") or
    tears ("cry", "I start to cry"): :data:`RELIEVED` or :data:`TEARFUL`; None otherwise.
    The words are one sentence, lower or mixed case, apostrophes straight or curly."""
    said = " ".join(text.replace("\u2019", "'").split()).strip()
    if _RELIEF.match(said):
        return RELIEVED
    if _TEARS.match(said):
        return TEARFUL
    return None
