"""Free words at a moment that takes the player's own words: "this feels like anger" at the
stove that asks to be named, "that is not fair, I finish lots of things" to a harsh page.

A moment takes the player's words when a world verb of this place, or a use of an item in
reach, has ``quoted`` text (see :class:`~tta_server.world.schema._Interaction`), its
conditions hold and it has not been done yet. :func:`moment_action` turns a whole input into
that moment's action, with the input as the words to quote, when the input is free words (the
parser found no command in it, or only words said to someone with no one but animals here to
hear them), not a question, not unsure or lost ("I don't know what to do", "I'm stuck"; a
hedge round a feeling named, "im angry i guess", is still naming it, and agreeing with harsh
words, "maybe it's right", is heard by the moment, which stays open), and (for a moment of
naming feelings) names a feeling (then two words or one will do: "its anger"; other moments
take three or more); words naming what two or more senses find here ("i can see gorse, hear the
sea, feel the wind"; or what one sense finds of two things or more, said in the player's voice:
"i can feel the chalk under me boots and the wire"; "i put a hand on the wire. it's cold and
wet. chalk crunching under my boots": a sense is named by its words, "cold", "crunching", "feet
on") are a grounding moment's, though each part reads as a command, even one of the player's
own hand or feet at a thing ("i put / i hold / feet on the path") or one holding something up
("i hold the lantern up", "i hold the sea glass"), and only the
words after a correction ("no wait") count; in a command to write them ("write with the pen:
that isn't true", "fix it: <words>", "say to the page: <words>" when no one here is spoken
to; "write with the pen. <words>", "write <words>", "use the pen to write that <words>"),
the words after the colon or the lead are such free words (the lead alone, "write on the
page", "use pen on book", is the moment in the world's own words), and so are the words
told to a thing the moment is about ("tell the page that isn't fair": the book's page). It gives
None when no moment is open, or more than one fits, or the words are something else.
:func:`helping_action` is "help <someone>" where there is one such thing to do with them.
"""

from __future__ import annotations

import itertools
import re

from tta_server.pipeline import parser
from tta_server.pipeline.clauses import corrected, normalise
from tta_server.pipeline.vocabulary import QUESTION_WORDS
from tta_server.protocol.intents import Intent
from tta_server.world.engine import Action
from tta_server.world.feelings import mentions_feeling
from tta_server.world.replies import (
    Reading,
    agreeing_reply,
    doubting_reply,
    read_reply,
    takes_leave,
)
from tta_server.world.schema import World, use_key, verb_key
from tta_server.world.state import WorldState, holds
from tta_server.world.turn import KIND_REPLIES
from tta_server.world.views import characters_here, held, is_animal, items_at
from tta_server.world.vocab import Skill

#: "help" asked for ("help", "help me", "i need help", "please help"), not help given or
#: offered ("tonight i came in to help", "i help": Priya's words to her own page).
_HELP = (
    r"^(?:please |pls |plz |someone |somebody )?help\b|\bhelp (?:me|us|pls|please)\b"
    r"|\bneed (?:some |a bit of |a little )?help\b|\b(?:please|pls|plz) help\b"
)
#: Asking for help rather than saying how one is ("help", "i'm stuck", "what now").
_ASKS_HELP = re.compile(rf"{_HELP}|\b(?:hint|stuck|what to do|what now|how do i|how i|confused)\b")
_LOST = re.compile(
    rf"{_HELP}|\b(?:hint|stuck|what to do|what now|how do i|confused"
    r"|(?:i'?m|i am|i feel|feeling|so|totally|completely|a bit|kinda|kind of|getting) lost)\b"
)  # the player lost; "late is not lost" or "being lost sometimes is normal" is no one lost

#: Fewest words that are a reply to a page rather than a stray word ("anger" alone is
#: "name anger"'s business; "this is anger" is free words).
MIN_WORDS = 3


