"""Text into clauses: the parser's first steps (see :mod:`tta_server.pipeline.parser`).

``sanitise`` takes control characters out and turns new lines into clause breaks; ``clauses``
splits at the hard separators (``;``, sentence ends, "then") and, at "and" and ",", only where an
action starts after them (a verb followed by "is", "was", ... is a noun: "and help is
coming"); ``normalise`` and ``strip_filler`` prepare one clause for the grammar.
"""

from __future__ import annotations

import functools
import re

from tta_server.pipeline.vocabulary import (
    COMPASS_RE,
    CONTROL_RE,
    FILLER_PREFIX_RE,
    FILLER_SUFFIX_RE,
    HARD_SPLIT_RE,
    LOOSE_APOSTROPHE_RE,
    NEWLINE_RE,
    NON_WORD_RE,
    PHRASE_STARTS,
    QUESTION_WORDS,
    QUOTE_RE,
    SOFT_SPLIT_RE,
    SPACE_RE,
    STARTERS,
    TRAVEL_RE,
    VERBS,
)
from tta_server.protocol.directions import DIRECTION_WORDS

#: Characters of input read; the rest is ignored.
MAX_CHARS = 2000
#: Clauses (so intents) read from one input.
MAX_INTENTS = 16
_LOOKAHEAD = 80  # characters after "and"/"," read to decide whether an action starts there
_MAX_SOFT_SPLITS = 64
_GO_AND = frozenset({"go", "go ahead", "come", "try", "just go", "now go"})
_COPULAS = frozenset({"is", "was", "are", "were", "isn't", "wasn't", "will", "has", "had"})


def sanitise(text: str) -> str:
    """Control characters out, new lines as clause breaks, spaces collapsed."""
    text = NEWLINE_RE.sub(" ; ", text[:MAX_CHARS])
    text = CONTROL_RE.sub(" ", text)
    return SPACE_RE.sub(" ", text).strip(" ;")


#: The player taking back what they started to type ("hold the sea glass- no wait i gave it
#: away. ok. feet on the path"): only what follows the last correction counts.
_CORRECTION = re.compile(
    r"^.*(?:^|[\s,.;:!-])(?:no,? wait|wait,? no|scratch that)\b"
    r"(?![\s,]*(?:for|until|till|here|there|a bit|a moment|a sec|up|and|one|body|matter"
    r"|problem|more|longer|way|need|idea)\b)[\s,.:;!\u2013\u2014-]*(?=\S)",
    re.IGNORECASE | re.DOTALL,
)


def corrected(text: str) -> str:
    """The text after the player's last correction of themselves ("hold the glass- no wait
    i gave it away" -> "i gave it away"; "wait thats not what i meant. you ARE fit to be around
    books" -> "you ARE fit to be around books"); the text itself when there is none. A
    correction that is only a thing ("take the key, no wait, the lamp") keeps the verb it
    corrects: "take the lamp"."""
    text = _NOT_MEANT.sub("", text, count=1) or text
    after = _CORRECTION.sub("", text, count=1) or text
    if after == text or after.split(" ", 1)[0].lower() not in _ONLY_A_THING:
        return after
    taken_back = re.split(r"[.;!?]", text[: len(text) - len(after)])[-1].split()
    verb = next((i for i, w in enumerate(taken_back) if w.lower() in _ONLY_A_THING), 0)
    return f"{' '.join(taken_back[:verb])} {after}".strip() if verb else after


