"""The player's words spelt as they meant them, for quoting back (issue 14, newcomer corpus 25:
Marcus, dyslexic, saw "'Course you are. Evryone messes up.'" and "'You alrite now.'" written
into the story with his misspellings inside the quote marks; quoting a person's spelling back
at them reads as mockery).

:func:`as_meant` puts right, in words that are not words the story knows (its own prose, the
narrator's tables and everyday English below), the slips that come of spelling by ear:

* the table of slips the parser reads (:data:`tta_server.pipeline.clauses.TYPOS`) and texted
  shorthand ("ur", "r", "n", "cuz", "tho");
* "-ite" for "-ight" ("alrite", "nite", "tonite");
* "-in" for "-ing" ("waitin", "doin") where the "-ing" word is known;
* one vowel or one of a doubled letter left out ("evryone", "actualy", "realy"), or one
  letter doubled that is single ("untill"), where exactly one known word fits.

A word the story does not know and that fits none of these (a name, slang: "mate",
"knackered") is quoted as typed: it is the player's voice, not a slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tta_server.narrative import phrases as P
from tta_server.pipeline.clauses import TYPOS
from tta_server.world.schema import World
from tta_server.world.texted import ur_is_youre


def _set(words: str) -> frozenset[str]:
    """The words of a string written out as a set."""
    return frozenset(words.split())


#: Everyday words a player says that a world's prose may not hold: never "corrected".
EVERYDAY = _set(
    """
    a about above after again against all alright also always am an and any anyone anything
    are around as at away back bad be because been before being best better between big bit
    both but by came can could course dad did do does doing done down each even ever every
    everybody everyone everything fine for from get getting go going gone good got great guess
    had hard has have he help her here him his home how i if ill in into is it its just kind
    know last let like little long look lot love made make man many mate may me mean might
    mind more most much mum must my myself never new next nice night no nobody not nothing now
    of off ok okay old on once one only or other our out over own people place please probably
    proud quite really right said same say see she should so some someone something sometimes
    sorry still such sure take talk tell than thank thanks that the their them then there these
    they thing things think this those though thought through time to today together tomorrow
    tonight too tried try two under until up us very want was way we well went were what when
    where which while who why will with without work would yeah yes yet you young your
    yourself shift shit mates lads lol cheers ta knackered dunno gonna wanna reckon
    proper brilliant rubbish bloke fella love loved loves hate wish worry worried scared
    angry sad happy tired afraid lonely ashamed guilty hurt miss missed sick ill dementia
    because brave clever strong weak wrong true truth lie lies brains school job
    cope copes coped coping
    breath breaths breathe breathing
    """
)

#: Shorthand as texted, put as written English wherever it stands in what was said.
SHORTHAND = {
    "r": "are",
    "n": "and",
    "cuz": "because",
    "coz": "because",
    "bcos": "because",
    "bc": "because",
    "tho": "though",
    "thru": "through",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "thx": "thanks",
    "tx": "thanks",
    "b4": "before",
    "gr8": "great",
    "yeh": "yeah",
    "alrite": "alright",
    "alrigt": "alright",
}

#: Words after which "lets" is "let's" ("lets check it", "go on lets").
_LETS_BEFORE = _set(
    "go check see try do get have be find look ask talk sit make hope say just all not "
    "both start keep"
)
#: Words after which "its" is "it's" ("its not your fault", "its alright").
_ITS_BEFORE = _set(
    "not a an the ok okay fine alright all just so too been only gonna really very true right "
    "wrong me you him them us over late cold warm dark here there about what how time no "
    "always never still mine yours ours hard easy nice good bad lovely angry sad scared hurt "
    "afraid upset lonely frightened furious mad loud raging burning hot heavy"
)
#: Words after which "wer" is "were" ("we wer"), not "where".
_SUBJECTS = _set("we you u they there who")

_WORD = re.compile(r"[A-Za-z0-9']+")
_VOWELS = "aeiouy"


def _words(texts: Iterable[str]) -> set[str]:
    return {w.lower().strip("'") for t in texts for w in _WORD.findall(t)}


def _strings(value: object) -> Iterable[str]:
    """Every string in a phrase table (strings, tuples, lists and dicts of them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def _phrase_words() -> frozenset[str]:
    return frozenset(_words(s for v in vars(P).values() for s in _strings(v)))


_PHRASE_WORDS = _phrase_words()
_KNOWN: dict[int, tuple[World, frozenset[str]]] = {}


def known_words(world: World) -> frozenset[str]:
    """Every word the story knows: the world's own text, the narrator's and :data:`EVERYDAY`
    (kept per world; a world is frozen)."""
    kept = _KNOWN.get(id(world))
    if kept is not None and kept[0] is world:
        return kept[1]
    words = frozenset(_words([world.model_dump_json()]) | _PHRASE_WORDS | EVERYDAY)
    if len(_KNOWN) > 16:
        _KNOWN.clear()
    _KNOWN[id(world)] = (world, words)
    return words


def _one_fits(candidates: Iterable[str], known: frozenset[str]) -> str | None:
    found = {c for c in candidates if c in known}
    return found.pop() if len(found) == 1 else None


def _left_out(word: str, known: frozenset[str]) -> str | None:
    """The one known word ``word`` is with a vowel, or one of a doubled letter, left out
    ("evryone" -> "everyone", "actualy" -> "actually"); never the word with an ending added
    ("mate" is not "mates" nor "mated")."""
    fits: set[str] = set()
    for i in range(1, len(word) + 1):
        letters = set(_VOWELS) | {word[i - 1]}
        for ch in letters:
            c = word[:i] + ch + word[i:]
            if c in known and not (i == len(word) and ch in "sdyr") and not _ending(word, i):
                fits.add(c)
    return fits.pop() if len(fits) == 1 else None


def _ending(word: str, at: int) -> bool:
    """Whether a letter put in at ``at`` falls just before the word's own ending ("copes" is
    not "copies", "hoped" not "hopied"): a word with an ending is a word, not a slip."""
    return at == len(word) - 2 and word.endswith(("es", "ed"))


def _doubled(word: str, known: frozenset[str]) -> str | None:
    """The one known word ``word`` is with a letter doubled that is single ("untill")."""
    return _one_fits(
        (word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]), known
    )


