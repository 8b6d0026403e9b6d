"""A run of letters typed apart, split back into words (``normalisation``, round 14e).

Letters typed one by one with single spaces ("n o b o d y w o u l d m i s s m e") or dotted
word by word ("i.w.a.n.t t.o d.i.e") reach normalisation as a run with no gaps between the
words: "nobodywouldmissme", "iwant". :func:`segment` splits such a run into the words of
``words.WORDS`` (the words of the six languages written in the development corpus and the
worlds' prose, most common first; ``scripts/build_word_list.py``), preferring fewer and more
common words: each word costs a fixed price plus the logarithm of its rank, so "nobody would
miss me" beats "no body would miss me". Letters no known word covers cost more than any word
and are kept together ("jrr" stays "jrr"), so a run that is not words comes back whole.

It runs only on runs of letters typed apart, never on ordinary words, and loads its list the
first time one is met.
"""

from __future__ import annotations

import math
from functools import cache

#: Runs longer than this are left as they are (the game caps input far lower).
MAX_RUN = 300
#: The longest word looked for.
MAX_WORD = 24
#: Every word costs this on top of the log of its rank: fewer words win.
WORD_COST = 3.0
#: Letters no known word covers: a chunk costs this plus ``UNKNOWN_LETTER`` per letter, more
#: than the rarest known word, and less when kept together than split.
UNKNOWN_COST = 10.0
UNKNOWN_LETTER = 2.5
#: A split whose words have fewer letters than this on average is not taken.
MEAN_LETTERS = 2.5
#: A word typed without spaces ("ichwillsterben") is looked at from this length on.
GLUED_MIN = 9
#: ... when the message has at most this many tokens: a phrase glued whole is an evasion, a rare
#: long word inside a sentence ("armadietto", "tramhaltestelle") is a word.
GLUED_MAX_TOKENS = 3
#: ... and is split only into words of three letters or more on average ("ich will sterben").
GLUED_MEAN_LETTERS = 3


@cache
def _costs() -> dict[str, float]:
    from tta_server.safety.words import WORDS

    return {word: WORD_COST + math.log(rank + 2) for rank, word in enumerate(WORDS.split())}


def segment(run: str, *, whole: bool = False) -> list[str]:
    """``run`` split into its likeliest words: "iwant" -> ["i", "want"], "cat" -> ["cat"].

    With ``whole``, a split that leaves letters no known word covers is not taken: a dotted
    group the player typed as one word ("c.r.i.s.e.s") stays one word, not "c rises"."""
    if len(run) < 2 or len(run) > MAX_RUN:
        return [run]
    costs = _costs()
    n = len(run)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for begin in range(max(0, end - MAX_WORD), end):
            piece = run[begin:end]
            cost = costs.get(piece)
            if cost is None:
                cost = UNKNOWN_COST + UNKNOWN_LETTER * len(piece)
            total = best[begin] + cost
            if total < best[end]:
                best[end] = total
                back[end] = begin
    words: list[str] = []
    end = n
    while end > 0:
        begin = back[end]
        words.append(run[begin:end])
        end = begin
    words.reverse()
    if len(words) * MEAN_LETTERS > n:
        return [run]  # cut into scraps: "nne" is not "nn e", "menu" not "me nu"
    if whole and len(words) > 1 and any(word not in costs for word in words):
        return [run]
    return _merge_unknown(words, costs)


def _merge_unknown(words: list[str], costs: dict[str, float]) -> list[str]:
    """Neighbouring unknown pieces joined (the search above may cut one at the window)."""
    out: list[str] = []
    for word in words:
        if out and word not in costs and out[-1] not in costs:
            out[-1] += word
        else:
            out.append(word)
    return out


def split_glued(token: str) -> list[str] | None:
    """A token no list knows that is wholly two or more known words of three letters or more on
    average ("ichwillsterben" -> ["ich", "will", "sterben"]), or None: words typed without
    spaces (round 14e)."""
    costs = _costs()
    if token in costs or not token.isalpha():
        return None
    words = segment(token, whole=True)
    if len(words) < 2 or len(words) * GLUED_MEAN_LETTERS > len(token):
        return None  # one word, or a rare word cut into scraps: "in vent air e"
    return words
