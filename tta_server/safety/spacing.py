"""Normalisation steps about how words are typed apart or together (used by ``classifier``).

* **Product names with digits** ("ps5", "mp3", "gta5", "fifa23") are not leetspeak: the
  classifier keeps them as they are (``keeps_digits``) instead of reading "ps5" as "pss".
* **Words typed letter by letter, two spaces between words** ("m e  q u i e r o  m a t a r"):
  each run of single letters between double spaces is one word (``join_spaced_words``); a
  run that is "i" and a verb typed together ("i w a n t  t o  d i e") is two words.
* **Letters typed apart before a one-letter word** ("p o n t e e nao quero"): the run
  "pontee" is read as "ponte e" when "ponte" is a word the rules know and "pontee" is not
  (``split_trailing_word``; the one-letter words are those of the six languages: "e", "a",
  "o", "y", "i", "u").
* **French and Italian elisions** ("l'inventaire", "d'adieu", "qu'il", "jusqu'au",
  "dell'acqua"): the article, preposition or conjunction is split from its word
  (``split_elisions``), so that rules and the model see "adieu", "inventaire". The elided
  subject and object pronouns ("j'ai", "c'est", "m'en", "n'y", "s'arrete") stay glued as
  before ("jai", "cest"): the French and Italian rules are written on those forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
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


#: One-letter words of the six languages that can follow a word typed letter by letter.
ONE_LETTER_WORDS = frozenset("eaoyiu")
#: A whole word in a rule's pattern (not a stem: "tagliat(?:a|o)" gives no word).
_WORD = re.compile(r"(?<![a-z\\])[a-z]{4,}(?=s\?|[ |)]|\\b|$)")


@cache
def _vocabulary(patterns: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()
    for pattern in patterns:
        words.update(_WORD.findall(pattern))
    return frozenset(words)


def split_trailing_word(run: str, patterns: Iterable[str]) -> list[str]:
    """``run`` (letters typed apart, joined), split into a word and a trailing one-letter word
    when only the shorter word is known to the rules: "pontee" -> ["ponte", "e"]."""
    if len(run) < 5 or run[-1] not in ONE_LETTER_WORDS:
        return [run]
    known = _vocabulary(tuple(patterns))
    if run in known or run[:-1] not in known:
        return [run]
    return [run[:-1], run[-1]]


#: Short words a phrase typed letter by letter may hold besides the rules' words of four letters
#: or more (round 13: "e.n.d.i.n.g. i.t. t.o.n.i.g.h.t", "j.e.v.e.u.x.m.o.u.r.i.r").
_SHORT = (
    "i a me my to it do so no not can cant all end die now cut off out of in on up be am is "
    "just want will dead ill im je tu me ma en un yo mi se de la el lo te eu io ich du mir "
    "mal tot nie mehr mit der die das"
)
SHORT_WORDS = frozenset(_SHORT.split())


def split_phrase(run: str, patterns: Iterable[str]) -> list[str]:
    """``run`` (a phrase typed letter by letter, joined: "endingittonight") split into the
    fewest known words ("ending it tonight"), or ``[run]`` when it is a known word, shorter
    than 8 letters, or cannot be split wholly into words the rules or ``SHORT_WORDS`` know."""
    known = _vocabulary(tuple(patterns))
    if len(run) < 8 or run in known:
        return [run]
    words = _fewest_words(run, known, SHORT_WORDS)
    return words if words and len(words) > 1 else [run]


def _fewest_words(run: str, known: frozenset[str], short: frozenset[str]) -> list[str] | None:
    """``run`` split wholly into the fewest words of ``known`` or ``short``, or None."""
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for begin in range(max(0, end - 20), end):
            head, word = best[begin], run[begin:end]
            if head is None or (word not in known and word not in short):
                continue
            if best[end] is None or len(head) + 1 < len(best[end] or ()):
                best[end] = [*head, word]
    return best[-1]


#: Short words of the six languages a sentence typed with no spaces, or letter by letter with
#: one space throughout, may hold besides the rules' words and ``SHORT_WORDS`` (round 18:
#: "naoqueromaisexistir", "i c h w i l l s t e r b e n").
_GLUE_SHORT = (
    "he hes she my me i im am so off from the at on by any more dont not no ever "
    "nao eu ja mais pra pro vou "
    "no ya mas yo me te lo quiero "
    "ne je pas plus veux vais "
    "non piu di mi io ho "
    "ich will nicht mehr mich mag kein bin "
    "meu minha pai mae mon ma mio mia mein dad mum mom parar d car voy "
)
GLUE_WORDS = SHORT_WORDS | frozenset(_GLUE_SHORT.split())


def split_glued(
    run: str, patterns: Iterable[str], reads: Callable[[str], bool]
) -> list[str] | None:
    """``run`` (a sentence typed with no spaces, or its letters typed apart and joined) split
    into words the rules or ``GLUE_WORDS`` know, the first split (longest words first, at most
    ``_SPLITS_TRIED``) that ``reads`` says reads as a rule's phrase ("ichwillnichtmehrleben"
    -> "ich will nicht mehr leben", "meupaimebate" -> "meu pai me bate", not "me up aime
    bate"); None for a word the rules know, one shorter than 8 letters or longer than
    ``_LONGEST_GLUED``, one a rule reads as it is ("queromorrer"), one no split covers
    wholly, or one no rule reads split (ordinary long words and compounds stay whole:
    "kurzzeitpflege")."""
    known = _vocabulary(tuple(patterns))
    if not 8 <= len(run) <= _LONGEST_GLUED or run in known or reads(run):
        return None
    for tried, words in enumerate(_splits(run, known | GLUE_WORDS)):
        if tried == _SPLITS_TRIED:
            break
        if len(words) > 1 and reads(" ".join(words)):
            return words
    return None


#: The longest run ``split_glued`` tries (a sentence typed with no spaces; longer is noise).
_LONGEST_GLUED = 80
#: How many splits of one glued run ``split_glued`` tries before leaving it whole.
_SPLITS_TRIED = 64


def _splits(run: str, words: frozenset[str]) -> Iterator[list[str]]:
    """Every split of ``run`` wholly into ``words``, longest first word first (a position
    from which no split ends is remembered, so a dead end is walked once)."""
    dead: set[int] = set()

    def walk(begin: int) -> Iterator[list[str]]:
        if begin == len(run):
            yield []
            return
        found = False
        for end in range(min(len(run), begin + 20), begin, -1):
            if run[begin:end] in words and end not in dead:
                for rest in walk(end):
                    found = True
                    yield [run[begin:end], *rest]
        if not found:
            dead.add(begin)

    return walk(0)


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