def open_moments(world: World, state: WorldState) -> list[tuple[Action, Skill | None]]:
    """The actions of the moments here that take the player's words now, with their skills."""
    found: list[tuple[Action, Skill | None]] = []
    for verb in world.verbs:
        if state.location not in verb.at or verb.quoted is None:
            continue
        if verb_key(verb) not in state.done and holds(world, state, verb.when):
            found.append((Action(verb.verb, None, None, None), verb.skill))
    for item in [*held(world, state), *items_at(world, state, state.location)]:
        for use in item.uses:
            if use.quoted is None or use.with_ is not None:
                continue
            if use_key(item.id, use) not in state.done and holds(world, state, use.when):
                found.append((Action(use.verb, item.id, None, None), use.skill))
    return found


def helping_action(world: World, state: WorldState, person: str | None) -> Action | None:
    """ "help juno" with someone here: the one thing to do here now that practises a skill (a
    use of an item lying here, its conditions met, not done yet, needing nothing not held),
    as that use's action; None when there is none or more than one, or no one is named."""
    if person is None or person not in {c.id for c in characters_here(world, state)}:
        return None
    found = [
        Action(use.verb, item.id, use.with_, None)
        for item in items_at(world, state, state.location)
        for use in item.uses
        if use.skill is not None
        and (use.with_ is None or use.with_ in state.inventory)
        and use_key(item.id, use) not in state.done
        and holds(world, state, use.when)
    ]
    return found[0] if len(found) == 1 else None


def moment_action(
    world: World,
    state: WorldState,
    text: str,
    intents: list[parser.ParsedIntent],
    opened: list[tuple[Action, Skill | None]] | None = None,
) -> Action | None:
    """The open moment's action for free words (see the module docstring), or None.
    ``opened``: :func:`open_moments` at ``state`` when the caller has it already."""
    written = _written(world, text, intents)
    if written is None:  # "tell the page that isn't fair": told to the thing of the moment
        opened = open_moments(world, state) if opened is None else opened
        written = _told_a_thing(world, state, text, intents, opened)
    if written == "":  # "write on the page", "use the pen to write": the moment, in the
        opened = open_moments(world, state) if opened is None else opened  # world's words
        listeners = [c for c in characters_here(world, state) if not is_animal(c)]
        told = [a for a, skill in opened if skill not in (Skill.NAMING_FEELINGS, Skill.GROUNDING)]
        if len(told) != 1 or any(state.asking.get(c.id) for c in listeners):
            return None
        return told[0]
    if written is not None:  # "write with the pen: ...": the words after the colon are free
        text, intents = written, []
    norm = normalise(text)
    words = norm.split()
    own = corrected(text)  # "hold the glass- no wait ...": what follows the correction
    agrees = agreeing_reply(own)  # "maybe it's right", "true": heard by the moment, which
    # answers it kindly and stays open (the engine's ``.agreed``)
    doubts = doubting_reply(own) and not _ASKS_HELP.search(norm)  # "i am a bit lost here":
    # heard by a moment asking for a kind reply, which stays open (the engine's ``.doubted``)
    short = len(words) < MIN_WORDS and not agrees and not doubts  # "its anger": a feeling
    if not words or text.rstrip().endswith("?") or (words[0] in QUESTION_WORDS and not agrees):
        return None  # a question; but "is true, i never finish nothing" agrees
    opened = open_moments(world, state) if opened is None else opened
    unsure = Reading.UNSURE in read_reply(text) and not _hedged(norm) and not agrees
    if _LOST.search(norm) or unsure:  # "i don't know what to do": lost, not an answer; but
        kind: list[tuple[Action, Skill | None]] = [  # where a page asks for a kind reply,
            (a, skill) for a, skill in opened if skill in KIND_REPLIES
        ]
        if not doubts or len(kind) != 1:  # "i don't know" is heard
            return None
        opened = kind
    grounding = [a for a, skill in opened if skill == Skill.GROUNDING]
    noticed = len(grounding) == 1 and _noticing(normalise(own), intents, grounding[0].intent)
    if noticed and not short:  # "i can see gorse, hear the sea": grounding
        return grounding[0]._replace(target_text=" ".join(own.split()))
    if len(grounding) == 1 and _BY_THE_SENSES.search(normalise(own)):  # "use my senses":
        return grounding[0]  # a command to do it, done in the world's words
    listeners = [c for c in characters_here(world, state) if not is_animal(c)]
    names = tuple(n for c in characters_here(world, state) for n in (c.name, *c.aliases))
    if any(takes_leave(x, names) for x in _SENTENCES.split(text)):
        return None  # "i'll be back, juno. going north": a goodbye, never the page's words
    free = all(
        i.intent == Intent.UNKNOWN or (i.said and not listeners and i.target_id is None)
        for i in intents
    )
    if not free or (written is None and any(state.asking.get(c.id) for c in listeners)):
        return None  # words beside someone's open question answer it; "write: ..." writes
    fits = [
        action
        for action, skill in opened
        if (skill != Skill.NAMING_FEELINGS and not short)
        or (skill == Skill.NAMING_FEELINGS and mentions_feeling(norm))
    ]
    if len(fits) != 1:
        return None
    return fits[0]._replace(target_text=" ".join(text.split()))


