"""Handing something over in the player's own words: "I'd like you to have it", "this is for
you, Ilse", "here, take the blanket", "you can keep it", "put this blanket round your
shoulders", "I brought you some rosemary", "i've brought some broth", "here's some broth",
"get it down you", "rue sent this broth for you", "rue sent me with some broth for you",
"before i go, here is rue's broth", "this broth is from rue", "here, they are yours to keep"
(issue 14,
newcomers 14 to 18: talked past, taken back into the player's own hands, dropped on the floor,
or looked for: "You can't find that here"). Such words, with someone here, are giving the
thing to them.

:func:`handed` reads the words sentence by sentence (lower case, punctuation dropped, the names
of the characters here taken out). The thing given is the one held that the words name; for
"it", "this" or no thing named ("this is for you"), the thing held that was mentioned last, else
the one thing held the character would take (a gift of one of their reactions), else the only
thing held. It goes to the character named, else the one words with no name are said to
(:func:`~tta_server.world.views.addressees`). Bare handing words ("here", "here you go", "for
you") give only as words said to someone, and only the one thing held they would take (the
play loop's replies: "ilse, there's a letter for you in his book. here").
"""

from __future__ import annotations

import re

from tta_server.pipeline import which
from tta_server.protocol.intents import Intent
from tta_server.world.engine import Action
from tta_server.world.replies import normal
from tta_server.world.schema import Character, World
from tta_server.world.state import WorldState
from tta_server.world.views import addressees, characters_here, is_animal

_LEAD = (
    r"^(?:(?:here|ok|okay|so|and|oh|please|look|well|hey|now|go on|hello|hi|hiya|evening"
    r"|morning|love|duck|dear|pet|before i go|before i forget|first|also|by the way) )*"
)
_SHOULDERS = r"(?:your|her|his|their|you|him|them)\b.*"
#: Words that give, the thing in a group named ``thing`` (None: no thing named).
_GIVING = re.compile(
    _LEAD + r"(?:"
    r"(?:this|these|it|that|thats|its)(?: one)?(?: is| are)? for (?:you|u)(?: now| to keep)?"
    r"|(?:they|theyre|these|those|it|its|this|that|thats)(?: one)?(?: are| is| re)?(?: all)?"
    r" (?:yours|your own)(?: now| to keep| to have| again| by rights)*"  # "here, they are yours
    # to keep" (newcomer corpus 32, Fenn's glasses to Ilse)
    r"|(?:id|i would|i want|i wanted|i d) (?:like |love )?(?:you|u) to (?:have|keep|take)"
    r" (?P<thing>.+)"
    r"|(?:you|u) (?:can|could|should|may|might as well) (?:have|keep|take) (?P<thing2>.+)"
    r"|(?:take|have|keep) (?P<thing3>.+)"
    r"|(?:put|wrap|drape|tuck|pop) (?P<thing4>.+?) (?:round|around|over|across|about) "
    + _SHOULDERS
    + r"|i(?:ve| ve| have)? (?:brought|got|found) (?:you|u) (?P<thing5>.+?)(?: here| too| as well)?"
    r"|i(?:ve| ve| have)? brought (?P<thing6>.+?)(?: for (?:you|u))?(?: here| too| as well)?"
    r"|get (?P<thing7>.+?) down (?:you|ya|yer|your neck)"
    r"|(?:heres|here s|here is|here are|here) (?P<thing8>.+?)(?: for (?:you|u))?"
    r"(?: from [a-z]+(?: [a-z]+)?)?"
    r"|[a-z]+(?: [a-z]+)? (?:sent|sends|made|packed) (?:you |u )?(?!(?:me|us)\b)(?P<thing9>.+?)"
    r"(?: for (?:you|u))?"
    r"|[a-z]+(?: [a-z]+)? (?:sent|sends) me (?:over |round |up |down )?with (?P<thing11>.+?)"
    r"(?: for (?:you|u))?"
    r"|(?P<thing10>(?:this|these|that|the|some) .+?) (?:is|are|s) from [a-z]+(?: [a-z]+)?"
    r")$"
)
#: Handing words with no verb of giving: a gift only in words said to someone.
_BARE = re.compile(_LEAD + r"(?:here|here (?:you|u|ya) (?:go|are)|(?:here )?for (?:you|u|ya))$")
#: Handing words with no verb of giving that give even unaddressed, with one person here
#: ("here, for u", "here you go"; newcomer 22): never "here" alone ("i'm here").
_BARE_PLAIN = re.compile(_LEAD + r"(?:here (?:you|u|ya) (?:go|are)|(?:here )?for (?:you|u|ya))$")
_IT = frozenset({"it", "this", "these", "them", "that", "this one", "that one"})
_STRICT = ("thing3",)
"""Groups whose words must name the thing and nothing more ("take the blanket", never "take
the lamp and go north"), and that hand it over only with "here", "this" or the name of the one
spoken to ("here, take the blanket", "take this, pip"; "take the storm lantern" alone, held,
is still the player's own take)."""
_HANDING_LEAD = re.compile(r"^(?:here|go on|please)\b|^(?:take|have|keep) (?:this|these)\b")
_SENTENCES = re.compile(r"[.!?;]+")


