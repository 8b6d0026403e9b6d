""" "ur" as texted: "you're" or "your" (issue 14, newcomer corpus 27: "ur like 11", "ur smart",
"ur so lucky", "ur fit to be around books" were quoted back as "your like 11", "your smart").

"ur" is "you're" before what one is rather than what one has (:func:`ur_is_youre`): an
adjective or a past participle ("ur smart", "ur allowed", "ur scared"), "like", "so", "not",
"a"/"an"/"the" (a noun phrase as a complement: "ur a cat", "ur the best"), a number ("ur
like 11", "ur 16"), a verb in -ing ("ur doing great"), or a word of place ("ur here"); before
anything else it is "your" ("ur dad", "ur page"). The narrator's quotes
(:mod:`tta_server.narrative.spelling`) and the reading of replies
(:mod:`tta_server.world.replies`) both ask here.
"""

from __future__ import annotations

import re

_YOURE_WORDS = """
a an the so not very really too right welcome going doing being always never just like
literally actually basically still only also such quite gonna here there
brave kind good great clever fine ok okay alright sound safe strong amazing allowed smart
fit lucky funny cute nice cool sweet weird mad sad lovely silly wrong pretty
gorgeous beautiful tired busy late early sure lost mean rude
legend genius wise ready free awesome brilliant incredible unreal insane wild crazy
bright honest strange quiet loud shy bold calm tough soft gentle hilarious
cold warm hot hungry sorry done finished stuck gone worth enough meant
"""
_YOURE_BEFORE = frozenset(_YOURE_WORDS.split())
_ADJECTIVE_ENDINGS = ("ing", "ed", "ful", "ous", "ive", "ible", "able", "less", "ish")


def ur_is_youre(following: str) -> bool:
    """Whether "ur" before the word ``following`` (lower case, "" at the end) is "you're"."""
    word = following.lower().strip("'.,!?")
    if not word:
        return False
    return (
        word in _YOURE_BEFORE
        or word.isdigit()
        or (len(word) > 4 and word.endswith(_ADJECTIVE_ENDINGS))
    )


_UR = re.compile(r"\bur\b(?= (\w+)|)")


def spelt_ur(text: str, youre: str = "youre", your: str = "your") -> str:
    """Lower-case ``text`` with each "ur" as ``youre`` or ``your`` by the word after it."""
    return _UR.sub(lambda m: youre if ur_is_youre(m.group(1) or "") else your, text)