_SENTENCES = re.compile(r"[.!?;]+")

#: Doing what a grounding moment asks by naming it ("use my senses", "check in with my
#: senses", "count five things i can see", "do the 5 4 3 2 1").
_BY_THE_SENSES = re.compile(
    r"\b(?:my senses|your senses|the senses|all five senses|five senses|5 senses|five things"
    r"|5 things|5 4 3 2 1|54321|five four three two one)\b"
)


#: A hedge after a feeling named ("im angry i guess", "anger, i think"): still the naming.
_HEDGE = re.compile(r"\b(?:i guess|i suppose|i think|probably|maybe|kind of|kinda|sort of)\b")


def _hedged(norm: str) -> bool:
    """Whether words read as unsure only for a hedge round a feeling they name ("its anger. im
    angry i guess": newcomer 13 named it, and the stove later asked them to name it first)."""
    return mentions_feeling(norm) and _HEDGE.search(norm) is not None and "know" not in norm


#: "write (under it) (with the pen): <words>", "fix it: <words>": what is written, after the
#: colon.
_WRITE_COLON = re.compile(
    r"^(?P<lead>[^:]*\b(?P<verb>write|fix|correct|rewrite|change|answer|reply|say|tell|speak)\b"
    r"[^:]*):\s*(?P<words>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: Verbs of speech: "say to the page: <words>" is such a command only when it is not said to
#: someone here ("say to rue: hello" is talk).
_SPEECH = frozenset({"say", "tell", "speak"})


#: A command to write or answer, without a colon ("write with the pen. i turn up every
#: night", "write i finish every shift", "use the pen to write that i do my best", "i pick up
#: the pen and answer it, i look after my dad"; newcomer corpus 25 was refused three times
#: before "answer the page: ..."): the lead, its words of where and with what, then the words.
_WRITE_LEAD = re.compile(
    r"^(?P<lead>(?:(?:i|i'll|ill|i will|let me|so|ok|okay|right|then|now)\s+)*"
    r"(?:(?:pick up|take|grab|uncap|get out|take out|use)\s+(?:the\s+|my\s+)?"
    r"(?:mending\s+|green\s+|glass\s+|true\s+)?pen\s+(?:and|to)\s+)?"
    r"(?:write|writes|answer|answers|reply|replies|respond|responds"
    r"|use\s+(?:the\s+|my\s+)?(?:mending\s+|green\s+|glass\s+)?pen)"
    r"(?:\s+(?:back|down|it|to|on|in|into|under|with|the|my|own|this|that|page|book|singed"
    r"|harsh|burnt|scorched|mending|green|glass|pen|true|kind|something|words|some|a|line"
    r"|lines|note|beneath|below|over)\b)*)"
    r"\s*(?:[.:;,!\u2013\u2014-]+\s*|\s+|$)(?P<words>(?![\"'\u201c\u2018]).*)$",
    re.IGNORECASE | re.DOTALL,
)


#: Where the words go, said after them ("i write that i came anyway on the page").
_WHERE_LAST = re.compile(
    r"\s+(?:on|in|into|under|across)\s+(?:the\s+|my\s+|her\s+|his\s+|their\s+|it\b|this\b)"
    r"\s*(?:own\s+)?"
    r"(?:singed\s+|harsh\s+|burnt\s+|scorched\s+)?(?:page|book)?[\s.!]*$",
    re.IGNORECASE,
)


def _written(world: World, text: str, intents: list[parser.ParsedIntent]) -> str | None:
    """The words of a command to write them ("write with the pen: i do finish things", "write
    under it: that isn't true", "write with the pen. i turn up every night"), when the input
    is that command and nothing else; "" for the command alone ("write on the page", "use the
    pen to write"); None otherwise."""
    found = _WRITE_COLON.match(text.strip())
    if found is None and intents:
        lead = _WRITE_LEAD.match(text.strip())
        return _WHERE_LAST.sub("", lead.group("words")).strip() if lead is not None else None
    if found is None or not intents:
        return None
    if found.group("verb").lower() in _SPEECH and any(
        i.intent == Intent.TALK and world.character(i.target_id or "") is not None for i in intents
    ):
        return None
    return found.group("words")


_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "this", "that", "her", "his", "its"})
#: Words of a description that name nothing ("it is being unkind": no thing called "it").
_FUNCTION_WORDS = _DETERMINERS | frozenset(
    {"it", "is", "are", "was", "be", "being", "you", "i", "me", "to", "and", "of", "in", "on"}
    | {"at", "not", "no", "with", "as", "for", "than", "they", "what", "would", "could", "one"}
)