#: Words that may lead a correction ("no wait, ...", "oops, sorry, ...").
_LEAD = (
    r"(?:(?:no+|nope|nah|oh|oops|sorry|wait|hang on|hold on|um+|uh+|ugh|ah|er+m?|hm+|actually"
    r"|no no)\b[\s,.!]*)*"
)
#: The player saying the game took them the wrong way ("thats not what i meant", "i didn't mean
#: that", "you misunderstood me"), as a whole message in normalised words.
_NOT_MEANT_WORDS = (
    r"(?:(?:that'?s|thats|that is|that was|it'?s|its|it was) )?not what i (?:meant|mean|said"
    r"|wanted|asked for|was trying to do|was going for)(?: to (?:say|do|type|ask))?"
    r"|i (?:didn'?t|did not) mean (?:that|it)(?: like that| that way)?"
    r"|(?:you )?(?:misunderstood|misread|got it wrong|got me wrong|took it wrong)(?: me| that)?"
    r"|i meant (?:the other one|the other thing|the other|something else|a different one)"
    r"|the other one|not that one|wrong one"
)
_TAKEN_BACK = re.compile(rf"^{_LEAD}(?:{_NOT_MEANT_WORDS})(?: sorry| oops| lol| haha)*$")
#: The same words leading more ("wait thats not what i meant. you ARE fit to be around books"):
#: what follows is what the player meant.
_NOT_MEANT = re.compile(
    rf"^{_LEAD}(?:{_NOT_MEANT_WORDS})\s*[.!,;:?\u2013\u2014-]+[\s.!,;:?\u2013\u2014-]*(?=\w)",
    re.IGNORECASE,
)


def taken_back(text: str) -> bool:
    """Whether a whole message only says the game took the player the wrong way ("wait thats
    not what i meant", "no wait, i meant the other one", "you misunderstood me"): a correction,
    never the ``wait`` command nor words about "the other one"."""
    norm = normalise(text)
    return bool(_TAKEN_BACK.match(norm)) or bool(_TAKEN_BACK.match(normalise(corrected(text))))


#: Words a correction that is only a thing starts with ("no wait, the lamp").
_ONLY_A_THING = frozenset({"the", "a", "an", "my", "that", "this", "those", "these", "some"})


@functools.lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    """Lower case, punctuation out, apostrophes kept inside words, "north east" joined, "rub
    it out" as "rub out it", a question's "do" left out put back ("how i go to x", "what i do
    now": second-language English). Kept (LRU of 2,048): a turn asks this of the same words
    a dozen times or more (the parser, the readers of goodbyes, tea, corrections, moments)."""
    text = QUOTE_RE.sub("'", text.lower())
    text = NON_WORD_RE.sub(" ", text)
    text = LOOSE_APOSTROPHE_RE.sub(" ", text)
    text = SPACE_RE.sub(" ", text).strip()
    text = _SPELT.sub(lambda m: _SPELLINGS[m.group(0)], text)  # "fill teh lamp wi the oil"
    if not all(w in DIRECTION_WORDS or w in _JOINS for w in text.split()):  # "n u e": up
        text = _TEXTED_YOU.sub("you", text)  # "can u help me", "thank ya": you, not a thing
    text = _HELLO_AS_HI.sub("hi", text)  # "hiya rue, whats wrong wi the light"
    text = _W_WITH.sub(_with, text)  # "unlock gate w key": with, not west
    text = _PUSH_ON.sub("keep going", text)  # "push on up": on the way, not on a thing
    text = _WERE_WHERE.sub("where", text)  # "were did the portraits go": where
    text = _DO_LEFT_OUT.sub(r"\1 do \2 ", text)  # "how i go to x": "how do i go to x"
    text = _TO_LEFT_OUT.sub(r"\1 to ", text)  # "i want go to harbour wall": want to go
    text = _HELD_OUT.sub(r"hold out \1 \2", text)  # "i hold the ember out to her": a give
    text = _LOOKED_UP.sub(r"look up \1", text)  # "look myself up in the catalogue"
    text = _LOOKED_IN_FOR.sub(r"search \1 for ", text)  # "look in the desk for a bell"
    return _PARTICLE_LAST.sub(r"\1 \3 \2", COMPASS_RE.sub(r"\1\2", text))


