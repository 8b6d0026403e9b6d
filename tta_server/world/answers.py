"""What a character answers to "where is X?" and "who is X?": read from the world as it is now.

No authored line is needed for these: any character, asked where someone, somewhere or
something is, answers from the state (where that person is now, the way there from here, who
holds the thing), so an answer is never stale and never about something else.

:func:`question_about` finds such a question in the player's words to a character ("where is
pip", "do you know where Lamp Cottage is?", "who's Bastian?"; asking the way, "which way is
the quay", "how do i get to the bindery", reads as "where is"): the asking word and the one
person, place or item the rest of the words name (whole names or aliases, with "the", "my",
"now" and the like left out; "her"/"him"/"them" the person of those pronouns last named; the
listener's own name around the question left out: "rue, where is pip?"). :func:`answer`
turns it into the facts a narrator speaks from:
``answer`` (one of :data:`ANSWERS`), ``subject_name``, ``place_name``, ``holder_name`` and
``route`` (up to :data:`ROUTE_STEPS` ``[direction word, place name]`` steps by open exits,
empty when the way is shut; then ``shut_route`` and ``shut_door`` say where, :func:`shut_way`).
A "who" question about someone a topic of the character's is about is left to that topic
(the engine asks :func:`question_about` first, and tries the topic when ``kind`` is ``who``);
without one, :func:`who_they_are` answers with the character's ``role``, not where they are.
With no one here, :func:`known_answer` answers from what the player knows (the way to a place
not yet visited as "go to X" starts it, without moving), and :func:`nowhere_asked` says
plainly that a way asked for leads nowhere the player knows of.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from typing import Literal, NamedTuple

from tta_server.world.replies import normal
from tta_server.world.schema import Character, World
from tta_server.world.state import WorldState, place_of, where_is
from tta_server.world.turn import the
from tta_server.world.views import is_shut, met
from tta_server.world.vocab import PLAYER
from tta_server.world.word_patterns import whole_words

ROUTE_STEPS = 3
"""At most this many steps of the way are said ("out to the Quay, then west to ...")."""

ANSWERS = (
    "self",  # asked where or who they are themselves
    "who",  # who someone else is: role (talk.answer made by world.talk)
    "here",  # the person or thing is right here
    "held",  # the player has it
    "held_by_speaker",  # the character asked has it
    "holder",  # someone else has it: holder_name
    "at",  # a person or thing somewhere else: place_name and route
    "place",  # a place elsewhere: route
    "unknown",  # nowhere the player could know of
)

_ASK = re.compile(
    r"^(?:(?:do|does) (?:you|anyone|any one|u) know |can you tell me |could you tell me |"
    r"tell me |any idea |have you seen |i wonder |i want to know |hey |hi |hello |so |and |"
    r"please |excuse me |um |erm )*(where|who|whos|wheres)\b(?: (?:is|are|r|was|were|s|can|"
    r"could|would|will|shall|do|does|did|might|has|have))?(?: (?:i|we) (?:can |could |might "
    r"|should )?"
    r"(?:find|get to|get|reach|see|buy|borrow|look for))?"
    r"(?: (.*))?$"
)
#: "where" spelt by ear ("wer is pip", "were did the portraits go": newcomer corpus 25, Rue
#: answered "wer is pip" with "That's me told out").
_BY_EAR = re.compile(
    r"\bwer\b|\bwhare\b|\bwere(?= (?:is|are|did|does|do|was|can|could|should|would|will"
    r"|has|have)\b)"
)
#: Asking the way ("which way is lamp cottage", "how do i get to the quay", "what's the way to
#: the bindery", "could u show me the stacks"): read as "where is ...". Getting without "to" is
#: no way asked ("how do i get the light going": newcomer 18 was told the keeper had no idea
#: where the great lamp is).
_WAY = re.compile(
    r"^(?:(?:which|what) way(?: is it to| is| are| s| to| do i go to| do i go for| should i go for"
    r"| should i go to)?|(?:what's|whats|what is) the"
    r" way to|the way to|how (?:do|can|could|would|should|to) (?:i |we )?(?:(?:get|go)(?: back)?"
    r" to|find (?:my|the) way(?: back)?(?: to)?)|how far is|directions to"
    r"|(?:(?:can|could|would|will) (?:you|u) )?show me(?: the way)?(?: to)?)\b"
)
#: Asking how far a place is ("is lamp cottage far from here?", "are the dunes near"): where.
_FAR = re.compile(
    r"^(?:is|are) (.+?) (?:far|far away|a long way|near|nearby|close|close by)"
    r"(?: (?:from here|away|off|to walk))?$"
)
_LEAD = re.compile(r"^(?:(?:the|a|an|my|your|our|this|that|miss|mister|mr|mrs|ms|old|little) )+")
_TAIL = re.compile(
    r"(?: (?:now|then|right now|today|tonight|at the moment|at|from here|from where i am|here"
    r"|from|to|gone|go|going|went|"
    r"headed|heading|kept|live|lives|living|staying|stays|hiding|please|pls|plz|again|exactly|"
    r"these days|anyway|is|are|was|were))+$"
)


_What = Literal["character", "location", "item"]


class Asked(NamedTuple):
    """A question about someone, somewhere or something of the world."""

    kind: Literal["where", "who"]
    what: _What
    id: str


def _names(world: World) -> dict[str, tuple[_What, str]]:
    """Every plain name (normalised) of a character, location or item, to what it names
    (built once per world, kept with it)."""
    return world.derived(_find_names)


def _find_names(world: World) -> dict[str, tuple[_What, str]]:
    found: dict[str, tuple[_What, str]] = {}
    for item in world.items:
        for name in (item.name, *item.aliases):
            found.setdefault(_LEAD.sub("", normal(name)), ("item", item.id))
    for loc in world.locations:
        for name in (loc.name, loc.id.replace("-", " ")):
            found[_LEAD.sub("", normal(name))] = ("location", loc.id)
    for ch in world.characters:
        for name in ch.names:
            found[_LEAD.sub("", normal(name))] = ("character", ch.id)
    return found


def question_about(
    world: World, words: str, listener: str | None = None, mentioned: Sequence[str] = ()
) -> Asked | None:
    """The where/who question in the words, when they name one person, place or item (or,
    with "you", the ``listener``; with "her", "him" or "them", the person of those pronouns
    first in ``mentioned``, latest first). The listener's name around the question is only
    whom it is asked of ("rue, where is pip right now?")."""
    text = _BY_EAR.sub("where", _without_name(world, normal(words), listener))  # "wer is pip"
    text = _FAR.sub(r"where is \1", text, count=1)
    match = _ASK.match(_WAY.sub("where is", text, count=1))
    if match is None or not match.group(2):  # "where?" alone: no subject
        return None
    kind: Literal["where", "who"] = "where" if match.group(1).startswith("where") else "who"
    subject = _TAIL.sub("", _LEAD.sub("", match.group(2))).strip()
    found = _names(world).get(subject) or _one_place_called(world, subject)
    if listener and subject in ("you", "yourself"):
        found = ("character", listener)
    if found is None and subject in _PRONOUNS:  # "where can i find her?"
        found = _person_meant(world, _PRONOUNS[subject], listener, mentioned)
    if found is None or (kind == "who" and found[0] != "character"):
        return None
    return Asked(kind, found[0], found[1])


_PRONOUNS = {"her": "she/her", "him": "he/him", "them": "they/them"}


def _one_place_called(world: World, subject: str) -> tuple[_What, str] | None:
    """The one location whose name holds ``subject`` as whole words ("lighthouse": The
    Lighthouse Yard), or None when none or several do ("cottage": Cottage Step and Cottage
    Kitchen). Newcomer 16 asked "could you tell me where the lighthouse is?" alone on the quay
    and was told there was no one to talk to (play corpus 16)."""
    if not subject or subject in _PRONOUNS or subject in ("you", "yourself", "it", "that"):
        return None
    found = {
        loc.id
        for loc in world.locations
        if whole_words(subject).search(_LEAD.sub("", normal(loc.name)))
    }
    return ("location", found.pop()) if len(found) == 1 else None


def _without_name(world: World, text: str, listener: str | None) -> str:
    """The words without the listener's name before or after them ("rue where is pip" ->
    "where is pip")."""
    ch = world.character(listener) if listener else None
    for name in (normal(n) for n in (ch.names if ch else ())):
        if text.startswith(f"{name} "):
            text = text[len(name) + 1 :]
        if text.endswith(f" {name}"):
            text = text[: -len(name) - 1]
    return text


def _person_meant(
    world: World, pronouns: str, listener: str | None, mentioned: Sequence[str]
) -> tuple[_What, str] | None:
    """The person of those pronouns mentioned latest, not the one asked."""
    for who in mentioned:
        ch = world.character(who)
        if ch is not None and ch.id != listener and ch.pronouns == pronouns:
            return ("character", ch.id)
    return None


def route(
    world: World, s: WorldState, goal: str, shut_too: bool = False
) -> list[tuple[str, str]] | None:
    """The shortest way by open exits (``shut_too``: by any) from the player's location to
    ``goal``, as (direction word, location name) steps; None when there is none (an empty
    list: already there)."""
    back: dict[str, tuple[str, str] | None] = {s.location: None}
    queue = deque([s.location])
    while queue:
        at = queue.popleft()
        if at == goal:
            break
        loc = world.location(at)
        for ex in loc.exits if loc is not None else []:
            if ex.to not in back and (shut_too or not is_shut(world, s, at, ex)):
                back[ex.to] = (at, ex.dir.word)
                queue.append(ex.to)
    if goal not in back:
        return None
    steps: list[tuple[str, str]] = []
    at = goal
    while (prev := back[at]) is not None:
        loc = world.location(at)
        steps.append((prev[1], loc.name if loc is not None else at))
        at = prev[0]
    return steps[::-1]


def shut_way(world: World, s: WorldState, goal: str) -> dict[str, object]:
    """Where the way to ``goal`` is shut: ``shut_route``, the steps up to the first shut exit
    on the way (the shut one last), and ``shut_door``, that exit's door ("the blue door"), if
    it has one; empty when there is no way even through shut exits."""
    steps = route(world, s, goal, shut_too=True) or []
    at, taken = s.location, []
    for d, name in steps:
        loc = world.location(at)
        ex = next((e for e in (loc.exits if loc else []) if e.dir.word == d), None)
        taken.append([d, name])
        if ex is not None and is_shut(world, s, at, ex):
            return {"shut_route": taken[-ROUTE_STEPS:], "shut_door": ex.door}
        at = ex.to if ex is not None else at
    return {}


def answer(world: World, s: WorldState, speaker: Character, asked: Asked) -> dict[str, object]:
    """The facts of the speaker's answer to a where/who question (see the module docstring)."""
    if asked.what == "character" and asked.id == speaker.id:
        return {"answer": "self", "subject_name": speaker.name}
    if asked.what == "character":
        ch = world.character(asked.id)
        name, place = (ch.name if ch else asked.id), where_is(world, s, asked.id)
    elif asked.what == "item":
        item = world.item(asked.id)
        name, place = (item.name if item else asked.id), place_of(world, s, asked.id)
        holder = world.character(place)
        if place == PLAYER:
            return {"answer": "held", "subject_name": name}
        if holder is not None:
            if holder.id == speaker.id:
                return {"answer": "held_by_speaker", "subject_name": name}
            return {"answer": "holder", "subject_name": name, "holder_name": holder.name}
        if place not in s.visits:  # not somewhere the player has been: no spoilers
            return {"answer": "unknown", "subject_name": name}
    else:
        loc = world.location(asked.id)
        name, place = (loc.name if loc else asked.id), asked.id
    if place == s.location:
        return {"answer": "here", "subject_name": name}
    loc = world.location(place)
    way = route(world, s, place) if loc is not None else None
    if loc is None:
        return {"answer": "unknown", "subject_name": name}
    steps = [[d, p] for d, p in (way or [])[:ROUTE_STEPS]]
    return {
        "answer": "place" if asked.what == "location" else "at",
        "subject_name": name,
        "place_name": loc.name,
        "route": steps,
        "further": way is not None and len(way) > ROUTE_STEPS,
        **(shut_way(world, s, place) if way is None else {}),
    }


