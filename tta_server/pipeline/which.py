"""Which one? Asking when a name fits two things, and reading the answer.

"take the book" with your book and Fenn's book both in reach asks "Which book do you mean: your
book or Fenn's book?" (:func:`question`) and leaves a :class:`~tta_server.world.state.Pending`
in the state. The next input answers it (:func:`answer`) when it names one of them without
being a command of its own: "fenn's", "Fenn's book", "the first", "the second one", "my own",
"mine"; an owner typed without the apostrophe ("fenns"), a word with a slip in it
("unfinshed"), and "his"/"hers"/"theirs" for the one choice that is not the player's.
Anything else is played as a new command and the question is dropped.
"""

from __future__ import annotations

import difflib

from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.vocabulary import DETERMINERS, VERBS
from tta_server.world.schema import Character, Item, Scenery, World
from tta_server.world.state import Pending

_ORDINALS = {
    **dict.fromkeys(("first", "1", "1st", "former"), 0),
    **dict.fromkeys(("second", "2", "2nd", "latter"), 1),
    **dict.fromkeys(("third", "3", "3rd"), 2),
    **dict.fromkeys(("last",), -1),
}
_MINE = frozenset({"my", "mine", "own", "your", "yours", "me"})
#: Someone else's: the one choice that is not the player's.
_THEIRS = frozenset({"his", "hers", "theirs", "her", "their", "him"})
_FILLER = DETERMINERS | {
    *("one", "of", "it", "please", "i", "mean", "meant", "want", "that", "thats", "which"),
    *("is", "was", "the", "belonged", "belongs", "to", "from", "ok", "okay", "oh", "um"),
}
#: How close a typed word must be to a word of a choice's name to be that word ("unfinshed").
_CUTOFF = 0.8
_MAX_WORDS = 6


def _thing(world: World, entry_id: str) -> Item | Character | Scenery | None:
    found = world.item(entry_id) or world.character(entry_id)
    return found or next((x for x in world.scenery if x.id == entry_id), None)


def names_of(world: World, entry_id: str) -> list[str]:
    """The name and aliases of an item, a character or scenery, lower case."""
    thing = _thing(world, entry_id)
    if thing is None:
        return [entry_id]
    return [normalise(n) for n in (thing.name, *thing.aliases)]


def display(world: World, entry_id: str) -> str:
    """How to name a choice in a question: "your book", "Fenn's book", "the kettle"."""
    thing = _thing(world, entry_id)
    place = world.location(entry_id)  # a place among the choices: its name, never its id
    name = thing.name if thing is not None else place.name if place is not None else entry_id
    for article in ("a ", "an ", "some "):
        if name.lower().startswith(article):
            return "the " + name[len(article) :]
    return name


def question(world: World, typed: str, choices: list[str]) -> str:
    """ "Which book do you mean: your book or Fenn's book?" """
    shown = [display(world, c) for c in choices]
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]
    return f"Which {typed} do you mean: {listed}?"


def answer(world: World, pending: Pending, text: str) -> str | None:
    """The id the text picks out of the pending choices, or None when it is not an answer."""
    words = normalise(text).replace("'s", "").split()
    if not words or len(words) > _MAX_WORDS or _starts_command(words):
        return None
    for word in words:
        if word in _ORDINALS and _ORDINALS[word] < len(pending.choices):
            return pending.choices[_ORDINALS[word]]
    if _MINE & set(words) or _THEIRS & set(words):
        mine = [c for c in pending.choices if _is_mine(world, c) == bool(_MINE & set(words))]
        if len(mine) == 1:
            return mine[0]
    wanted = [w for w in words if w not in _FILLER | _MINE | _THEIRS]
    if not wanted:
        return None
    fits = [c for c in pending.choices if _fits(wanted, names_of(world, c))]
    return fits[0] if len(fits) == 1 else None


def _starts_command(words: list[str]) -> bool:
    head = words[0]
    return head in VERBS and head not in _ORDINALS and head not in _MINE


def _is_mine(world: World, entry_id: str) -> bool:
    return any(n.split()[:1] in (["my"], ["your"]) for n in names_of(world, entry_id))


def _fits(wanted: list[str], names: list[str]) -> bool:
    """Whether every word wanted is a word of one of the names ("fenn" of "fenn's book")."""
    for name in names:
        have = set(name.replace("'s", "").split())
        if all(_word_of(w, have) for w in wanted):
            return True
    return False


def _word_of(word: str, have: set[str]) -> bool:
    """Whether a typed word is one of a name's words: as it is, an owner without the
    apostrophe ("fenns" for "fenn's"), or with a slip of a letter in a long word."""
    if word in have or (word.endswith("s") and word[:-1] in have):
        return True
    return len(word) >= 5 and bool(difflib.get_close_matches(word, have, 1, _CUTOFF))