#: Small words typed as people type them, and their Scots and Northern English forms (newcomer
#: 21, a Glasgow postman typing with one finger: "fill teh lamp wi the oil", "go doon the
#: stair", "tak my book doon", "lookk aboot"): read as the words they stand for. Spelt by ear
#: (newcomer 28, dyslexic: "lite the lantern", "wer is pip", "look arond", "examin the
#: catalouge", "giv skipper a biscuit", "look at the foto" were refused or misread). None is a
#: word of a shipped world (tests/pipeline/test_spellings.py checks).
TYPOS = {
    "teh": "the",
    "hte": "the",
    "adn": "and",
    "wiht": "with",
    "lookk": "look",
    "lok": "look",  # newcomer corpus 28, typing fast: "lok" ("look" or "lock" a letter short)
    "loook": "look",
    "wher": "where",
    "writen": "written",
    "wer": "where",
    "wat": "what",
    "wats": "whats",
    "lite": "light",
    "arond": "around",
    "cotage": "cottage",
    "examin": "examine",
    "catalouge": "catalogue",
    "foto": "photo",
    "giv": "give",
    "enuf": "enough",
    "pepermint": "peppermint",
    "nite": "night",
    "actualy": "actually",
    "coud": "could",
    "yeh": "yeah",
}
"""Slips of the keys, not ways of speaking: the narrator quotes the player's words with these
put right (and a word's apostrophe put back: "whats" as "what's"), Scots as typed."""
_SPELLINGS = {
    **TYPOS,
    "wi": "with",
    "doon": "down",
    "oot": "out",
    "aboot": "about",
    "intae": "into",
    "tae": "to",
    "tak": "take",
    "gie": "give",
    "ken": "know",
    "cannae": "cannot",
    "canna": "cannot",
    "dinnae": "do not",
    "didnae": "did not",
    "ye": "you",
    "yer": "your",
    "masel": "myself",
    "doin": "doing",
    "waitin": "waiting",
    "gettin": "getting",
    "lookin": "looking",
    "r": "are",  # "where r the stacks", "r u ok" (newcomer corpus 27)
}
#: Yes, no and okay in the languages players bring with them, said as a clause of their own
#: (newcomer 27, from Gdansk: "tak, i try" and "tak, dobra. yes we check together" met "Take
#: what, exactly?" four times, and "nie, nie. is not your fault" unknown words): read as the
#: English word. Only alone, between the start or a comma or stop and a comma, stop or the
#: end: "tak the lantern" is still Scots for take.
SAID_ALONE = {
    **dict.fromkeys(("tak", "ja", "jo", "oui", "si", "sí", "sim", "da", "evet", "igen"), "yes"),
    **dict.fromkeys(("nie", "nein", "non", "não", "nao", "niet", "nem", "hayir"), "no"),
    **dict.fromkeys(("dobra", "dobrze", "d'accord", "vale", "va bene", "tamam"), "okay"),
}
_SAID_ALONE = re.compile(
    r"(^|[.,!?;:]\s*)("
    + "|".join(sorted(map(re.escape, SAID_ALONE), key=len, reverse=True))
    + r")(?=\s*(?:[.,!?;:]|$))",
    re.IGNORECASE,
)


SAID_FIRST = {
    # thanks and goodnight in the player's own language (newcomer corpus 29's second player:
    # "dzięki wszystkim. dobranoc" met "I don't know the words")
    **dict.fromkeys(
        ("dzięki", "dzieki", "dziękuję", "dziekuje", "merci", "danke", "gracias", "grazie"),
        "thanks",
    ),
    **dict.fromkeys(("obrigado", "obrigada", "köszönöm", "teşekkürler", "spasibo"), "thanks"),
    **dict.fromkeys(("dzięki wszystkim", "dzieki wszystkim", "dziękuję wszystkim"), "thanks all"),
    **dict.fromkeys(("dobranoc", "gute nacht", "bonne nuit", "buenas noches"), "goodnight"),
    **dict.fromkeys(("buonanotte", "boa noite", "spokojnoj nochi"), "goodnight"),
}
"""Thanks and goodnight in the player's own language, at the start of a clause, alone or
before a name ("dzięki ilse", "dobranoc rue", "merci!")."""
_SAID_FIRST = re.compile(
    r"(^|[.,!?;:]\s*)("
    + "|".join(sorted(map(re.escape, SAID_FIRST), key=len, reverse=True))
    + r")(?=\s|[.,!?;:]|$)",
    re.IGNORECASE,
)