def who_they_are(world: World, asked: Asked) -> str | None:
    """For "who is X?" about another character: their ``role`` (who they are, in words
    anyone could say); None for "where" questions, for things and places, or without one."""
    ch = world.character(asked.id) if asked.kind == "who" else None
    return ch.role if ch is not None else None


def known_answer(world: World, s: WorldState, asked: Asked) -> str:
    """ "who is bastian?" / "where is ilse?" asked with no one here: the game answers from
    what the player could know, in plain words: who someone met is (their ``role``); where
    someone met, a thing or a place is and the first steps of the way, when it is somewhere
    the player has been; else that there is no one here to ask."""
    if asked.what == "character" and asked.id not in met(world, s):
        return _NOBODY  # someone the player has not met: nothing known of them yet
    if asked.kind == "who":
        role = who_they_are(world, asked)
        known = f"There's no one here to ask. Of {_name_of(world, asked)}, you know this: {role}"
        return known if role else _NOBODY
    if asked.what == "location":
        loc, place = world.location(asked.id), asked.id
    elif asked.what == "character":
        place = where_is(world, s, asked.id)
        loc = world.location(place)
    else:
        place = place_of(world, s, asked.id)
        loc = world.location(place)
        if place == PLAYER:
            return "You have it with you."
    subject = _name_of(world, asked)
    way = route(world, s, place) if loc is not None else None
    if loc is not None and asked.what == "location" and place not in s.visits:
        start = way or route(world, s, place, shut_too=True)  # a shut way still starts somewhere
        if start:
            step = way_said(start, loc.name) if way else way_said(start[:1], loc.name)
            shut = "" if way else ", though the way is shut somewhere past that just now"
            return (
                f"You haven't been there yet, but the way to {the(subject)} is plain enough."
                f" It starts {step}{shut}."
            )
    if loc is None or place not in s.visits:
        return f"There's no one here to ask, and you don't know where {subject} is."
    if place == s.location:
        return f"{subject[:1].upper()}{subject[1:]} is right here."
    way = way or []
    said = ", then ".join(d if p == loc.name else f"{d} to {p}" for d, p in way[:ROUTE_STEPS])
    where = f"at {loc.name}" if asked.what != "location" else "from here"
    if not way:
        return f"{subject[:1].upper()}{subject[1:]} is {where}; the way there is shut just now."
    more = ", and on from there" if len(way) > ROUTE_STEPS else ""
    if asked.what == "location":
        return f"The way to {the(loc.name)}: {said}{more}."
    return f"{subject[:1].upper()}{subject[1:]} is {where} now: {said}{more}."