def _told_a_thing(
    world: World,
    state: WorldState,
    text: str,
    intents: list[parser.ParsedIntent],
    opened: list[tuple[Action, Skill | None]],
) -> str | None:
    """The words told to a thing an open moment is about ("tell the page that isn't fair. i
    finish plenty", "say to my page you came anyway"): what follows the thing's word, when the
    first clause talks to a thing no one is called (no character of the world) named by words
    of the moment's item (its name, aliases or description: "page" of the book with the singed
    page), and the rest are free words; None otherwise."""
    first = intents[0] if intents else None
    if first is None or first.intent != Intent.TALK or first.target_id is not None:
        return None
    if not first.target or any(i.intent != Intent.UNKNOWN and not i.said for i in intents[1:]):
        return None
    named = [w for w in first.target.split() if w not in _DETERMINERS]
    if not named and first.obj:  # "say to the page you came": the parser's "the"
        named = [w for w in first.obj.split() if w not in _DETERMINERS]
    about = {
        word
        for a, _ in opened
        if a.target_id is not None and (item := world.item(a.target_id)) is not None
        for word in normalise(" ".join((item.name, *item.aliases, item.description))).split()
    } - _FUNCTION_WORDS
    run = list(itertools.takewhile(lambda w: w in about, named))  # "singed page", "page"
    if not run or any(
        n in normalise(x).split() for c in world.characters for x in c.names for n in run
    ):
        return None  # "tell juno that ...", Juno away: said to her, not to a page
    word = run[-1]
    found = re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])[\s:,.!-]*", text, re.IGNORECASE)
    return text[found.end() :] if found is not None and found.end() < len(text) else None


