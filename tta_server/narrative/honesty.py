"""An honest answer to "are you a real person?" (issue 14, play 34): Pip answered "Don't know.
Ask Dad." and Maren "I couldn't say". A character may still answer in their own voice, but the
player is always told plainly, outside the story, that the characters are written by software,
not people, and where a real person can be reached. Whoever is asked, in either world."""

from __future__ import annotations

import re

_WHAT = (
    r"(?:real(?=\s*(?:$|[?.!,/]|or\b|person|people|human|live))|human|a human"
    r"|(?:a |an )?(?:actual |living )?(?:person|people|human being)"
    r"|(?:a |an )?(?:bot|robot|chat ?bot|ai|a\.i\.?|computer|machine|program|programme|software"
    r"|npc|llm|language model))"
)
_ASKED = re.compile(
    r"\b(?:are|r) (?:you|u|ya|they|these people|the people here)(?: all)?"
    r"(?: (?:a|an|really|even|just|actually|truly|only|some kind of|some sort of))* "
    + _WHAT
    + r"\b"
    r"|\b(?:am i|are we) (?:talking|speaking|chatting|typing) (?:to|with)"
    r"(?: (?:a|an|real|actual|live|just))* " + _WHAT + r"\b"
    r"|\bis (?:this|that|it|she|he|everyone|anyone here)(?: (?:a|an|really|just|actually))* "
    + _WHAT
    + r"\b"
)

REAL_ANSWER = (
    "A plain word from outside the story: everyone you meet here, the guide too, is written by"
    " software. None of them is a real person. If you would like to talk with a real person,"
    " a crisis line is there at any hour: findahelpline.com lists the free ones in your country,"
    " and the guide's help is always there in the story."
)


def asked_if_real(text: str) -> bool:
    """Whether ``text`` asks if the people of the story are real people or software ("are you
    a real person?", "are you real person or computer?", "are you a bot?", "is this an AI?")."""
    said = " ".join(text.lower().replace("\u2019", "'").split())
    return _ASKED.search(said) is not None