#: At most this many steps of a way not walked yet are said in words.
WAY_STEPS = 5


def way_said(steps: list[tuple[str, str]], goal: str) -> str:
    """A way in plain words, from its first step ("out, to the Quay, then north to Chapel
    Street, then east": newcomer corpus 25 was told only where the way to Lamp Cottage
    started, from two rooms away, and one line later that no path led there)."""
    said = [
        (d if p == goal else f"{d}, to {the(p)}")
        if i == 0
        else (d if p == goal else f"{d} to {the(p)}")
        for i, (d, p) in enumerate(steps[:WAY_STEPS])
    ]
    more = ", and on from there" if len(steps) > WAY_STEPS else ""
    return ", then ".join(said) + more


def nowhere_asked(words: str) -> str | None:
    """ "which way to the moon?" with no one here, naming nowhere the world has: says so
    plainly; None when the words do not ask the way."""
    found = _WAY.match(normal(words))
    rest = normal(words)[found.end() :].strip() if found is not None else ""
    rest = _TAIL.sub("", rest).strip()
    return f"There's no one here to ask, and you know of nowhere called {rest}." if rest else None


_NOBODY = "There's no one here to ask."


def _name_of(world: World, asked: Asked) -> str:
    found = world.character(asked.id) or world.item(asked.id) or world.location(asked.id)
    return found.name if found is not None else asked.id