def meant(word: str, known: frozenset[str], following: str = "", before: str = "") -> str | None:
    """The word a player meant by ``word`` (lower case; ``before`` and ``following`` the words
    either side) when it is a slip of spelling or shorthand, else None."""
    if word == "wer" and before in _SUBJECTS:  # "we wer waiting": were, not where
        return "were"
    if word == "lets" and (following in _LETS_BEFORE or not following):
        return "let's"
    if word == "its" and (following in _ITS_BEFORE or following.endswith("ing")):
        return "it's"
    if word in TYPOS:
        return TYPOS[word]
    if word == "ur":
        return "you're" if ur_is_youre(following) else "your"
    if word in SHORTHAND:
        return SHORTHAND[word]
    if word in known or not word.isalpha() or len(word) < 4:
        return None
    if any(f"{word[:i]}'{word[i:]}" in known for i in range(1, len(word))):
        return None  # "dont", "youre": the apostrophe is put back where quotes are written
    if word.endswith("ite") and word[:-3] + "ight" in known:
        return word[:-3] + "ight"
    if word.endswith("in") and word + "g" in known:
        return word + "g"
    return _left_out(word, known) or _doubled(word, known)


def _cased(typed: str, fixed: str) -> str:
    return fixed[:1].upper() + fixed[1:] if typed[:1].isupper() else fixed


def as_meant(text: str, known: frozenset[str]) -> str:
    """``text`` with each slip of spelling put right (:func:`meant`), the rest as typed; the
    first letter of a word keeps its case."""
    words = list(_WORD.finditer(text))
    out: list[str] = []
    last = 0
    for i, found in enumerate(words):
        typed = found.group(0)
        following = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        following = meant(following, known) or following  # "ur rite": you're right
        before = words[i - 1].group(0).lower() if i else ""
        fixed = meant(typed.lower(), known, following, before)
        if fixed is None or (typed.lower() == "n" and (i == 0 or i + 1 == len(words))):
            continue  # "n" alone at an end is a way ("n"), never "and"
        out.append(text[last : found.start()] + _cased(typed, fixed))
        last = found.end()
    return "".join(out) + text[last:]
