"""The clause grammar's verb frames: for each canonical intent, how the words after its verb are
read into a :class:`Frame` (intent, target, object, words), with :data:`HANDLERS` the table
:mod:`tta_server.pipeline.parser` dispatches on. The grammar is specified in the parser's
docstring.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from tta_server.pipeline.scope_index import (
    EXIT_CUTOFF,
    Index,
    noun_phrase,
    only_way_near,
    resolve,
)
from tta_server.pipeline.vocabulary import (
    ACT_LEADS,
    ACT_PREPS,
    ADVERBS,
    ANSWERS,
    ASK_PREPS,
    ASK_SPLITS,
    DEFAULT_DIRECTION,
    DETERMINERS,
    DIRECTION_WORDS,
    DURATIONS,
    EXAMINE_LEADS,
    FAREWELLS,
    FORCED_DIRECTION,
    GO_ADVERBS,
    GO_LEADS,
    GREETINGS,
    HELP_SELF,
    LOOK_AROUND,
    LOOK_LEADS,
    MANNER,
    MAX_VERB_WORDS,
    OBJ_PREPS,
    PERSON_PRONOUNS,
    PHRASES,
    PLACE_WORDS,
    PRONOUNS,
    QUESTION_WORDS,
    REAL_VERBS,
    REFLEXIVES,
    SAID_STARTS,
    SPEAK_LEADS,
    STARTERS,
    TAIL_RE,
    TRAVEL_RE,
    VERBS,
    WAIT_LEADS,
)
from tta_server.protocol.intents import ACTS, Intent

# --------------------------------------------------------------------------------------------
# Clause grammar
# --------------------------------------------------------------------------------------------


class Frame(NamedTuple):
    """A clause understood, before pronouns and scope are resolved."""

    intent: str
    target: str | None = None
    obj: str | None = None
    said: bool = False


UNKNOWN_FRAME = Frame(Intent.UNKNOWN)
_Handler = Callable[[str, list[str], Index | None], Frame]


def _split_at(
    words: list[str], preps: Sequence[str]
) -> tuple[list[str], str | None, list[str] | None]:
    """Split at the first preposition of ``preps``: (before, preposition, after)."""
    split = [p.split() for p in preps]
    for i in range(len(words)):
        for prep in split:
            if words[i : i + len(prep)] == prep:
                return words[:i], " ".join(prep), words[i + len(prep) :]
    return words, None, None


def with_obj(intent: str, words: list[str], preps: Sequence[str]) -> Frame:
    before, _, after = _split_at(words, preps)
    return Frame(intent, noun_phrase(before), noun_phrase(after) if after is not None else None)


def _direction_at(words: Sequence[str]) -> str | None:
    return DIRECTION_WORDS.get(words[0]) if words else None


#: Words after whom is followed that say which way they go ("follow footnote DOWN the hidden
#: stair", "follow her THROUGH the door"): the following is after them all the same.
_ALONG = frozenset({"down", "up", "through", "along", "into", "across", "over", "round"})


def _go(verb: str, rest: list[str], index: Index | None) -> Frame:
    if verb in FORCED_DIRECTION:
        place = noun_phrase(rest) if verb == "enter" and rest else None
        if place is None or place in PLACE_WORDS or _direction_at(rest):
            return Frame(Intent.GO, DEFAULT_DIRECTION[verb])
        return Frame(Intent.GO, place, DEFAULT_DIRECTION[verb])  # "enter the cottage"
    if verb == "move" and rest and rest[0] in DETERMINERS:
        return _use("move", rest, index)  # "move the boulder": not a destination
    if verb == "follow" and "to" in rest[1:-1]:  # "follow her to the bindery": the place
        return Frame(Intent.GO, noun_phrase(rest[rest.index("to", 1) + 1 :]))
    if verb == "follow" and len(rest) > 1 and rest[-1] in DIRECTION_WORDS:  # "follow footnote
        return Frame(Intent.GO, DIRECTION_WORDS[rest[-1]])  # east": the way she goes
    along = next((i for i, w in enumerate(rest) if i and w in _ALONG), None)
    if verb == "follow" and along is not None:  # "follow footnote down the hidden stair":
        return Frame(Intent.GO, noun_phrase(rest[:along]))  # after him, the way he goes
    if rest[:1] == ["with"] and len(rest) > 1:  # "go with ilse": after her, as "follow ilse"
        rest = rest[1:]
    if rest and rest[0] in _GO_SEE and len(rest) > 1:  # "go see bastian": go where he is
        return Frame(Intent.GO, noun_phrase(rest[1:]))
    if rest and rest[0] in VERBS and rest[0] not in _NOT_GO_VERBS and VERBS[rest[0]] != Intent.GO:
        return verb_frame(list(rest), index)  # "go get the oil": get it, as "go and get"
    words = _without_purpose(list(rest))
    while len(words) > 1 and (words[0] in GO_LEADS or words[0] in GO_ADVERBS):
        words = words[1:]
    if words[:1] == ["back"] and len(words) > 1:  # "go back (down) to the quay"
        words = words[1:]
        while len(words) > 1 and words[0] in GO_LEADS:
            words = words[1:]
    way = _direction_at(words) or (_direction_typo(words[0]) if index and words else None)
    into = words[1:2] in (["in"], ["inside"]) and way not in ("in", None)  # "up in tower"
    if len(words) > 2 and way and (words[1] in _TO_PLACE or into):
        # "down to the quay", "east into the burnt wing", "up in tower" (newcomer 27): the
        # place, with the direction as obj for when it is not a way; with a scope, a typo in
        # the direction too ("nort to ...")
        return Frame(Intent.GO, noun_phrase(words[2:]), way)
    if len(words) > 2 and way and words[1] == "the" and " ".join(words[2:]) not in _WAYS:
        return Frame(Intent.GO, noun_phrase(words[2:]), way)  # "up the clock stair": that
        # place, or up when no place is called that ("up the stairs" is only up)
    if len(words) == 2 and way and words[1] not in _WAYS | _NOT_A_NAME | set(DIRECTION_WORDS):
        return Frame(Intent.GO, noun_phrase(words[1:]), way)  # "up tower" (play 34): as "up
        # the tower", that place, or up when no place is called that
    named = words[1:] if words[:1] == ["the"] else words
    if len(named) > 1 and named[0] in _PLACE_DIRECTIONS and named[1] not in _NOT_A_NAME:
        # "the east corridor": a place whose name starts with a direction, with the direction
        # as obj for when no place is called that
        return Frame(Intent.GO, noun_phrase(named), DIRECTION_WORDS[named[0]])
    if len(words) > 1 and words[0] in ("into", "inside", "in"):  # "into the shed", as above
        return Frame(Intent.GO, noun_phrase(words[1:]), DIRECTION_WORDS["in"])
    direction = _direction_at(words[1:] if words[:1] == ["the"] else words)
    if direction is not None or verb in DEFAULT_DIRECTION:
        return Frame(Intent.GO, direction or DEFAULT_DIRECTION[verb])
    target = noun_phrase(words)
    if target and index and index.exits and " " not in target and rest[:1] != ["to"]:
        target = only_way_near(target, index.exits) or target
    return Frame(Intent.GO, target)


def _without_purpose(words: list[str]) -> list[str]:
    """Words of a movement without the purpose after its place ("down to the harbour wall to
    watch the boats": the harbour wall; "over to maren to say hello": maren; "in the shed, i
    need the oil can": the shed)."""
    for at in range(2, len(words) - 1):
        if words[at] == "to" and words[at - 1] not in GO_LEADS and _is_purpose(words[at + 1]):
            return words[:at]
        if words[at] in _WHY and words[at + 1] in _NEEDS:  # "in the shed, i need the oil can"
            return words[:at]
    return words


#: A reason said after the place ("go in the shed, i need the oil can", "... because i want").
_WHY = frozenset({"i", "we", "because", "cause", "cos", "as", "since"})
_NEEDS = frozenset({"need", "want", "have", "must", "gotta", "should", "i", "we"})


def _is_purpose(word: str) -> bool:
    """Whether a word after "to" starts what the player means to do there."""
    return word in _PURPOSES or (word in VERBS and VERBS[word] != Intent.GO)


#: Verbs of a purpose that are not the parser's own verbs ("to watch the boats come in").
_PURPOSES = frozenset({"watch", "see", "meet", "say", "check", "visit", "find", "get", "fetch"})
#: What a direction goes along, not where ("up the stairs", "down the path").
_WAYS = frozenset(
    {"stairs", "stair", "steps", "staircase", "ladder", "path", "hill", "road", "street", "lane"}
    | {"slope", "track", "passage", "tunnel", "corridor", "way", "bank", "rocks", "stairwell"}
)
#: "go see/visit/find X": go where X is.
_GO_SEE = frozenset({"see", "visit", "meet", "find"})
#: Words after "go" that are verbs elsewhere but here say where or how ("go back", "go on").
_NOT_GO_VERBS = frozenset({*DIRECTION_WORDS, *GO_LEADS, *GO_ADVERBS, "back", "on", "home"})
#: Words after a direction that say where it leads ("down to the quay").
_TO_PLACE = frozenset({"to", "into", "towards", "toward"})
#: Direction words that begin place names ("the East Corridor", "North Beach").
_PLACE_DIRECTIONS = frozenset({"north", "south", "east", "west"})
#: Words after a direction that are not the rest of a name ("east a bit", "north again").
_NOT_A_NAME = frozenset({"a", "again", "then", "and", "now", "please", "through", "out", "up"})


def _direction_typo(word: str) -> str | None:
    """The direction a word of four letters or more is a typo of ("nort", "soutth")."""
    if len(word) < 4:
        return None
    close = difflib.get_close_matches(word, DIRECTION_WORDS, n=1, cutoff=EXIT_CUTOFF)
    return DIRECTION_WORDS[close[0]] if close else None


#: What "see / look (and see) who ..." asks: what is here to be found, never a thing called
#: "who is being unkind" (newcomer 20 in the foyer: "You can't find that here").
_FIND_OUT = frozenset({"who", "what", "where", "whether", "if", "why", "whats", "what's"})


def _look(verb: str, rest: list[str], index: Index | None) -> Frame:
    if rest[:1] == ["after"]:  # "i look after me dad" (newcomer corpus 25): caring for
        return UNKNOWN_FRAME  # someone, never a look at oneself
    if not rest or rest[0] in LOOK_AROUND or rest[0] in _FIND_OUT:
        return Frame(Intent.LOOK)
    if len(rest) == 1 and rest[0] in DIRECTION_WORDS:
        return Frame(Intent.LOOK, DIRECTION_WORDS[rest[0]])
    words = list(rest)
    while words and words[0] in LOOK_LEADS:
        words = words[1:]
    return with_obj(Intent.EXAMINE, words, OBJ_PREPS[Intent.EXAMINE])


def _examine(verb: str, rest: list[str], index: Index | None) -> Frame:
    words = rest[1:] if rest[:1] and rest[0] in EXAMINE_LEADS else rest
    return with_obj(Intent.EXAMINE, words, OBJ_PREPS[Intent.EXAMINE])


def _take(verb: str, rest: list[str], index: Index | None) -> Frame:
    if verb == "get" and _direction_at(rest):
        return _go(Intent.GO, rest, index)
    words = rest[:-1] if verb == "pick" and rest[-1:] == ["up"] else rest
    before, _, after = _split_at(words, ("to",))
    if verb in ("take", "bring") and before and after and _is_person(after, index):
        return _give("give", words, index)  # "take his book up to ilse": give it to her
    return with_obj(Intent.TAKE, words, OBJ_PREPS[Intent.TAKE])


def _is_person(words: list[str], index: Index | None) -> bool:
    """Whether a noun phrase is "him"/"her" or a person in scope."""
    np = noun_phrase(words)
    if np in PERSON_PRONOUNS:
        return True
    return index is not None and np is not None and resolve(np, index, fuzzy=False) in index.people


#: What follows "skip" when it is the story, not a stone, that would be skipped.
_SKIP_ON = frozenset({"to", "ahead", "forward", "this", "it", "past", "bit", "part"})


def _drop(verb: str, rest: list[str], index: Index | None) -> Frame:
    if verb == "skip" and (not rest or rest[0] in _SKIP_ON):
        return Frame(Intent.HELP, None)  # "can i skip to the end?": the way on, as a hint
    if verb == "leave" and (not rest or noun_phrase(rest) in PLACE_WORDS):
        return Frame(Intent.GO, "out")
    words = rest[1:] if rest[:1] in (["down"], ["away"]) else rest
    words = words[:-1] if words[-1:] in (["down"], ["away"]) else words
    if verb in ("throw", "toss", "chuck", "lob", "fling", "hurl") and "to" in words:
        return _give(verb, words, index)  # "throw the bread to the gull"
    if verb in ("put", "place"):
        before, _, after = _split_at(words, _ROUND)
        if before and after and _oneself(noun_phrase(after)):  # "on myself": worn, used
            return Frame(Intent.USE, noun_phrase(before))
        if after and after[0] in PERSON_PRONOUNS | {"his", "their"} and after[1:] in _BODY:
            after = ["them" if after[0] == "their" else "him" if after[0] == "his" else "her"]
        owner = _owner(after[:-1], index) if after and after[-1:] in _BODY else None
        after = owner or after  # "round maren's shoulders", "round marens shoulders": Maren
        if before and after and _is_person(after, index):
            return Frame(Intent.GIVE, noun_phrase(before), noun_phrase(after))  # round her
    if verb in ("put", "place", "set", "lay", "leave"):
        before, prep, after = _split_at(words, OBJ_PREPS[Intent.USE])
        onto = prep in _SURFACE  # "put the rosemary on the desk": put down on it
        if after and before and onto and not _is_person(after, index):
            return Frame(Intent.DROP, noun_phrase(before), noun_phrase(after))
        if after is not None and before and verb in ("put", "place"):
            return Frame(Intent.USE, noun_phrase(before), noun_phrase(after))
    return with_obj(Intent.DROP, words, OBJ_PREPS[Intent.DROP])


#: Where a thing is put down ("put the rosemary on the desk", "under the bench"): a drop onto
#: something here, unless the world gives the two together a use ("put the flask on the
#: range"); "in"/"into" stay a use ("put the key in the lock", "paraffin in the lamp").
_SURFACE = frozenset({"on", "onto", "upon", "under"})


#: "put the blanket round maren", "over his shoulders": given to the person it goes round.
_ROUND = ("round", "around", "over", "on")
_BODY = (["shoulders"], ["shoulder"], ["back"], ["lap"])


def _owner(words: list[str], index: Index | None) -> list[str] | None:
    """The person a possessive names ("maren's", "marens", "old maren's"), when one is here."""
    if not words:
        return None
    last = words[-1]
    bare = last[:-2] if last.endswith("'s") else last[:-1] if last.endswith("s") else None
    who = [*words[:-1], bare] if bare else None
    return who if who and _is_person(who, index) else None


def _use(verb: str, rest: list[str], index: Index | None) -> Frame:
    words = rest
    if verb in ("turn", "switch") and words[-1:] in (["on"], ["off"]):
        words = words[:-1]
    before, prep, after = _split_at(words, OBJ_PREPS[Intent.USE])
    if prep == "to" and after and VERBS.get(after[0]) == Intent.OPEN:
        return Frame(Intent.OPEN, noun_phrase(after[1:]), noun_phrase(before))
    if verb == "try" and before[-1:] and before[-1] in _OPENINGS:  # "try the clock stair
        return _open("open", words, index)  # door", "try the door to the stair": open it
    return Frame(Intent.USE, noun_phrase(before), noun_phrase(after) if after is not None else None)


#: Things that "try X" opens: a door is tried by its handle, never used like a tool.
_OPENINGS = frozenset({"door", "doors", "gate", "gates", "hatch", "handle", "lid", "latch"})


def _open(verb: str, rest: list[str], index: Index | None) -> Frame:
    return with_obj(Intent.OPEN, rest, OBJ_PREPS[Intent.OPEN])


_GOODBYES = frozenset({"goodbye", "bye", "good bye", "goodnight", "good night", "farewell"})


def _talk(verb: str, rest: list[str], index: Index | None) -> Frame:
    if verb == "say" and rest[:1] == ["to"] and len(rest) > 2:
        return _said_to(rest[1:], index)  # "say to rue: thank you": the one named, the words
    words = rest[1:] if rest[:1] and rest[0] in SPEAK_LEADS else rest
    greeted = _named_first(words, index) if verb in _HELLOS and index is not None else None
    if greeted is not None:  # "hi ilse, it's me again": Ilse, greeted, then the words after
        hello = "hello" if verb == "greet" else verb  # the greeting is played, not dropped
        return greeted._replace(obj=f"{hello} {greeted.obj}" if greeted.obj else None)
    if greeted is None and verb in _HELLOS and _not_a_name(words, index):
        # "hello, um, sorry to barge in": words said to whoever is here, not someone named
        return Frame(Intent.TALK, None, f"{verb} {noun_phrase(words)}", said=True)
    if verb == "say":
        said, _, to = _split_at(words, ("to",))
        words_said = noun_phrase(said)
        if words_said in _GOODBYES:  # "say goodbye to everyone", "say goodnight"
            who = noun_phrase(to) if to is not None else None
            return Frame(Intent.TALK, None if who in _EVERYONE else who, "goodbye")
        topic = None if words_said in GREETINGS else words_said
        return Frame(Intent.TALK, noun_phrase(to) if to is not None else None, topic)
    words = [] if " ".join(words) in _EVERYONE | {"there"} else words
    if verb in FAREWELLS:  # "bye maren", "wave goodbye to pip": goodbye, said to them
        words = words[1:] if words[:1] == ["to"] else words
        thanked = next((i for i, w in enumerate(words) if w in _THANKS), len(words))
        who = noun_phrase(words[:thanked])  # "goodnight all, ta for the tea": the tea thanked
        return Frame(Intent.TALK, None if who in _EVERYONE else who, "goodbye")
    named = _named_first(words, index) if verb == "tell" else None
    if named is not None and named.obj:  # "tell bastian my dad is ill": all of it to him
        return named  # (newcomer corpus 25: "ill" was cut as "i'll", "my dad is" the name)
    if verb in ("ask", "tell"):  # "ask rue where the lantern is": rue, "where the lantern is"
        splits = ASK_SPLITS | _TELLS if verb == "tell" else ASK_SPLITS  # "tell rue i'm scared"
        cut = next((i for i, w in enumerate(words) if i and w in splits), None)
        if cut is not None:
            asked = words[cut + 1 :] if words[cut] in ASK_PREPS else words[cut:]
            who = noun_phrase(words[:cut])
            return Frame(Intent.TALK, None if who in HELP_SELF else who, noun_phrase(asked))
    if verb in ("answer", "reply", "respond", "call", "shout", "whisper"):
        said, _, to = _split_at(words, ("to",))
        if to is not None:
            return Frame(Intent.TALK, noun_phrase(to), noun_phrase(said))
    if verb in ("teach", "teach me", "explain", "show me how"):
        return Frame(Intent.TALK, None, noun_phrase(words))  # "teach me how to light it"
    preps = ASK_PREPS if verb == "ask" else OBJ_PREPS[Intent.TALK]
    frame = with_obj(Intent.TALK, words, preps)
    if frame.target in HELP_SELF:  # "tell me about the fire": me is who is told, not talked to
        return frame._replace(target=None)
    return frame


#: Words that start what the player tells someone about themselves ("tell rue i'm nervous
#: about knocking", "tell him that i found it").
_TELLS = frozenset({"i", "i'm", "im", "i've", "ive", "i'll", "ill", "i'd", "that", "we", "we're"})


def _not_a_name(words: list[str], index: Index | None) -> bool:
    """Whether words after a greeting, with someone here to hear them, are a sentence of
    their own, not whom it greets: three words or more that name no one here ("um sorry to
    barge in", "pardon me for wandering in"; not "old woman"). With no one here, they stay
    whom it greets ("hi footnote, are you hungry?" after he has gone is said to him)."""
    np = noun_phrase(words)
    if index is None or not index.people or len(words) < 3 or np is None:
        return False
    return resolve(np, index, fuzzy=False) not in index.people  # "pardon me for ...": not me


def _said_to(words: list[str], index: Index | None) -> Frame:
    """ "(say) to rue thank you": talk to the person the words start with (the longest name of
    someone here, with a scope; else the first word), with the rest as what is said."""
    return _named_first(words, index) or Frame(Intent.TALK, words[0], noun_phrase(words[1:]))


def _named_first(words: list[str], index: Index | None) -> Frame | None:
    """Talk to the person ``words`` start with (the longest name of someone here, or a
    pronoun for a person), the rest being what is said; None when they start with no one."""
    for n in range(min(3, len(words) - 1), 0, -1):
        who = noun_phrase(words[:n])
        found = index.exact.get(who or "") if index is not None else None
        if who in PERSON_PRONOUNS or (index is not None and found in index.people):
            return Frame(Intent.TALK, who, noun_phrase(words[n:]))
    return None


#: Greetings that may name the one greeted and go on ("hi ilse, it's me again").
_HELLOS = frozenset({"hi", "hello", "hey", "greet"})


_WRAP = ("wrap", "cover", "tuck", "drape")


def _oneself(phrase: str | None) -> bool:
    """Whether a noun phrase is the player ("me", "myself up"): a thing wrapped round or put
    on oneself is used, never given or dropped."""
    return phrase is not None and phrase.split()[0] in REFLEXIVES


def _wrap(verb: str, rest: list[str], index: Index | None) -> Frame:
    """ "wrap him in the blanket", "cover the dog with it": give the blanket to a person (the
    one wrapped), else use it on the thing."""
    words = rest[:-1] if rest[-1:] in (["up"], ["round"], ["around"]) else rest
    before, _, after = _split_at(words, ("in", "with", "under", "into", "round", "around"))
    who, thing = noun_phrase(before), noun_phrase(after) if after is not None else None
    if thing is None:
        return Frame(Intent.USE, who)
    if _oneself(who) or _oneself(thing):  # "wrap myself (up) in it", "wrap it around me"
        return Frame(Intent.USE, thing if _oneself(who) else who)
    person = who in PERSON_PRONOUNS or (
        index is not None and resolve(who, index, fuzzy=True) in index.people
    )
    if verb == "drape" and not person:  # "drape the blanket over the dog"
        return Frame(Intent.USE, who, thing)
    return Frame(Intent.GIVE if person else Intent.USE, thing, who)


def _give(verb: str, rest: list[str], index: Index | None) -> Frame:
    if verb in _WRAP:
        return _wrap(verb, rest, index)
    words = rest[1:] if rest[:1] == ["over"] else rest
    before, _, after = _split_at(words, ("to",))
    if after is not None:
        while len(before) > 1 and before[-1] in ("up", "over", "back", "down"):
            before = before[:-1]  # "take his book up to her"
        gesture = _gesture(before)
        if gesture is not None:  # "give a pat to skipper": patting him
            return Frame(gesture, noun_phrase(after))
        return Frame(Intent.GIVE, noun_phrase(before), noun_phrase(after))
    recipient, thing = _double_object(words, index)
    if recipient is None and verb == "feed":
        return Frame(Intent.GIVE, None, noun_phrase(thing))
    gesture = _gesture(thing) if recipient else None
    if gesture is not None and recipient:  # "give skipper a scratch behind the ears"
        return Frame(gesture, noun_phrase(recipient))
    if thing in (["one"], ["some"]):  # "take it and give him one": one of what was named
        thing = ["it"]
    return Frame(Intent.GIVE, noun_phrase(thing), noun_phrase(recipient) if recipient else None)


#: What "give X a ..." gives when it is a touch, not a thing: the act it is.
_GESTURES = {
    **dict.fromkeys(("scratch", "pat", "stroke", "tickle", "rub", "fuss", "cuddle"), Intent.PET),
    **dict.fromkeys(("hug", "squeeze", "embrace"), Intent.HUG),
}
_GENTLY = frozenset({"good", "little", "quick", "gentle", "big", "long", "nice", "small", "wee"})


def _gesture(thing: list[str]) -> Intent | None:
    """The act a given "thing" is ("a scratch behind the ears", "a big hug", "a belly rub");
    None for a thing."""
    words = [w for w in thing if w not in DETERMINERS and w not in _GENTLY]
    return next((_GESTURES[w] for w in words[:2] if w in _GESTURES), None)  # "a belly rub"


#: Words that start the thing given after the one given to ("give the cat one biscuit").
_QUANTITIES = frozenset({"one", "two", "three", "few", "several", "another", "more", "half"})


def _double_object(words: list[str], index: Index | None) -> tuple[list[str] | None, list[str]]:
    """Split "give Y X" into (Y, X); (None, words) when no split is found."""
    if len(words) < 2:
        return None, words
    if words[0] in PRONOUNS and words[0] not in ("this", "that", "these", "those"):
        return words[:1], words[1:]
    for i in range(1, len(words)):
        if words[i] in DETERMINERS and words[i - 1] not in DETERMINERS:
            return words[:i], words[i:]
        if words[i] in _QUANTITIES and words[i - 1] not in DETERMINERS:
            one = words[i] in ("one", "another") and i + 1 < len(words)
            return words[:i], words[i + 1 :] if one else words[i:]  # "the cat one biscuit"
    if index is not None:
        for i in range(1, len(words)):  # "give maren broth": a person here, then the thing
            if _is_person(words[:i], index) and noun_phrase(words[i:]):
                return words[:i], words[i:]
        for i in range(1, len(words)):
            first, second = noun_phrase(words[:i]), noun_phrase(words[i:])
            if first in index.exact and second in index.exact:
                return words[:i], words[i:]
    return None, words


def _inventory(verb: str, rest: list[str], index: Index | None) -> Frame:
    return Frame(Intent.INVENTORY)


def _help(verb: str, rest: list[str], index: Index | None) -> Frame:
    if verb == "help" and rest and rest[0] not in HELP_SELF and rest[0] != "with":
        for i in range(1, min(len(rest), 4)):  # "help them mend it": mend it
            if rest[i] in _HELP_STOPS:  # "help you with the light": light is a noun here
                break
            if rest[i] in VERBS or (index is not None and rest[i] in index.verbs):
                return verb_frame(rest[i:], index)
        if len(rest) > 1 and rest[1] not in _HELP_STOPS and rest[0] in _YOU | _THEM:
            # "help you stitch it", "help her sort them", a verb the game does not know: help
            # the one meant with what they are doing, not a thing called "you stitch it"
            return Frame(Intent.ASSIST, None if rest[0] in _YOU else rest[0])
        frame = _act(Intent.ASSIST, rest, index)  # "help pip (with a heavy thought)"
        if frame.target in _YOU:  # "can i help you (with ...)": whoever is addressed
            return Frame(Intent.ASSIST, None, frame.obj)
        return frame
    words = rest[1:] if rest[:1] and rest[0] in HELP_SELF else rest
    target = noun_phrase(words[1:] if words[:1] == ["with"] else words)
    return Frame(Intent.HELP, target)


#: Words after "help <someone>" that end the search for a verb ("help her with the light").
_HELP_STOPS = frozenset({"with", "to", "for", "on", "in", *DETERMINERS})
#: "help you": the person spoken to.
_YOU = frozenset({"you", "u", "ya", "you all", "yall", "you both"})
_THEM = frozenset({"him", "her", "them"})


def _act(intent: str, rest: list[str], index: Index | None) -> Frame:
    """An everyday verb: "knock (on) the door", "light the lamp with a match"."""
    words = list(rest)
    while len(words) > 1 and words[0] in ACT_LEADS:
        words = words[1:]
    if words in (["up"], ["down"], ["on"], ["around"], ["about"], ["here"]):
        words = []
    return with_obj(intent, words, ACT_PREPS)


#: Words after "warm" that are the player ("warm my hands at the range": at the range).
_WARMED = frozenset({"up", "my", "your", "our", "hands", "hand", "myself", "yourself", "me"})
_BESIDE = frozenset({"by", "beside", "near", "next", "at", "down", "low", "in", "with"})
#: Verbs of staying low or warm that are a sit here, not a sit on what they are near.
_BESIDE_VERBS = frozenset(
    {"warm", "warm up", "crouch", "crouch down", "kneel", "kneel down", "squat", "squat down"}
)


def _acting(verb: str, rest: list[str], index: Index | None) -> Frame:
    if verb in _BESIDE_VERBS and (not rest or rest[0] in _WARMED | _BESIDE):
        return Frame(Intent.SIT)  # "warm my hands at the range", "crouch by him": stay here
    if verb == "turn" and rest[-1:] in (["on"], ["off"]):
        return _use(verb, rest, index)  # "turn the lamp on"
    if VERBS[verb] == Intent.SIT:  # "sit down next to her and keep her company": her
        rest = [*verb.split()[1:], *rest]  # "sit by" / "sit on" as one verb: its word too
        words = list(rest)
        while words and words[0] in _SIT_LEADS:
            words = words[1:]
        if len(words) < len(rest) and words and words[0] not in _SIT_LEADS:
            if words[0] in PERSON_PRONOUNS:  # "her", not a determiner here
                return Frame(Intent.SIT, words[0])
            before, _, _ = _split_at(words, ("and", "for", "while", "a", "to", "just"))
            near = set(rest[: len(rest) - len(words)]) & _SIT_NEAR
            who = noun_phrase(before)
            found = resolve(who, index, fuzzy=True) if index is not None and who else None
            if near and index is not None and found not in index.people:
                return Frame(Intent.SIT)  # "sit down next to the stove": here, not on it
            return Frame(Intent.SIT, who)
    if VERBS[verb] in (Intent.PUSH, Intent.PULL) and len(rest) > 1 and rest[-1] in _OPENED:
        return Frame(Intent.OPEN, noun_phrase(rest[:-1]))  # "push the door open": open it
    if VERBS[verb] in (Intent.PUSH, Intent.PULL) and len(rest) > 1 and rest[-1] in _SHUT:
        return Frame(Intent.CLOSE, noun_phrase(rest[:-1]))  # "kick the stove shut": close it
    return _act(VERBS[verb], rest, index)


#: Words that sit near something rather than on it.
_SIT_NEAR = frozenset({"beside", "near", "next", "by", "alongside", "close"})
#: Words between "sit" and the one sat with ("sit down next to her", "sit with rue").
_SIT_LEADS = frozenset({"down", "with", "beside", "near", "next", "to", "by", "alongside", "close"})
#: The last word of "push/pull X open" ("pull the drawer wide open" ends the same).
_OPENED = frozenset({"open", "ajar"})
_SHUT = frozenset({"shut", "closed", "to"})


def _climb(verb: str, rest: list[str], index: Index | None) -> Frame:
    """ "climb", "climb up/down (the ladder)": a way up or down; "climb the stairs": climb."""
    if not rest or _direction_at(rest):
        return _go("climb", rest, index)
    return _act(Intent.CLIMB, rest, index)


def _write(verb: str, rest: list[str], index: Index | None) -> Frame:
    """ "write on the slate (with chalk)": slate, chalk; "write hope on the slate": slate, hope."""
    if verb == "write":
        said, _, on = _split_at(rest, ("on", "in", "onto", "into"))
        if on is not None and said:
            return Frame(Intent.WRITE, noun_phrase(on), noun_phrase(said))
    return with_obj(Intent.WRITE, rest, ("with", "using"))


def _show(verb: str, rest: list[str], index: Index | None) -> Frame:
    if rest[:1] == ["me"] and (len(rest) == 1 or rest[1] in _SHOW_ME):
        return Frame(Intent.TALK, None, " ".join([verb, *rest]))  # "can you show me?": ask
    frame = _give(verb, rest, index)
    return Frame(Intent.SHOW, frame.target, frame.obj)


#: Words after "show me" that make it a request to be shown, not showing the player.
_SHOW_ME = frozenset({"how", "what", "where", "the", "please", "again", "around", "round"})


#: Who "thank you both", "bye everyone" are said to: whoever is here (no one named).
_EVERYONE = frozenset(
    {"you", "you both", "you all", "both", "all", "everyone", "everybody", "folks", "you lot"}
    | {"all of you", "everyone here", "everybody here", "all you lot"}
)
#: Thanks after a leave-taking ("goodnight all, ta for the tea"): what follows is the thing
#: thanked for, never whom the goodbye is said to.
_THANKS = frozenset({"ta", "thanks", "thank", "cheers", "thankyou", "ty"})


def _address(verb: str, rest: list[str], index: Index | None) -> Frame:
    """ "thank rue (for the tea)", "apologise to pip": who, then what for; "thank you both"
    is said to whoever is being addressed."""
    words = rest[1:] if rest[:1] == ["to"] else rest
    frame = with_obj(VERBS[verb], words, ("for", "about"))
    return frame._replace(target=None) if frame.target in _EVERYONE else frame


def _wait(verb: str, rest: list[str], index: Index | None) -> Frame:
    words = list(rest)
    while words and words[0] in WAIT_LEADS:
        words = words[1:]
    target = noun_phrase(words)
    return Frame(Intent.WAIT, None if target is None or target in DURATIONS else target)


HANDLERS: dict[Intent, _Handler] = {
    Intent.GO: _go,
    Intent.LOOK: _look,
    Intent.EXAMINE: _examine,
    Intent.TAKE: _take,
    Intent.DROP: _drop,
    Intent.USE: _use,
    Intent.OPEN: _open,
    Intent.TALK: _talk,
    Intent.GIVE: _give,
    Intent.INVENTORY: _inventory,
    Intent.HELP: _help,
    Intent.WAIT: _wait,
    **{act: _acting for act in ACTS},
    Intent.CLIMB: _climb,
    Intent.WRITE: _write,
    Intent.SHOW: _show,
    Intent.THANK: _address,
    Intent.APOLOGISE: _address,
}


#: Words of their own that are near a verb ("thanks" is not a typo of "thank", "clean" of "clang").
_NOT_TYPOS = REAL_VERBS | {
    w for p in (*GREETINGS, *ANSWERS, *QUESTION_WORDS, *SAID_STARTS, *PHRASES) for w in p.split()
}
_ONE_WORD_VERBS = tuple(sorted(v for v in VERBS if " " not in v and len(v) >= 4))


@functools.lru_cache(maxsize=1024)
def verb_typo(word: str) -> str | None:
    """The verb a word is a typo of ("unlcok" -> "unlock", "exmaine" -> "examine"; a word of
    three or four letters only with two letters swapped after the first, "tkae" -> "take", or
    with one letter after the first left out of one verb alone: "giv" -> "give", "smel" ->
    "smell"), or None."""
    if len(word) < 3 or word in VERBS or word in _NOT_TYPOS:
        return None
    if len(word) <= 4:
        same = (v for v in _ONE_WORD_VERBS if v[0] == word[0] and sorted(v) == sorted(word))
        short = [v for v in _ONE_WORD_VERBS if len(v) == len(word) + 1 and _one_left_out(word, v)]
        return next(same, None) or (short[0] if len(short) == 1 else None)
    close = difflib.get_close_matches(word, _ONE_WORD_VERBS, n=1, cutoff=FUZZY_VERB_CUTOFF)
    return close[0] if close else None


def _one_left_out(word: str, verb: str) -> bool:
    """Whether ``word`` is ``verb`` with one of its letters after the first left out."""
    return any(verb[:i] + verb[i + 1 :] == word for i in range(1, len(verb)))


@functools.lru_cache(maxsize=1024)
def _world_verb_typo(word: str, verbs: tuple[str, ...]) -> str | None:
    """The world verb here a word of four letters or more is a typo of, or None."""
    if len(word) < 4 or word in _NOT_TYPOS:
        return None
    close = difflib.get_close_matches(word, verbs, n=1, cutoff=FUZZY_VERB_CUTOFF)
    return close[0] if close else None


#: Lowest ``difflib`` ratio for a typo to match a verb.
FUZZY_VERB_CUTOFF = 0.8

#: Intents whose words are kept whole: what is said or written is the player's own.
_KEEP_TAIL = frozenset({Intent.TALK, Intent.WRITE, Intent.HELP})


def leading_verb(words: list[str], table: Mapping[str, str], longest: int) -> tuple[str, int]:
    """The longest verb phrase of ``table`` the words start with, and its length in words."""
    for n in range(min(longest, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in table:
            return phrase, n
    return "", 0


def _animal_taken(frame: Frame, index: Index | None) -> bool:
    """Whether a frame takes an animal here ("pick up the cat")."""
    if index is None or frame.intent != Intent.TAKE or frame.obj is not None:
        return False
    return resolve(frame.target, index, fuzzy=False) in index.animals


def _person_first(words: list[str], index: Index) -> bool:
    """Whether the words start with the name of someone here ("footnote where ilse is",
    "the cat if ..."): "ask" them is talk, never a world verb of "ask" (the card catalogue's
    "consult")."""
    start = 1 if words[:1] in (["the"], ["a"]) else 0
    for k in range(min(3, len(words) - start), 0, -1):
        found = index.exact.get(" ".join(words[start : start + k]))
        if found is not None:
            return found in index.people
    return False


def verb_frame(words: list[str], index: Index | None) -> Frame:
    builtin, n = leading_verb(words, VERBS, MAX_VERB_WORDS)
    if index is not None and index.verbs:
        # A world verb wins unless a longer built-in phrase matches ("turn on" over "turn") or
        # the world gives the word its built-in meaning ({"look": "look"}).
        world, m = leading_verb(words, index.verbs, index.verb_words)
        asks_someone = VERBS.get(builtin) == Intent.TALK and _person_first(words[n:], index)
        if world and m >= n and VERBS.get(world) != index.verbs[world] and not asks_someone:
            rest = words[m:]
            while len(rest) > 1 and rest[0] in ACT_LEADS:  # "reply to the page"
                rest = rest[1:]
            return with_obj(index.verbs[world], rest, OBJ_PREPS["world"])
    if (
        not builtin
        and index is not None
        and words
        and resolve(noun_phrase(words[1:]), index, fuzzy=False)
        and " ".join(words) not in index.exact  # "red book" is a name, not "read book"
    ):  # "unlcok the gate with the key": a typo in the verb, before a name here
        fixed = verb_typo(words[0])
        if fixed is not None:
            return verb_frame([fixed, *words[1:]], index)
    if not builtin and index is not None and all(w in ADVERBS for w in words[1:]):
        own = _world_verb_typo(words[0], tuple(v for v in index.verbs if " " not in v))
        if own is not None:  # "breath slowly": the world's "breathe"
            return verb_frame([own, *words[1:]], index)
    travel = TRAVEL_RE.match(" ".join(words)) if not builtin else None
    if travel is not None:  # "back to the foyer", "going out to the quay": go there
        lead, rest = travel.group(1).split(), words[len(travel.group(1).split()) :]
        if rest[:1] == ["to"] and len(rest) > 1 and rest[1] in STARTERS:
            return verb_frame(rest[1:], index)  # "going to read the sign": reading it
        return verb_frame(["go", *(["back"] if lead[-1] == "back" else []), *rest], index)
    if not builtin:
        return UNKNOWN_FRAME
    rest = words[n:]
    while len(rest) > 1 and rest[0] in MANNER:  # "knock softly on the door": how, then what
        rest = rest[1:]
    if VERBS[builtin] not in _KEEP_TAIL:  # "name it before you cool it": name it
        rest = TAIL_RE.sub("", " ".join(rest)).split()
    frame = HANDLERS[VERBS[builtin]](builtin, rest, index)
    if _animal_taken(frame, index):  # "grab skipper": an animal here is petted, never held
        frame = Frame(Intent.PET, frame.target)
    if index is not None and frame.intent in ACTS and frame.intent not in index.verbs:
        # "pet the cat" where the world wrote "stroke": the world's word for the same act
        own = next((v for v in index.verbs.values() if VERBS.get(v) == frame.intent), None)
        if own is not None:
            return frame._replace(intent=own)
    return frame