def in_english(text: str) -> str:
    """``text`` with :data:`SAID_ALONE`'s words, each alone as a clause, and
    :data:`SAID_FIRST`'s, first in one, in English ("tak, i try" -> "yes, i try"; "dzięki
    ilse" -> "thanks ilse"); the rest as typed. Read before anything else of a turn, so every
    reader of replies hears a yes."""
    text = _SAID_ALONE.sub(lambda m: m.group(1) + SAID_ALONE[m.group(2).lower()], text)
    return _SAID_FIRST.sub(lambda m: m.group(1) + SAID_FIRST[m.group(2).lower()], text)


TEXTED_YOU = {"u": "you", "yu": "you"}
""""You" as texted (newcomer 22: "thank u for the tea" looked for a thing called "u"): read
as "you", and quoted so ("U are brave" is "You are brave"); "u" after a verb of going, or in
a run of ways ("go u", "n u e"), is up."""
#: "u", "yu", and "ya" after another word ("thank ya", "see ya"; "ya" first may be yes).
_TEXTED_YOU = re.compile(
    r"(?<!\bgo )(?<!\bhead )(?<!\bclimb )(?<!\bwalk )(?<!\brun )(?<!\bmove )(?<!\bget )"
    r"\b(?:u|yu)\b|(?<=[a-z] )ya\b"
)
#: "tak to rue" is talk with a letter missing; "tak the lantern" is Scots for take.
_SPELT = re.compile(r"\b(?:" + "|".join(_SPELLINGS) + r")\b(?<!\btak)|\btak\b(?! (?:to|with|wi)\b)")

#: Greetings people open with ("hiya rue", "howdy", "g'day maren", "evening all", "yo pip"),
#: read as "hi" at the start of a clause, so a name and a question after one are heard as
#: after "hi" (newcomer 21, issue 14: "hiya rue, whats wrong wi the light" was refused). Not
#: "morning"/"evening" as a thing that comes or falls ("evening falls").
HELLO_WORDS = (
    r"hiya|heya|hey ya|howdy|hullo|hallo|yo|g'?day|good day|ey up|eyup|aye aye"
    r"|(?:good )?(?:morning|mornin|evening|afternoon)"
)
_HELLO_AS_HI = re.compile(
    rf"^(?:{HELLO_WORDS})(?=$| )(?! (?:is|was|comes|came|falls|fell|has|had|will|light)\b)"
)

#: "n" typed for "and" before a verb ("down n give pip the float", "go in the oil store n get
#: the oil can": newcomer corpus 25, the rest was dropped or the whole refused); after a verb of
#: going, or a way typed as a letter, it is still north ("go n take the lamp", "n n look").
_N_AND = re.compile(
    r"(?<!\bgo)(?<!\bwalk)(?<!\bhead)(?<!\brun)(?<!\bmove)(?<!\bthen)(?<!\band)"
    r"(?<!\b[nsewud])(?<!\b(?:ne|nw|se|sw))"  # "n n look": a run of ways
    r"(?<=[a-z'])\s+n\s+(?=(?:"
    + "|".join(
        sorted(
            {v for v in VERBS if " " not in v and len(v) > 1}
            | {typo for typo, word in _SPELLINGS.items() if word in VERBS},
            key=len,
            reverse=True,
        )
    )
    + r")\b)",
    re.IGNORECASE,
)
#: "were" opening a question before its verb ("were did the portraits go", "were is pip"):
#: where, spelt by ear (newcomer corpus 25).
_WERE_WHERE = re.compile(
    r"^were(?= (?:did|do|does|is|are|was|can|could|should|would|will|has|have|am)\b)"
)

