"""A character's own question that is no story question ("And you? Where have you washed up
from?", "new in the city?", "You're new too, aren't you?"): the next free words said are the
answer (issue 14, newcomer corpus 27: "im from leicester", "leicester lol. came here for a
quiet week" were not understood right after Rue asked).

:func:`asked_back` finds such a question at the end of what a character says (in the last two
sentences, asking the player: a "you" in it; "Why does everyone want to talk?" asks no one);
the engine keeps it in ``WorldState.chatting`` with the turn it was asked on, and it stays
open (:func:`chat_open`) until the next action done: the words said next, unless they are a
command, go to the one who asked (:func:`~tta_server.world.talk.reply_action`) and are heard
as an answer (``talk.heard``: the player's words, then the character's ``heard`` line).
"""

from __future__ import annotations

import re

from tta_server.world.asked import sentences_of
from tta_server.world.state import WorldState

#: The player telling where they are from unasked ("lol im from leicester thats close to leeds
#: kinda", "I grew up in Swansea"): heard as an answer would be, by whoever is here.
_FROM = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are) (?:originally |actually |really )?from\b"
    r"|\bi (?:come|came) from\b|\bi (?:live|grew up|was born) (?:in|near|by|on)\b"
)

_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def asked_back(text: str) -> bool:
    """Whether a character's text ends by asking the player something: one of its last two
    sentences ends in a question mark and speaks to "you"."""
    sentences = sentences_of(text)
    return any(
        x.rstrip("'\u2019\" ").endswith("?") and _YOU.search(x) is not None for x in sentences[-2:]
    )


def tells_where_from(words: str) -> bool:
    """Whether the words tell where the player is from or lives ("im from leicester")."""
    return _FROM.search(" ".join(words.lower().replace("\u2019", "'").split())) is not None


def chat_open(state: WorldState, who: str) -> bool:
    """Whether ``who`` asked the player something of their own on the last action done."""
    return state.chatting.get(who) == state.turn and who not in state.asking