def handed(
    world: World, state: WorldState, words: str, to: str | None = None, said: bool = False
) -> Action | None:
    """The give the words are (see the module docstring), to ``to`` when given, or None.
    ``said``: the words were said to ``to``, so bare handing words count too."""
    people = characters_here(world, state)
    if not people or not state.inventory:
        return None
    names = [normal(n) for c in people for n in c.names]
    named = [c for c in people if _named(words, c)]
    for sentence in _SENTENCES.split(words):
        text = _unnamed(normal(sentence), names)
        found = _GIVING.match(text)
        alone = len([c for c in people if not is_animal(c)]) == 1 or len(people) == 1
        plain = _BARE_PLAIN.match(text) is not None  # "here, for u": the one thing held
        if plain and not alone and not named and to is None:  # to whom? the engine asks
            spoken = [x for x in state.mentioned if any(c.id == x for c in people)]
            if not spoken and len(state.inventory) == 1:
                return Action(Intent.GIVE, state.inventory[0], None, None)
        bare = plain or (said and _BARE.match(text) is not None)
        if found is not None and found.group("thing3") and not _handing(text, sentence, people):
            found = None
        if found is None and not bare:
            continue
        who = _receiver(world, state, to, named)
        if who is None:
            return None
        thing = _thing(world, state, who, found, bare, plain)
        return Action(Intent.GIVE, thing, who.id, None) if thing is not None else None
    return None


def _handing(text: str, sentence: str, people: list[Character]) -> bool:
    """Whether "take/have/keep X" hands X over: led by "here" or "this", or said to someone
    by name."""
    one = len(people) == 1 and _YOURS.match(text) is not None  # "have it", "keep this"
    return one or _HANDING_LEAD.match(text) is not None or any(_named(sentence, c) for c in people)


#: "have it", "keep this": said with one person here, it is theirs (no one "has" their own).
_YOURS = re.compile(r"^(?:have|keep) (?:it|this|these|them|that)$")


def _named(words: str, ch: Character) -> bool:
    text = f" {normal(words)} "
    return any(f" {normal(n)} " in text for n in ch.names)


