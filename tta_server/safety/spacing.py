"""Normalisation steps about how words are typed apart or together (used by ``classifier``).

* **Product names with digits** ("ps5", "mp3", "gta5", "fifa23") are not leetspeak: the
  classifier keeps them as they are (``keeps_digits``) instead of reading "ps5" as "pss".
* **Words typed letter by letter, two spaces between words** ("m e  q u i e r o  m a t a r"):
  each run of single letters between double spaces is one word (``join_spaced_words``); a
  run that is "i" and a verb typed together ("i w a n t  t o  d i e") is two words.
* **Words typed letter by letter with single spaces, dotted word by word, or glued** ("n o b o d y
  w o u l d", "i.w.a.n.t t.o d.i.e", "ichwillsterben") are split into words by
  ``segmenting`` (round 14e).
* **French and Italian elisions** ("l'inventaire", "d'adieu", "qu'il", "jusqu'au",
  "dell'acqua"): the article, preposition or conjunction is split from its word
  (``split_elisions``), so that rules and the model see "adieu", "inventaire". The elided
  subject and object pronouns ("j'ai", "c'est", "m'en", "n'y", "s'arrete") stay glued as
  before ("jai", "cest"): the French and Italian rules are written on those forms.
"""

from __future__ import annotations

import re
from functools import cache

#: Tokens whose digits are part of a name, not leetspeak.
_KEEP_DIGITS = re.compile(
    r"(?:ps|mp|gta|fifa|pes|nba|nhl|xbox|wii|sims|covid|iphone|pixel|galaxy|cod|csgo|mw|"
    r"ff|top)\d{1,3}"
)


def keeps_digits(token: str) -> bool:
    """True for a product or short code whose digits are not leetspeak ("ps5", "b12")."""
    return _KEEP_DIGITS.fullmatch(token) is not None


#: A run of single letters separated by one space each, between double spaces or the edges.
_SPACED_RUN = re.compile(r"(?<!\S)[a-z](?: [a-z])+(?!\S)")
_DOUBLE_SPACED = re.compile(r"\b[a-z]  +[a-z]\b")


def join_spaced_words(text: str) -> str:
    """Join the letters of each word when words typed letter by letter are split by double
    spaces ("m e  q u i e r o" -> "me quiero"); text without that shape is returned as is."""
    if "  " not in text or _DOUBLE_SPACED.search(text) is None:
        return text
    runs = _SPACED_RUN.findall(text)
    if sum(len(r) // 2 + 1 for r in runs) < 4:  # fewer than four letters typed apart
        return text
    return _SPACED_RUN.sub(_joined, text)


#: Words that follow "i" at the start of a sentence: "i w a n t" typed apart, with no double
#: space between "i" and the verb, is "i want", not "iwant" (round 12).
_AFTER_I = frozenset(
    (
        "want",
        "wanna",
        "will",
        "am",
        "have",
        "had",
        "just",
        "cant",
        "dont",
        "need",
        "feel",
        "hate",
        "wish",
        "took",
        "cut",
        "tried",
        "keep",
        "can",
        "could",
        "would",
        "should",
        "did",
        "do",
        "shall",
        "might",
        "know",
        "swallowed",
        "jumped",
    )
)


def _joined(match: re.Match[str]) -> str:
    word = match.group(0).replace(" ", "")
    if word[0] == "i" and word[1:] in _AFTER_I:
        return "i " + word[1:]
    return word


#: A whole word in a rule's pattern (not a stem: "tagliat(?:a|o)" gives no word).
_WORD = re.compile(r"(?<![a-z\\])[a-z]{4,}(?=s\?|[ |)]|\\b|$)")


@cache
def rule_words(patterns: tuple[str, ...]) -> frozenset[str]:
    """The whole words (four letters or more) written in the rules' patterns (the word list of
    ``segmenting`` holds them all: ``scripts/build_word_list.py``)."""
    words: set[str] = set()
    for pattern in patterns:
        words.update(_WORD.findall(pattern))
    return frozenset(words)


#: Elided articles, prepositions and conjunctions before a word starting with a vowel or h.
_ELISION = re.compile(
    r"\b(l|d(?!'(?:en|y)\b)|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|un|quest|quell)'"
    r"(?=[a-z])"
)


def split_elisions(text: str) -> str:
    """Split elided articles: "l'inventaire" -> "l inventaire" (pronouns stay glued)."""
    if "'" not in text:
        return text
    return _ELISION.sub(_split, text)


def _split(match: re.Match[str]) -> str:
    return match.group(1) + " "