#: Words of each sense, for a sentence that notices the place in the player's own words ("i
#: put a hand on the fence wire. it's cold and wet. chalk crunching under my boots").
_SENSES = {
    "sight": re.compile(r"\b(?:see|seeing|saw|look|looking|notice|noticing|watch|sense)\b"),
    "hearing": re.compile(
        r"\b(?:hear|hearing|heard|listen|listening|sound|sounds|crunch|crunching|crunches"
        r"|roar|roaring|hiss|hissing|rustle|rustling|creak|creaking|ticking|whistling)\b"
    ),
    "touch": re.compile(
        r"\b(?:feel|feeling|felt|touch|touching|cold|wet|damp|warm|rough|smooth|soft|sharp"
        r"|gritty|under (?:my|me) (?:feet|boots|shoes|hands?|fingers)|(?:feet|foot|hands?|palms?"
        r"|fingers) (?:on|against|flat on)|(?:on|in|under) (?:my|me) (?:hands?|palms?|fingers))\b"
    ),
    "smell": re.compile(r"\b(?:smell|smells|smelling|scent|sniff)\b"),
    "taste": re.compile(r"\b(?:taste|tastes|tasting)\b"),
}
#: One sense said of two things or more, in the player's own voice ("i can feel the chalk
#: under me boots and the wire fence on my hand", "i can hear the sea and the gulls"): noticing
#: too.
_SENSED_THINGS = re.compile(
    r"^(?:i |i can |i could |i can still )(?:feel|hear|see|smell|notice)\b.+\band\b.+"
)
#: Intents a sense word makes of a clause ("feel the path" is touch, "smell the gorse" smell).
_SENSING = frozenset(
    {Intent.EXAMINE, Intent.LOOK, Intent.LISTEN, Intent.TOUCH, Intent.SMELL, Intent.UNKNOWN}
    | {Intent.WAIT}  # "stop. i feel the gravel ...": stopping is part of it
)
#: A clause of the player's own body at a thing ("i put a hand on the wire", "i hold the
#: rail", "feet on the path"): part of noticing, whatever verb it parsed as.
_BODY_AT = re.compile(
    r"^(?:i |my )?(?:(?:put|rest|press|lay|place|plant|hold|touch|keep)\b.*"
    r"\b(?:hand|hands|palm|palms|fingers|feet|foot)\b|(?:feet|foot|hands?|palms?|fingers)"
    r" (?:on|against|flat on)\b)"
)


#: A clause holding something up or close ("i hold the lantern up", "i hold the sea glass"):
#: part of noticing, as the body at a thing is.
_HOLDING = re.compile(r"^(?:i |and |then )?(?:hold|holding|raise|lift|grip|squeeze|clutch)\b")


#: World verbs of a calm body that go with noticing ("i hold the fence and take a few slow
#: breaths": newcomer corpus 32, told "You can't find that here.").
_STEADYING = frozenset({"breathe"})


def _noticing(norm: str, intents: list[parser.ParsedIntent], verb: str) -> bool:
    """Whether words name what two or more senses find here, and do nothing else ("feel the
    path under my boots, smell the gorse, hear the sea", "i put a hand on the wire. it's cold.
    i can hear the sea"): a grounding moment's own words. ``verb``: the moment's own verb
    ("... and just notice. cold wire, wet chalk" parses a clause as the world's "notice")."""
    senses = [name for name, words in _SENSES.items() if words.search(norm)]
    sensed = [norm, *(normalise(i.raw) for i in intents)]  # "i stop. i can hear the sea and
    # the gulls": one sense of two things, in a sentence of its own
    things = any(_SENSED_THINGS.search(x) is not None for x in sensed)
    several = len(senses) >= 2 or (len(senses) == 1 and things)
    return several and all(
        i.intent in _SENSING
        or i.intent == verb
        or i.intent in _STEADYING
        or i.said
        or _BODY_AT.match(normalise(i.raw))
        or _HOLDING.match(normalise(i.raw))
        for i in intents
    )