def _unnamed(text: str, names: list[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", " ", text)
    return " ".join(text.split())


def _receiver(
    world: World, state: WorldState, to: str | None, named: list[Character]
) -> Character | None:
    if to is not None:
        return world.character(to)
    if len(named) == 1:
        return named[0]
    here = addressees(world, state)
    return here[0] if here and not named else None


def _thing(
    world: World,
    state: WorldState,
    who: Character,
    found: re.Match[str] | None,
    bare: bool,
    plain: bool = False,
) -> str | None:
    gifts = [r.gift for r in who.reactions if r.gift in state.inventory]
    if bare or found is None:  # "here": their gift; "here, for u": else the one thing held
        if len(gifts) == 1:
            return gifts[0]
        only = plain and not gifts and len(state.inventory) == 1
        return state.inventory[0] if only else None
    group = next((g for g in found.groupdict() if found.group(g)), None)
    phrase = _listed(_given_words(found), group in _STRICT)[0]  # "here is your key and your
    # book": the key first
    if phrase not in _IT:
        held = [i for i in state.inventory if _names_it(world, i, phrase, group in _STRICT)]
        return held[0] if len(held) == 1 else None
    last = next((x for x in state.mentioned if x in state.inventory), None)
    if last is not None:
        return last
    if len(gifts) == 1:
        return gifts[0]
    plural = [g for g in gifts if _plural(world, g)]  # "here, they are yours to keep" with
    if _THEY.search(found.group(0)) and len(plural) == 1:  # the glasses and the ember held:
        return plural[0]  # the glasses (newcomer corpus 32)
    return state.inventory[0] if len(state.inventory) == 1 else None


#: A plural "it": the thing given is one named in the plural ("glasses", "biscuits").
_THEY = re.compile(r"\b(?:they|theyre|these|those|them)\b")


def _plural(world: World, item_id: str) -> bool:
    """Whether a thing is named in the plural ("a pair of half-moon glasses")."""
    item = world.item(item_id)
    names = (item.name, *item.aliases) if item is not None else ()
    last = [n.split()[-1] for n in names if n.split()]
    return any(w.endswith("s") and not w.endswith(("ss", "'s", "us")) for w in last)


def _given_words(found: re.Match[str]) -> str:
    """The words for what a giving sentence hands over ("your key back"); "it" when none."""
    group = next((g for g in found.groupdict() if found.group(g)), None)
    return found.group(group) if group is not None else "it"


#: Another thing handed over in a sentence after the gift ("and book.", "and the logbook too",
#: "also your glasses"): the thing's words.
_AND_ALSO = re.compile(
    r"^(?:oh )?(?:and|also|plus|and also)(?: here)?(?: is| s| are)? (?P<thing>.+?)"
    r"(?: (?:too|as well|also|back|for you))*$"
)


def _listed(phrase: str, strict: bool = False) -> list[str]:
    """The things a phrase names, in order, without their determiners ("your key back and
    the book" -> "key back", "book"); ``strict``: the phrase is one thing ("take the lamp
    and go north" is no list)."""
    parts = [phrase] if strict else [p for p in re.split(r"\s+and\s+|\s*,\s*", phrase) if p]
    return [re.sub(r"^(?:the|my|this|that|a|an|some|your|his|her) ", "", p) for p in parts]


def more_handed(world: World, state: WorldState, words: str, given: Action) -> list[Action]:
    """The other things held that the words hand over with ``given``, each a give to the
    same person, in order: the rest of a list in the giving sentence ("here is your key and
    your book") and sentences after it that only add a thing ("maren, here is your key back.
    and book."; newcomer 27's book stayed in his hands). [] when there are none."""
    if given.intent != Intent.GIVE or given.obj_id is None:
        return []
    names = [normal(n) for c in characters_here(world, state) for n in c.names]
    phrases: list[str] = []
    gave = False
    for sentence in _SENTENCES.split(words):
        text = _unnamed(normal(sentence), names)
        if not text:
            continue
        found = _GIVING.match(text)
        more = _AND_ALSO.match(text) if gave else None
        if not gave and (found is not None or _BARE.match(text) is not None):
            gave = True
            strict = found is not None and found.group("thing3") is not None
            phrases += _listed(_given_words(found), strict)[1:] if found is not None else []
        elif more is not None:
            phrases += _listed(more.group("thing"))
        elif gave:
            break  # other words: the list is over ("... and book. light is burning good")
    actions: list[Action] = []
    done = {given.target_id}
    for phrase in phrases:
        held = [i for i in state.inventory if i not in done and _names_it(world, i, phrase, False)]
        if len(held) == 1:
            done.add(held[0])
            actions.append(Action(Intent.GIVE, held[0], given.obj_id, None))
    return actions


def _names_it(world: World, item: str, phrase: str, strict: bool) -> bool:
    """Whether the phrase names the held item: is one of its names (``strict``), or holds
    one of them as whole words ("a sprig of rosemary from fenn's bush")."""
    words = f" {phrase} "
    for name in which.names_of(world, item):
        name = normal(name)
        if phrase == name or (not strict and f" {name} " in words):
            return True
    return False