#: A question opening without its "do" ("how i go to the cottage", "what i do now", "how you
#: feel"): English as a second language. Not before a verb that is its own auxiliary ("where i
#: am", "what i can do").
_DO_LEFT_OUT = re.compile(
    r"^(how|what|where|why) (i|we|you) (?!(?:did|can|cant|could|should|would|will"
    r"|must|may|might|am|are|was|were|have|has|had|said|meant|mean|is)\b)"
)
#: A verb after "want", "need", "going" or "wish" without its "to" ("i want go to harbour
#: wall", "i need go east", "im going take lantern": second-language English, newcomer 27);
#: "i need help" stays as it is.
_TO_LEFT_OUT = re.compile(
    r"\b(want|wants|need|needs|going|wish)\s+(?=(?:"
    + "|".join(sorted((v for v in VERBS if " " not in v and v != "help"), key=len, reverse=True))
    + r")\b)"
)
#: "w" between two words ("unlock gate w key", "what happened w the fire"): with, unless the
#: word before it moves or looks ("go w to the dunes", "then w").
_W_WITH = re.compile(r"\b([a-z']+) w(?= [a-z'])")
_W_WEST_AFTER = frozenset(
    {"go", "walk", "run", "head", "move", "look", "l", "then", "and", "back", "turn", "step"}
    | {"hurry", "climb", "travel", "wander", "continue", "keep", "going", "heading", "is", "way"}
)


def _with(found: re.Match[str]) -> str:
    word = found.group(1)
    return found.group(0) if word in _W_WEST_AFTER else f"{word} with"


#: "push on" / "press on" alone or before a way ("just push on up"): keep going; "push on the
#: door" stays a push.
_PUSH_ON = re.compile(
    r"\b(?:push|press|plough|plow|soldier) on(?=$| (?:up|down|in|out|ahead|north|south|east"
    r"|west|northeast|northwest|southeast|southwest)$)"
)


#: A phrasal verb with its object between verb and particle ("rub it out", "cross that out",
#: "wipe it off"), put as the verb's own words have it ("rub out it"): never "it out" as a thing.
_PARTICLE_LAST = re.compile(
    r"\b(rub|cross|wipe|scrub|scratch|blot|strike|rule|score) (it|them|this|that|these|those)"
    r" (out|off|away|clean)\b"
)


#: A thing held out to someone with the particle after it ("i hold the ember out to her"): put
#: as "hold out the ember to her", the give it narrates (newcomer 23).
_HELD_OUT = re.compile(r"\bhold ((?:\S+ ){0,3}?\S+) out (to|towards|for)\b")


#: "look X up (in Y)" with the thing between verb and particle ("look myself up in the
#: catalogue", "look fenn up"): put as "look up X", the verb it is (newcomer 23: it was a
#: look at herself).
#: "look in/through X for Y" ("look through the catalogue for peppermints"): searching X for
#: Y, never a look at "catalogue for peppermints".
_LOOKED_IN_FOR = re.compile(
    r"\b(?:look|rummage|dig|hunt) (?:in|inside|through|into|among) ((?:\S+ ){0,3}?\S+) for "
)
#: Going to see someone, said at length (newcomer corpora 26, 27: "I'd like to go and see how
#: Juno is getting on in the reading room", "go and see juno"): "go see X", a walk to them.
_GO_AND_SEE = re.compile(
    r"\b(go|pop|nip|head|run) (?:and |over and |down and |up and |back and )?(see|visit|check on)"
    r"(?: how ((?:\S+ )?\S+?) (?:is|s|are) (?:getting on|doing|going|holding up|keeping|coping)"
    r"\b(?: .*)?| ((?:\S+ ){0,2}?\S+)$)",
    re.IGNORECASE,
)
_LOOKED_UP = re.compile(r"\blook ((?:\S+ ){0,2}?\S+) up\b(?= (?:in|on|under|at)\b|$)")


#: A walk somewhere and, with no "and" between, whom or what to find there ("i go to harbour
#: wall find pip", "go north look for the dog", "head to the stacks to find my book";
#: newcomer 27): two clauses, the walk first ("go find pip" alone is one: the walk to Pip);
#: "go east to the harbour wall to find her" is one walk (corpus 30: "her" was Rue, left behind).
_FIND_AFTER_GOING = re.compile(
    r"^((?:\S+ ){0,3}?(?:go|walk|head|run|hurry|climb)\b(?: (?!and\b|to find\b)\S+){1,6}?)"
    r" (?:to )?(?=(?:find|look for|search for|seek|see if i can find)\b"
    r"(?! (?:her|him|them|it)\s*[.!]*$))",  # "... to find her": why, never a second walk
    re.IGNORECASE,
)

