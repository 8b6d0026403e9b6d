"""An honest answer to "are you a real person?" (issue 14, play 34): Pip answered "Don't know.
Ask Dad." and Maren "I couldn't say". A character may still answer in their own voice, but the
player is always told plainly, outside the story, that the characters are written by software,
not people, and where a real person can be reached: the first helpline of the player's own
country, as the crisis resources name it (``crisis_resources.toml``, the character's country;
``international`` for none), not one web address for everyone (play 35). Whoever is asked,
in either world."""

from __future__ import annotations

import re

from tta_server.safety.resources import CountryResources

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

_VERB = {"call": "call", "text": "text", "call or text": "call or text", "web": "visit"}


def real_answer(resources: CountryResources) -> str:
    """The plain word that the people here are software, naming where a real person can be
    reached in the player's country: its first helpline, as the crisis panel shows it."""
    line = resources.lines[0]
    note = f" {line.note}" if line.note else ""
    note = note if note.endswith((".", "!", "?")) or not note else f"{note}."
    return (
        "A plain word from outside the story: everyone you meet here, the guide too, is written"
        " by software. None of them is a real person. If you would like to talk with a real"
        f" person, a crisis line is there for you: {line.name} ({_VERB[line.how]} {line.contact},"
        f" {line.hours}).{note}"
        " The guide's help is always there in the story too."
    )


def asked_if_real(text: str) -> bool:
    """Whether ``text`` asks if the people of the story are real people or software ("are you
    a real person?", "are you real person or computer?", "are you a bot?", "is this an AI?")."""
    said = " ".join(text.lower().replace("\u2019", "'").split())
    return _ASKED.search(said) is not None
