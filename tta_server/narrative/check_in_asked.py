"""A question about the check-in panel or its helplines ("Why did it give me the Samaritans
number? I only wanted a cup of tea.", "why did that box come up", "why are you asking if im
ok"): answered by the game, outside the story, in plain kind words (what the box is, that it
can be closed, sorry if it was not needed), never by a character (newcomer corpus 32 met
Bastian's canned "Thank you for telling me straight ... Weather changes" for it)."""

from __future__ import annotations

import re

_LINES = (
    r"samaritans|helplines?|help ?lines?|crisis (?:lines?|numbers?|panel|box|message)"
    r"|hotlines?|phone numbers?|(?:that|the|a|this|those|these) (?:phone )?numbers?"
    r"|safety (?:panel|box|message)|check ?-?ins?(?: panel| box)?"
)
_BOX = r"(?:box|panel|pop ?-?up|popup|window|message|notice|warning)"
_ASKED = re.compile(
    r"\bwhy\b.*\b(?:" + _LINES + r")\b"
    r"|\bwhy (?:did|does|do|has|is|was|would|will|is it that) (?:that|the|this|a|it|you)"
    r"(?: (?:safety|grey|gray|little|big|green|red))? "
    + _BOX
    + r"?(?: (?:keep|keeps))? ?(?:come|came|coming|pop|popping|popped|show|showing|showed|appear"
    r"|appearing|appeared|open|opening|opened|give|giving|gave|put|putting)\b"
    r"|\bwhat (?:was|is|s|were) (?:that|this|the|those|these)(?: (?:safety|grey|gray|little))? "
    + _BOX
    + r"\b(?! (?:on|in|at|of) )"
    r"|\bwhy (?:are|r|do|did|does|is) (?:you|u|it|they|the game|this game)(?: keep| keeps)?"
    r" (?:asking|ask|asked|checking|check)(?: me)?(?: if| whether| how| that)? (?:i ?m|i am|i'm"
    r"|im|i feel|i was|im feeling|i am feeling)? ?(?:ok|okay|alright|all right|fine|doing|feeling"
    r"|safe|in danger)\b"
)


def asked_about_check_in(text: str) -> bool:
    """Whether ``text`` asks about the check-in panel, its helplines, or why the game asks
    how the player is (see the module docstring)."""
    said = " ".join(text.lower().replace("\u2019", "'").replace("'", "").split())
    return _ASKED.search(said) is not None


CHECK_IN_EXPLAINED = (
    "A plain word from outside the story: that box was the game's check-in. A safety check"
    " reads everything you type, and now and then an ordinary line sounds heavy to it, so it"
    " shows free, confidential lines you could reach, just in case. You did nothing wrong, and"
    " you don't have to use them. You can close the box (Escape closes it) and carry on with"
    " the story. Sorry if it wasn't needed, and sorry if it gave you a turn."
)
"""The game's answer: what the box is, that it can be closed, and sorry if it was not
needed."""