#: "go to find X" (purpose without a place): "go find X", the walk to where X is.
_GO_TO_FIND = re.compile(
    r"\b(go|walk|head|run|hurry) to (?=(?:find|look for|search for|seek)\b)", re.IGNORECASE
)


def strip_filler(norm: str) -> str:
    """Politeness and filler off both ends of a normalised clause."""
    for _ in range(4):
        stripped = FILLER_SUFFIX_RE.sub("", FILLER_PREFIX_RE.sub("", norm))
        if stripped == norm:
            break
        norm = stripped
    return norm


def clauses(
    text: str, world_first: frozenset[str], after_moving: frozenset[str] = frozenset()
) -> list[str]:
    """The clauses of sanitised text, as typed; after a movement, a word of ``after_moving``
    (any verb the world knows) starts a clause too."""
    clauses: list[str] = []
    text = _AFTERTHOUGHT.sub(" ", text)  # "so what happened? with the fire": one question
    text = _ALRIGHT_ASKED.sub(r"hi\1.", text)  # "alright rue? whats up": a hello, not a yes
    text = _N_AND.sub(" and ", text)  # "down n giv pip the float": and, not north
    for piece in HARD_SPLIT_RE.split(text):
        piece = _without_reassurance(piece, world_first)
        piece = _FIND_AFTER_GOING.sub(r"\1 and ", piece)  # "go to the quay find pip"
        piece = _GO_TO_FIND.sub(r"\1 ", piece)  # "i go to find pip": as "go find pip"
        piece = _GO_AND_SEE.sub(lambda m: f"go see {m.group(3) or m.group(4)}", piece)  # "go
        # and see how juno is getting on in the reading room": go see juno
        for part in _soft_split(piece, world_first, after_moving, MAX_INTENTS - len(clauses)):
            if part.strip(" ,"):
                clauses.extend(_moves(part.strip(" ,")) or [part.strip(" ,")])
                del clauses[MAX_INTENTS:]  # "north north north ...": at most MAX_INTENTS
        if len(clauses) >= MAX_INTENTS:
            break
    return clauses


#: The player reassuring after a command ("just push on up, ill be fine", "keep going, im ok",
#: "go on, don't worry about me"): about themself, never a thing to find or a way to go.
_REASSURANCE = re.compile(
    r"[,\s]+(?:(?:and|but|so) )?(?:(?:i'?ll|ill|i will|i'?m|im|i am|ima) (?:be )?"
    r"(?:fine|ok|okay|alright|all right|good|grand|safe)"
    r"|i (?:can|could) (?:do|handle|manage) (?:it|this)|i(?:'ve| have)? got (?:it|this)"
    r"|(?:don'?t|do not) worry(?: about me)?|no worries|trust me)"
    r"(?: (?:lol|haha|honestly|tbh|promise|i promise|really))*[\s.!,]*$",
    re.IGNORECASE,
)


def _without_reassurance(piece: str, world_first: frozenset[str]) -> str:
    """A command without the reassurance after it; anything else as it is ("hi maren, im
    fine" is said to Maren)."""
    found = _REASSURANCE.search(piece)
    if found is None or found.start() == 0 or not _starts_action(piece, world_first):
        return piece
    return piece[: found.start()]


#: Words that only join the ways of a run of moves ("out n up", "e and n", "up then in").
_JOINS = frozenset({"and", "then", "&", "+"})


def _moves(part: str) -> list[str] | None:
    """The ways of a clause that is only a run of them, each a clause ("out n up": out, north,
    up; "go e e n"); None for anything else, and for one way alone."""
    plain = " ".join(part.lower().replace(",", " ").replace("-", " ").split())
    words = [w for w in COMPASS_RE.sub(r"\1\2", plain).split() if w not in _JOINS]
    if words[:1] == ["go"]:
        words = words[1:]
    if len(words) < 2 or not all(w in DIRECTION_WORDS for w in words):
        return None
    return words


