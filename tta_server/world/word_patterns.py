"""Regexes for words that come from the world or the player (names, keywords), compiled once.

A pattern built from a name at each call is compiled again whenever :mod:`re`'s own cache (512
patterns, dropped oldest first) has let it go, which a world's hundreds of names do every turn;
these keep up to 4,096 patterns each, so a name's pattern is compiled once per process.
"""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=4096)
def whole_words(phrase: str, flags: int = 0) -> re.Pattern[str]:
    """``phrase`` where it stands as whole words (no word character on either side)."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", flags)


@functools.lru_cache(maxsize=4096)
def leading_words(phrase: str, flags: int = 0, after: str = r"(?!\w)") -> re.Pattern[str]:
    """``phrase`` at the start (after any spaces), followed by what the pattern ``after``
    allows (by default: not by a word character)."""
    return re.compile(rf"^\s*{re.escape(phrase)}{after}", flags)


#: Words that lead in to a name at the start of a line ("and you rue, how you are?", "so
#: rue, how are you", "well, maren ..."; newcomer 27): the name after them says who hears it.
_LEAD_IN = re.compile(
    r"^\s*(?:(?:and you|and|so|ok|okay|hey|well|oh|now|right|alright|but|then)\b[\s,.!]*)+",
    re.IGNORECASE,
)


def without_lead_in(words: str) -> str:
    """``words`` without the words leading in to them ("and you rue, how you are?" -> "rue,
    how you are?"); as they are when nothing else follows the lead-in ("ok", "and you?")."""
    found = _LEAD_IN.match(words)
    return words[found.end() :] if found is not None and found.end() < len(words) else words


#: The same thing in another English ("a torch" in Britain is a flashlight; newcomer 23 asked
#: Rue for a torch while a storm lantern hung on its hook): a word -> the other words for it.
REGIONAL: dict[str, tuple[str, ...]] = {
    "lantern": ("torch", "flashlight"),
    "torch": ("lantern", "flashlight"),
    "flashlight": ("torch", "lantern"),
    "biscuits": ("cookies",),
    "cookies": ("biscuits",),
    "biscuit": ("cookie",),
    "cookie": ("biscuit",),
    "jumper": ("sweater",),
    "sweater": ("jumper",),
    "paraffin": ("kerosene",),
    "kerosene": ("paraffin",),
}


def in_other_english(words: str) -> str:
    """Words with the other words for what they name after them ("borrow a torch" ->
    "borrow a torch lantern flashlight"), for matching a world's keywords."""
    more = [w for word in words.split() for w in REGIONAL.get(word.strip("?.,!"), ())]
    return " ".join([words, *more]) if more else words
