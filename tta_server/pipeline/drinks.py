"""Asking for a cup of tea where one is poured: "can i have a cuppa", "make a tea", "ask rue
for a brew", after a greeting or not ("hi rue, can i have a cuppa please") (newcomers 11 and
18: "I know the word 'tea'", or Bastian "Couldn't tell you" with his teapot on the bench).
Such words, where scenery here can be drunk under that name (its ``taste``), are drinking it,
as "drink the tea" is; so are words pouring a cup ("pour myself a cup of tea and drink it",
"pour myself one") where tea is."""

from __future__ import annotations

import re

from tta_server.pipeline.clauses import normalise
from tta_server.protocol.intents import Intent
from tta_server.world.engine import Action
from tta_server.world.schema import World
from tta_server.world.state import WorldState
from tta_server.world.talk import is_question
from tta_server.world.views import characters_here

#: Drinking it, said after pouring it ("pour myself a cup of tea and drink it": corpus 32).
_AND_DRINK = r"(?:and|then|to) (?:drink|sip|have|enjoy|taste)(?: it| some| a bit| that)?"
_ASKED = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|morning|evening|good (?:morning|afternoon|evening))"
    r"(?: there)?(?: [a-z]+)? )?"  # "hi rue, can i have a cuppa": the greeting, then the ask
    r"(?:(?:please|ok|okay|so|um|yes|yeah|yep|oh) )*"
    r"(?:(?:can|could|may) i (?:have|get|grab|make|pour)(?: me| myself)?"
    r"|(?:do |have )?(?:you|u) (?:have|got|have got)(?: any)?|got(?: any)?|any|is there(?: any)?"
    r"|more|another"
    r"|(?:i d|id|i would) (?:like|love|kill for)|i (?:want|need|fancy)|fancy"
    r"|(?:i(?:'ll|ll| will| can)? )?(?:make|pour|get|brew)(?: me| myself| us| everyone| everybody)?"
    r"|have|ask [a-z]+ for|(?:can|could|would) you (?:make|pour|get)(?: me| us)?)"
    r" (?:a |an |some |another |one more )?(?:nice |hot |quick )?(?:cup of |mug of |pot of )?"
    r"(?P<what>tea|cuppa|brew|cup of tea|mug of tea)"
    r"(?: (?:please|pls|then|for me|for us|for everyone|for everybody|while they work.*"
    r"|from (?:the |your |his |her )?(?:kettle|pot|teapot|urn|flask)|" + _AND_DRINK + r"))*$"
)
#: A cup poured without naming the tea, where tea is ("pour myself one", when Bastian said
#: "Pour yourself one": newcomer corpus 32).
_POURED = re.compile(
    r"^(?:(?:ok|okay|so|right|then|thanks|thank you) )*(?:i(?:'ll|ll| will)? )?pour"
    r"(?: me| myself| us)? (?:one|a cup|a mug|a cuppa|a drink)"
    r"(?: (?:please|then|from (?:the |your |his |her )?(?:pot|teapot|kettle)|"
    + _AND_DRINK
    + r"))*$"
)


def asked_for_tea(world: World, state: WorldState, text: str) -> Action | None:
    """The drink the words ask for (see the module docstring), or None: the words, or their
    first sentence ("bastian, you have tea? my back hurt from all these stairs"; newcomer 27
    was told tea is "a question for the catalogue" by a binder with his kettle on), without
    the names of the people here."""
    first, *rest = re.split(r"(?<=[.?!])\s+", text.strip(), maxsplit=1)
    asks_more = any("?" in r or is_question(r) for r in rest)  # "make a tea please. who is
    found = None  # pip?": the question is not lost to the cup
    for words in (text, first) if not asks_more else (text,):
        plain = normalise(words).rstrip("?!. ")  # "ask rue for a cuppa": her name kept
        found = found or _ASKED.match(plain) or _ASKED.match(_unnamed(world, state, plain))
        found = found or _POURED.match(plain)
    if found is None:
        return None
    what = found.groupdict().get("what") or "tea"
    here = [
        x
        for x in world.scenery
        if x.taste and (not x.at or state.location in x.at) and ({what, "tea"} & set(x.aliases))
    ]
    return Action(Intent.DRINK, here[0].id, None, what) if here else None


def _unnamed(world: World, state: WorldState, words: str) -> str:
    """Words without the names of the people here ("bastian you have tea" -> "you have
    tea")."""
    for ch in characters_here(world, state):
        for name in sorted((ch.name, *ch.aliases), key=len, reverse=True):
            words = re.sub(rf"(?<![a-z]){re.escape(name.lower())}(?![a-z])", " ", words)
    return " ".join(words.split())