#: A line that tells someone something ("tell ilse my dad is ill and i get angry at him
#: sometimes"): what follows is said, so "and" starts no clause in it (newcomer corpus 25:
#: "i get angry at him" was taken as a command); a comma still may ("tell ilse shes fit, ask
#: what happened").
_TELLING = re.compile(r"^\s*(?:(?:ok|okay|so|and|then|just|i)\s+)*tell\s+(?!me\b)\S", re.I)
#: Going on after the telling ("tell rue thanks and go out"): a clause of its own.
_LEAVING = re.compile(r"(?:then\s+)?(?:go|head|walk|leave|run|climb|come)\b", re.I)


def _soft_split(
    piece: str, world_first: frozenset[str], after_moving: frozenset[str], budget: int
) -> list[str]:
    """Split at "and" / "," where an action starts after them; at most ``budget`` parts."""
    parts: list[str] = []
    start = 0
    telling = _TELLING.match(piece) is not None
    for count, match in enumerate(SOFT_SPLIT_RE.finditer(piece)):
        if count >= _MAX_SOFT_SPLITS or len(parts) >= budget:
            return parts  # the rest of the piece is beyond MAX_INTENTS: not read
        if telling and "," not in match.group(0) and not _LEAVING.match(piece[match.end() :]):
            continue  # "tell ilse my dad is ill and i get angry at him": all said to her
        if _POLITE.sub("", normalise(piece[start : match.start()])) in _GO_AND:
            continue  # "(please) go and help them": one clause, "help them" (filler: "go and")
        after = piece[match.end() : match.end() + _LOOKAHEAD]
        before = FILLER_PREFIX_RE.sub("", normalise(piece[start : match.start()]))
        moving = before.split(" ", 1)[0] in _MOVING and before not in _GO_AND  # "i go to the
        # stacks and find my book" as without the "i"; "i'll go and find pip" is one
        if _starts_action(after, world_first) or (moving and _finds(after, after_moving)):
            parts.append(piece[start : match.start()])  # "go to the stacks and find my book"
            start = match.end()
    if len(parts) < budget:
        parts.append(piece[start:])
    return parts


#: A "?" before words that only go on with what was asked ("what happened? with the fire",
#: "where is she? up in the loft?"): the question goes on, it is not a clause of its own.
_AFTERTHOUGHT = re.compile(
    r"\?+\s+(?=(?:with|about|to|at|in|on|for|from|of|after|before|during|up in|down in)\s)",
    re.IGNORECASE,
)


#: "alright?" asked at the start, with a name or not, and more after it ("alright rue? whats
#: up with the lighthouse", "awright? how's the dog"): the British hello, never agreeing.
_ALRIGHT_ASKED = re.compile(
    r"^(?:alright|awright|all right|aright)((?:,? [a-z]+)?)\s*\?+(?=\s*\w)", re.IGNORECASE
)


#: Politeness before "go and" ("please go and see a doctor"): still one clause.
_POLITE = re.compile(r"^(?:(?:please|pls|plz|just|now|do) )+")
#: Movement verbs after which "and find ..." is a command too, not a promise.
_MOVING = frozenset({"go", "walk", "head", "run", "hurry", "climb", "enter"})


def _finds(fragment: str, verbs: frozenset[str]) -> bool:
    """Whether words start with "find" / "seek" ("find my book") or one of ``verbs``."""
    first = FILLER_PREFIX_RE.sub("", normalise(fragment)).split(" ", 1)[0]
    return first in ("find", "seek") or (first in verbs and first not in QUESTION_WORDS)


def _starts_action(fragment: str, world_first: frozenset[str]) -> bool:
    norm = FILLER_PREFIX_RE.sub("", normalise(fragment))
    first = norm.split(" ", 1)[0]
    if norm == "thank you" or norm.startswith("thank you "):
        return False  # courtesy, not "thank (someone)"
    if norm.split(" ", 2)[1:2] and norm.split(" ", 2)[1] in _COPULAS:
        return False  # "help is on its way", "light was out": a noun, not a verb
    if first in STARTERS or first in world_first or TRAVEL_RE.match(norm):
        return True  # "thanks, back to the foyer": a move, said without "go"
    phrases = PHRASE_STARTS.get(first, ())
    return any(norm == p or norm.startswith(f"{p} ") for p in phrases)
